"""Bytes to text: gzip, binary detection, encoding detection. Pure functions on bytes."""

from __future__ import annotations

import gzip
import re
import zlib

import charset_normalizer

from transforms.errors import Rejected

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024  # after decompression
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b",
                 b"BZh", b"\x7fELF", b"RIFF", b"OggS", b"ID3", b"\x00\x00\x01\x00")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# Browsers read these labels as windows-1252 (WHATWG Encoding): curly quotes live in 0x80-0x9F.
_AS_CP1252 = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
                        "windows-1252", "cp1252"})


def gunzip(data: bytes, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """Decompress gzip bytes, refusing more than `limit` bytes of output (zip bombs).

    Rejects: `bad_gzip`, `too_large`.
    """
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decompressor.decompress(data, limit + 1)
    except zlib.error as exc:
        raise Rejected("bad_gzip", f"gzip data is corrupt: {exc}") from exc
    if len(out) > limit:
        raise Rejected("too_large", f"more than {limit} bytes after decompression")
    if not decompressor.eof:
        raise Rejected("bad_gzip", "gzip data is truncated")
    return out


def decode_bytes(data: bytes, html: bool = False) -> str:
    """Decode a document's bytes: BOM, then UTF-8, then a declared <meta charset>, then detection.

    Rejects: `empty`, `too_large`, `binary`, `undecodable`.
    """
    if not data.strip():
        raise Rejected("empty", "the input has no content")
    if len(data) > MAX_DOCUMENT_BYTES:
        raise Rejected("too_large", f"{len(data)} bytes, over the {MAX_DOCUMENT_BYTES}-byte cap")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise Rejected("binary", "the bytes are binary (a file signature or NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if html:
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            label = declared.group(1).decode("ascii").lower()
            try:
                return data.decode("cp1252" if label in _AS_CP1252 else label)
            except (LookupError, UnicodeDecodeError):
                pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise Rejected("undecodable", "no text encoding fits these bytes")
    return str(best)
