import json

import lxml.html
import pytest

from tests.helpers import raw
from transforms.model import Article
from transforms.normalize import comparison_key
from transforms.parse_html import (_author_bios, _card_leads, _shows, _visible_key, extract_captions, parse_html,
                                   strip_site_name)

PAGE = """<html lang="en"><head><title>{title}</title>
<meta property="og:url" content="https://example.com/">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{title}",
 "author": [{{"@type": "Organization", "name": "Reuters"}}, {{"@type": "Person", "name": "Jane Doe"}}],
 "datePublished": "2024-05-02T09:15:00+03:00"}}</script></head>
<body><article><h1>{title}</h1>
<p>{body} The first paragraph of the story is long enough to be taken for article text by the extractor.</p>
<p>A second paragraph adds more detail about what happened, who said what and what comes next.</p>
<figure><img src="a.jpg"><figcaption>Rescuers search the rubble on Thursday. <span class="credit">Ana Ruiz/Reuters</span></figcaption></figure>
<p>A third paragraph closes the story with context and a quote from an official in the city.</p>
</article></body></html>"""


def page(title="Flood in Dhaka", body="Floods hit Dhaka."):
    return raw(PAGE.format(title=title, body=body), media_type="html")


def story(head: str = "", byline: str = "") -> str:
    """A two-paragraph story page with `head` in its <head> and `byline` under its headline."""
    return (f'<html><head>{head}</head><body><article><h1>Rivers run low</h1>{byline}'
            '<p>The summer drought left the rivers lower than at any time since records began in the valley.</p>'
            '<p>Barges now carry half their load, and the ferries stopped running on Monday morning this week.</p>'
            '</article></body></html>')


def test_metadata_authors_and_captions():
    article = parse_html(page())
    assert article.title == "Flood in Dhaka"
    assert article.authors == ("Jane Doe",)             # the Organization is not a person
    assert article.wire_agencies == ("Reuters",)
    assert article.published_at.isoformat() == "2024-05-02T06:15:00+00:00"
    assert article.date_source == "metadata"
    assert [(c.text, c.photographer, c.agency) for c in article.captions] == [
        ("Rescuers search the rubble on Thursday.", "Ana Ruiz", "Reuters")]


def test_a_home_page_og_url_is_not_the_article_url():
    assert parse_html(page()).url is None
    assert parse_html(raw(page().content, media_type="html", url="https://example.com/a/1")).url == "https://example.com/a/1"


@pytest.mark.parametrize(("title", "sites", "expected"), [
    ("Headline | The Coastal Herald", ["The Coastal Herald"], "Headline"),
    ("Headline - BBC News", ["bbc.co.uk"], "Headline"),
    ("Headline – DW – 30.01.2024", ["DW"], "Headline – DW – 30.01.2024"),
    ("Moscow - Russia's report on Ukraine", ["RT"], "Moscow - Russia's report on Ukraine"),
    ("Analysis - The times we live in", ["The Times"], "Analysis - The times we live in"),
    ("Rheinblick | Rentenreform", ["Rheinblick"], "Rentenreform"),
    ("Rentenreform: Junge Abgeordnete", ["Rheinblick"], "Rentenreform: Junge Abgeordnete"),
    # scripts without spaces: the site (named, or by its outlet word) and a short section before it
    ("武汉的声音：有英雄的城！-新华网", ["xinhuanet.com"], "武汉的声音：有英雄的城！"),
    ("留学生看两会：关注点大不同_教育频道_中国青年网", [""], "留学生看两会：关注点大不同"),
    ("한동훈 제명했지만… 부담 커졌다ㅣ한국일보", ["한국일보"], "한동훈 제명했지만… 부담 커졌다"),
    ("한동훈 제명했지만… 부담 커졌다-정치ㅣ한국일보", ["한국일보"], "한동훈 제명했지만… 부담 커졌다"),  # a listed section
    ("東京五輪-延期", [""], "東京五輪-延期"),
    # a single "-" inside the headline is no section separator
    ("COVID-19疫情_国际新闻", [""], "COVID-19疫情"),
    ("中国女排3-0日本-新华网", [""], "中国女排3-0日本"),
    ("축구 한국-일본ㅣ한국일보", ["한국일보"], "축구 한국-일본"),
    ("与田祐希“すっぴんショット”公開（2020年2月15日）｜BIGLOBEニュース", ["BIGLOBEニュース"],
     "与田祐希“すっぴんショット”公開（2020年2月15日）"),  # a longer name, after a full-width bar
    # the site before a colon, its words run together in the host ("the" too)
    ("The Space Review: Seeking a bigger role", ["thespacereview.com"], "Seeking a bigger role"),
    ("Spiegel: Merkel geht | SPIEGEL", ["spiegel.de"], "Merkel geht"),
    ("Brexit: Nervenkrieg geht weiter", ["nzz.ch"], "Brexit: Nervenkrieg geht weiter"),
    ("엘제이-류화영 진흙탕 싸움 - Entermedia", ["entermedia.co.kr"], "엘제이-류화영 진흙탕 싸움"),  # the registered name
    ("Africa: Covid vaccine rollout lags", ["Nation", "nation.africa"], "Africa: Covid vaccine rollout lags"),
])
def test_strip_site_name(title, sites, expected):
    assert strip_site_name(title, sites) == expected


def test_latin1_label_decodes_as_windows_1252():
    from transforms.decode import decode_bytes

    data = '<meta charset="iso-8859-1"><p>\u201cQuoted\u201d \u2013 caf\u00e9</p>'.encode("cp1252")
    assert "\u201cQuoted\u201d \u2013 caf\u00e9" in decode_bytes(data, html=True)


@pytest.mark.parametrize(("visible", "declared", "expected"), [
    (["Ukrainische Gegenoffensive: Ziele"], ["Ukrainische Gegenoffensive: Ziele | DW | 28.04.2023"],
     "Ukrainische Gegenoffensive: Ziele"),
    (["Steigende Zinsen setzen Dax zu"], ["Steigende Zinsen setzen Dax zu | Sport"], "Steigende Zinsen setzen Dax zu"),
    (["Neue Leipziger Schule: Judy Lybke"], ["Judy Lybke, ganz und gar nicht"], "Judy Lybke, ganz und gar nicht"),
    (["Site Logo"], [], "Site Logo"),
    ([], ["Headline | The Herald"], "Headline"),
    # og:title is the JSON-LD headline without its section: the section goes.
    ([": Thioune fordert Geduld"], ["Bubi-Bomber wieder da: Thioune fordert Geduld | Sport",
                                    "Bubi-Bomber wieder da: Thioune fordert Geduld"],
     "Bubi-Bomber wieder da: Thioune fordert Geduld"),
    # ... but not a longer tail, which may be the headline's own second half.
    ([], ["Storm hits coast - thousands without power across the region tonight", "Storm hits coast"],
     "Storm hits coast - thousands without power across the region tonight"),
    # a headline cut short with an ellipsis: the whole one printed
    (["Tsai's playbook should be essential reading for Hong Kong leader Carrie Lam"],
     ["Tsai's playbook should be essential reading for Hong Kong leader...", "Carrie Lam should study it"],
     "Tsai's playbook should be essential reading for Hong Kong leader Carrie Lam"),
    # a JSON-LD headline cut at a length limit (Google reads 110 characters): the whole one printed
    (["Hunter diagnosed with bubonic plague after eating a rabbit making him third Beijing local to contract "
      "medieval disease"],
     ["Hunter diagnosed with bubonic plague after eating a rabbit making him third Beijing local to contract"],
     "Hunter diagnosed with bubonic plague after eating a rabbit making him third Beijing local to contract "
     "medieval disease"),
    (["Só quem se Ama…"], ["Só quem se Ama..."], "Só quem se Ama..."),   # another ellipsis is no more words
    # a long declared headline stays though the <title> and <h1> name the section
    (["Allergies Health Center"], ["Pollen season starts early this year", "Allergies Health Center | WebMD"],
     "Pollen season starts early this year"),
    # a CMS's name as the JSON-LD headline: no other candidate shares a word
    (["Plumber jailed after boiler killed daughter"], ["escenic", "Plumber jailed after boiler killed daughter"],
     "Plumber jailed after boiler killed daughter"),
    # ... not from a longer declared rewrite, nor where the printed one is the same but for spaces
    (["Hunter diagnosed with bubonic plague after eating a rabbit making him third Beijing local to contract"],
     ["Hunter diagnosed with bubonic plague after eating a rabbit making him third Beijing local to contract",
      "Hunter diagnosed with bubonic plague after eating a rabbit making him third Beijing local to contract in "
      "Inner Mongolia"],
     "Hunter diagnosed with bubonic plague after eating a rabbit making him third Beijing local to contract"),
    (["Hunter diagnosed with bubonic plague after eating a rabbit, making him the third local to\n\ncontract it"],
     ["Hunter diagnosed with bubonic plague after eating a rabbit, making him the third local to contract it"],
     "Hunter diagnosed with bubonic plague after eating a rabbit, making him the third local to contract it"),
    # ... not a short one that a printed headline goes on from
    (["Sinkt der Leitzins? Klare Ansage von Profis"], ["Sinkt der Leitzins? Klare Ansage"],
     "Sinkt der Leitzins? Klare Ansage"),
    # words glued before the printed headline that the <title> sets apart: a site name, a kicker
    (["सेबी को एमएफ मामले निपटाने चाहिए"], ["बिजनेस स्टैंडर्ड सेबी को एमएफ मामले निपटाने चाहिए",
                                         "बिजनेस स्टैंडर्ड - सेबी को एमएफ मामले निपटाने चाहिए"],
     "सेबी को एमएफ मामले निपटाने चाहिए"),
    (["Nordmann dømt til livstid"], ["«Evnukkmakeren»: Nordmann dømt til livstid",
                                     "«Evnukkmakeren»: - Nordmann dømt til livstid"], "Nordmann dømt til livstid"),
    # ... or after a separator: a site name, a kicker the printed headline sets apart
    (["أميركا: 50 ألفا حصيلة الوفيات"], ["المدينة نيوز - أميركا: 50 ألفا حصيلة الوفيات",
                                       "أميركا: 50 ألفا حصيلة الوفيات - المدينة نيوز"], "أميركا: 50 ألفا حصيلة الوفيات"),
    (['"Wir dekorieren auf der Titanic die Liegestühle um"'],
     ['Die Zukunft der Arbeit - "Wir dekorieren auf der Titanic die Liegestühle um"'],
     '"Wir dekorieren auf der Titanic die Liegestühle um"'),
    # ... not a blog's name printed as the <h1>, after the story's title
    (["Pferdemarkt aktuell by pferde.com"], ["Sieger der Auktion vom 11. Juli stehen fest - Pferdemarkt aktuell by pferde.com"],
     "Sieger der Auktion vom 11. Juli stehen fest - Pferdemarkt aktuell by pferde.com"),
    # a section label before a bar that the printed headline goes without
    (["Republicans Are Following Trump to Nowhere"], ["Opinion | Republicans Are Following Trump to Nowhere"],
     "Republicans Are Following Trump to Nowhere"),
])
def test_choose_headline(visible, declared, expected):
    from transforms.parse_html import choose_headline

    assert choose_headline(visible, declared, ["The Herald"]) == expected


def test_captions_without_figcaption_and_in_carousels():
    html = """<html><body><article>
    <figure class="asset"><img src="a.jpg"><div class="CaptionWrapper-x caption"><span class="CaptionText-y">
    A light blue dress with knot details on the runway in Paris.</span><span class="CaptionCredit-z">Photo: Jane Doe</span></div></figure>
    <div class="CarouselSlide-info"><span class="CarouselSlide-infoDescription"><p>Vice President Kamala Harris
    speaks at a campaign event in Detroit on Monday.</p></span></div>
    <div class="wp-block-media-text"><p>This block is body text beside a picture, not a caption.</p></div>
    </article></body></html>"""
    captions = extract_captions(lxml.html.fromstring(html))
    assert [(c.text[:20], c.photographer) for c in captions] == [
        ("A light blue dress w", "Jane Doe"), ("Vice President Kamal", None)]


