"""Regenerate tests/golden/samples.json from what newslake extracts from data/samples now.

    uv run python scripts/regen_golden.py

Review the diff before committing it: a golden file is a reviewed expectation, not a snapshot
to accept blindly. Hand-written `body_must` / `body_must_not` snippets are kept.
"""

from __future__ import annotations

import json
from pathlib import Path

from flows.sources import list_sources, read_source
from transforms.model import Article
from transforms.pipeline import process_documents
from transforms.places import region_of

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "samples.json"


def main() -> None:
    old = json.loads(GOLDEN.read_text(encoding="utf-8")) if GOLDEN.exists() else {"articles": {}}
    files, _ = list_sources([str(ROOT / "data" / "samples")])
    results = process_documents([doc for path in files for doc in read_source(path)])
    articles, rejects = {}, {}
    for result in results:
        name = result.source_uri.split("/samples/")[1]
        if not isinstance(result, Article):
            rejects[name] = result.reason
            continue
        kept = old["articles"].get(name, {})
        articles[name] = {
            "title": result.title, "dek": result.dek, "outlet": result.outlet,
            "authors": list(result.authors), "wire_agencies": list(result.wire_agencies),
            "subheads": result.subheads,
            "captions": [[c.text, c.photographer, c.agency] for c in result.captions],
            "published_at": result.published_at.isoformat() if result.published_at else None,
            "date_source": result.date_source, "language": result.language,
            "primary_country": result.primary_country, "region": region_of(result.primary_country),
            "body_must": kept.get("body_must", []), "body_must_not": kept.get("body_must_not", []),
        }
    GOLDEN.write_text(json.dumps({"articles": articles, "rejects": rejects}, indent=2,
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(articles)} articles, {len(rejects)} rejects -> {GOLDEN}")


if __name__ == "__main__":
    main()
