"""JSONL article records: one JSON object per line, `html` or `text` plus optional metadata.

Fields: html | text (one required), url, title, published_at (ISO 8601 or RFC 2822; an
unreadable date is ignored), outlet, authors (list of strings or one string), language.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from transforms.dates import parse_stated
from transforms.errors import Rejected
from transforms.model import Hints, RawDocument, Reject

_OPTIONAL_STRINGS = ("url", "title", "outlet", "language", "published_at")


def _hints(record: dict[str, Any]) -> Hints:
    for name in _OPTIONAL_STRINGS:
        if record.get(name) is not None and not isinstance(record[name], str):
            raise Rejected("bad_field", f"`{name}` must be a string, not {type(record[name]).__name__}")
    # An unreadable date does not cost the article: its date then comes from the content.
    published_at, offset = parse_stated(record["published_at"]) if record.get("published_at") else (None, None)
    authors = record.get("authors") or []
    if isinstance(authors, str):
        authors = [authors]
    if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
        raise Rejected("bad_field", "`authors` must be a list of strings")
    return Hints(url=record.get("url") or None, title=record.get("title") or None,
                 published_at=published_at, published_offset=offset, outlet=record.get("outlet") or None,
                 authors=tuple(a.strip() for a in authors if a.strip()),
                 language=record.get("language") or None, title_in_text=False)


def read_record(line: bytes, source_uri: str) -> RawDocument:
    """One JSONL line as a RawDocument.

    Rejects: `undecodable`, `bad_json`, `missing_content`, `bad_field`.
    """
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise Rejected("undecodable", f"the line is not UTF-8: {exc}") from exc
    except (ValueError, RecursionError) as exc:
        raise Rejected("bad_json", f"not valid JSON: {str(exc)[:200]}") from exc
    if not isinstance(record, dict):
        raise Rejected("bad_json", f"a JSON {type(record).__name__}, not an object")
    for media_type in ("html", "text"):
        content = record.get(media_type)
        if isinstance(content, str) and content.strip():
            return RawDocument(source_uri=source_uri, media_type=media_type, content=content,
                               raw_sha256=hashlib.sha256(line).hexdigest(), size_bytes=len(line),
                               hints=_hints(record))
    raise Rejected("missing_content", "the record has neither `html` nor `text`")


def read_jsonl(data: bytes, source_uri: str, first_line: int = 1) -> list[RawDocument | Reject]:
    """Every non-blank line of a JSONL file (or of a run of its lines starting at line
    `first_line`): a RawDocument, or a Reject with the line's reason.

    Each record's source_uri is the file's plus `#L<line number>`.
    """
    out: list[RawDocument | Reject] = []
    data = data.removeprefix(b"\xef\xbb\xbf")
    for number, line in enumerate(data.split(b"\n"), start=first_line):
        if not line.strip():
            continue
        uri = f"{source_uri}#L{number}"
        try:
            out.append(read_record(line, uri))
        except Rejected as exc:
            out.append(Reject(uri, exc.reason, exc.detail, hashlib.sha256(line).hexdigest(), len(line)))
    return out