@pytest.mark.parametrize(("figure", "text", "photographer", "agency"), [
    # <cite>, <footer> and <small> mark a figure's source
    ('<figure><img src="a.jpg"><figcaption><p>Trump stayed an hour. <cite>AP Photo/Jane Roe</cite></p>'
     '</figcaption></figure>', "Trump stayed an hour.", "Jane Roe", "Associated Press"),
    ('<figure><img src="a.jpg"><figcaption>Demonstrators in Hamburg.</figcaption>'
     '<footer>Imago/Blaulicht-News.de</footer></figure>', "Demonstrators in Hamburg.", None, "Imago"),
    ('<figure><img src="a.jpg"><figcaption><p>Putin at the Kremlin.</p><small>Quelle: dpa</small>'
     '</figcaption></figure>', "Putin at the Kremlin.", None, "dpa"),
    # the caption's last span is a credit alone, whatever its class
    ('<figure><img src="a.jpg"><figcaption><span class="x1">Rest helps you recover.</span>'
     '<span class="x2">Unsplash/Kelly Sikkema</span></figcaption></figure>',
     "Rest helps you recover.", "Kelly Sikkema", "Unsplash"),
    ('<figure><img src="a.jpg"><figcaption><span class="t">A striker breaks away.</span>'
     '<span class="p">(Edu Luque)</span></figcaption></figure>', "A striker breaks away.", "Edu Luque", None),
    # a second figcaption given as the picture's author
    ('<figure><img src="a.jpg"><figcaption>Nuuk harbour.</figcaption><figcaption itemprop="author">'
     'Mads Rasmussen/Ritzau Scanpix</figcaption></figure>', "Nuuk harbour.", "Mads Rasmussen", "Ritzau"),
    # the credit on the image
    ('<figure><img src="a.jpg" data-credit="PA"><figcaption>Rebecca at the match.</figcaption></figure>',
     "Rebecca at the match.", None, "PA Media"),
    # a credit element inside a bracket takes the bracket; an empty name is no agency
    ('<figure><img src="a.jpg"><figcaption>A refinery in Carson. (<span class="credit">AP Photo</span>'
     '/Damian Dovarganes)</figcaption></figure>', "A refinery in Carson.", "Damian Dovarganes", "Associated Press"),
    ('<figure><img src="a.jpg"><figcaption><span class="caption">Misri speaks in New Delhi.</span> '
     '<span class="credit">Photo by -</span> /<span class="distributor">AFP via Getty Images</span>'
     '</figcaption></figure>', "Misri speaks in New Delhi.", None, "Agence France-Presse"),
    # a caption outside a figure and the credit element after it
    ('<div><img src="a.jpg"><span class="image-caption">Frozen samples in a clinic.</span>'
     '<span class="image-source">Friso Gentsch/dpa</span></div>', "Frozen samples in a clinic.", "Friso Gentsch", "dpa"),
    # a trailing agency after the caption's sentence
    ('<figure><img src="a.jpg"><figcaption>Prince Andrew denied it. (AAP)</figcaption></figure>',
     "Prince Andrew denied it.", None, "AAP"),
    # a caption kept on the image for a lightbox
    ('<div><img src="a.jpg" data-caption="An imam at prayer in Wedding" data-source="Rolf Zoellner/imago"></div>',
     "An imam at prayer in Wedding", "Rolf Zoellner", "Imago"),
    # a <figcaption> after its <figure> was closed, and an image-info element
    ('<div><figure><img src="a.jpg"></figure><figcaption><span>A demonstration in 2022.'
     '</span> <span>Uncredited/AP/dpa</span></figcaption></div>', "A demonstration in 2022.", None, "Associated Press"),
    ('<ul><li><img src="a.jpg"><span class="img-info">The hat festival drew thousands. Bild: Andreas Seidel/Archiv'
     '</span></li></ul>', "The hat festival drew thousands.", "Andreas Seidel", "Archiv"),
    # a carousel's "Read More" button is not the caption's
    ('<div class="CarouselSlide"><picture><img src="a.jpg"></picture><div class="Expand">'
     '<span class="CarouselSlide-infoDescription"><p>Harris waves in Pittsburgh. '
     '(AP Photo/Jacquelyn Martin)</p></span><button>Read More</button></div></div>',
     "Harris waves in Pittsburgh.", "Jacquelyn Martin", "Associated Press"),
    # a picture library is no photographer
    ('<figure><img src="a.jpg"><figcaption>Alex Lowes in 2024, Foto: LAT Images</figcaption></figure>',
     "Alex Lowes in 2024", None, "LAT Images"),
])
def test_figure_credits(figure, text, photographer, agency):
    captions = extract_captions(lxml.html.fromstring(f"<html><body><article>{figure}</article></body></html>"))
    assert [(c.text, c.photographer, c.agency) for c in captions] == [(text, photographer, agency)]


@pytest.mark.parametrize(("html", "expected"), [
    # the caption's last element has text after it: it is part of the caption
    ('<figure><img src="a.jpg"><figcaption><b>Jane Roe</b> watches <a href="/r">Reuters</a> coverage at home.'
     '</figcaption></figure>', [("Jane Roe watches Reuters coverage at home.", None, None)]),
    # a credit element matching inside another bracket's words does not take that bracket
    ('<figure><img src="a.jpg"><figcaption>Leaders at the summit (APEC 2023) in San Francisco. '
     '<span class="credit">AP</span></figcaption></figure>',
     [("Leaders at the summit (APEC 2023) in San Francisco.", None, "Associated Press")]),
    # a byline after a loose caption is the article's, not the picture's
    ('<div><img src="a.jpg"><p class="image-caption">Voters queue in Leeds.</p><div class="byline">By Jane Roe, Political Editor'
     '</div></div>', [("Voters queue in Leeds.", None, None)]),
    # a country code after an athlete's name is no credit
    ('<figure><img src="a.jpg"><figcaption><span>Simone Biles</span> <span>(USA)</span></figcaption></figure>',
     [("Simone Biles (USA)", None, None)]),
    # a pull quote set as a figure, with or without a <figcaption>
    ('<figure class="wp-block-pullquote"><blockquote><p>We will rebuild.</p><cite>Jane Roe</cite></blockquote>'
     '</figure>', []),
    ('<figure><blockquote>Stay hungry.</blockquote><figcaption>— <cite>Steve Jobs</cite>, Stanford</figcaption>'
     '</figure>', []),
    # a lightbox caption written with markup, and a flag value that is no caption
    ('<div><img src="a.jpg" data-caption="&lt;strong&gt;Flood waters&lt;/strong&gt; in Leeds. Photo: Jane Roe/AFP">'
     '<img src="b.jpg" data-caption="true"></div>', [("Flood waters in Leeds.", "Jane Roe", "Agence France-Presse")]),
    # a credit element opening the caption is cut where it stands, not where its word recurs
    ('<figure><img src="a.jpg"><figcaption><span class="credit">Reuters</span> A Reuters reporter at work.'
     '</figcaption></figure>', [("A Reuters reporter at work.", None, "Reuters")]),
    # a credit element outside the caption leaves the caption's words alone
    ('<figure><img src="a.jpg"><figcaption>Leaders at the APEC summit.</figcaption><span class="credit">AP</span>'
     '</figure>', [("Leaders at the APEC summit.", None, "Associated Press")]),
    # banners of the publisher's other titles in the page footer, an author bio in the article's
    # footer, and an author's job title beside their portrait describe no picture of the story
    ('<footer><figure><a href="/teen/"><img src="teen.png"><figcaption>Herald for Teens</figcaption></a></figure>'
     '<div class="bio"><img src="jr.jpg"><p class="caption">Jane Roe is a contributing editor.</p></div></footer>', []),
    ('<div class="story-authors"><img src="jr.jpg" alt="Jane Roe"><a href="/authors/jane-roe">Jane Roe</a>'
     '<span class="caption story-authors__function">Redakteurin</span></div>', []),
    # a "show more" toggle is no part of the caption or its credit
    ('<figure><img src="a.jpg"><figcaption>A knife seized by the police. Foto: Metropolitan Police '
     '<span class="toggle" role="button">Vis mer</span></figcaption></figure>',
     [("A knife seized by the police.", None, "Metropolitan Police")]),
    # Drupal's image-and-text block is body text, not a caption
    ('<div class="paragraph paragraph--type--image-text"><img src="a.jpg"><p>The council met on Monday.</p></div>',
     []),
])
def test_what_is_no_caption_or_no_credit(html, expected):
    captions = extract_captions(lxml.html.fromstring(f"<html><body><article>{html}</article></body></html>"))
    assert [(c.text, c.photographer, c.agency) for c in captions] == expected


def test_a_headline_inside_an_unclosed_sprite_svg_is_read():
    from transforms.pipeline import process_documents

    html = ('<html><body><svg style="display:none"><symbol id="i"><path d="M0 0"/></symbol><article>'
            '<h1>Budget approved</h1><p class="date">3 March 2021</p>' + "".join(f"<p>{p}</p>" for p in STORY)
            + "</article></body></html>")
    (article,) = process_documents([raw(html, media_type="html")])
    assert article.title == "Budget approved" and article.published_at.date().isoformat() == "2021-03-03"


def test_the_articles_image_headline_outranks_an_asides_text_headline():
    from transforms.parse_html import _headline_elements

    tree = lxml.html.fromstring('<html><body><aside><h1>Newsletter</h1></aside><article><h1><img src="t.png" '
                                'alt="Budget approved"></h1></article><h1><a href="/"><img alt="Logo"></a></h1>'
                                '</body></html>')
    assert [h1.xpath("string(.//img/@alt)") or h1.text_content() for h1 in _headline_elements(tree)] == [
        "Budget approved", "Newsletter", "Logo"]


@pytest.mark.parametrize("figcaption", [
    "Bildunterschrift", "Copyright", "Audio: Antenne Brandenburg | 24.04.2024 | Eva Kirchner",
    "Bitte aktivieren Sie Javascript.\nOder nutzen Sie das Angebot ohne Werbung",
    "Ideas 11.14.2019 09:00 AM The Future of Banking Is … You're Broke Facebook Twitter Email",  # share buttons
    'Need more space? Subscribe to our sister title "All About Space" Magazine for the latest news!',
])
def test_labels_players_and_script_notices_are_no_captions(figcaption):
    page = lxml.html.fromstring(f'<html><body><article><figure><img src="a.jpg"><figcaption>{figcaption}'
                                '</figcaption></figure></article></body></html>')
    assert extract_captions(page) == []


def test_a_caption_printed_twice_behind_a_toggle_is_kept_once():
    whole = "In this Sunday photograph, a long row of unsold cars sits at a dealership in Littleton, Colo."
    page = lxml.html.fromstring(
        f'<html><body><article><figure><img src="a.jpg"><figcaption>{whole} (AP Photo/David Zalubowski) '
        f'<span>less</span> {whole[:60]} ... <span>more</span><span class="credit">David Zalubowski/</span>'
        '</figcaption></figure></article></body></html>')
    assert [(c.text, c.photographer, c.agency) for c in extract_captions(page)] == [
        (whole, "David Zalubowski", "Associated Press")]


def test_a_videos_length_opens_no_caption():
    page = lxml.html.fromstring('<html><body><article><figure><video src="v.mp4"></video><figcaption>01:48 min\n'
                                'Results in Dixville Notch: all six voters cast their ballots</figcaption></figure>'
                                '</article></body></html>')
    assert [c.text for c in extract_captions(page)] == ["Results in Dixville Notch: all six voters cast their ballots"]


def test_a_pull_quotes_figcaption_is_no_picture_caption():
    html = ('<html><body><div class="quote"><blockquote>This rule has nothing to do with football.</blockquote>'
            '<figcaption>Murat Yakin, Swiss coach</figcaption></div></body></html>')
    assert extract_captions(lxml.html.fromstring(html)) == []


def test_a_wrapper_flagged_as_having_a_caption_is_not_one():
    html = ('<html><body><div class="articleHeader hasCaption"><h1>Angsten vil øke</h1>'
            '<div class="byline"><address>Martin Gramnæs</address></div>'
            '<img src="kim.jpg"><div class="caption"><figcaption>Kim Jong-un in Pyongyang. Foto: KCNA/Reuters'
            '</figcaption></div></div></body></html>')
    captions = extract_captions(lxml.html.fromstring(html))
    assert [(c.text, c.photographer, c.agency) for c in captions] == [("Kim Jong-un in Pyongyang.", None, "Reuters")]


