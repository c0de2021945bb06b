"""Exact deduplication of a run's articles, within the run and against the lake's history.

Keys: the canonical URL and the content hash of the normalised body. The first copy stays in
`articles`; every later copy goes to `duplicates` naming the article it repeats and the key
that matched. An input whose exact bytes the lake already holds (in any dataset) is
`unchanged`: a re-run is counted and written nowhere again, even after the cleaning code or the
line order of a JSONL file changed.

The result does not depend on input order: candidates are ranked by publication time, then
source, so the earliest published copy is the original.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pyarrow as pa

from transforms.schema import DUPLICATES

_FAR_FUTURE = datetime.max.isoformat()


@dataclass(frozen=True)
class LakeIndex:
    """What the lake already holds, as dedup needs it."""

    urls: Mapping[str, str] = field(default_factory=dict)  # canonical url -> article_id
    hashes: Mapping[str, str] = field(default_factory=dict)  # content hash -> article_id
    seen_raw: frozenset[str] = frozenset()  # sha256 of every input's bytes, in any dataset


@dataclass(frozen=True)
class DedupResult:
    articles: pa.Table
    duplicates: pa.Table
    rejects: pa.Table
    unchanged: int


_KEYS = ["article_id", "url", "source_uri", "published_at", "content_hash", "raw_sha256"]


def _rank(row: Mapping[str, Any]) -> tuple[str, str, str]:
    published = row["published_at"].isoformat() if row["published_at"] else _FAR_FUTURE
    return published, row["source_uri"], row["content_hash"]


def deduplicate(articles: pa.Table, rejects: pa.Table, index: LakeIndex) -> DedupResult:
    """Split a run's candidate articles into articles, duplicates and unchanged re-runs.

    Decides on the key columns only and takes the chosen rows, so bodies are never copied
    through Python. Rejects whose bytes the lake already holds are unchanged too, so a re-run
    adds no rows.
    """
    urls = dict(index.urls)
    hashes = dict(index.hashes)
    kept: list[int] = []
    copies: list[tuple[int, str, str]] = []  # (row, original article_id, matching key)
    unchanged = 0
    keys = articles.select(_KEYS).to_pylist()
    for i in sorted(range(len(keys)), key=lambda i: _rank(keys[i])):
        row = keys[i]
        if row["raw_sha256"] in index.seen_raw:
            unchanged += 1
            continue
        if row["url"] and row["url"] in urls:
            original = urls[row["url"]]
            copies.append((i, original, "url"))
        elif row["content_hash"] in hashes:
            original = hashes[row["content_hash"]]
            copies.append((i, original, "content_hash"))
        else:
            original = row["article_id"]
            kept.append(i)
        # A copy's keys lead to its original too: a later version at a copy's URL is a copy.
        if row["url"]:
            urls.setdefault(row["url"], original)
        hashes.setdefault(row["content_hash"], original)
    duplicates = articles.take(pa.array([i for i, _, _ in copies], pa.int64()))
    duplicates = duplicates.select([n for n in DUPLICATES.names if n in duplicates.schema.names])
    duplicates = duplicates.append_column("duplicate_of", pa.array([o for _, o, _ in copies], pa.string()))
    duplicates = duplicates.append_column("match", pa.array([m for _, _, m in copies], pa.string()))
    duplicates = duplicates.append_column("similarity", pa.array(
        [1.0 if m == "content_hash" else None for _, _, m in copies], pa.float64()))
    # A reject without bytes (the file could not be read) is recorded again on every run.
    seen_reject = [r in index.seen_raw for r in rejects.column("raw_sha256").to_pylist()]
    new_rejects = rejects.filter(pa.array([not seen for seen in seen_reject], pa.bool_()))
    return DedupResult(
        articles=articles.take(pa.array(kept, pa.int64())),
        duplicates=duplicates.select(DUPLICATES.names).cast(DUPLICATES),
        rejects=new_rejects.sort_by("source_uri") if new_rejects.num_rows else new_rejects,
        unchanged=unchanged + sum(seen_reject),
    )


def build_index(articles: Iterable[Mapping[str, Any]], duplicates: Iterable[Mapping[str, Any]],
                rejects: Iterable[Mapping[str, Any]]) -> LakeIndex:
    """A LakeIndex from rows already in the lake (only the key columns are needed)."""
    urls: dict[str, str] = {}
    hashes: dict[str, str] = {}
    seen: set[str] = set()
    for row in articles:
        if row["url"]:
            urls.setdefault(row["url"], row["article_id"])
        hashes.setdefault(row["content_hash"], row["article_id"])
        seen.add(row["raw_sha256"])
    for row in duplicates:
        if row["url"]:
            urls.setdefault(row["url"], row["duplicate_of"])
        hashes.setdefault(row["content_hash"], row["duplicate_of"])
        seen.add(row["raw_sha256"])
    seen.update(row["raw_sha256"] for row in rejects)
    seen.discard(None)
    return LakeIndex(urls=urls, hashes=hashes, seen_raw=frozenset(seen))
