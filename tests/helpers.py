"""Small builders shared by tests."""

from __future__ import annotations

import hashlib

from transforms.model import Article, Block, Hints, RawDocument


def raw(content: str, media_type: str = "text", uri: str = "file:///doc", **hints) -> RawDocument:
    data = content.encode("utf-8")
    return RawDocument(source_uri=uri, media_type=media_type, content=content,
                       raw_sha256=hashlib.sha256(data).hexdigest(), size_bytes=len(data),
                       hints=Hints(**hints))


def article(*blocks: tuple[str, str], **fields) -> Article:
    return Article(source_uri=fields.pop("source_uri", "file:///doc"), raw_sha256="0" * 64,
                   blocks=tuple(Block(kind, text) for kind, text in blocks), **fields)