def test_the_outlet_declared_as_the_author_falls_back_to_the_printed_byline():
    html = ('<html><head><meta property="og:site_name" content="Krautblatt">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rivers run low",'
            ' "author": {"@type": "Person", "name": "Krautblatt "}}</script></head><body><article>'
            '<h1>Rivers run low</h1><p class="author">Von Lena Okafor</p>'
            '<p>The summer drought left the rivers lower than at any time since records began in the valley.</p>'
            '<p>Barges now carry half their load, and the ferries stopped running on Monday morning this week.</p>'
            '</article></body></html>')
    assert parse_html(raw(html, media_type="html")).authors == ("Lena Okafor",)


@pytest.mark.parametrize(("head", "h1"), [
    # trafilatura's copy of a CMS placeholder headline ("escenic") is no second witness
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "escenic"}</script>'
     '<meta property="og:title" content="Plumber jailed after boiler killed daughter">',
     "Plumber jailed after boiler killed daughter"),
    # the <title> a broken <head> left in the body sets the glued site name apart
    ('<meta charset="utf-8"><script type="application/ld+json">{"@type": "NewsArticle", '
     '"headline": "बिजनेस स्टैंडर्ड सेबी को एमएफ मामले निपटाने चाहिए"}</script><div>ad</div>'
     '<title>बिजनेस स्टैंडर्ड - सेबी को एमएफ मामले निपटाने चाहिए</title>', "सेबी को एमएफ मामले निपटाने चाहिए"),
])
def test_the_printed_headline_where_a_declared_title_is_a_placeholder_or_glued(head, h1):
    html = (f'<html><head>{head}</head><body><article><h1>{h1}</h1><p>The summer strike left the port quieter'
            ' than at any time since records began in the valley, and the ferries stopped running on Monday.</p>'
            '</article></body></html>')
    assert parse_html(raw(html, media_type="html")).title == h1


def test_declared_titles_keep_the_publishers_typography():
    article = parse_html(page(title="Apple\u2019s \u201cVision\u201d\uff1a hands-on"))
    assert article.title == "Apple\u2019s \u201cVision\u201d\uff1a hands-on"


@pytest.mark.parametrize(("meta", "byline", "expected"), [
    # the outlet as meta author, spelled as its initials' words: the printed label decides
    ('<meta name="author" content="Deutsche Welle (www.dw.com)"><meta property="og:site_name" content="DW">',
     '<ul><li><strong>Autorin/Autor</strong> Roman Kovalenko</li></ul>', ("Roman Kovalenko",)),
    ('', '<li class="information-item">Von: <span><a href="/bill">Bill  MCCARTHY</a>,</span>'
         '<span><a href="/marisha">Marisha GOLDHAMER</a></span></li>', ("Bill MCCARTHY", "Marisha GOLDHAMER")),
    # an Organization in JSON-LD and the outlet in meta: the byline printed on the page
    ('<meta name="author" content="n-tv NACHRICHTEN"><meta property="og:site_name" content="n-tv NACHRICHTEN">',
     '<span class="article__author">Von Seb Dumitru, Lille</span>', ("Seb Dumitru",)),
    # the paper's name as meta author, the same one as the organisation the page declares
    ('<meta name="author" content="Faro de Vigo"><meta name="organization" content="Faro de Vigo">', '', ()),
])
def test_bylines_when_the_declared_author_is_the_outlet(meta, byline, expected):
    html = (f'<html><head>{meta}</head><body><article><h1>Rivers run low</h1>{byline}'
            '<p>The summer drought left the rivers lower than at any time since records began in the valley.</p>'
            '<p>Barges now carry half their load, and the ferries stopped running on Monday morning this week.</p>'
            '</article></body></html>')
    assert parse_html(raw(html, media_type="html")).authors == expected


def test_a_byline_and_its_agency_in_two_blocks_do_not_run_together():
    html = story(byline='<div class="ap-story-byline"><div class="byline-original">By LISA MASCARO and ERIC TUCKER'
                        '</div><div class="byline-title">Associated Press</div></div>')
    article = parse_html(raw(html, media_type="html"))
    assert (article.authors, article.wire_agencies) == (("Lisa Mascaro", "Eric Tucker"), ("Associated Press",))


@pytest.mark.parametrize(("author", "expected"), [
    ("Adam Aaronson PhillyVoice Staff", ("Adam Aaronson",)),
    ("Adam Aaronson and John Doe PhillyVoice Staff", ("Adam Aaronson", "John Doe")),
    ("Adam Aaronson PhillyVoice Staff.", ("Adam Aaronson",)),
    ("Adam Aaronson Staff", ("Adam Aaronson",)),
    ("Trevor J. Mitchell PhillyVoice", ("Trevor J. Mitchell",)),
    ("PhillyVoice Staff", ()),
])
def test_people_before_the_outlets_desk(author, expected):
    html = story(f'<meta property="og:site_name" content="PhillyVoice"><meta name="author" content="{author}">')
    assert parse_html(raw(html, media_type="html", url="https://www.phillyvoice.com/x")).authors == expected


def test_a_byline_of_hyphenated_names_counts_its_words_as_printed():
    html = story('<meta name="author" content="Jean-Baptiste Chastand">',
                 '<div class="byline">Par Jean-Baptiste Chastand, Marie-Béatrice Baudet, Anne-Sophie Mercier-Lévy '
                 'et Pierre-Yves Le Drian-Dupont</div>')
    assert len(parse_html(raw(html, media_type="html")).authors) == 4


def test_a_surname_that_is_the_outlets_name_stays():
    html = story('<meta property="og:site_name" content="Bloomberg"><meta name="author" content="Michael R. Bloomberg">')
    assert parse_html(raw(html, media_type="html")).authors == ("Michael R. Bloomberg",)


def test_a_label_inside_running_text_is_no_byline():
    html = ('<html><body><article><h1>Rivers run low</h1>'
            '<p>The drought, <b>by</b> all accounts, left the rivers lower than at any time since records began.</p>'
            '<p>Barges now carry half their load, and the ferries stopped running on Monday morning this week.</p>'
            '</article></body></html>')
    assert parse_html(raw(html, media_type="html")).authors == ()


def test_the_printed_headline_read_as_the_first_line_leaves_the_body():
    html = ('<html><head><meta property="og:title" content="Teen is sixth to die after methanol poisoning">'
            '</head><body><article><h1>Backpacker becomes sixth to die in Laos poisoning</h1>'
            '<p>Backpacker becomes sixth to die in Laos poisoning</p>'
            '<p>The summer drought left the rivers lower than at any time since records began in the valley.</p>'
            '<p>Barges now carry half their load, and the ferries stopped running on Monday morning this week.</p>'
            '</article></body></html>')
    article = parse_html(raw(html, media_type="html"))
    assert article.title == "Teen is sixth to die after methanol poisoning"
    assert [b.text for b in article.blocks if b.kind == "paragraph"][0].startswith("The summer drought")
    assert ("repeated_block", 2) in article.removed   # the <h1> and the <p> repeating it


def test_the_declared_title_a_heading_prints_over_an_seo_headline_printed_in_no_heading():
    ld = '{"@type": "NewsArticle", "headline": "Olympische Spiele: Basketball-Aggressor beeindruckt"}'
    head = (f'<script type="application/ld+json">{ld}</script>'
            '<meta property="og:title" content="Deutscher Aggressor beeindruckt, Frankreich hadert">')
    # n-tv sets the SEO headline as an <h1> in its breadcrumb and prints the other in the article
    body = ('<nav><a href="/sport/">Sport</a><h1>Olympische Spiele: Basketball-Aggressor beeindruckt</h1></nav>'
            '<article><h2><span class="article__kicker">US-Dream-Team wird immer besser</span> '
            '<span class="article__headline">Deutscher Aggressor beeindruckt, Frankreich hadert</span></h2>'
            '<p>The summer drought left the rivers lower than at any time since records began in the valley.</p>'
            '<p>Barges now carry half their load, and the ferries stopped running on Monday morning this week.</p>'
            '</article>')
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    assert parse_html(raw(html, media_type="html")).title == "Deutscher Aggressor beeindruckt, Frankreich hadert"
    # where no heading prints either, the first declared title stays
    unprinted = html.replace('<span class="article__headline">Deutscher Aggressor beeindruckt, Frankreich hadert'
                             '</span>', "")
    assert parse_html(raw(unprinted, media_type="html")).title == "Olympische Spiele: Basketball-Aggressor beeindruckt"
    # nor is a section's name a headline because its heading prints it
    section = html.replace("<title>", "").replace(
        '<meta property="og:title" content="Deutscher Aggressor beeindruckt, Frankreich hadert">',
        '<meta property="og:title" content="Basketball News">').replace(
        "Deutscher Aggressor beeindruckt, Frankreich hadert</span>", "Basketball News</span>")
    assert parse_html(raw(section, media_type="html")).title == "Olympische Spiele: Basketball-Aggressor beeindruckt"


def test_the_alternative_headline_printed_with_its_kicker_glued_on_is_neither_body_nor_dek():
    ld = ('{"@type": "NewsArticle", "headline": "Tiktok: Brüssel untersucht Wahleinmischung", '
          '"alternativeHeadline": "Europäische Kommission: Verfahren: Brüssel prüft Einfluss von Tiktok"}')
    html = (f'<html><head><script type="application/ld+json">{ld}</script></head><body><article>'
            '<h1>Tiktok: Brüssel untersucht Wahleinmischung</h1>'
            '<h2><span>Europäische Kommission</span>Verfahren: Brüssel prüft Einfluss von Tiktok</h2>'
            '<p>The summer drought left the rivers lower than at any time since records began in the valley.</p>'
            '<p>Barges now carry half their load, and the ferries stopped running on Monday morning this week.</p>'
            '</article></body></html>')
    article = parse_html(raw(html, media_type="html"))
    assert article.dek is None
    assert not any("Verfahren" in b.text for b in article.blocks)
    # an alternativeHeadline that is a sentence (a CMS's standfirst) takes no paragraph away
    lead = "The summer drought left the rivers lower than at any time since records began in the valley."
    sentence = html.replace("Europäische Kommission: Verfahren: Brüssel prüft Einfluss von Tiktok", lead)
    assert lead in parse_html(raw(sentence, media_type="html")).body


def test_the_headline_kept_by_trafilatura_as_a_subhead_is_neither_body_nor_dek():
    # trafilatura keeps a <header>'s <h1> as the text's first heading on some pages
    html = story("<title>Rivers run low</title>").replace("<h1>Rivers run low</h1>",
                                                           "<header><h1>Rivers run low</h1></header>")
    article = parse_html(raw(html, media_type="html"))
    assert article.title == "Rivers run low" and article.dek is None
    assert article.body.startswith("The summer drought") and ("repeated_block", 1) in article.removed


def test_a_description_copying_the_headline_is_no_dek():
    head = ('<title>Rivers run low in the valley</title>'
            '<meta name="description" content="Rivers run low in the valley.">')
    html = story(head).replace("<h1>Rivers run low</h1>", "<h1>Rivers run low in the valley</h1>")
    article = parse_html(raw(html, media_type="html"))
    assert article.title == "Rivers run low in the valley" and article.dek is None
    assert article.body.startswith("The summer drought")


def _byline_page(head: str, top: str, tail: str = "") -> str:
    return (f'<html><head>{head}</head><body><article><h1>Rivers run low</h1>{top}'
            '<p>The summer drought left the rivers lower than at any time since records began in the valley.</p>'
            '<p>Barges now carry half their load, and the ferries stopped running on Monday morning this week.</p>'
            f'{tail}</article></body></html>')


