"""Publication dates: printed dates, offsets taken from the page, never a date from body text."""

from datetime import datetime

import pytest

from tests.helpers import raw
from transforms.dates import date_from_url, parse_printed, parse_stated
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
    ("2020年07月12日 08:15", None, (datetime(2020, 7, 12, 8, 15), True)),   # CJK, year first
    ("2021년 3월 4일", None, (datetime(2021, 3, 4), False)),
    # Arabic without a declared language, the month named twice (Levantine / standard).
    ("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", None, (datetime(2020, 4, 24, 21, 22), True)),
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


def test_a_utc_declaration_takes_the_offset_of_its_wall_clock_declared_without_one():
    article = html(meta='<meta property="article:published_time" content="2019-11-19T04:58:46Z">'
                        '<meta name="date" content="2019-11-18 20:58:46">')
    assert article.published_offset == -480                                   # Pacific time, Nov 18
    on_the_hour = html(meta='<meta property="article:published_time" content="2019-11-19T05:00:00Z">'
                            '<meta name="date" content="2019-11-18 21:00:00">')
    assert on_the_hour.published_offset == 0                                  # no evidence
    date_only = html(meta='<meta property="article:published_time" content="2019-11-19T03:30:00Z">'
                          '<meta name="date" content="2019-11-19">')
    assert date_only.published_offset == 0                                    # a day is no wall clock


def test_a_utc_declaration_falls_on_the_day_its_url_states():
    page = HEAD.format(meta='<meta property="article:published_time" content="2019-11-19T02:34:30Z">',
                       above="", below="", lang="en", nav=NAV)
    article = parse_html(raw(page, media_type="html", url="https://news.example/2019/11/18/markets/asia"))
    assert (article.published_at.date().isoformat(), article.date_source) == ("2019-11-18", "url")
    later = parse_html(raw(page, media_type="html", url="https://news.example/2019/11/16/markets/asia"))
    assert later.date_source == "metadata"                                    # no offset reaches Nov 16


def test_a_date_labelled_as_the_publication_near_the_headline_whatever_its_class():
    article = html(below='<p class="about"><a href="/author/mb">Moritz Bachmann</a></p>'
                         '<span class="about__block">publiziert am 25. September 2018</span>', lang="de")
    assert (article.published_at.date().isoformat(), article.date_source) == ("2018-09-25", "printed")


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


# JSON-LD as publishers print it broken: a trailing comma, a single-quoted string, a // comment,
# a stray brace after the object, a quote left unescaped inside a string.
@pytest.mark.parametrize("script", [
    '{"@type": "NewsArticle", "keywords": ["port", "strike", ], "datePublished": "2019-11-18T16:06:51-05:00"}',
    """{"@type": "NewsArticle", "description": 'Cranes stand idle', "datePublished": "2019-11-18T16:06:51-05:00"}""",
    '{"@type": "NewsArticle", // will be empty for branded publishing\n "datePublished": "2019-11-18T16:06:51-05:00"}',
    '{"@type": "NewsArticle", "datePublished": "2019-11-18T16:06:51-05:00"}\n}',
    '{"@type": "NewsArticle", "description": "The "Jewels" installation", "datePublished": "2019-11-18T16:06:51-05:00"}',
])
def test_broken_json_ld_is_read_as_far_as_it_goes(script):
    article = html(meta=f'<script type="application/ld+json">{script}</script>', nav="")
    assert article.published_at.isoformat() == "2019-11-18T21:06:51+00:00"
    assert (article.published_offset, article.date_source) == (-300, "metadata")


def test_a_script_that_is_no_json_is_no_json_ld():
    script = "{var page = {id: 1}; function track() { return 'x'; }" * 400  # 20 KB of code: not mended
    article = html(meta=f'<script type="application/ld+json">{script}</script>', nav="")
    assert article.published_at is None


def test_a_declared_day_without_a_time_takes_the_instant_declared_on_that_day():
    meta = ('<script type="application/ld+json">{"@type": "Article", "datePublished": "2018-04-18"}</script>'
            '<script type="application/ld+json">{"@graph": [{"@type": "WebPage", '
            '"@id": "https://news.example/port/cranes-idle#webpage", "datePublished": "2018-04-18T14:39:09+02:00"}]}'
            '</script>')
    article = html(meta=meta, nav="")
    assert (article.published_at.isoformat(), article.published_offset) == ("2018-04-18T12:39:09+00:00", 120)
    # another day's instant is another date: the declared day stays
    article = html(meta=meta.replace("2018-04-18T14", "2018-04-20T14"), nav="")
    assert (article.published_at.isoformat(), article.published_offset) == ("2018-04-18T00:00:00+00:00", None)


@pytest.mark.parametrize(("value", "expected"), [
    ("2022-5-5 22:17:36", "2022-05-05T22:17:36+00:00"),        # single-digit fields
    ("2020-12-05T23:15:0Z", "2020-12-05T23:15:00+00:00"),
    ("Tue Nov 19 2019 03:05:46 GMT+0000 (Coordinated Universal Time)", "2019-11-19T03:05:46+00:00"),  # JavaScript
    ("Tue Nov 19 2019 03:05:46 GMT-0500", "2019-11-19T08:05:46+00:00"),
])
def test_loose_iso_timestamps(value, expected):
    assert parse_stated(value)[0].isoformat() == expected


