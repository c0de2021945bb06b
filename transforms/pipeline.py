"""One batch of raw documents through parse, clean and enrich: pure, per document.

A document that fails any stage becomes a Reject with a reason; the batch always finishes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import replace

from transforms.clean import clean_article
from transforms.enrich import enrich_article
from transforms.errors import DocumentTimeout, Rejected
from transforms.model import Article, Block, RawDocument, Reject
from transforms.parse_html import parse_html
from transforms.parse_text import parse_text


def process_document(doc: RawDocument) -> Article:
    """Parse, clean and enrich one document. Raises Rejected (`no_body` and the parse codes)."""
    article = parse_html(doc) if doc.media_type == "html" else parse_text(doc)
    article = clean_article(article)
    if not article.body.strip() and article.dek:
        # A one-paragraph article whose description repeats it: the paragraph is the body.
        article = replace(article, blocks=tuple(
            Block("paragraph", b.text) if b.kind == "dek" else b for b in article.blocks))
    if not article.body.strip():
        raise Rejected("no_body", "nothing was left of the body after cleaning")
    return enrich_article(article)


Guard = Callable[[RawDocument], AbstractContextManager[object]]


def process_documents(docs: Iterable[RawDocument | Reject], guard: Guard | None = None) -> list[Article | Reject]:
    """Every document of a batch as an Article or a Reject, in input order.

    Rejects from reading pass through; an unexpected error on one document becomes an
    `extract_error` reject for that document alone. `guard(doc)` wraps each document's
    processing (the flows pass a time limit, which raises DocumentTimeout: a `timeout` reject).
    """
    out: list[Article | Reject] = []
    for doc in docs:
        if isinstance(doc, Reject):
            out.append(doc)
            continue
        result: Article | Reject
        try:
            with guard(doc) if guard else nullcontext():
                result = process_document(doc)
        except DocumentTimeout as exc:
            result = Reject(doc.source_uri, "timeout", str(exc) or "over the time limit", doc.raw_sha256,
                            doc.size_bytes)
        except Rejected as exc:
            result = Reject(doc.source_uri, exc.reason, exc.detail, doc.raw_sha256, doc.size_bytes)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            result = Reject(doc.source_uri, "extract_error", f"{type(exc).__name__}: {exc}",
                            doc.raw_sha256, doc.size_bytes)
        out.append(result)
    return out
