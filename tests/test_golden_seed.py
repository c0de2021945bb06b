"""The seed article is the spec in miniature (DESIGN.md): every cleaning problem at once."""

import pytest

from flows.sources import read_source
from tests.conftest import corpus
from transforms.pipeline import process_documents
from transforms.places import region_of


@pytest.fixture(scope="module")
def seed():
    path = corpus("seed", "mosul.txt")
    (article,) = process_documents(read_source(str(path)))
    return article


def test_title_and_dek(seed):
    assert seed.title == "Sporadic clashes continue in Mosul after victory declared"
    assert seed.dek == "The battle for the city has lasted 3 years and displaced nearly 900,000 people"


def test_lead_once_no_captions_no_trailer_in_body(seed):
    assert seed.body.count("Sporadic clashes continued on Tuesday in Mosul") == 1
    assert "Felipe Dana/Associated Press" not in seed.body
    assert "with files from Reuters" not in seed.body
    assert "Smoke billows over the Old City" not in seed.body


def test_captions_as_data(seed):
    assert len(seed.captions) == 2
    assert all(c.photographer == "Felipe Dana" and c.agency == "Associated Press" for c in seed.captions)
    assert seed.captions[0].text.startswith("Smoke billows over the Old City in Mosul")


def test_subheads_wire_and_place(seed):
    assert seed.subheads == ["'Total victory'", "Thousands of civilians killed"]
    assert "Reuters" in seed.wire_agencies
    assert seed.primary_country == "IQ"
    assert region_of(seed.primary_country) == "western-asia"
    assert seed.body.index("'Total victory'") < seed.body.index("Thousands of civilians killed")
