"""Smoke run over the real fundus pages: every page is an article or a reject with a reason,
and body quality is not below trafilatura alone (benchmarks/eval_fundus.py prints the table)."""

import statistics

import pytest

from tests.conftest import corpus
from transforms.errors import REASONS

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def rows():
    corpus("fundus", "index.csv")
    from benchmarks.eval_fundus import evaluate

    return evaluate()


def test_every_page_is_an_article_or_a_reasoned_reject(rows):
    assert len(rows) >= 150
    for row in rows:
        assert row["newslake_article"] or row["reject"] in REASONS, row


def test_at_least_97_percent_yield_a_body(rows):
    share = sum(bool(r["newslake_article"]) for r in rows) / len(rows)
    assert share >= 0.97


def test_body_f1_not_below_trafilatura_alone(rows):
    ours = statistics.mean(r["newslake_f1"] for r in rows)
    theirs = statistics.mean(r["trafilatura_f1"] for r in rows)
    assert ours >= theirs, (ours, theirs)
    assert ours >= 0.95  # floor just under today's 0.956