@pytest.mark.parametrize(("head", "top", "tail", "expected"), [
    # The JSON-LD Person is the page's labelled editor; the author is in the byline.
    ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
     '"name": "Heryadi"}}</script>', '<div class="author-2">Naufal Zuhdi</div>', '<p>Editor : Heryadi</p>',
     ("Naufal Zuhdi",)),
    # No byline class: an element that reads "von …" as a whole.
    ("", '<div><div>von Andreas Kürten</div></div>', "", ("Andreas Kürten",)),
    # The declared author and a printed byline naming her co-author.
    ('<meta name="author" content="Marlene Holm">', '<div class="byline">Marlene Holm og Ingrid Treborg</div>', "",
     ("Marlene Holm", "Ingrid Treborg")),
    # Every author meta value is read: the first is the outlet, the second a person.
    ('<meta property="og:site_name" content="Badische Zeitung"><meta name="author" content="Badische Zeitung">'
     '<meta name="author" content="Lisa Petrich">', "", "", ("Lisa Petrich",)),
    # The outlet by its host ("The Local" on thelocal.se) is no author.
    ('<meta name="author" content="The Local">', "", "", ()),
    # A declared Person that is the outlet after "Par", or a dateline in brackets, is no author;
    # a name with a bracket inside it is one.
    ('<meta property="og:site_name" content="thelocal.se"><script type="application/ld+json">{"@type": '
     '"NewsArticle", "author": {"@type": "Person", "name": "Par thelocal.se"}}</script>', "", "", ()),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
     '"name": "(أبوظبي - البيان)"}}</script>', "", "", ()),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
     '"name": "Bruno (Henrique) Rodrigues"}}</script>', "", "", ("Bruno (Henrique) Rodrigues",)),
    # A declared Person that is an editors' initials code (TVN24's "asty//now") is no author.
    ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
     '"name": "asty//now"}}</script>', "", "", ()),
    # A byline inside a box of related stories credits another article.
    ("", '<div class="related-stories"><span class="byline">By Tom Hale</span></div>',
     '<aside class="teaser"><p>By Ann Lee</p></aside><div class="byline">Lena Okafor</div>', ("Lena Okafor",)),
])
def test_authors_from_labels_meta_and_bylines(head, top, tail, expected):
    doc = raw(_byline_page(head, top, tail), media_type="html", url="https://www.thelocal.se/20200428/rivers")
    assert parse_html(doc).authors == expected


STORY = ["The summer drought left the rivers lower than at any time since records began in the valley.",
         "Barges now carry half their load, and the ferries stopped running on Monday morning this week.",
         "Farmers along the lower river said their pumps had been dry for a fortnight already this year.",
         "The water authority said rain forecast for next week would not be enough to refill the channels."]


def _story(extra: str = "", head: str = "", paragraphs: list[str] = STORY) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>Rivers run low</title>{head}</head><body><article><h1>Rivers run low</h1>"
            f"{body}{extra}</article></body></html>")


def test_a_block_of_link_text_is_a_teaser_not_the_story():
    teaser = ('<p><a href="/2024/other-story">Read how the town of Kessel rebuilt its harbour after the great '
              'flood of the spring and what it cost</a></p>')
    article = parse_html(raw(_story(teaser), media_type="html"))
    assert "Kessel" not in article.body and ("link_block", 1) in article.removed
    assert all(p in article.body for p in STORY)
    # teasers one per line, each tagged after its link (the Express's "DON'T MISS" box)
    lines = ('<p><a href="/news/1188134/kessel-harbour">Kessel rebuilds its harbour after the flood</a> [<strong>INSIGHT]|'
             '<br></strong><a href="/news/1188822/ferries">Ferries stop running on the upper river</a> [<strong>VIDEO]'
             '<br></strong><a href="/news/1187976/barges">Barges carry half their load this summer</a></p>')
    article = parse_html(raw(_story(lines), media_type="html"))
    assert "Kessel" not in article.body and "INSIGHT" not in article.body


def test_a_standfirst_is_read_near_the_headline_not_from_a_sidebar_teaser():
    dek = "Barges carry half their load as the drought leaves the river at a record low this summer"
    teaser = "A pop star is not happy with her boyfriend and a reality star has another adjustment"
    html = ('<html><head><title>Rivers run low</title></head><body><article><h1>Rivers run low</h1>'
            f'<p class="subtitle">{dek}</p>' + "".join(f"<p>{p}</p>" for p in STORY) +
            '</article><aside id="sidebar"><div class="widget">' + "".join(f"<div><p>{i}</p></div>" for i in range(200))
            + f'<p class="rr-excerpt">{teaser}</p></div></aside></body></html>')
    assert parse_html(raw(html, media_type="html")).dek == dek
    # an icon's hundreds of <path>s between the headline and the standfirst are no distance
    icons = '<div class="share"><svg>' + "<path d='M0 0'/>" * 300 + "</svg></div>"
    assert parse_html(raw(html.replace("</h1>", "</h1>" + icons), media_type="html")).dek == dek
    # nor is a logo <h1> without text a headline to measure from
    logo = '<h1><img src="logo.png"></h1><nav>' + "".join(f'<a href="/s{i}">Section {i}</a>' for i in range(160)) + "</nav>"
    assert parse_html(raw(html.replace("<h1>Rivers run low</h1>", "<h2>Rivers run low</h2>").replace(
        "<article>", logo + "<article>"), media_type="html")).dek == dek
    # the teaser alone, far below the story, is no standfirst
    assert parse_html(raw(html.replace(f'<p class="subtitle">{dek}</p>', ""), media_type="html")).dek is None


@pytest.mark.parametrize(("tag", "names"), [("h2", "epigraph"), ("h2", "deck"), ("div", "Article_elementLead__N3pGr"),
                                           ("h2", "sub-tit-ll"), ("div", "article__perex"),
                                           ("p", "strapline"), ("div", "dig-vorspann"), ("p", "articulo-entradilla"),
                                           ("h2", "sottotitolo_articolo")])
def test_standfirst_class_names(tag, names):
    dek = "Barges carry half their load. The drought leaves the river at a record low this summer."
    html = (f'<html><head><title>Rivers run low</title></head><body><article><h1>Rivers run low</h1>'
            f'<{tag} class="{names}">{dek}</{tag}>' + "".join(f"<p>{p}</p>" for p in STORY) + "</article></body></html>")
    assert parse_html(raw(html, media_type="html")).dek == dek


def test_a_standfirst_printed_apart_stays_though_the_story_repeats_its_words():
    dek = "Der Name Golf von Mexiko ist ein Erbe des europäischen Imperialismus. Und Trumps Golf fehlt eine Silbe."
    story = ["Die Entscheidung von Donald Trump, den Golf von Mexiko umzubenennen, sorgte für Spott und Kritik.",
             "Der Name stammt aus dem 16. Jahrhundert. Er ist ein Erbe des europäischen Imperialismus, heißt es.",
             "Dem Golf von Amerika fehlt eine Silbe, sagen Kartografen, und Trumps Plan bleibt umstritten in Mexiko."]
    html = (f'<html><head><meta name="description" content="{dek}"></head><body><div class="head"><h1>Golf von '
            f'Nordamerika</h1><p class="lead">{dek}</p><div class="share"><button>Teilen</button></div></div>'
            '<article><div class="body">' + "".join(f"<p>{p}</p>" for p in story) + "</div></article></body></html>")
    assert parse_html(raw(html, media_type="html")).dek == dek
    # ... nor printed in bold inside the lead paragraph
    inline = html.replace(f'<p class="lead">{dek}</p>', "").replace(
        f"<p>{story[0]}</p>", f"<p>BERLIN (dpa) – <strong>{dek}</strong> {story[0]}</p>")
    assert parse_html(raw(inline, media_type="html")).dek is None
    # a description only read from the lead's words, printed nowhere as a block, is none
    assert parse_html(raw(html.replace(f'<p class="lead">{dek}</p>', ""), media_type="html")).dek is None


def test_text_between_comment_markers_counts_as_the_paragraphs_own():
    # Svelte prints a paragraph's words after comments: "<!-- HTML_TAG_START -->text<!-- … -->".
    paragraph = ('<p><!-- HTML_TAG_START -->Volkswagen showed a battery pack for a racing motorbike and gave '
                 'almost no figures; more was <!-- HTML_TAG_END --><a href="https://example.org/release">not to be '
                 'learned from Volkswagen</a><!-- HTML_TAG_START -->, and the supplier did not comment.'
                 '<!-- HTML_TAG_END --></p>')
    article = parse_html(raw(_story(paragraph), media_type="html"))
    assert "battery pack" in article.body and not any(r == "link_block" for r, _ in article.removed)


def test_paragraphs_the_declared_article_body_leaves_out_are_furniture():
    declared = " ".join(STORY * 8)  # over DECLARED_MIN_WORDS
    paragraphs = STORY * 8
    head = ('<script type="application/ld+json">' + json.dumps({"@type": "NewsArticle", "articleBody": declared})
            + "</script>")
    prompt = "Support our journalism: become a member today and get the weekly newsletter in your inbox."
    article = parse_html(raw(_story("", head, paragraphs[:16] + [prompt] + paragraphs[16:]), media_type="html"))
    assert "Support our journalism" not in article.body and "Barges" in article.body


def test_only_the_first_story_of_an_infinite_scroll_page():
    second = ("<article id='next'><h1>Mayor opens the new bridge</h1><p>The mayor cut the ribbon on the new "
              "bridge on Saturday, two years after building began on the eastern bank.</p><p>Traffic will "
              "flow from Monday, the council said, after a last inspection of the deck.</p></article>")
    page = _story().replace("</body>", second + "</body>")
    article = parse_html(raw(page, media_type="html"))
    assert article.title == "Rivers run low" and "ribbon" not in article.body and "Barges" in article.body


def test_a_page_built_by_script_is_read_from_its_state():
    state = json.dumps({"props": {"contentHtml": "".join(f"<p>{p}</p>" for p in STORY)
                                  + '<div class="editor-img-box"><img src="m.jpg"><div class="caption"><p>'
                                  'A dry river bed near the mill. Yonhap</p></div></div>'}})
    page = ("<html><head><title>Rivers run low</title></head><body><div id='root'></div>"
            f"<script>window.__STATE__ = {state};</script></body></html>")
    article = parse_html(raw(page, media_type="html"))
    assert article.body.split("\n\n") == STORY
    # the story's figures are in the scripts too: their captions, with the credit, are kept
    assert [(c.text, c.agency) for c in article.captions] == [("A dry river bed near the mill.", "Yonhap")]


def test_a_linked_teaser_is_no_standfirst():
    dek = '<p class="teaser"><a href="/other">Why the canal tolls rose again this spring for every barge</a></p>'
    article = parse_html(raw(_story().replace("<h1>Rivers run low</h1>", "<h1>Rivers run low</h1>" + dek),
                             media_type="html"))
    assert article.dek is None or "canal tolls" not in article.dek


def test_an_author_named_like_the_blog_host_is_kept():
    doc = raw(_byline_page('<meta name="author" content="Paul Krugman">', ""), media_type="html",
              url="https://paulkrugman.substack.com/p/rivers-run-low")
    assert parse_html(doc).authors == ("Paul Krugman",)


def test_a_box_title_after_by_is_no_author():
    doc = raw(_byline_page("", '<div class="box"><strong>By The Numbers</strong></div>'), media_type="html")
    assert parse_html(doc).authors == ()


def test_paragraphs_after_a_truncated_article_body_stay():
    paragraphs = STORY * 8
    declared = " ".join(paragraphs[:24])  # the first 24 of 32 paragraphs, as a capped articleBody
    head = ('<script type="application/ld+json">' + json.dumps({"@type": "NewsArticle", "articleBody": declared})
            + "</script>")
    article = parse_html(raw(_story("<p>A closing paragraph the declared text did not reach, with a last quote.</p>",
                                    head, paragraphs), media_type="html"))
    assert "closing paragraph" in article.body


@pytest.mark.parametrize("lt", ["\\u003C", "\\u003c", "\\x3C"])
def test_a_script_state_with_escaped_markup(lt):
    html = "".join(f"{lt}p>{p}{lt}/p>" for p in STORY)
    page = ("<html><head><title>Rivers run low</title></head><body><div id='root'></div>"
            f'<script>window.__NUXT__={{data:{{body:"{html}"}}}}</script></body></html>')
    assert parse_html(raw(page, media_type="html")).body.split("\n\n") == STORY


