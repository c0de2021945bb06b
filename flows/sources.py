"""Local sources: list input files and read them into raw documents (or rejects)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from transforms.decode import MAX_DOCUMENT_BYTES, decode_bytes, gunzip
from transforms.errors import Rejected
from transforms.model import RawDocument, Reject
from transforms.records import read_jsonl

MAX_JSONL_BYTES = 50 * MAX_DOCUMENT_BYTES  # a JSONL file holds many documents

# suffix (after any .gz) -> reader kind
READERS = {".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text", ".text": "text",
           ".jsonl": "jsonl", ".ndjson": "jsonl"}


def _kind(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return READERS.get(suffixes[-1]) if suffixes else None


def list_sources(paths: list[str]) -> tuple[list[str], list[str]]:
    """Expand files and folders (recursively) into (input files, skipped files).

    In a folder, files of unknown type (a README) are skipped and reported; a file named
    explicitly is always read, so an unknown type becomes an `unsupported_type` reject.
    Hidden files and folders are ignored. Raises FileNotFoundError for a missing path.
    """
    files: list[str] = []
    skipped: list[str] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if child.is_file() and not any(p.startswith(".") for p in relative):
                    (files if _kind(child) else skipped).append(str(child.resolve()))
        elif path.is_file():
            files.append(str(path.resolve()))
        else:
            raise FileNotFoundError(f"no such file or folder: {raw}")
    return list(dict.fromkeys(files)), skipped


def _reject(uri: str, exc: Rejected, data: bytes | None) -> Reject:
    sha = hashlib.sha256(data).hexdigest() if data is not None else None
    return Reject(uri, exc.reason, exc.detail, sha, len(data) if data is not None else None)


def read_source(path: str) -> list[RawDocument | Reject]:
    """Read one file into documents: one for HTML or text, one per line for JSONL."""
    file = Path(path)
    uri = file.as_uri()
    data: bytes | None = None
    kind = _kind(file)
    limit = MAX_JSONL_BYTES if kind == "jsonl" else MAX_DOCUMENT_BYTES
    try:
        size = file.stat().st_size
        if size > limit:
            raise Rejected("too_large", f"{size} bytes on disk, over the {limit}-byte cap")
        data = file.read_bytes()
        if kind is None:
            raise Rejected("unsupported_type", f"newslake does not read {file.suffix or 'extensionless'} files")
        content = gunzip(data, limit) if file.suffix.lower() == ".gz" else data
        if kind == "jsonl":
            return read_jsonl(content, uri)
        text = decode_bytes(content, html=kind == "html")
        return [RawDocument(source_uri=uri, media_type=kind, content=text,
                            raw_sha256=hashlib.sha256(data).hexdigest(), size_bytes=len(data))]
    except Rejected as exc:
        return [_reject(uri, exc, data)]
    except OSError as exc:
        return [_reject(uri, Rejected("read_error", f"{type(exc).__name__}: {exc}"), data)]
    except Exception as exc:  # noqa: BLE001 - one unreadable file must not stop the batch
        return [_reject(uri, Rejected("read_error", f"unexpected {type(exc).__name__}: {exc}"), data)]
