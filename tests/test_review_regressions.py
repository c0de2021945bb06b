"""Reproductions from code review: each once produced wrong output, a hang or a crash."""

import time

import lxml.html
import pytest

from tests.helpers import article, raw
from transforms.clean import drop_boilerplate_lines, drop_repeated_blocks
from transforms.dates import parse_stated
from transforms.parse_html import parse_html, strip_site_name
from transforms.parse_text import parse_text
from transforms.places import find_places


def test_long_teaser_like_line_does_not_backtrack():
    line = "Watch: " + " ".join(f"word{i}" for i in range(30)) + " here."
    clock = time.perf_counter()
    drop_boilerplate_lines(article(("paragraph", line)))
    assert time.perf_counter() - clock < 1.0


@pytest.mark.parametrize("sentence", [
    "Weitere Informationen lagen zunächst nicht vor.",
    "Más sobre el tema se sabrá la próxima semana, dijo el ministro.",
    "Ver más allá de la crisis es difícil, admitió el alcalde.",
    "Reporter in Kiew mussten in Schutzräume.",
])
def test_body_sentences_are_not_boilerplate(sentence):
    assert drop_boilerplate_lines(article(("paragraph", sentence))).body == sentence


@pytest.mark.parametrize(("text", "country"), [
    ("The talks ended on Friday. Ukraine said it would go on.", "UA"),
    ("Fighting continued in eastern Ukraine. Russia said more.", "UA"),
    ("German Chancellor Olaf Scholz spoke.", "DE"),
    ("Beijing said the visit would go ahead.", "CN"),
])
def test_places_across_sentence_ends_and_titles(text, country):
    assert country in [e.country for e, _ in find_places(text)]


def test_layout_table_keeps_paragraphs_apart():
    paras = "".join(f"<p>Paragraph {i} of the story says something long enough to count as text here.</p>"
                    for i in range(6))
    html = f"<html><body><table><tr><td>Home News</td><td><h1>Council approves flood plan</h1>{paras}</td></tr></table></body></html>"
    out = parse_html(raw(html, media_type="html"))
    assert sum(b.kind == "paragraph" and b.text.startswith("Paragraph") for b in out.blocks) == 6


def test_many_table_rows_stay_linear():
    rows = tuple(("paragraph", f"Runner {i} · Team {i % 40} · {i} points in the season table") for i in range(6000))
    clock = time.perf_counter()
    drop_repeated_blocks(article(*rows))
    assert time.perf_counter() - clock < 10


@pytest.mark.parametrize(("name", "expected"), [("Giovanni di Lorenzo", ("Giovanni di Lorenzo",)),
                                                ("Ursula von der Leyen", ("Ursula von der Leyen",)),
                                                ("Capital Von Jemima Kelly", ("Jemima Kelly",))])
def test_name_particles_are_not_bylines(name, expected):
    html = (f"<html><head><meta name='author' content='{name}'></head><body><article><h1>T</h1>"
            "<p>" + "A sentence of news text. " * 10 + "</p></article></body></html>")
    assert parse_html(raw(html, media_type="html")).authors == expected


def test_jsonld_person_fields_that_are_not_names():
    html = ('<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":['
            '{"@type":"Person","name":"https://example.com/authors/jane"},{"@type":"Person","name":"Redaktion"},'
            '{"@type":["Person","Organization"],"name":"Jane Doe"}]}</script></head><body><article><h1>T</h1>'
            "<p>" + "A sentence of news text. " * 10 + "</p></article></body></html>")
    assert parse_html(raw(html, media_type="html")).authors == ("Jane Doe",)


@pytest.mark.parametrize("headline", ["Will the ceasefire hold?", "Stop the war, says the Pope!"])
def test_text_headlines_with_question_or_exclamation(headline):
    assert parse_text(raw(f"{headline}\n\nThe lead paragraph of the story.\n\nMore text.")).title == headline


def test_rfc2822_numeric_offset_is_kept():
    utc, offset = parse_stated("Tue, 11 Jul 2017 22:00:00 +0200")
    assert utc.isoformat() == "2017-07-11T20:00:00+00:00" and offset == 120


@pytest.mark.parametrize(("title", "site", "expected"), [
    ("Senate passes the bill | CNN Politics", "CNN", "Senate passes the bill"),
    ("Floods hit the north | The Guardian", "Guardian", "Floods hit the north"),
])
def test_site_name_with_section_or_article(title, site, expected):
    assert strip_site_name(title, [site]) == expected


def test_parenthetical_words_are_not_photo_credits():
    from transforms.credits import split_credit

    assert split_credit("Das teilte das Ministerium mit (Bildungsministerium)")[1] is None