@pytest.mark.parametrize("html", [
    # a "caption" class that names a text size: a login menu, a dateline, an author box
    '<header><div><div><div class="text-caption">Mein Konto</div><svg><path d="M0"/></svg></div></div>'
    '<a href="/"><img src="logo.png"></a></header>'
    '<article><h1>Rente</h1><div class="text-caption">16.05.2024, 11:26 Uhr • Lesezeit: 5 Minuten</div>'
    '<p>Text.</p></article>',
    '<div class="author"><img src="face.jpg"><div class="text-caption">Von Hannah Ritzmann, Redakteurin</div></div>',
    # no picture near: a caption class on a menu item
    '<div class="menu"><ul><li><span class="caption">Politics</span></li><li><span class="caption">World</span>'
    '</li></ul></div><main><p>Text.</p><img src="a.jpg"></main>',
    # teaser cards of other stories: their titles are links
    '<div class="slider"><div class="slide"><a href="/other-story"><img src="t.jpg">'
    '<span class="caption">Tamil Nadu elections: freebies war heats up</span></a></div></div>',
    '<aside class="related-stories"><figure><img src="t.jpg"><figcaption>Another story</figcaption></figure></aside>',
    # a credit alone, an ad label
    '<figure><img src="a.jpg"><figcaption>Image Credits: Strava</figcaption></figure>',
    '<figure><img src="a.jpg"><figcaption>Patrick Semansky, ASSOCIATED PRESS</figcaption></figure>',
    '<figure><img src="a.jpg"><figcaption>Reprodução</figcaption></figure>',
    # a card of another story: the figure sits inside its link
    '<a href="/news/2019-11-fish.html"><article><figure><img src="t.jpg"><figcaption><h5>Leadership in fish</h5>'
    '<p>1 hour ago</p></figcaption></figure></article></a>',
])
def test_what_describes_no_picture_of_the_story(html):
    page = lxml.html.fromstring(f"<html><body>{html}</body></html>")
    assert [c.text for c in extract_captions(page)] == []


def test_a_figure_linking_its_picture_to_a_larger_view_keeps_its_caption():
    page = lxml.html.fromstring('<html><body><article class="article-type-commentary"><figure>'
                                '<a href="/image/1"><img src="a.jpg"><figcaption>Players of the national team'
                                '</figcaption></a></figure></article></body></html>')
    assert [c.text for c in extract_captions(page)] == ["Players of the national team"]
    # linked to another story's slug, picture and caption are that story's card
    card = lxml.html.fromstring('<html><body><article><figure><a href="https://example.com/videos/news/tcs-bpo-'
                                'shut-amid-abuse-storm/videoshow/1303.cms"><img src="t.jpg"><figcaption>TCS BPO '
                                'shut amid abuse storm</figcaption></a></figure></article></body></html>')
    assert extract_captions(card) == []


@pytest.mark.parametrize(("figcaption", "text"), [
    ('<span class="off-screen">Image caption</span> Scooter Braun has managed Justin Bieber', "Scooter Braun has managed Justin Bieber"),
    ("1of4Grass Valley's Dionicio Torres looks at the gas cans.", "Grass Valley's Dionicio Torres looks at the gas cans."),
    ("2 of 12 | Kamala Harris waves in Pittsburgh.", "Kamala Harris waves in Pittsburgh."),
])
def test_a_captions_screen_reader_label_and_slide_counter_go(figcaption, text):
    page = lxml.html.fromstring(f'<html><body><figure><img src="a.jpg"><figcaption>{figcaption}</figcaption>'
                                '</figure></body></html>')
    assert [c.text for c in extract_captions(page)] == [text]


@pytest.mark.parametrize("figcaption", [
    "Von links: Anna Meier und Hans Müller", "Von der Leyen und Olaf Scholz.", "By the lake: Jane Roe and John Doe",
    "Floods in Valencia, 29 October 2024", "Hochwasser in Passau, 3. Juni 2013",
])
def test_captions_that_open_like_a_byline_or_hold_a_date_stay(figcaption):
    page = lxml.html.fromstring(f'<html><body><article class="post category-comment has-comments"><figure>'
                                f'<img src="a.jpg"><figcaption>{figcaption}</figcaption></figure></article></body></html>')
    assert [c.text for c in extract_captions(page)] == [figcaption]


def test_a_figures_second_figcaption_holding_the_credit_alone_is_its_credit():
    figure = ('<figure><img src="a.jpg"><figcaption>The new dark mode.</figcaption>'
              '<figcaption><strong>Image Credits:</strong> Strava</figcaption></figure>')
    article = parse_html(raw(_story(figure), media_type="html"))
    assert [(c.text, c.photographer, c.agency) for c in article.captions] == [("The new dark mode.", None, "Strava")]


def test_a_figures_credit_in_the_element_after_it_that_repeats_its_caption():
    meta = ('<section class="image-meta-data"><div class="image-description">Der Dax schloss im Minus.</div>'
            '<div class="image-copyright">picture alliance/dpa | Jan Woitas</div></section>')
    page = ('<html><body><article><div class="featured"><figure><img src="a.jpg"><figcaption><span class="caption">'
            f'Der Dax schloss im Minus.</span></figcaption></figure></div>{meta}</article></body></html>')
    assert [(c.text, c.photographer, c.agency) for c in extract_captions(lxml.html.fromstring(page))] == [
        ("Der Dax schloss im Minus.", "Jan Woitas", "dpa")]
    # a credit box after it that does not repeat the caption belongs to something else
    other = page.replace('<div class="image-description">Der Dax schloss im Minus.</div>', "")
    assert [(c.photographer, c.agency) for c in extract_captions(lxml.html.fromstring(other))] == [(None, None)]


def test_a_credit_classed_attribution_inside_the_caption_is_its_credit():
    msn = ('<span class="caption truncate"><span class="attribution">© John Brecher</span> Needle poking skin '
           'during a flu shot at a health center in Washington.</span>')
    # a wrapper whose utility class only mentions the word ("_pattribution-w-auto") holds the caption
    quanta = ('<figcaption><div class="_pattribution-w-auto"><div class="caption"><p>Ellen Fetter at the '
              'computer in 1962.</p></div><div class="attribution"><p>Olena Shmahalo/Quanta Magazine</p></div>'
              '</div></figcaption>')
    got = [[(c.text, c.photographer, c.agency) for c in extract_captions(lxml.html.fromstring(
        f'<html><body><article><figure><img src="a.jpg">{caption}</figure></article></body></html>'))]
        for caption in (msn, quanta)]
    assert got == [[("Needle poking skin during a flu shot at a health center in Washington.", "John Brecher", None)],
                   [("Ellen Fetter at the computer in 1962.", "Olena Shmahalo", "Quanta Magazine")]]


def test_a_figcaption_holding_only_a_glued_credit_label_and_name_is_no_caption():
    page = ('<html><body><article><figure><img src="a.jpg"><figcaption><span><span class="css-1dv1kvn">Credit'
            '</span>Ellen Surrey</span></figcaption></figure></article></body></html>')
    assert extract_captions(lxml.html.fromstring(page)) == []


def test_story_cards_are_no_captions():
    # a card whose "credit" is its story's author and date; a card linking to a story's page
    dated = ('<figure><img src="a.jpg"><figcaption><h3><a href="/articles/spring-games-guide">Spring Games '
             'Guide</a></h3><div class="author-attribution"><span class="author-name">Henry Gilbert</span> • '
             '<time datetime="2017-02-15">February 15, 2017</time></div></figcaption></figure>')
    linked = ('<figure><a href="https://www.sueddeutsche.de/wirtschaft/deutsche-bahn-zugunfall-aichach-petition-'
              '1.4432742"><img src="b.jpg"><figcaption><h3>Dieser Mann setzt die Bahn unter Druck</h3><p>Daniel '
              'Scheerer hat seine Mutter verloren. <span class="author">Von Markus Balser</span></p></figcaption>'
              '</a></figure>')
    for card in (dated, linked):
        assert extract_captions(lxml.html.fromstring(f"<html><body><article>{card}</article></body></html>")) == []


def test_a_slideshows_strip_of_captions_is_each_slides_own():
    slides = "".join(f'<div class="slideshow-caption"><figcaption><span>{text}</span><div class="contentcredit">'
                     f'Foto: {name} (Getty)</div></figcaption></div>'
                     for text, name in (("Trump crosses the lawn.", "Graeme Sloan"), ("The new helicopter.", "Nicolas Economou")))
    page = (f'<html><body><article><div class="slides"><img src="a.jpg"><img src="b.jpg"></div>'
            f'<div class="slideshow-captioncontainer">{slides}</div></article></body></html>')
    assert [(c.text, c.photographer, c.agency) for c in extract_captions(lxml.html.fromstring(page))] == [
        ("Trump crosses the lawn.", "Graeme Sloan", "Getty Images"),
        ("The new helicopter.", "Nicolas Economou", "Getty Images")]


def test_a_dated_credit_or_a_button_after_the_caption_keeps_the_caption_whole():
    def captions(figcaption):
        page = f'<html><body><article><figure><img src="a.jpg"><figcaption>{figcaption}</figcaption></figure></article></body></html>'
        return [(c.text, c.agency) for c in extract_captions(lxml.html.fromstring(page))]

    # a video's date in its credit is no story card's byline; a button after the text leaves its start alone
    assert captions('The mayor speaks at the town hall. <span class="source">ZDF | <time>26.10.2025</time></span>') \
        == [("The mayor speaks at the town hall.", "ZDF")]
    assert captions("More than 1,000 people marched on Saturday. <button>More</button>") == [
        ("More than 1,000 people marched on Saturday.", None)]


def test_a_players_buttons_and_embed_code_are_no_part_of_its_caption():
    caption = ('<div class="image-caption"><a class="button embed-btn" href="#">EMBED &lt;&gt;</a>'
               '<a class="button button-block" href="/watch/">More Videos</a><div class="embed-code"><textarea>'
               '&lt;iframe src="https://abc13.com/video/embed/?pid=1"&gt;&lt;/iframe&gt;</textarea></div>'
               '<p>Napa County has entered an agreement on a resort at Lake Berryessa.</p></div>')
    page = f'<html><body><article><div class="player"><img src="a.jpg"></div>{caption}</article></body></html>'
    assert [c.text for c in extract_captions(lxml.html.fromstring(page))] == [
        "Napa County has entered an agreement on a resort at Lake Berryessa."]


def test_a_heading_may_be_a_figures_caption():
    page = lxml.html.fromstring('<html><body><figure><img src="a.jpg"><div class="image__description">'
                                '<h2 class="image-description__caption">Der Wert der Währung hat sich halbiert.</h2>'
                                '<span class="image-description__author">Delil Souleiman /AFP</span></div></figure>'
                                '</body></html>')
    assert [(c.text, c.photographer, c.agency) for c in extract_captions(page)] == [
        ("Der Wert der Währung hat sich halbiert.", "Delil Souleiman", "Agence France-Presse")]


def test_choose_outlet_without_titles():
    from transforms.parse_html import choose_outlet

    assert choose_outlet(["Reuters"], None, "www.reuters.com", []) == "Reuters"


@pytest.mark.parametrize(("host", "name"), [("economia.ig.com.br", "ig"), ("entermedia.co.kr", "entermedia"),
                                            ("nation.africa", "nation"), ("football.london", "football"),
                                            ("edition.cnn.com", "cnn"), ("n-tv.de", "ntv"), ("localhost", "")])
def test_registered_name(host, name):
    from transforms.parse_html import _registered_name

    assert _registered_name(host) == name


@pytest.mark.parametrize(("declared", "guessed", "host", "expected"), [
    (["U.S.", ""], "Reuters", "feeds.reuters.com", "Reuters"),                     # a section gives way
    (["Economia", "IG"], "Economia", "economia.ig.com.br", "IG"),
    (["https://www.hawaiinewsnow.com", ""], None, "hawaiinewsnow.com", "hawaiinewsnow.com"),  # a link
    ([None, ""], "Copyright 2014", "jaraguadosul.sc.gov.br", "jaraguadosul.sc.gov.br"),
    (["LinkNaija | Nigeria's popular news platform", "Blogger"], None, "linknaija.com", "LinkNaija"),
    (["detroitnews", "The Detroit News"], None, "detroitnews.com", "The Detroit News"),  # spelled, not a handle
    (["CBS Detroit", ""], None, "detroit.cbslocal.com", "CBS Detroit"),             # several words stay
    (["ТАСС", ""], "TASS", "tass.ru", "ТАСС"),                                       # the outlet's own script
    (["Habertürk", ""], "Haberturk.com", "haberturk.com", "Habertürk"),
    (["taz.de", "taz"], "TAZ Verlags- und Vertriebs GmbH", "taz.de", "taz.de"),     # a company's legal name last
    (["Quanta Magazine", ""], None, "quantamagazine.org", "Quanta Magazine"),       # og:title may be the site's
    ([None, ""], "Отрезать голову во имя пророка. Теракт во Франции", "aif.ru", "aif.ru"),  # the title
    # found by review: generic top-level domains, legal forms, hyphenated hosts
    ([None, "Nation"], "nation.africa", "nation.africa", "Nation"),
    (["Ara", None], None, "www.ara.cat", "Ara"),
    (["news.com.au", "News Corp Australia"], "news.com.au", "www.news.com.au", "news.com.au"),
    ([None, "Schibsted Media AS"], "VG", "vg.no", "VG"),
    (["Politik", "n-tv NACHRICHTEN"], None, "n-tv.de", "n-tv NACHRICHTEN"),
    ([None, None], "Sndk_Nyheder", "sn.dk", "sn.dk"),                               # a handle is no name
    (["@politifact", None], "Wday_", "www.politifact.com", "www.politifact.com"),
    (["Guinéenews©", None], None, "www.guineenews.org", "Guinéenews"),
])
def test_choose_outlet(declared, guessed, host, expected):
    from transforms.parse_html import choose_outlet

    titles = ["Отрезать голову во имя пророка. Теракт во Франции", "Quanta Magazine", "Cells that taste danger"]
    assert choose_outlet(declared, guessed, host, titles) == expected


