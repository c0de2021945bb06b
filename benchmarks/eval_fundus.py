"""Body extraction on the fundus pages: newslake against trafilatura alone, side by side.

    uv run python benchmarks/eval_fundus.py [--csv benchmarks/results/fundus.csv]

For every page: does it yield an article with a non-empty body, and the body token F1 against
the truth `body_text` (summary + subheads + paragraphs). newslake's text is its dek followed by
its body, since fundus counts the standfirst ("summary") as part of the body; trafilatura's
is `bare_extraction(...).text` with its default settings. Both get the page's URL.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from trafilatura import bare_extraction

from benchmarks.corpora import CORPORA, fundus_pages
from benchmarks.scoring import token_f1
from transforms.model import Article
from transforms.pipeline import process_documents


def newslake_text(article: Article) -> str:
    return "\n\n".join(t for t in (article.dek, article.body) if t)


def evaluate() -> list[dict[str, object]]:
    rows = []
    for page in fundus_pages():
        doc = page.document()
        clock = time.perf_counter()
        (result,) = process_documents([doc])
        ours_seconds = time.perf_counter() - clock
        ours = newslake_text(result) if isinstance(result, Article) else ""
        clock = time.perf_counter()
        baseline = bare_extraction(doc.content, url=doc.hints.url, with_metadata=True)
        theirs_seconds = time.perf_counter() - clock
        theirs = (baseline.text or "") if baseline is not None else ""
        truth = page.truth.get("body_text", "")
        rows.append({
            "page": page.name, "language": (result.language if isinstance(result, Article) else None) or "?",
            "newslake_article": isinstance(result, Article) and bool(result.body.strip()),
            "reject": getattr(result, "reason", ""),
            "newslake_f1": round(token_f1(ours, truth), 4),
            "trafilatura_f1": round(token_f1(theirs, truth), 4),
            "newslake_s": round(ours_seconds, 4), "trafilatura_s": round(theirs_seconds, 4),
        })
    return rows


def print_table(rows: list[dict[str, object]]) -> None:
    groups: dict[str, list[dict[str, object]]] = defaultdict(list)
    for row in rows:
        groups["all"].append(row)
        groups[str(row["language"])].append(row)
    order = ["all"] + sorted((k for k in groups if k != "all"), key=lambda k: (-len(groups[k]), k))
    print(f"{'group':<8} {'pages':>5} {'article %':>9} {'newslake F1':>11} {'trafilatura F1':>14}")
    for key in order:
        group = groups[key]
        share = sum(bool(r["newslake_article"]) for r in group) / len(group)
        ours = statistics.mean(float(r["newslake_f1"]) for r in group)
        theirs = statistics.mean(float(r["trafilatura_f1"]) for r in group)
        print(f"{key:<8} {len(group):>5} {share:>9.1%} {ours:>11.3f} {theirs:>14.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, help="also write per-page rows here")
    args = parser.parse_args()
    if not (CORPORA / "fundus").is_dir():
        print(f"fundus corpus not found under {CORPORA}", file=sys.stderr)
        return 2
    rows = evaluate()
    print_table(rows)
    if args.csv:
        args.csv.parent.mkdir(parents=True, exist_ok=True)
        with args.csv.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
