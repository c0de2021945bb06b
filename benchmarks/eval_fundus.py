"""Extraction on the fundus pages: newslake against trafilatura alone (alias of eval_extraction).

    python -m benchmarks.eval_fundus [--csv DIR]

Same as `python -m benchmarks.eval_extraction --corpus fundus [--csv DIR]` (DIR/fundus.csv);
the metrics are defined in benchmarks/eval_extraction.py. `evaluate()` keeps the per-page rows
tests/test_fundus.py reads: newslake_article (an article with a non-empty body), reject, and the
body token F1 of newslake's dek + body and of trafilatura's text against the truth `body_text`.
"""

from __future__ import annotations

import sys

from benchmarks import eval_extraction


def evaluate() -> list[dict[str, object]]:
    return [{"page": row["page"], "language": row["language"],
             "newslake_article": bool(row["ok_nl"]), "reject": row["reject_nl"],
             "newslake_f1": row["body_f1_nl"], "trafilatura_f1": row["body_f1_tr"],
             "newslake_s": row["seconds_nl"], "trafilatura_s": row["seconds_tr"]}
            for row in eval_extraction.evaluate_corpus("fundus")]


def main(argv: list[str] | None = None) -> int:
    return eval_extraction.main(["--corpus", "fundus", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