def test_a_description_copying_the_first_paragraph_is_no_standfirst_where_it_is_printed_as_one():
    head = f'<meta name="description" content="{STORY[0]}">'
    lead = "".join(f'<p class="text">{p}</p>' for p in STORY)
    page = _story(head=head, paragraphs=[]).replace("</h1>", "</h1>" + lead)
    article = parse_html(raw(page, media_type="html"))
    assert article.dek is None and STORY[0] in article.body
    # set apart by its class or in bold as a whole, the same paragraph is the standfirst
    for first in (f'<p class="intro">{STORY[0]}</p>', f"<p><strong>{STORY[0]}</strong></p>"):
        page = _story(head=head, paragraphs=[]).replace("</h1>", "</h1>" + first + "".join(
            f"<p>{p}</p>" for p in STORY[1:]))
        assert parse_html(raw(page, media_type="html")).dek == STORY[0]
    # the lead in a class of its own, but the JSON-LD articleBody opens with it: the lead (printed
    # as a heading, it is a standfirst the articleBody also holds)
    body = json.dumps({"@type": "NewsArticle", "articleBody": " ".join(STORY)})
    for tag, dek in (("p", None), ("h2", STORY[0])):
        page = _story(head=head + f'<script type="application/ld+json">{body}</script>', paragraphs=[]).replace(
            "</h1>", f'</h1><{tag} class="title">{STORY[0]}</{tag}>' + "".join(f'<p class="bodytext">{p}</p>' for p in STORY[1:]))
        assert parse_html(raw(page, media_type="html")).dek == dek
    # paragraphs that differ only in a spacing utility class are of one kind
    page = _story(head=head, paragraphs=[]).replace("</h1>", "</h1>" + f'<p class="mt30">{STORY[0]}</p>' + "".join(
        f'<p class="mt60">{p}</p>' for p in STORY[1:]))
    assert parse_html(raw(page, media_type="html")).dek is None
    # the lead, then a picture (and an empty ad slot), then the next paragraph: still the lead
    photo = ('<div class="PrimaryAsset"><figure><img src="a.jpg"><figcaption>The river at Kaub.</figcaption>'
             '</figure></div><div class="ad-slot"></div>')
    page = _story(head=head, paragraphs=[]).replace("</h1>", "</h1>" + f"<p>{STORY[0]}</p>" + photo + "".join(
        f"<p>{p}</p>" for p in STORY[1:]))
    article = parse_html(raw(page, media_type="html"))
    assert article.dek is None and article.body.startswith(STORY[0])


LONG_STORY = [p.rstrip(".") + ", " + tail for p, tail in zip(STORY * 2, [
    "and the towns along its banks have started to count the cost.", "after the pilots said it was unsafe.",
    "and some have begun to sell their cattle early.", "and it asked households to save water.",
    "which would leave the upper river cut off for months.", "and some factories have cut their shifts.",
    "the worst month since the new terminal opened.", "and anglers were asked to stay away."])]


def _chunked(first: list[str], second: str) -> str:
    """A story split, as Condé Nast pages print it, into two sibling `body__container` chunks
    (each beside an empty ad rail) with an ad row between them."""
    def chunk(inner: str) -> str:
        return ('<div class="grid grid-items-2"><div class="grid--item body body__container article__body">' + inner
                + '</div><div class="grid--item grid-layout__aside"><div class="sticky-box"></div></div></div>')
    ad = '<div class="row full-bleed-ad"><div class="ad"><span class="ad-label">Advertisement</span></div></div>'
    return ('<html><head><title>Rivers run low</title></head><body><main><article><header><h1>Rivers run low'
            '</h1></header><div class="content"><div class="article__chunks">'
            + chunk("".join(f"<p>{p}</p>" for p in first)) + ad + chunk(second)
            + "</div></div></article></main></body></html>")


def test_a_story_split_into_sibling_chunks_is_read_whole():
    # trafilatura keeps the longer chunk only; the first two paragraphs come back, in page order
    page = _chunked(LONG_STORY[:2], "".join(f"<p>{p}</p>" for p in LONG_STORY[2:]))
    assert parse_html(raw(page, media_type="html")).body.split("\n\n") == LONG_STORY
    # a chunk of the same class holding no story text (a product box) is not added
    products = "".join(f'<p><a href="/buy/{i}">Rain barrel, 200 litres, $4{i}</a></p>' for i in range(3))
    body = parse_html(raw(_chunked(LONG_STORY[2:], products), media_type="html")).body
    assert body.split("\n\n") == LONG_STORY[2:] and "Rain barrel" not in body


def test_a_story_split_between_layout_rows_is_read_whole():
    # each half of the text five boxes deep in a row of its own, beside an ad column (Rzeczpospolita)
    def row(inner: str) -> str:
        return ('<div class="row"><div class="col--fill"><div class="row relative"><div class="article--content">'
                f'<div class="body articleBody">{inner}</div></div></div></div>'
                '<div class="col--aside"><div class="ad-slot"></div></div></div>')
    page = ('<html><head><title>Rivers run low</title></head><body><main><article><h1>Rivers run low</h1>'
            '<div class="paywallAccessWrapper">' + row("".join(f"<p>{p}</p>" for p in LONG_STORY[:5]))
            + '<div class="row promo"><div class="ad">Advertisement</div></div>'
            + row("".join(f"<p>{p}</p>" for p in LONG_STORY[5:])) + "</div></article></main></body></html>")
    assert parse_html(raw(page, media_type="html")).body.split("\n\n") == LONG_STORY


def test_the_lead_of_another_storys_card_in_the_text_is_no_body():
    # a "read more" card between the story's paragraphs: picture and headline linked, the lead a plain <p>
    card = ('<div class="articleBodyBlock"><div class="content--excerpt clear-both last"><div class="subtitle--border">'
            '<p class="subtitle">Czytaj więcej</p></div><div class="article"><div class="w-27"><a class="contentLink" '
            'href="/world/art1-ferries"><picture><img src="f.jpg"></picture></a></div><div class="flex-1">'
            '<div class="article--featured--text"><div class="overline--comp"><a href="/world">World</a></div>'
            '<a class="contentLink title" href="/world/art1-ferries">Ferries stop running on the upper river</a>'
            '<div class="hidden md:block"><p class="lead">The operator said the water was too low for its boats to '
            'dock safely at any of the piers.</p></div></div></div></div></div></div>')
    paragraphs = [f'<p class="articleBodyBlock article--paragraph">{p}</p>' for p in LONG_STORY]
    # a paragraph after an e-mail link of four tokens is the story's own
    signed = ('<div class="author"><a href="mailto:desk@example.com">desk@news.example.co.uk</a></div>'
              '<p>Readers along the river can send pictures of the low water to the newsroom this week.</p>')
    page = ('<html><head><title>Rivers run low</title></head><body><article><h1>Rivers run low</h1>'
            '<div class="body articleBody">' + "".join(paragraphs[:3]) + card + "".join(paragraphs[3:])
            + f"<div>{signed}</div></div></article></body></html>")
    from transforms.pipeline import process_documents

    (article,) = process_documents([raw(page, media_type="html")])  # with the cleaning: "Czytaj więcej" goes
    body = article.body
    assert "too low for its boats" not in body and "Ferries stop running" not in body and article.dek is None
    assert body.split("\n\n") == [*LONG_STORY, "Readers along the river can send pictures of the low water to the "
                                                 "newsroom this week."]


def test_the_authors_biography_box_is_no_text():
    bio = ("A 38-year industry veteran and award-winning journalist, Jane has covered rivers and ports since "
           "the barges still carried coal.")
    box = (f'<div class="author"><div class="author__role">Editor At Large</div><div class="author__bio-wrapper">'
           f'<div class="author__biography"><p>{bio}</p><p><br></p></div></div></div>')
    page = lxml.html.fromstring(_story(paragraphs=LONG_STORY, extra=box))
    assert _author_bios(page) == {comparison_key(bio)}
    # a box of that class holding the story itself is no biography
    page = lxml.html.fromstring(_story(paragraphs=[]).replace("</h1>", '</h1><div class="author-box">' + "".join(
        f"<p>{p}</p>" for p in LONG_STORY) + "</div>"))
    assert _author_bios(page) == set()


def test_a_campaigns_prompt_box_is_no_text():
    ask = ("Readers like you keep this paper free to read. Half of this month's new supporters' money goes to "
           "the river towns' relief fund. Will you join them?")
    prompt = ('<div class="bottom-box"><div class="inner"><p class="head">Keep the rivers in the news</p>'
              f'<p>{ask} <a class="button primary-button" href="/support/?pk_campaign=bottom&pk_source=site">'
              'Support us now</a></p></div></div>')
    article = parse_html(raw(_story(paragraphs=LONG_STORY, extra=prompt), media_type="html"))
    assert article.body.split("\n\n") == LONG_STORY
    # the heading its wrapper sets above the box goes with it
    titled = ('<div class="cta-wrap"><h4>Something to Consider</h4><div class="cta-content"><p>' + ask + '</p>'
              '<a href="https://example.com/subscribe?utm_source=onsite&amp;utm_campaign=article" class="button">'
              '<span>LEARN MORE</span></a></div></div>')
    article = parse_html(raw(_story(paragraphs=LONG_STORY, extra=titled), media_type="html"))
    assert article.body.split("\n\n") == LONG_STORY
    # a campaign's link that is no button, or a button without a campaign, is the story's
    for link in ('<a href="/support/?pk_campaign=bottom">Support us now</a>',
                 '<a class="button" href="/support/">Support us now</a>'):
        kept = f'<div class="box"><p>{ask} {link}</p></div>'
        article = parse_html(raw(_story(paragraphs=LONG_STORY, extra=kept), media_type="html"))
        assert ask in article.body


def test_the_pages_tag_list_is_no_text():
    tags = ('<p><strong>Tags<br><a href="/tag/river-levels/" rel="tag">river levels</a>, '
            '<a href="/tag/barges/" rel="tag">barges</a>, <a href="/tag/drought-2024/" rel="tag">drought 2024</a>'
            '</strong></p>')
    article = parse_html(raw(_story(paragraphs=LONG_STORY, extra=tags), media_type="html"))
    assert article.body.split("\n\n") == LONG_STORY
    # a line holding a tag's words among others is the story's
    line = ('<p>The <a href="/tag/barges/" rel="tag">barges</a> and the <a href="/tag/ferries/" rel="tag">ferries</a> '
            'on the upper river wait for the rain that the forecast promises for next week.</p>')
    article = parse_html(raw(_story(paragraphs=LONG_STORY, extra=line), media_type="html"))
    assert article.body.endswith("The barges and the ferries on the upper river wait for the rain that the forecast "
                                 "promises for next week.")


def test_a_link_trafilatura_leaves_between_two_paragraphs_rejoins_them():
    from transforms.parse_html import _body_blocks

    # the tree trafilatura prints for the Times of India's `<div>NEW DELHI: <a>Pakistan</a>'s …`
    tree = lxml.etree.fromstring(
        "<div><div><p>RIVERTON: </p>Kessel<p>'s harbour board said the barges would carry half their load.</p>"
        "<p>Farmers said their pumps were dry, and blamed the ousted mayor </p>Jane Roe<p>’s water plan.</p>"
        "<p>The ferries stopped running.</p>Kessel harbour<p>The water authority said rain was forecast.</p>"
        "<p>Barges wait at the lock</p>Photo: Jane Roe<p>Rain is forecast for next week.</p>"
        "<p>Filed in January 2024</p>Tags<p>river levels, barges</p></div></div>")
    assert [b.text for b in _body_blocks(tree)] == [
        "RIVERTON: Kessel's harbour board said the barges would carry half their load.",
        "Farmers said their pumps were dry, and blamed the ousted mayor Jane Roe’s water plan.",
        # a sentence ended, or a capital begins the next: paragraphs apart
        "The ferries stopped running.", "Kessel harbour", "The water authority said rain was forecast.",
        "Barges wait at the lock", "Photo: Jane Roe", "Rain is forecast for next week.",
        # a lowercase line after a label, with no space left at the cut: a list of tags
        "Filed in January 2024", "Tags", "river levels, barges"]


