from datetime import UTC, datetime

import pyarrow as pa

from flows.report import RunSummary, summary_markdown, summary_text
from transforms.schema import ARTICLES
from transforms.stats import count_by, coverage_by_outlet, field_coverage


def _articles():
    base = {name: None for name in ARTICLES.names}
    rows = []
    for outlet, authors, day in [("A", ["Jo Doe"], "2024-05-01"), ("A", [], "2024-05-01"), (None, [], "2024-05-02")]:
        rows.append({**base, "outlet": outlet, "authors": authors, "title": "T", "date": day,
                     "region": "unknown", "published_at": datetime(2024, 5, 1, tzinfo=UTC)})
    return pa.Table.from_pylist(rows, schema=ARTICLES)


def test_counts_and_coverage():
    table = _articles()
    assert count_by(table, "date", "region") == {"2024-05-01/unknown": 2, "2024-05-02/unknown": 1}
    coverage = field_coverage(table)
    assert coverage["title"] == 1.0 and coverage["authors"] == round(1 / 3, 4) and coverage["dek"] == 0.0
    assert coverage_by_outlet(table)["A"]["authors"] == 0.5
    assert set(coverage_by_outlet(table)) == {"A", "(none)"}


def test_summary_renders_and_balances():
    summary = RunSummary(run_id="r1", lake="/l", files=2, skipped_files=0, read=5, written=3,
                         duplicates=1, rejects=1, unchanged=0, partitions={"2024-05-01/unknown": 3},
                         rejects_by_reason={"bad_json": 1}, coverage_by_outlet={"A|B": {"title": 1.0}})
    assert summary.balanced
    markdown = summary_markdown(summary)
    assert "| 2024-05-01/unknown | 3 |" in markdown and "| bad_json | 1 |" in markdown
    assert "| A\\|B | 100% |" in markdown
    assert "rejects bad_json 1" in summary_text(summary).replace(":", "")
    assert not summary.model_copy(update={"written": 2}).balanced


def test_a_row_the_schema_refuses_becomes_a_reject_and_the_rest_stay():
    from dataclasses import replace as dc_replace

    from tests.helpers import article
    from transforms.rows import batch_rows

    good = article(("title", "T"), ("paragraph", "Some body text here."), source_uri="file:///good")
    bad = dc_replace(good, source_uri="file:///bad", published_at=datetime(2024, 5, 1, tzinfo=UTC),
                     published_offset=100_000)  # no int16 holds it
    rows, rejects = batch_rows([good, bad], ingested_at=datetime(2024, 5, 2, tzinfo=UTC), run_id="r1",
                               pipeline_version="t")
    assert [r["source_uri"] for r in rows] == ["file:///good"]
    assert [(r["source_uri"], r["reason"]) for r in rejects] == [("file:///bad", "extract_error")]
