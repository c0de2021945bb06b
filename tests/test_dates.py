"""Publication dates: printed dates, offsets taken from the page, never a date from body text."""

from datetime import datetime

import pytest

from tests.helpers import raw
from transforms.dates import parse_printed
from transforms.parse_html import parse_html


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("/ jueves 2 de abril de 2020", "es", (datetime(2020, 4, 2), False)),
    ("Por: Agencia Sur | 17 de Febrero 2020", "es", (datetime(2020, 2, 17), False)),
    ("Published: 10:00am, 20 Jan, 2020", "en", (datetime(2020, 1, 20, 10, 0), True)),
    ("February 24, 2020 | 9:25pm", "en", (datetime(2020, 2, 24, 21, 25), True)),
    ("PUBLISHED: November 8, 2023 at 11:30 p.m. | UPDATED: November 9, 2023 at 12:21 a.m.", "en",
     (datetime(2023, 11, 8, 23, 30), True)),
    ("Brasília03/05/2022 21:44", "pt", (datetime(2022, 5, 3, 21, 44), True)),
    ("19.2.2020 klo 14.00", "fi", (datetime(2020, 2, 19, 14, 0), True)),
    ("27.04.2020 - 18:50 Uhr", "de", (datetime(2020, 4, 27, 18, 50), True)),
    ("02/24/2020 9:25 PM", "en", (datetime(2020, 2, 24, 21, 25), True)),
    ("04/03/2020", "en-US", (datetime(2020, 4, 3), False)),     # month first in US English
    ("04/03/2020", "fr", (datetime(2020, 3, 4), False)),        # day first elsewhere
    ("Aktualisiert: 11.04.2020, 10:27", "de", None),            # a change, not publication
    ("in 2014 the city", "en", None),                           # a year alone is no date
    ("Thursday, November 9th 2023 Today's Paper", "en", None),
])
def test_parse_printed(text, language, expected):
    assert parse_printed(text, language) == expected


HEAD = """<html lang="{lang}"><head><title>Harbour cranes stand idle</title>{meta}</head><body>
{nav}
<article>{above}<h1>Harbour cranes stand idle</h1>{below}
<p>Dock workers stayed home on Monday as the strike over pay entered its third week in 2014 terms.</p>
<p>The port authority said ships were waiting offshore and that talks would resume later this week.</p>
<p>Union leaders said they would not return until the offer matched inflation over the past year.</p>
</article></body></html>"""


NAV = '<div class="nav"><span class="date">Mittwoch, 8. Juli 2020</span></div>'  # today, not the story's


def html(meta="", above="", below="", lang="en", nav=NAV):
    return parse_html(raw(HEAD.format(meta=meta, above=above, below=below, lang=lang, nav=nav), media_type="html",
                          url="https://news.example/port/cranes-idle"))


def test_a_utc_declaration_takes_the_offset_of_the_printed_local_time():
    article = html(meta='<meta property="article:published_time" content="2020-02-25T02:25:54+00:00">',
                   below='<p class="byline-date">February 24, 2020 | 9:25pm</p>')
    assert article.published_at.isoformat() == "2020-02-25T02:25:54+00:00"   # the instant is kept
    assert article.published_offset == -300                                   # the day is Feb 24
    assert article.date_source == "metadata"


def test_a_utc_declaration_takes_the_offset_of_another_declaration_of_the_same_instant():
    article = html(meta='<script type="application/ld+json">{"@type": "NewsArticle", '
                        '"datePublished": "2019-10-18T22:04:00Z"}</script>'
                        '<meta name="date" content="Sat, 19 Oct 2019 00:04:00 +0200">')
    assert article.published_offset == 120


def test_a_printed_time_that_is_not_the_declared_instant_sets_no_offset():
    article = html(meta='<meta property="article:published_time" content="2020-02-25T02:25:54Z">',
                   below='<p class="byline-date">February 24, 2020 | 9:40pm</p>')
    assert article.published_offset == 0


def test_the_date_printed_above_the_headline_when_nothing_is_declared():
    article = html(above='<p class="published-date">/ jueves 2 de abril de 2020</p>', lang="es")
    assert article.published_at.isoformat() == "2020-04-02T00:00:00+00:00"
    assert article.published_offset is None          # a printed day states no offset
    assert article.date_source == "printed"


def test_the_line_under_the_headline_when_it_opens_with_a_date():
    article = html(below='<p class="tagline">22/11/2020 - 04:30 - Fonte: Agência Sul</p>', lang="pt-br")
    assert article.published_at.date().isoformat() == "2020-11-22"


def test_an_update_line_or_the_site_date_in_the_navigation_is_not_the_publication_date():
    article = html(below='<p class="article-updated">Updated: 11.04.2020, 10:27</p>', lang="de")
    assert article.date_source != "printed"


def test_a_year_in_the_body_text_is_never_a_date():
    article = html(nav="")
    assert article.published_at is None


def test_json_ld_in_a_cdata_section_is_read():
    meta = ('<script type="application/ld+json">//<![CDATA[\n{"@type": "NewsArticle", '
            '"headline": "Harbour cranes stand idle", "datePublished": "2024-12-06T22:00:40.000Z"}\n//]]></script>'
            '<meta property="article:published_time" content="2024-12-07T12:43:39Z">')
    assert html(meta=meta).published_at.isoformat() == "2024-12-06T22:00:40+00:00"
