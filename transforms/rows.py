"""Articles and rejects as rows of the lake's schemas (transforms/schema.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from typing import Any

import pyarrow as pa

from transforms.identity import article_id, canonical_url, content_hash
from transforms.model import Article, Reject
from transforms.normalize import word_tokens
from transforms.places import region_of
from transforms.schema import ARTICLES, REJECTS


def article_row(article: Article, *, ingested_at: datetime, run_id: str,
                pipeline_version: str) -> dict[str, Any]:
    """One `articles` row. `date` is the UTC publication date, else the ingestion date."""
    url = canonical_url(article.url)
    body = article.body
    body_hash = content_hash(body)
    ident = article_id(url, body_hash)
    published = article.published_at
    day = (published or ingested_at).date().isoformat()
    return {
        "article_id": ident,
        "url": url,
        "source_uri": article.source_uri,
        "outlet": article.outlet,
        "title": article.title,
        "dek": article.dek,
        "body": body,
        "subheads": article.subheads,
        "authors": list(article.authors),
        "wire_agencies": list(article.wire_agencies),
        "captions": [asdict(c) for c in article.captions],
        "published_at": published,
        "date_source": article.date_source if published else "ingested",
        "language": article.language,
        "word_count": len(word_tokens(body)),
        "places": [asdict(p) for p in article.places],
        "countries": article.countries,
        "primary_country": article.primary_country,
        "people": [],
        "organizations": [],
        "quotes": [],
        "figures": [],
        "content_hash": body_hash,
        "story_id": ident,
        "ingested_at": ingested_at,
        "run_id": run_id,
        "pipeline_version": pipeline_version,
        "date": day,
        "region": region_of(article.primary_country),
    }


def reject_row(reject: Reject, *, ingested_at: datetime, run_id: str,
               pipeline_version: str) -> dict[str, Any]:
    """One `rejects` row, partitioned by the ingestion date."""
    return {**asdict(reject), "ingested_at": ingested_at, "run_id": run_id,
            "pipeline_version": pipeline_version, "date": ingested_at.date().isoformat()}


def articles_table(rows: Sequence[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(list(rows), schema=ARTICLES)


def rejects_table(rows: Sequence[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(list(rows), schema=REJECTS)
