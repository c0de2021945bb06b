"""Local sources: list input files and read them into raw documents (or rejects)."""

from __future__ import annotations

import contextlib
import dataclasses
import gzip
import hashlib
import zlib
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


@dataclasses.dataclass(frozen=True)
class Part:
    """What one batch reads of one input file: the whole file, or a run of a JSONL file's lines.

    `offset` and `length` are bytes of the file as decompressed; `first_line` numbers the
    records' `#L<n>` URIs; `documents` is how many documents the part holds (for batching).
    """

    path: str
    documents: int = 1
    first_line: int = 1
    offset: int = 0
    length: int | None = None  # None: to the end of the file
    read_from: str | None = None  # a decompressed copy of a .gz `path`, read instead of it


def _open(path: Path):  # noqa: ANN202 - a binary file object, plain or gzip
    return gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb")


def jsonl_parts(path: str, size: int, scratch: Path | None = None) -> list[Part]:
    """A JSONL file cut into runs of at most `size` records (non-blank lines), one pass.

    A gzipped file that needs cutting is decompressed, in the same pass, into `scratch` (the
    run's staging folder), and its parts read that copy: seeking inside gzip decompresses
    everything before the offset again, part after part. Without `scratch` (counting only),
    nothing is written. A file that cannot be read through (corrupt gzip, over the size cap,
    unreadable) is one whole-file part: reading it then gives the reject with its reason.
    """
    parts: list[Part] = []
    start = offset = records = 0
    first_line = 1
    copy = scratch / f"{hashlib.sha256(path.encode()).hexdigest()[:16]}.jsonl" \
        if scratch is not None and path.lower().endswith(".gz") else None
    try:
        with _open(Path(path)) as stream, (copy.open("wb") if copy else contextlib.nullcontext()) as out:
            for number, line in enumerate(stream, start=1):
                if records == size and line.strip():  # this record opens the next part
                    parts.append(Part(path, records, first_line, start, offset - start))
                    start, first_line, records = offset, number, 0
                records += bool(line.strip())
                offset += len(line)
                if offset > MAX_JSONL_BYTES:
                    parts = [Part(path, records)]
                    break
                if out is not None:
                    out.write(line)
            else:
                parts.append(Part(path, records, first_line, start, None if not parts else offset - start))
    except (OSError, EOFError, zlib.error):
        parts = [Part(path)]
    if copy is not None and len(parts) < 2:
        copy.unlink(missing_ok=True)  # read whole: no copy needed
    elif copy is not None:
        parts = [dataclasses.replace(p, read_from=str(copy)) for p in parts]
    return parts


def plan_batches(files: list[str], size: int, scratch: Path | None = None) -> list[list[Part]]:
    """Input files grouped into batches of about `size` documents each, in file order
    (`scratch`: where gzipped JSONL files that are cut get their decompressed copies).

    HTML and text files count one document each; a JSONL file counts its records and is cut
    into line runs when it holds more than `size`, so a big dump spreads over batch tasks
    (and cores) like a folder of pages does.
    """
    batches: list[list[Part]] = []
    current: list[Part] = []
    count = 0
    for file in files:
        parts = jsonl_parts(file, size, scratch) if _kind(Path(file)) == "jsonl" else [Part(file)]
        for part in parts:
            if current and count + part.documents > size:
                batches.append(current)
                current, count = [], 0
            current.append(part)
            count += part.documents
    return batches + [current] if current else batches


def _reject(uri: str, exc: Rejected, data: bytes | None) -> Reject:
    sha = hashlib.sha256(data).hexdigest() if data is not None else None
    return Reject(uri, exc.reason, exc.detail, sha, len(data) if data is not None else None)


def read_source(source: str | Part) -> list[RawDocument | Reject]:
    """Read one file (or a Part of one) into documents: one for HTML or text, one per line for JSONL."""
    part = source if isinstance(source, Part) else Part(source)
    file = Path(part.path)
    uri = file.as_uri()
    data: bytes | None = None
    kind = _kind(file)
    limit = MAX_JSONL_BYTES if kind == "jsonl" else MAX_DOCUMENT_BYTES
    try:
        if part.length is not None:  # a run of a JSONL file's lines, measured when planned
            with _open(Path(part.read_from or part.path)) as stream:
                stream.seek(part.offset)
                return read_jsonl(stream.read(part.length), uri, part.first_line)
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
    except (OSError, EOFError, zlib.error) as exc:
        return [_reject(uri, Rejected("read_error", f"{type(exc).__name__}: {exc}"), data)]
    except Exception as exc:  # noqa: BLE001 - one unreadable file must not stop the batch
        return [_reject(uri, Rejected("read_error", f"unexpected {type(exc).__name__}: {exc}"), data)]