def test_the_section_label_over_the_headline_is_no_text():
    body = "".join(f"<p>{p}</p>" for p in LONG_STORY)

    def read(before: str, first: str = "") -> Article:
        return parse_html(raw('<html><head><title>Rivers run low</title></head><body><article>'
                              f'{before}<h1>Rivers run low</h1>{first}{body}</article>'
                              '<div class="teasers"><a href="/leben/a-1.html">Leben</a></div></body></html>',
                              media_type="html"))

    article = read('<span class="title">Leben</span>')
    assert article.body.split("\n\n") == LONG_STORY and ("section_label", 1) in article.removed
    # a short first line the page prints first below the headline is the story's
    article = read("", "<h2>Leben</h2>")
    assert article.body.startswith("Leben\n\n") and not any(r == "section_label" for r, _ in article.removed)


def test_the_headers_lines_above_the_standfirst_are_no_text():
    body = "".join(f"<p>{p}</p>" for p in LONG_STORY)
    dek = "The river has fallen to its lowest level in forty years. What does that mean for the ferries and the farms?"

    def read(header: str, dek_below: bool = False) -> Article:
        standfirst = f'<p class="ikh9">{dek}</p>'
        return parse_html(raw('<html><head><title>Barges wait for rain</title>'
                              f'<meta name="description" content="{dek}"></head><body><article>'
                              '<h1 class="m75">Barges wait for rain</h1>'
                              + (header + body + standfirst if dek_below else header + standfirst + body)
                              + '</article></body></html>', media_type="html"))

    # ZDF's way: the headline printed again as an <h2>, reworded, with a kicker glued on
    printed = '<h2 class="h1t4"><span class="o1b">Rivers of the north</span><span>:</span><span>Barges wait for the rain</span></h2>'
    article = read(printed)
    assert "Rivers of the north" not in article.body and ("header_line", 1) in article.removed
    # a standfirst printed below the story says nothing of the lines above it
    assert read(printed, dek_below=True).body.startswith("Rivers of the north:Barges wait for the rain\n\n")
    # a heading under the headline that is no rewording of it is a subtitle, the story's
    subtitle = "How the towns along the river count the cost"
    article = read(f"<h2>{subtitle}</h2>")
    assert article.body.startswith(subtitle + "\n\n") and not any(r == "header_line" for r, _ in article.removed)


def test_an_icon_fonts_glyph_names_are_no_text():
    toolbar = ('<ul class="userOptions"><li><i class="material-icons userOptions__icon">bookmark_border</i> '
               '<span>Auf die Merkliste</span></li><li><span class="material-symbols-outlined">headset</span> '
               'Vorlesen</li></ul>')
    page = _story(paragraphs=[]).replace("</h1>", "</h1>" + toolbar + "".join(f"<p>{p}</p>" for p in LONG_STORY))
    article = parse_html(raw(page, media_type="html"))
    assert "bookmark_border" not in article.body and "headset" not in article.body
    assert article.body.endswith(LONG_STORY[-1])


def test_a_hover_card_inside_a_paragraph_is_no_text():
    card = ('<span class="rollover-people"><a class="rollover-people-link" href="/people/jane-roe">Jane Roe</a>'
            '<span class="rollover-people-block"><span class="rollover-block"><img src="roe.jpg">'
            '<a class="name" href="/people/jane-roe">Jane Alice Roe</a><a href="/news/1-ferries">Ferries stop '
            'running on the upper river</a> <a class="more" href="/people/jane-roe">MORE</a></span></span></span>')
    page = _story(paragraphs=[]).replace("</h1>", "</h1>" + f"<p>Governor {card} said the water was low.</p>"
                                                     + "".join(f"<p>{p}</p>" for p in STORY))
    article = parse_html(raw(page, media_type="html"))
    assert article.body.split("\n\n")[0] == "Governor Jane Roe said the water was low."
    assert "MORE" not in article.body and "Ferries stop" not in article.body


def test_a_teaser_cards_lead_in_a_div_is_the_cards_not_the_storys():
    # Drupal's teaser: the other story's headline linked in one field, its lead a plain <div>
    # in another (diariodelsur's "Minuto a Minuto" column); the story's paragraphs are <div>s too
    lead = "Tonight at six the orchestra gives a free concert in the old theatre on the square."
    page = lxml.html.fromstring(
        '<html><body><div class="block"><div class="node node-teaser"><div class="content">'
        '<div class="field field-title"><div class="field-items"><div class="field-item"><h2>'
        '<a href="/noticias/concert-tonight-647529">Orchestra and band light up the season tonight</a></h2>'
        '</div></div></div><div class="field field-name-body"><div class="field-items">'
        f'<div class="field-item even">{lead}</div></div></div></div></div></div>'
        '<div class="node"><h1>Rivers run low</h1><div class="field-item even">'
        + "".join(f"<div>{p}</div>" for p in LONG_STORY[:2]) + "</div></div></body></html>")
    keys = {comparison_key(t) for t in [lead, *LONG_STORY[:2]]}
    assert _card_leads(page, keys) == {comparison_key(lead)}


@pytest.mark.parametrize(("box", "expected"), [
    # a picture in a plain box whose text ends in a credit line of its own
    ('<div><div><img src="a.jpg"></div><h3>Marines at the ceremony in Camp Lejeune.</h3><p>Photo: AFP</p></div>',
     [("Marines at the ceremony in Camp Lejeune.", None, "Agence France-Presse")]),
    ('<div class="x9f2"><picture><img src="a.jpg"></picture><div class="k1">Fans held a banner before kick-off</div>'
     '<div class="k2">Jane Roe/Reuters</div></div>', [("Fans held a banner before kick-off", "Jane Roe", "Reuters")]),
    # no credit line: body text beside a picture
    ('<div><img src="a.jpg"><p>The council met on Monday to vote.</p></div>', []),
    # a card of another story (its headline a link), a date line, a label, the page's footer
    ('<div><img src="b.jpg"><h3><a href="/other">Storm closes the ferry port</a></h3><p>Photo: AFP</p></div>', []),
    ('<div><img src="a.jpg"><p>Monday, 3 March 2026</p><p>Photo: AFP</p></div>', []),
    ('<div><img src="a.jpg"><p>Author of the article:</p><p>Photo: Jane Roe</p></div>', []),
    ('<footer><div><img src="logo.png"><p>Read the news every day</p><p>Photo: AFP</p></div></footer>', []),
])
def test_a_picture_in_a_plain_box_ending_in_its_credit_has_a_caption(box, expected):
    page = lxml.html.fromstring(f"<html><head><title>Ferry port reopens</title></head><body><article>{box}"
                                "<p>The story goes on after the picture with more than a few words.</p>"
                                "</article></body></html>")
    assert [(c.text, c.photographer, c.agency) for c in extract_captions(page)] == expected


def test_a_page_that_allows_comments_still_has_captions():
    # TimesLive's page wrapper says comments are on: no box of comments, and its pictures keep their captions
    box = ('<div class="image-container"><a href="//img.example/x=s1200"><img src="//img.example/x=s750"></a>'
           '<div class="image-text"><span class="description">Finance minister Enoch Godongwana with the Sars '
           'commissioner. File image</span><br><span class="author"><span>Image:</span> <span>GCIS</span></span></div></div>')
    for wrapper in ("comments-enabled article", "has-comments"):
        page = lxml.html.fromstring(f'<html><body><div class="{wrapper}">{box}<p>The story goes on after the picture '
                                    'with more than a few words.</p></div></body></html>')
        assert [(c.text, c.agency) for c in extract_captions(page)] == [
            ("Finance minister Enoch Godongwana with the Sars commissioner. File image", "GCIS")]
    # inside a box of comments, a picture's line is a comment's
    page = lxml.html.fromstring(f'<html><body><div class="comments">{box}</div></body></html>')
    assert extract_captions(page) == []


def test_picture_boxes_of_one_repeated_layout_are_captions_though_no_table_knows_their_credit():
    # the Standard's hashed classes: picture holder, caption, credit ("ES", the paper's name, or empty)
    def box(caption, credit, href=""):
        holder = f'<div class="h1x"><picture><img src="{caption[:4]}.jpg"></picture></div>'
        line = f'<a href="{href}">{caption}</a>' if href else caption
        return f'<div class="b9z">{holder}<div class="c2y">{line}</div><div class="d3w">{credit}</div></div>'
    text = "<p>The story goes on after the picture with more than a few words.</p>"
    two = lxml.html.fromstring(f"<html><body><article>{box('Former Prime Minister Tony Blair', 'ES')}{text}"
                               f"{box('Sir Tony Blair being interviewed on Thursday', '')}{text}</article></body></html>")
    assert [(c.text, c.agency) for c in extract_captions(two)] == [
        ("Former Prime Minister Tony Blair", "ES"), ("Sir Tony Blair being interviewed on Thursday", None)]
    # one such box alone: its last line may be anything
    one = lxml.html.fromstring(f"<html><body><article>{box('Former Prime Minister Tony Blair', 'ES')}{text}"
                               "</article></body></html>")
    assert extract_captions(one) == []
    # a row of linked cards is no caption layout
    cards = lxml.html.fromstring("<html><body><article>" + text + "".join(
        box(f"Read how the port of {town} was rebuilt", "Sport", href=f"/2024/{town}") for town in ("Kessel", "Lund"))
        + "</article></body></html>")
    assert extract_captions(cards) == []


def test_a_picture_filed_as_a_banner_has_no_caption():
    def page(src):
        return lxml.html.fromstring(f'<html><body><article><figure><img src="{src}"><figcaption>Nikkei e-paper viewer '
                                    'for every reader</figcaption></figure><p>The story goes on after the picture with '
                                    'more than a few words.</p></article></body></html>')
    assert extract_captions(page("/.resources/k-components/banner/paid-banner-viewer.png")) == []
    # a story's picture named for a banner, or in a hashed folder "ad", keeps its caption
    for src in ("/media/2024/protest-banner.jpg", "/user_image/3e/ad/f89e778b.jpg"):
        assert [c.text for c in extract_captions(page(src))] == ["Nikkei e-paper viewer for every reader"]


def test_a_description_copying_a_paragraph_further_down_is_no_dek():
    # the page's description is its second paragraph (a line picked for search results), each
    # paragraph printed in a box of its own: no standfirst
    head = f'<meta name="description" content="{STORY[1]}">'
    page = _story(head=head, paragraphs=[]).replace("</h1>", "</h1>" + "".join(
        f'<div class="card"><div class="card-content"><p>{p}</p></div></div>' for p in STORY))
    article = parse_html(raw(page, media_type="html"))
    assert article.dek is None and article.body.split("\n\n") == STORY
    # a quote from the story's seventh paragraph (deccanherald)
    long = _story(head=f'<meta name="description" content="{LONG_STORY[6]}">', paragraphs=LONG_STORY)
    article = parse_html(raw(long, media_type="html"))
    assert article.dek is None and article.body.split("\n\n") == LONG_STORY
    # copying the first paragraph, printed apart in bold, it is the standfirst
    page = _story(head=f'<meta name="description" content="{STORY[0]}">', paragraphs=[]).replace(
        "</h1>", f"</h1><p><strong>{STORY[0]}</strong></p>" + "".join(f"<p>{p}</p>" for p in STORY[1:]))
    assert parse_html(raw(page, media_type="html")).dek == STORY[0]


def test_a_description_excerpting_the_story_is_no_dek():
    # a CMS's excerpt of the first words, cut with an ellipsis, runs from the unpunctuated
    # first line into the story (morebikes): that line is no standfirst
    first = "Tested by: <strong>John Milbank</strong> RRP: £23.99 More info: www.clymer.co.uk"
    excerpt = f"{lxml.html.fromstring(first).text_content()} {STORY[0]} {' '.join(STORY[1].split()[:6])} …"
    page = _story(head=f'<meta name="description" content="{excerpt}">', paragraphs=[first, *STORY])
    article = parse_html(raw(page, media_type="html"))
    assert article.dek is None and article.body.startswith("Tested by: John Milbank")


