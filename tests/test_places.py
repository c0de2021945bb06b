import csv
from pathlib import Path

import pytest

from tests.helpers import article
from transforms.places import find_places, region_of, resolve_places


def names(text):
    return [(entry.name, entry.country) for entry, _ in find_places(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Clashes in Mosul, Iraq.", [("Mosul", "IQ"), ("Iraq", "IQ")]),
    ("Iraqi forces and the U.S.-led coalition", [("Iraq", "IQ"), ("United States", "US")]),
    ("Iraq's prime minister", [("Iraq", "IQ")]),
    ("said Lynn Maalouf of Amnesty", []),               # a city inside a person's name
    ("Of the 897,000 people displaced", []),           # a city that is a common word
    ("Most people left. Police said", []),
    ("the Old City of Mosul", [("Mosul", "IQ")]),
    ("in March and on Monday", []),
    ("MOSUL, Iraq \u2014 Fighting", [("Mosul", "IQ"), ("Iraq", "IQ")]),  # dateline in capitals
    ("The Washington Post reported", []),
    ("a metro strike in São Paulo", [("São Paulo", "BR")]),
])
def test_find_places(text, expected):
    assert names(text) == expected


def test_primary_country_weighs_title_and_counts():
    a = article(("title", "Floods in Nairobi"),
                ("paragraph", "Kenyan officials said the rain would go on. A US envoy visited."),
                ("paragraph", "Nairobi is the capital of Kenya."))
    out = resolve_places(a)
    assert out.primary_country == "KE"
    assert out.countries == ["KE", "US"]
    assert {p.name: p.mentions for p in out.places}["Nairobi"] == 2


def test_no_places_means_unknown_region():
    out = resolve_places(article(("paragraph", "Nothing here names a place at all.")))
    assert out.primary_country is None
    assert region_of(out.primary_country) == "unknown"


@pytest.mark.parametrize(("iso", "region"), [
    ("IQ", "western-asia"), ("KE", "eastern-africa"), ("BR", "south-america"), ("US", "northern-america"),
    ("DE", "western-europe"), ("GB", "northern-europe"), ("MX", "central-america"), ("JM", "caribbean"),
    ("AU", "australia-and-new-zealand"), (None, "unknown"), ("ZZ", "unknown"),
])
def test_region_of(iso, region):
    assert region_of(iso) == region


def test_m49_table_covers_every_country_with_a_slug():
    path = Path(__file__).resolve().parent.parent / "transforms" / "data" / "m49.csv"
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) >= 249
    assert all(r["region"] and r["region"] == r["region"].lower() and " " not in r["region"] for r in rows)


@pytest.mark.parametrize(("text", "expected"), [
    ("Obama said on Tuesday that the bill would pass.", []),
    ("Michael Jordan and Chad Smith attended the game.", []),
    ("Mali, Niger and Chad left ECOWAS.", [("Mali", "ML"), ("Niger", "NE"), ("Chad", "TD")]),
    ("Georgia voters head to the polls in New Jersey.", [("New Jersey", "US")]),
    ("The Indian Ocean and Latin America; Turkish Airlines resumed flights.", []),
    ("Iraqi Prime Minister Haider al-Abadi", [("Iraq", "IQ")]),
    ("The Dallas Cowboys won. CONTACT US", []),
    ("Protests spread across Ontario and British Columbia.", [("Ontario", "CA"), ("British Columbia", "CA")]),
])
def test_names_that_are_not_places(text, expected):
    assert names(text) == expected