@pytest.mark.parametrize(("url", "day"), [
    ("https://news.example/world/storm-brought-under-control-20200113", "2020-01-13"),
    ("https://news.example/2020/01/13/storm", "2020-01-13"),
    ("https://news.example/world/storm-20201399", None),         # no such day
    ("https://news.example/world/storm-2020011312", None),       # a longer number is an id
])
def test_dates_in_urls(url, day):
    found = date_from_url(url)
    assert (found.date().isoformat() if found else None) == day


def test_a_utc_instant_takes_the_day_printed_under_the_headline():
    # 02:18 UTC on the 18th is the evening of the 17th in the Americas, which the page prints.
    article = html(meta='<meta property="article:published_time" content="2020-02-18T02:18:11Z">',
                   below='<p class="fecha">17 de Febrero 2020</p>', lang="es")
    assert (article.published_at.date().isoformat(), article.date_source) == ("2020-02-17", "printed")


def test_a_printed_day_no_offset_can_reach_leaves_the_declared_instant():
    article = html(meta='<meta property="article:published_time" content="2020-02-18T12:18:11Z">',
                   below='<p class="fecha">16 de Febrero 2020</p>', lang="es")
    assert (article.published_at.isoformat(), article.date_source) == ("2020-02-18T12:18:11+00:00", "metadata")


def test_a_printed_time_in_the_byline_gives_the_offset():
    article = html(meta='<script type="application/ld+json">{"@type": "NewsArticle", '
                        '"datePublished": "Wed, 04 May 2022 02:41:00 GMT"}</script>',
                   below='<div class="byline"><span>Redacción</span> <span>3/5/2022 22:41</span></div>', lang="es")
    assert article.published_offset == -240 and article.date_source == "metadata"


def test_a_reader_clock_with_a_zone_gives_no_offset():
    article = html(meta='<meta property="article:published_time" content="2022-05-04T02:41:00Z">',
                   below='<div class="byline"><span>Thu 5 May 2022 12.42 CET</span></div>')
    assert article.published_offset == 0


def test_a_bare_meta_date_gives_way_to_the_dateline():
    # `<meta name="date">` alone is often the page's build time; the dateline is the publisher's.
    article = html(meta='<meta name="date" content="2020-04-29T11:52:23">',
                   below='<p class="meta">Stand: 28.04.2020 18:00 Uhr</p>', lang="de")
    assert (article.published_at.date().isoformat(), article.date_source) == ("2020-04-28", "printed")


def test_a_logo_headline_and_a_dateline_after_the_headline_wrapper():
    page = """<html><head><title>Talks resume</title></head><body>
<header><h1><a href="https://www.news.example/"><img src="logo.png" alt="News"></a></h1>
<div class="today">Tuesday, (08 Dec 2020)</div></header>
<div class="content"><div class="title"><h1>Talks resume in the capital</h1></div>
<ul class="nav meta"><li>13 Oct 2020 18:29</li><li>1,204 views</li></ul>
<p>Negotiators met again on Tuesday after a week of pauses in the talks over the border crossing.</p>
<p>Both delegations said the next round would address the schedule for reopening the crossing.</p>
<p>Observers from three neighbouring countries attended the session as guests of the hosts.</p>
</div></body></html>"""
    article = parse_html(raw(page, media_type="html", url="https://www.news.example/politics/talks-resume"))
    assert (article.published_at.date().isoformat(), article.date_source) == ("2020-10-13", "printed")


def test_the_url_date_comes_before_a_date_read_from_the_page_furniture():
    page = HEAD.format(meta='<link rel="canonical" href="https://news.example/port/cranes-idle-20200113">',
                       above="", below="", lang="en", nav='<div class="nav">Tue, 14 Jan 2020</div>')
    article = parse_html(raw(page, media_type="html", url="https://mirror.example/cranes"))
    assert (article.published_at.date().isoformat(), article.date_source) == ("2020-01-13", "url")


def test_a_url_day_followed_by_a_number_in_the_slug_is_not_read_first():
    # "/2024/05/12-ways-to-save/": May 2024, perhaps not May 12; it waits until after htmldate.
    assert date_from_url("https://blog.example.com/2024/05/12-ways-to-save/", strict=True) is None
    assert date_from_url("https://blog.example.com/2024/05/12/ways-to-save/", strict=True).day == 12


def test_the_date_an_inline_script_writes_beside_the_headline():
    article = html(below='<p class="main-text"><script>showDate("2020/04/17 01:43:09 01:43:09");</script></p>',
                   nav="")
    assert article.published_at.isoformat() == "2020-04-17T00:00:00+00:00"
    assert article.date_source == "printed"
    # a clock in the site's header or a box of today's date is not the story's
    for box in ('<header><script>showDate("2020/04/17 01:43:09")</script></header>',
                '<div class="today"><script>writeDate("2020-04-17")</script></div>'):
        assert html(below=box, nav="").published_at is None
    # nor a script doing more than printing one date
    assert html(below='<script>var a = 1; showDate("2020/04/17")</script>', nav="").published_at is None


def test_numeric_dates_only_where_month_names_are_not_asked_for():
    assert parse_printed("Domingo, Diciembre 6, 2020 - 07:32", "es") is not None
    assert parse_printed("Domingo, Diciembre 6, 2020 - 07:32", "es", worded=False) is None
    assert parse_printed("05/12/2020 - 15:10", "es", worded=False) == (datetime(2020, 12, 5, 15, 10), True)