def test_the_visible_text_reads_in_order_and_a_description_must_end_where_the_page_ends_it():
    tree = lxml.html.fromstring("<html><body><p>Zelenskyj medger.</p><p>”<em>Varje natt utan dem resulterar”, </em>"
                                "skriver presidenten.</p><noscript>Enable JavaScript</noscript><p>Natten mot lördag.</p>"
                                "</body></html>")
    visible = _visible_key(tree)
    assert visible == comparison_key('Zelenskyj medger. ”Varje natt utan dem resulterar”, skriver presidenten. '
                                     'Natten mot lördag.')
    assert _shows(visible, comparison_key("Zelenskyj medger. ”Varje natt utan dem resulterar”, skriver presidenten"))
    assert not _shows(visible, comparison_key("Zelenskyj medger. ”Varje natt utan dem resulter"))  # cut inside a word
    assert _shows(visible, comparison_key("Zelenskyj medger. ”Varje natt utan dem"))  # cut after one


def test_a_standfirst_classed_box_holding_a_picture_is_no_dek():
    # "lead-art" is the lead picture's box: its caption and credit are no standfirst
    box = ('<div class="lead-art-block"><img src="z.jpg"><span>Duduzile Zuma-Sambudla will face the court for her '
           'role in the July unrest. (NPA)</span></div>')
    page = _story().replace("</h1>", "</h1>" + box)
    assert parse_html(raw(page, media_type="html")).dek is None


def test_hidden_microdata_is_no_text():
    from transforms.parse_html import _hidden_metadata

    # the schema.org copy of the metadata, hidden for crawlers (trafilatura read it as text on a
    # Business Insider page): keywords, dates, the publisher's name; the headline is also printed
    hidden = ('<div style="display:none;" itemscope itemtype="http://schema.org/NewsArticle">'
              '<h1 itemprop="name">Rivers run low</h1><div itemprop="keywords">drought,rivers,valley news</div>'
              '<div itemprop="datePublished">2019-11-19T08:57:40+01:00</div>'
              '<div itemprop="publisher">ValleyNewsDe</div></div>')
    tree = lxml.html.fromstring(_story(hidden, paragraphs=LONG_STORY))
    assert _hidden_metadata(tree) == {"drought,rivers,valley news", "2019-11-19t08:57:40+01:00", "valleynewsde"}
    # a hidden box that is no microdata (the rest of the story, shown on a click) is not set aside
    more = '<div style="display:none" class="more"><p>The ferry company will refund every ticket.</p></div>'
    assert _hidden_metadata(lxml.html.fromstring(_story(more))) == set()


def test_a_drop_cap_set_apart_by_a_space_is_joined_to_its_word():
    first = ('<p><span class="initial-letter-outer"><span class="initial-letter">T</span></span> '
             '<span class="is-inline">he summer drought left the rivers lower than at any time since records began '
             'in the valley.</span></p>')
    page = _story(paragraphs=[]).replace("</h1>", "</h1>" + first + "".join(f"<p>{p}</p>" for p in STORY[1:]))
    assert parse_html(raw(page, media_type="html")).body.split("\n\n") == STORY


def test_a_description_copying_a_pictures_caption_gives_way_to_the_next():
    dek = "Barges carry half their load as the drought leaves the river at a record low this summer."
    caption = "A dry river bed near the mill: the water authority asked households to save water."
    head = ('<script type="application/ld+json">' + json.dumps({"@type": "NewsArticle", "description": caption})
            + f'</script><meta property="og:description" content="{dek}">')
    page = _story(head=head).replace("</h1>", f'</h1><div class="copy-lg"><span>{dek}</span></div>'
                                     f'<figure><img src="m.jpg"><figcaption>{caption}</figcaption></figure>')
    article = parse_html(raw(page, media_type="html"))
    assert article.dek == dek and [c.text for c in article.captions] == [caption]


@pytest.mark.parametrize(("printed", "declared"), [
    # the standfirst printed after a dateline, the description without it
    ("Berlin. Barges carry half their load as the drought leaves the river at a record low this summer.",
     "Barges carry half their load as the drought leaves the river at a record low this summer."),
    # the description declared with the byline after it
    ("Barges carry half their load as the drought leaves the river at a record low this summer?",
     "Barges carry half their load as the drought leaves the river at a record low this summer? Von Jane Roe"),
])
def test_a_standfirst_printed_with_a_dateline_or_declared_with_a_byline_is_the_dek(printed, declared):
    head = f'<meta name="description" content="{declared}">'
    page = _story(head=head, paragraphs=[]).replace("</h1>", f'</h1><p class="copy-lg">{printed}</p>' + "".join(
        f'<div class="text"><p>{p}</p></div>' for p in STORY))
    from transforms.pipeline import process_documents

    (article,) = process_documents([raw(page, media_type="html")])  # the printed block leaves the body as a repeat
    assert article.dek == printed and article.body.split("\n\n") == STORY


def test_texts_of_the_pages_side_column_are_no_body():
    from transforms.parse_html import _side_column_texts

    # WinFuture's right column: box titles and offers, none of them printed in the story
    side = ('<div class="rightWrap"><div class="rightBx"><h3>Neue Vodafone-Bilder</h3></div>'
            '<div class="rightBx"><h3>Beiträge aus dem Forum</h3><p>Rivers run low</p></div>'
            '<div class="rightBx"><div class="in">Shopping online? Please use one of these links: <ul>'
            '<li><a href="/r?shop=1">Shop One</a></li></ul>Thank you!</div></div></div>')
    page = ('<html><body><div class="centerRightWrap"><div class="content"><h1>Rivers run low</h1>'
            + "".join(f"<p>{p}</p>" for p in STORY) + f"</div>{side}</div></body></html>")
    # (the lines around a list are the box's own text too)
    assert _side_column_texts(lxml.html.fromstring(page)) == {
        "neue vodafone-bilder", "beiträge aus dem forum", "shop one",
        "shopping online? please use one of these links: thank you!"}
    # inside the article, a box classed like a column is the story's own; so is a column of paragraphs
    inner = _story('<div class="sidebar"><p>Barges carry half their load.</p></div>')
    assert _side_column_texts(lxml.html.fromstring(inner)) == set()
    layout = ('<html><body><h2>Best films</h2><div class="l-sidebar-fixed l-article-body">'
              + "".join(f"<p>{p}</p>" for p in STORY) + "</div></body></html>")
    assert _side_column_texts(lxml.html.fromstring(layout)) == set()


def _video(description: str) -> str:
    data = {"@context": "https://schema.org", "@type": "VideoObject", "name": "Barges wait at the lock",
            "description": description, "uploadDate": "2024-04-21T21:45:00+02:00", "duration": "PT3M18S"}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_a_video_players_description_and_length_are_no_body():
    # a player between the paragraphs, as ZDF prints one: the description it declares in its
    # JSON-LD, then the video's date and length
    described = "Barges queue at the lock while the water authority measures the level of the river again."
    player = (f'<div class="player"><picture><img src="/barges.jpg" alt=""></picture>{_video(described)}'
              f'<span class="text">{described}</span><span class="meta">21.04.2024 | 3:18 min</span></div>')
    page = _story(paragraphs=[]).replace("</h1>", "</h1>" + "".join(f"<p>{p}</p>" for p in STORY[:2]) + player
                                         + "".join(f"<p>{p}</p>" for p in STORY[2:]))
    assert parse_html(raw(page, media_type="html")).body.split("\n\n") == STORY


def test_a_lead_declared_as_a_videos_description_stays():
    # the Daily Mail declares the story's lead as the description of the video beside it
    article = parse_html(raw(_story(_video(STORY[0])), media_type="html"))
    assert article.body.split("\n\n") == STORY


RIVERS = ("<p>The summer drought left the rivers lower than at any time since records began in the valley, "
         "officials said on Monday.</p><p>Barges now carry half their load, and the ferries stopped running on "
         "Monday morning this week, the port authority said.</p><p>Farmers along the river said their pumps "
         "could no longer reach the water, and asked the region for help.</p>")


def test_a_syndication_credit_the_extractor_leaves_out_is_recovered_in_reading_order():
    before = parse_html(raw('<html><body><div class="scroll-posts"><section class="source_section"><p '
                            'class="editors_note">This post originally appeared on <a href="https://grist.org/">'
                            f"Grist</a>.</p></section><article><h1>Rivers run low</h1>{RIVERS}</article></div>"
                            "</body></html>", media_type="html"))
    assert before.texts("paragraph")[0] == "This post originally appeared on Grist."
    after = parse_html(raw(f"<html><body><article><h1>Rivers run low</h1>{RIVERS}"
                           '<div class="d-inline-block text-medium my-4">Provided by <a href="/p/">Makerere '
                           "University</a></div></article></body></html>", media_type="html"))
    assert after.texts("paragraph")[-1] == "Provided by Makerere University"


def test_a_credit_in_a_list_of_other_stories_or_far_from_the_story_is_not_taken():
    others = ('<div class="more-from"><ul><li><a href="/a">Dams fill again</a><p>Originally published on Medium'
              '</p></li></ul></div><div><p>Originally published on Substack</p></div>')
    article = parse_html(raw(f"<html><body><main><article><h1>Rivers run low</h1>{RIVERS}</article>{others}</main>"
                             "</body></html>", media_type="html"))
    assert not any("Originally" in t for t in article.texts("paragraph"))


def test_a_pictures_credit_or_a_footers_is_no_syndication_credit():
    article = parse_html(raw(f'<html><body><article><h1>Rivers run low</h1><p><span class="caption">A barge. '
                             '<span class="attribution">© Provided by Business Insider Inc</span></span></p>'
                             f'{RIVERS}</article><footer><p>Provided by Lake Data Ltd</p></footer></body></html>',
                             media_type="html"))
    assert not any("Provided by" in t for t in article.texts("paragraph"))


def test_line_breaks_inside_a_paragraph_stay_line_breaks():
    lines = ("<p>The overall rankings of the countries in the survey of pensions were as follows:<br>1. Finland"
             "<br>2. Norway<br><br>3. Australia</p>")
    article = parse_html(raw(f"<html><body><article><h1>Rivers run low</h1>{RIVERS}{lines}</article></body></html>",
                             media_type="html"))
    assert article.texts("paragraph")[-1].endswith("as follows:\n1. Finland\n2. Norway\n3. Australia")


def test_a_caption_is_one_line_without_the_link_to_its_picture():
    figure = ('<figure><img src="/i/barge.jpg"><figcaption>A barge waits at the lock\n   near Duisburg\n\n'
              '<a href="https://cdn.example.com/i/barge-large.jpg?w=2000"><b>View this image ›</b></a>'
              '<span class="credit">Jane Roe/Reuters</span></figcaption></figure>')
    article = parse_html(raw(f"<html><body><article><h1>Rivers run low</h1>{figure}{RIVERS}</article></body></html>",
                             media_type="html"))
    assert [(c.text, c.photographer, c.agency) for c in article.captions] == [
        ("A barge waits at the lock near Duisburg", "Jane Roe", "Reuters")]


@pytest.mark.parametrize("page", [
    '<html><body><iframe src="/_Incapsula_Resource?x=1">Request unsuccessful. Incapsula incident ID: '
    '703000160143928249-191398964119929859</iframe></body></html>',
    '<html><head><title>Just a moment...</title></head><body><p>Enable JavaScript and cookies to continue</p>'
    '</body></html>',
])
def test_a_bot_wall_served_instead_of_the_page_is_a_reject(page):
    from transforms.errors import Rejected
    with pytest.raises(Rejected) as rejected:
        parse_html(raw(page, media_type="html"))
    assert rejected.value.reason == "blocked_page"


def test_a_story_about_a_bot_wall_is_a_story():
    story = " ".join(LONG_STORY) + " Readers saw only 'Request unsuccessful. Incapsula incident ID: 1234' for an hour."
    page = _story(paragraphs=[]).replace("</h1>", f"</h1><p>{story}</p>" + "".join(f"<p>{p}</p>" for p in STORY))
    assert "Incapsula" in parse_html(raw(page, media_type="html")).body
