"""Golden tests on the project's own samples (always run): data/samples vs tests/golden/."""

import json
from pathlib import Path

import pytest

from flows.sources import list_sources, read_source
from tests.conftest import SAMPLES
from transforms.model import Article
from transforms.pipeline import process_documents
from transforms.places import region_of

GOLDEN = json.loads((Path(__file__).parent / "golden" / "samples.json").read_text(encoding="utf-8"))


def _results():
    files, _ = list_sources([str(SAMPLES)])
    docs = [doc for path in files for doc in read_source(path)]
    return {r.source_uri.split("/samples/")[1]: r for r in process_documents(docs)}


RESULTS = _results()


@pytest.mark.parametrize("name", sorted(GOLDEN["articles"]))
def test_sample_article(name):
    expected = GOLDEN["articles"][name]
    article = RESULTS[name]
    assert isinstance(article, Article), article
    for field in ("title", "dek", "outlet", "language", "primary_country", "date_source"):
        assert getattr(article, field) == expected[field], field
    assert list(article.authors) == expected["authors"]
    assert list(article.wire_agencies) == expected["wire_agencies"]
    assert article.syndicated_from == expected["syndicated_from"]
    assert article.subheads == expected["subheads"]
    assert [[c.text, c.photographer, c.agency] for c in article.captions] == expected["captions"]
    published = article.published_at.isoformat() if article.published_at else None
    assert published == expected["published_at"]
    assert region_of(article.primary_country) == expected["region"]
    for snippet in expected["body_must"]:
        assert article.body.count(snippet) == 1, snippet
    for snippet in expected["body_must_not"]:
        assert snippet not in article.body, snippet


@pytest.mark.parametrize(("name", "reason"), sorted(GOLDEN["rejects"].items()))
def test_sample_reject(name, reason):
    assert RESULTS[name].reason == reason


def test_every_sample_is_accounted_for():
    assert set(RESULTS) == set(GOLDEN["articles"]) | set(GOLDEN["rejects"])
