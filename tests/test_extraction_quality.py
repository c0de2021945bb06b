"""Extraction quality on the real-page corpora, guarded by floors just under today's figures.

benchmarks/eval_extraction.py prints the full side-by-side tables (docs/QUALITY.md records
them); these tests fail CI when a change makes newslake measurably worse. The issue's targets
are higher than some floors here: a floor is what newslake reaches now, not the goal.
"""

from functools import cache

import pytest

from tests.conftest import corpus
from transforms.errors import REASONS

pytestmark = pytest.mark.corpus


@cache
def _rows(name: str) -> tuple[dict, ...]:
    from benchmarks.eval_extraction import evaluate_corpus

    return tuple(evaluate_corpus(name))


def rows(name: str) -> list[dict]:
    corpus(name)
    return list(_rows(name))


def measured(name: str) -> dict[str, tuple[float, float | None]]:
    from benchmarks.eval_extraction import summary

    return {line["metric"]: (line["newslake"], line["trafilatura"]) for line in summary(rows(name), name)}


FLOORS = [  # (corpus, metric, floor); "≤" metrics are ceilings
    ("fundus", "yield", 0.97), ("fundus", "body", 0.97), ("fundus", "title", 0.875),
    ("fundus", "date", 0.985), ("fundus", "people", 0.94), ("fundus", "recall", 0.93),
    ("fundus", "credit", 0.89), ("fundus", "caption_precision", 0.88),
    ("scrapinghub_aeb", "body", 0.97), ("scrapinghub_aeb", "body_other", 0.95),
    ("readability", "body", 0.92), ("readability", "title", 0.82),  # its truth keeps SEO titles a heading may not print
    ("readability", "people", 0.88),
    ("trafilatura_eval", "must_have", 0.96), ("trafilatura_eval", "title", 0.80),
    ("trafilatura_eval", "date", 0.90), ("trafilatura_eval", "people", 0.90),
    ("htmldate_mediacloud", "date", 0.92),
]
CEILINGS = [("fundus", "leak", 0.01), ("trafilatura_eval", "must_not", 0.03)]


@pytest.mark.parametrize(("name", "metric", "floor"), FLOORS)
def test_floor(name, metric, floor):
    assert measured(name)[metric][0] >= floor


@pytest.mark.parametrize(("name", "metric", "ceiling"), CEILINGS)
def test_ceiling(name, metric, ceiling):
    assert measured(name)[metric][0] <= ceiling


@pytest.mark.parametrize(("name", "metric"), [("fundus", "body"), ("fundus", "title"),
                                              ("fundus", "date"), ("trafilatura_eval", "title"),
                                              ("trafilatura_eval", "date"), ("htmldate_mediacloud", "date"),
                                              ("readability", "title"), ("scrapinghub_aeb", "body")])
def test_not_below_trafilatura_alone(name, metric):
    ours, theirs = measured(name)[metric]
    assert ours >= theirs


def test_every_fundus_page_is_an_article_or_a_reasoned_reject():
    pages = rows("fundus")
    assert len(pages) >= 150
    for row in pages:
        assert row["ok_nl"] or row["reject_nl"] in REASONS, row


SYNDICATED = {  # (corpus, page): the outlet its syndication credit names; None: not syndicated
    ("fundus", "Stern_2023_04_28"): "Capital",
    ("fundus", "DailyMaverick_2026_01_06"): "The Conversation",
    ("fundus", "DiePresse_2025_06_05"): "Project Syndicate",  # "Copyright: Project Syndicate, 2025"
    ("scrapinghub_aeb", "detroit.cbslocal.com:c467d507"): "Associated Press",  # "© 2019 Associated Press. …"
    ("htmldate_mediacloud", "tucson.com:1725250200"): "Associated Press",
    ("fundus", "BSZ_2024_05_16"): "dpa",  # "© dpa-infocom, dpa:240516-99-53606/3 (dpa)"
    ("scrapinghub_aeb", "www.sciencealert.com:359fee22"): "Reuters",  # "© Reuters"
    ("trafilatura_eval", "vancouversun.com.microsoft"): "Reuters",  # "© Thomson Reuters 2020"
    ("fundus", "AFPFaktencheck_2026_05_24"): None,  # "Copyright © AFP 2017-2026." on AFP's own pages
    ("trafilatura_eval", "wsvn.com-crash"): None,  # "Copyright 2023 Sunbeam Television Corp." (its owner)
    ("scrapinghub_aeb", "www.sciencealert.com:14cc2a0c"): "Futurism",
    ("scrapinghub_aeb", "phys.org:e1c7023e"): "European Space Agency",
    ("readability", "citylab-1"): "The Atlantic",
    ("trafilatura_eval", "salon.com.emissions"): "Grist",
    ("htmldate_mediacloud", "www.seattletimes.com:1587149671"): "The New York Times",  # "… at nytimes.com."
    ("scrapinghub_aeb", "www.livescience.com:3c5bf8db"): None,  # "Originally published on Live Science."
    ("scrapinghub_aeb", "www.quantamagazine.org:bdb56ac8"): None,  # "This article was reprinted on Wired.com."
    ("trafilatura_eval", "vice.com.amazon"): None,  # VICE UK printing "originally appeared on VICE US."
    ("readability", "msn"): None,  # "© Provided by Business Insider Inc" is a picture's credit
}


def test_syndication_credits_on_real_pages():
    from benchmarks.corpora import LOADERS
    from transforms.pipeline import process_document

    for name in {c for c, _ in SYNDICATED}:
        corpus(name)
    found = {(name, page.name): process_document(page.document()).syndicated_from
             for name in {c for c, _ in SYNDICATED} for page in LOADERS[name]() if (name, page.name) in SYNDICATED}
    assert found == SYNDICATED
