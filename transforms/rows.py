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
        "syndicated_from": article.syndicated_from,
        "captions": [asdict(c) for c in article.captions],
        "published_at": published,
        "published_utc_offset": article.published_offset if published else None,
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
        "raw_sha256": article.raw_sha256,
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


def batch_rows(results: Sequence[Article | Reject], *, ingested_at: datetime, run_id: str,
               pipeline_version: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(`articles` rows, `rejects` rows) for a processed batch.

    An article whose row cannot be built (a value the schema refuses) becomes an
    `extract_error` reject instead of failing the batch.
    """
    meta = {"ingested_at": ingested_at, "run_id": run_id, "pipeline_version": pipeline_version}
    built: list[tuple[Article, dict[str, Any]]] = []
    rejects: list[Reject] = []
    for result in results:
        if isinstance(result, Reject):
            rejects.append(result)
            continue
        try:
            built.append((result, article_row(result, **meta)))
        except Exception as exc:  # noqa: BLE001 - one bad row must not stop the batch
            rejects.append(_row_error(result, exc))
    try:
        articles_table([row for _, row in built])  # the usual case: the schema takes them all
        articles = [row for _, row in built]
    except Exception:  # noqa: BLE001 - find the rows the schema refuses, one at a time
        articles = []
        for result, row in built:
            try:
                articles_table([row])
                articles.append(row)
            except Exception as exc:  # noqa: BLE001
                rejects.append(_row_error(result, exc))
    return articles, [reject_row(r, **meta) for r in rejects]


def _row_error(article: Article, exc: Exception) -> Reject:
    return Reject(article.source_uri, "extract_error",
                  f"row not accepted by the schema: {type(exc).__name__}: {exc}", article.raw_sha256, None)


def articles_table(rows: Sequence[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(list(rows), schema=ARTICLES)


def rejects_table(rows: Sequence[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(list(rows), schema=REJECTS)
