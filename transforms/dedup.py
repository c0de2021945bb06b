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

from transforms.schema import DUPLICATES, REJECTS

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


def _rank(row: Mapping[str, Any]) -> tuple[str, str, str]:
    published = row["published_at"].isoformat() if row["published_at"] else _FAR_FUTURE
    return published, row["source_uri"], row["content_hash"]


def _duplicate_row(row: Mapping[str, Any], original: str, match: str) -> dict[str, Any]:
    out = {name: row.get(name) for name in DUPLICATES.names}
    out.update(duplicate_of=original, match=match, similarity=1.0 if match == "content_hash" else None)
    return out


def deduplicate(articles: pa.Table, rejects: pa.Table, index: LakeIndex) -> DedupResult:
    """Split a run's candidate articles into articles, duplicates and unchanged re-runs.

    Rejects whose bytes the lake already holds are unchanged too, so a re-run adds no rows.
    """
    urls = dict(index.urls)
    hashes = dict(index.hashes)
    kept: list[dict[str, Any]] = []
    duplicates: list[dict[str, Any]] = []
    unchanged = 0
    for row in sorted(articles.to_pylist(), key=_rank):
        if row["raw_sha256"] in index.seen_raw:
            unchanged += 1
            continue
        if row["url"] and row["url"] in urls:
            original = urls[row["url"]]
            duplicates.append(_duplicate_row(row, original, "url"))
        elif row["content_hash"] in hashes:
            original = hashes[row["content_hash"]]
            duplicates.append(_duplicate_row(row, original, "content_hash"))
        else:
            original = row["article_id"]
            kept.append(row)
        # A copy's keys lead to its original too: a later version at a copy's URL is a copy.
        if row["url"]:
            urls.setdefault(row["url"], original)
        hashes.setdefault(row["content_hash"], original)
    # A reject without bytes (the file could not be read) is recorded again on every run.
    new_rejects = [r for r in rejects.to_pylist() if r["raw_sha256"] not in index.seen_raw]
    unchanged += rejects.num_rows - len(new_rejects)
    return DedupResult(
        articles=pa.Table.from_pylist(kept, schema=articles.schema),
        duplicates=pa.Table.from_pylist(duplicates, schema=DUPLICATES),
        rejects=pa.Table.from_pylist(sorted(new_rejects, key=lambda r: r["source_uri"]), schema=REJECTS),
        unchanged=unchanged,
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
