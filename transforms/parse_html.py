"""HTML pages to the article model.

trafilatura finds the main text and keeps its structure (its XML tree: <p>, <head>, <list>,
<quote>); we read that tree into typed blocks. Around it we read what trafilatura drops or
flattens: figure captions with their credits, JSON-LD and Open Graph metadata.
"""

from __future__ import annotations

import copy
import functools
import itertools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit
from typing import Any

import ftfy
import json_repair
import lxml.etree
import lxml.html
from trafilatura import bare_extraction
from trafilatura.metadata import extract_metadata

from transforms.credits import (AUTHOR_LABELS, BY_WORDS, BYLINE_PREFIX, CAPTION_CREDIT_WORDS, CAPTION_MAX_WORDS,
                                LEGAL_FORM, SOCIAL_PLATFORMS, find_agency, is_caption_credit, is_credit_label, is_desk,
                                is_job_title, is_photo_credit, looks_like_person, name_key, parse_credit, split_byline,
                                split_credit, syndication_source, without_byline_label)
from transforms.dates import CHANGE_LABEL, date_from_url, parse_printed, parse_stated
from transforms.errors import Rejected
from transforms.identity import is_article_url
from transforms.model import Article, Block, Caption, RawDocument
from transforms.normalize import UNSPACED_LETTER, UNSPACED_LETTERS, clean_text, comparison_key, word_tokens
from transforms.tables import load_patterns, load_table
from transforms.parse_text import DEK_MAX_WORDS, DEK_MIN_WORDS, DEK_WINDOW, ends_like_sentence

# htmldate without its "extensive" search, which guesses dates from free text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
                  "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting",
                  "report", "webpage"}
_CREDIT_CLASS = re.compile(r"credit|copyright|photographer|byline|rights|source|author|urheber|distributor|"
                           r"\battribution", re.IGNORECASE)  # MSN: <span class="attribution">© John Brecher</span>
# Class names outlets give caption elements: "wp-caption-text", "CaptionText-x1",
# "CarouselSlide-infoDescription", "image-legend", "bildunterschrift"; not a flag on a wrapper
# that says it holds one ("articleHeader hasCaption").
_CAPTION_CLASS = re.compile(
    r"(?<!has)(?<!has-)(?<!has_)(?<!with)(?<!with-)(?<!no)(?<!no-)caption|legend|bildunterschrift|"
    r"(?:slide|carousel|gallery|image|img|photo|media|picture)[\w-]*(?:desc|legend)|"
    r"(?:image|img|photo|picture)-?info\b", re.IGNORECASE)
_CAPTION_HINTS = ("caption", "legend", "bildunterschrift", "desc", "info")


def _caption_classed(names: str) -> bool:
    """_CAPTION_CLASS, tried only where a class holds one of its words (the regex, run on
    every element's class, cost more than the rest of the caption pass)."""
    lowered = names.lower()
    return any(hint in lowered for hint in _CAPTION_HINTS) and _CAPTION_CLASS.search(names) is not None


_TITLE_SEPARATORS = re.compile(r"\s+[|–—\-:·•»]\s+")


# Blocks are printed apart: their texts never run together ("ERIC TUCKER</div><div>Associated Press").
_BLOCK_TAGS = frozenset({"div", "p", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
                         "section", "article", "header", "footer", "aside", "nav", "figure", "figcaption",
                         "blockquote", "address", "table", "tr", "td", "th", "pre", "hr"})


_BLANK_LINES = re.compile(r"\n{2,}")  # a blank line inside a block would read as a paragraph break


def _before_any_text(root: lxml.etree._Element, target: lxml.etree._Element,
                     others: list[lxml.etree._Element]) -> bool:
    """Whether `target` comes before any text of `root` but the labels of `others` (a player's
    buttons above its caption)."""
    ancestors = set(target.iterancestors())
    labels = {node for other in others for node in other.iter()}
    for node in root.iter():
        if node is target:
            return True
        if isinstance(node.tag, str) and node not in labels and (node.text or "").strip() \
                or node is not root and node not in ancestors and (node.tail or "").strip():
            return False
    return False


def _letters(text: str) -> str:
    """A text's words run together, casefolded: the same name or headline however spaced or
    punctuated ("n-tv NACHRICHTEN", "KommissionVerfahren")."""
    return "".join(word_tokens(text))


_BUTTON_CLASS = re.compile(r"\b(?:button|btn)\b", re.IGNORECASE)
_UNPRINTED = frozenset({"script", "style", "template", "textarea"})  # a textarea: a player's embed code


def _text(element: lxml.etree._Element, skip: frozenset[lxml.etree._Element] = frozenset(),
          breaks: bool = False) -> str:
    """An element's text as printed: inline markup joins without spaces (ruby, links), line
    breaks and block boundaries become spaces, or with `breaks` a line break a newline (a list
    printed as lines, an address, a poem). Elements in `skip` leave SKIPPED in their place."""
    out: list[str] = []

    def collect(node: lxml.etree._Element) -> None:
        if not isinstance(node.tag, str) or node.tag in _UNPRINTED and node is not element:
            return
        if node in skip:
            out.append(SKIPPED)
            return
        block = node.tag in _BLOCK_TAGS and node is not element
        if node.tag in ("lb", "br"):
            out.append("\n" if breaks else " ")
        elif block:
            out.append(" ")
        out.append(node.text or "")
        for child in node:
            collect(child)
            out.append(child.tail or "")
        if block:
            out.append(" ")

    collect(element)
    return clean_text("".join(out))


SKIPPED = "\x00"  # where _text left out an element


def _fixed(value: object) -> str | None:
    """A metadata string, with mojibake some publishers print repaired ("KrÃ¤fte" -> "Kräfte")."""
    # Only mojibake: the publisher's curly quotes and full-width punctuation ("武汉的声音：") stay.
    return (clean_text(ftfy.fix_text(value, uncurl_quotes=False, fix_character_width=False))
            if isinstance(value, str) and value.strip() else None)


# Some pages wrap JSON-LD in a CDATA section, "//"-commented or not.
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")


def _json_value(text: str) -> Any:
    """A JSON-LD script's value; where the publisher's JSON is broken, what can be read of it.

    About one page in seventy prints JSON-LD that json rejects: a second object or a stray
    brace after the first (avaz.ba, hawaiinewsnow), a trailing comma (Smithsonian), a
    single-quoted string (Reuters), a // comment, a quote left unescaped inside a string
    (inexhibit). The first value is read as far as it goes, then json_repair mends the rest.
    json_repair takes quadratic time on long text that is no JSON at all (a script's code: 26 s
    for 160 KB; "{]" repeated, 19 s for 18 KB), so only short scripts that open like JSON are mended.
    """
    try:
        return json.loads(text, strict=False)
    except RecursionError:
        return None
    except ValueError:
        pass
    text = text.strip()
    if not text.startswith(("{", "[")):
        return None
    try:
        value, _ = json.JSONDecoder(strict=False).raw_decode(text)
        return value  # the first value whole, something else after it
    except (ValueError, RecursionError):
        pass
    if len(text) > JSON_REPAIR_MAX_CHARS:
        return None
    try:
        return json_repair.loads(text)
    except (ValueError, RecursionError):
        return None


JSON_REPAIR_MAX_CHARS = 5_000  # broken JSON-LD is short (1-3 KB on the corpora); json_repair's worst seen: ~1.5 s


# The last tree read and its JSON-LD objects: the article's, the videos' and the day-only date's
# readers each ask, and a broken script costs json_repair's time (one tuple, as _last_meta).
_last_jsonld: tuple[Any, list[dict[str, Any]]] = (None, [])


def _jsonld_objects(tree: lxml.html.HtmlElement) -> list[dict[str, Any]]:
    """The page's JSON-LD objects, those in lists and @graph too, in page order."""
    global _last_jsonld
    cached_tree, found = _last_jsonld
    if cached_tree is tree:
        return found
    found = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        stack = [_json_value(_CDATA.sub("", script.text or ""))]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    _last_jsonld = (tree, found)
    return found


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).casefold() for k in kinds}


def _article_jsonld(tree: lxml.html.HtmlElement) -> dict[str, Any]:
    """The first JSON-LD object typed as an article (NewsArticle, Article, ...), or {}."""
    candidates = [o for o in _jsonld_objects(tree) if _types(o) & _ARTICLE_TYPES]
    candidates.sort(key=lambda o: "webpage" in _types(o))  # a WebPage only when nothing better
    return candidates[0] if candidates else {}


def _meta(tree: lxml.html.HtmlElement, *names: str) -> str | None:
    """The first value of these meta tags (see _meta_values)."""
    return next(_meta_values(tree, names), None)


def _meta_values(tree: lxml.html.HtmlElement, names: tuple[str, ...]) -> Iterator[str]:
    """The values of these meta tags (property, name or itemprop), in the order of the names."""
    index = _meta_index(tree)
    for name in names:
        for attr in _META_ATTRS:
            yield from index.get((attr, name), ())


_META_ATTRS = ("property", "name", "itemprop")
# The last tree read and its meta tags: a page's metadata is asked for some twenty times, and
# each search of the whole tree cost more than the rest of those lookups (one tuple, so a
# thread reading another page never sees one tree with another's index).
_last_meta: tuple[Any, dict[tuple[str, str], list[str]]] = (None, {})


def _meta_index(tree: lxml.html.HtmlElement) -> dict[tuple[str, str], list[str]]:
    """(attribute, name) -> the repaired, non-empty contents of the page's meta tags, in order."""
    global _last_meta
    cached_tree, index = _last_meta
    if cached_tree is tree:
        return index
    index = {}
    for meta in tree.iter("meta"):
        if (content := _fixed(meta.get("content"))) is None:
            continue
        for attr in _META_ATTRS:
            if (name := meta.get(attr)) is not None:
                index.setdefault((attr, name), []).append(content)
    _last_meta = (tree, index)
    return index


def _names(value: Any) -> Iterator[tuple[str, str]]:
    """(type, name) pairs from a JSON-LD author/publisher value."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str):
            yield "", item
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            kinds = _types(item)
            kind = "person" if "person" in kinds else "organization" if "organization" in kinds \
                else min(kinds, default="")
            yield kind, _fixed(item["name"]) or ""


_HOST_WORDS = frozenset({"www", "com", "co", "org", "net", "news", "de", "uk", "at", "ch", "fr",
                         "es", "it", "in", "au", "ca", "online"})


def _site_words(name: str) -> list[str]:
    words = [w for w in word_tokens(name) if w not in _HOST_WORDS]
    return words[1:] if words[:1] == ["the"] and len(words) > 1 else words


_UNSPACED_TAIL = re.compile(r"[-_|｜ㅣ]{1,2}([^\s\-_|｜ㅣ]{2,16})$")
# A section before it: CJK letters only, after "_" or a doubled separator ("_科技", "--时政"),
# not a single "-" inside the headline ("中国女排3-0日本", "한국-일본").
_UNSPACED_SECTION = re.compile(rf"(?:_|[-|｜ㅣ]{{2}})\s*([{UNSPACED_LETTERS}]{{1,10}})$")
# How outlets in those scripts end their names: net, newspaper, news, daily.
_OUTLET_WORDS = ("网", "網", "报", "報", "新闻", "新聞", "일보", "뉴스", "신문", "닷컴", "ニュース")
UNSPACED_SECTION_CHARS = 4  # "-정치", "--时政": a section before the site name


@functools.cache
def _title_sections() -> frozenset[str]:
    """Section names outlets in CJK scripts print between headline and site ("-정치")."""
    return frozenset(row["word"] for row in load_table("title_sections"))


def strip_site_name(title: str, site_names: list[str]) -> str:
    """Remove a site-name suffix or prefix: "Headline | The Coastal Herald" -> "Headline".

    A part counts as the site name when its words are the site's words (host words such as
    "www", "com" ignored), not when it merely contains the letters: site "RT" leaves
    "Russia's report" alone.
    """
    sites = [words for words in (_site_words(n) for n in site_names if n) if words]
    # The site's letters run together, with and without host words and "the" ("thespacereview"),
    # and a host's registered name ("entermedia" for entermedia.co.kr).
    letters = {"".join(site) for site in sites} | {_letters(n) for n in site_names if n} \
        | {_registered_name(n) for n in site_names if n and "." in n and " " not in n.strip()} - {""}
    colon = _SITE_COLON.match(title)
    if colon and _letters(colon.group(1)) in letters:
        return strip_site_name(title[colon.end():].strip(), site_names)
    unspaced = _UNSPACED_TAIL.search(title)
    if unspaced and UNSPACED_LETTER.search(unspaced.group(1)) and (
            unspaced.group(1).endswith(_OUTLET_WORDS) or _site_words(unspaced.group(1)) in sites):
        # "标题-新华网", "제목-정치ㅣ한국일보": scripts without spaces join the site name
        # unspaced, often after a section of a few characters.
        head = title[: unspaced.start()].rstrip()
        section = _UNSPACED_SECTION.search(head)
        if section and len(section.group(1)) <= UNSPACED_SECTION_CHARS:
            head = head[: section.start()]
        elif (named := _UNSPACED_TAIL.search(head)) and named.group(1) in _title_sections():
            head = head[: named.start()]  # "-정치" before the site: a section the table names
        return head.strip()
    separators = list(_TITLE_SEPARATORS.finditer(title))
    if not separators:
        return title

    def is_site(part: str) -> bool:
        words = _site_words(part)
        joined = "".join(words)
        if len(part.split()) <= 4 and _letters(part) in letters:
            return True  # "The Space Review" for thespacereview.com
        # The site's words, or the site's words first and a section after ("CNN Politics").
        section = [w for w in part.split() if w[:1].isalpha()][-1:]  # "Politics" in "CNN Politics"
        return bool(words) and len(words) <= 4 and any(
            words == site or joined == "".join(site)
            or (words[: len(site)] == site and len(words) - len(site) <= 2 and section
                and section[0][0].isupper()) for site in sites)

    if is_site(title[separators[-1].end():]):
        return title[: separators[-1].start()].strip()
    if is_site(title[: separators[0].start()]):
        return title[separators[0].end():].strip()
    return title


_SITE_COLON = re.compile(r"^([^:]{2,40}):\s+")  # "The Space Review: Seeking a bigger role …"


# Not an outlet's name: a link, a copyright line, a publishing platform.
_NOT_AN_OUTLET = re.compile(r"://|^(?:©|\(c\)|copyright\b|(?:19|20)\d\d\b)|^(?:blogger|wordpress|medium|blogspot)$",
                            re.IGNORECASE)
_OUTLET_PARTS = re.compile(r"\s+[|–—·•»]\s+|\s+-\s+")
_SECOND_LEVEL = frozenset({"com", "co", "org", "net", "gov", "edu", "ac", "ne", "or", "go", "gob", "nic"})
OUTLET_MAX_WORDS = 10


def _registered_name(host: str | None) -> str:
    """The name a host was registered under: "ig" for economia.ig.com.br, "reuters" for
    feeds.reuters.com."""
    labels = [label for label in (host or "").lower().split(".") if label and label != "www"]
    if len(labels) < 2:
        return ""  # no host, or no top-level domain ("localhost")
    labels.pop()  # the top-level domain: "uk", "com", "africa", "london"
    while len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:
        labels.pop()  # "co" in co.uk, "com" in com.br
    return re.sub(r"\W", "", labels[-1])  # "ntv" for n-tv.de


# A social-media handle read as a name ("@politifact"; "Realestate_Au" from twitter:site "@realestate_au").
_HANDLE = re.compile(r"^@\w+$|^\w*_\w*$")


def choose_outlet(declared: list[str | None], guessed: str | None, host: str | None,
                  titles: list[str]) -> str | None:
    """The outlet's name among what the page declares (og:site_name, the JSON-LD publisher)
    and trafilatura's guess (read from the <title>), else the host.

    Not a name: a link, a copyright line ("Copyright 2014"), a publishing platform
    ("Blogger"), a handle ("Sndk_Nyheder"), the page's title or headline (the last of `titles`), a long guess found
    inside the title; of "LinkNaija | Nigeria's popular news platform", the first part. The
    first name stays when
    it has several words ("CBS Detroit" on cbslocal.com) or is in a script hosts are not
    spelled in ("Казинформ"); a single word that is not the host's gives way to one that is (a
    section, "U.S.", on reuters.com), a spelled name of the host's ("The Detroit News") comes
    before a handle or domain ("detroitnews"), and a company's legal name ("… GmbH") last."""
    registered = _registered_name(host)
    # Titles of a few words may be the site's own name (og:title "Quanta Magazine").
    titles_keys = {comparison_key(t) for t in titles if len(t.split()) > 3} | {comparison_key(t) for t in titles[-1:]}
    found: list[str] = []
    for index, whole in enumerate([*declared, guessed]):
        name = _OUTLET_PARTS.split(clean_text(whole or ""))[0].strip(" ©®™")  # "Guinéenews©"
        key = comparison_key(name)
        if not name or _NOT_AN_OUTLET.search(name) or len(name.split()) > OUTLET_MAX_WORDS or _HANDLE.match(name) \
                or {key, comparison_key(whole or "")} & titles_keys \
                or index == len(declared) and len(name.split()) >= 5 and any(key in t for t in titles_keys):
            continue
        found.append(name)

    def hosts(name: str) -> bool:
        letters = "".join(c for c in unicodedata.normalize("NFKD", _letters(name))
                          if not unicodedata.combining(c))  # "Habertürk" on haberturk.com
        return bool(registered and letters) and (registered in letters or len(letters) >= 3 and letters in registered)

    # A company's legal name ("TAZ Verlags- und Vertriebs GmbH") only where nothing else names the outlet.
    found = sorted(found, key=lambda n: LEGAL_FORM.search(n) is not None)
    if found and (len(found[0].split()) > 1 or not re.search("[a-zA-Z]", found[0])) and not hosts(found[0]):
        return found[0]
    own = [n for n in found if hosts(n)]
    if own and (own[0].islower() or "." in own[0]):  # a handle or a domain: a spelled name first
        own = [n for n in own if " " in n and not LEGAL_FORM.search(n)] + own
    return next(iter(own + found), None) or host


_KICKER_CLASS = re.compile(r"kicker|dachzeile|overline|topline|eyebrow|label|rubric|roofline|"
                           r"supertitle|pretitle|flag|category|section", re.IGNORECASE)


def _headline_elements(tree: lxml.html.HtmlElement) -> list[lxml.etree._Element]:
    """The page's <h1> elements that say something (text, or an image's alt text), those
    inside <article> or <main> first, and among them those with text; an <h1> that only holds
    the site's logo (one link to the home page) last."""
    def logo(h1: lxml.etree._Element) -> bool:
        links = h1.xpath(".//a/@href")
        return len(links) == 1 and urlsplit(links[0]).path in ("", "/") and links[0].strip() not in ("", "#")

    def texted(h1: lxml.etree._Element) -> bool:
        return bool(h1.text_content().strip())

    said = [h1 for h1 in tree.xpath("//body//h1") if texted(h1) or any(a.strip() for a in h1.xpath(".//img/@alt"))]
    return sorted(said, key=lambda h1: (logo(h1), not any(a.tag in ("article", "main") for a in h1.iterancestors()),
                                        not texted(h1)))


def _visible_headlines(tree: lxml.html.HtmlElement) -> list[str]:
    """Texts of the page's <h1> elements, kicker spans inside them left out, article ones first."""
    found: list[str] = []
    for h1 in _headline_elements(tree):
        text = _headline_text(h1)
        if text and len(text.split()) <= 40:
            found.append(text)
    return found


def _headline_text(heading: lxml.etree._Element) -> str:
    """A heading's text without the kicker spans inside it."""
    parts: list[str] = []

    def collect(node: lxml.etree._Element) -> None:
        if node is not heading and isinstance(node.tag, str) and _KICKER_CLASS.search(node.get("class", "")):
            parts.append(node.tail or "")
            return
        parts.append(node.text or "" if isinstance(node.tag, str) else "")
        for child in node:
            collect(child)
        if node is not heading:
            parts.append(node.tail or "")

    collect(heading)
    return clean_text(" ".join(p for p in parts if p.strip()))


_HEADING_TAGS = ("h1", "h2", "h3")  # where a page prints its headline
_ANY_HEADING = frozenset({*_HEADING_TAGS, "h4", "h5", "h6"})


def _printed_title(title: str, declared: list[str], sites: list[str], tree: lxml.html.HtmlElement) -> str:
    """The title chosen, or where no heading outside navigation prints it (an SEO headline,
    which n-tv also sets as an <h1> in its breadcrumb) and one prints another declared title,
    that one: the headline as printed ("Deutscher Aggressor beeindruckt, Frankreich hadert" in
    the article's header and og:title, not the JSON-LD headline). A heading prints a title as
    its whole text, or a part of it (a <span> in an <h2>), with its kicker or without."""
    chosen = _letters(title)
    # (not a short one: a section's name, "Allergies Health Center", is printed as a heading too)
    wanted = {_letters(t): t for t in [title, *(strip_site_name(d, sites) for d in declared)]
              if t and (t is title or len(t.split()) > SECTION_TITLE_WORDS)}
    lengths = [len(t) for t in wanted.values()]
    printed: set[str] = set()
    for heading in tree.iter(*_HEADING_TAGS):
        if any(a.tag == "nav" for a in heading.iterancestors()):
            continue
        for element in heading.iter():
            # (a quick length test first: most headings hold no declared title)
            if isinstance(element.tag, str) and any(abs(len(element.text_content()) - n) <= n // 5 + 10 for n in lengths):
                printed |= {_letters(_text(element)), _letters(_headline_text(element))} & wanted.keys()
        if chosen in printed:
            return title
    return next((t for k, t in wanted.items() if k in printed), title)


def choose_headline(visible: list[str], declared: list[str], sites: list[str]) -> str:
    """The headline: the first declared title (JSON-LD headline, og:title, <title>) without
    its site name; where it is a printed <h1> followed by a separator and more ("… | Sport",
    "… | DW | 28.04.2023"), the <h1>, or another declared title followed by a separator and a
    few words. With no declared title, the first <h1>."""
    if not declared:
        return visible[0] if visible else ""
    # A short declared title sharing no word with every other candidate names a section or is a
    # CMS's placeholder ("escenic"), not this article's headline.
    others = declared[1:] + visible
    declared = [d for i, d in enumerate(declared)
                if not others or len(d.split()) > SECTION_TITLE_WORDS or any(
                    set(word_tokens(d)) & set(word_tokens(o)) for j, o in enumerate(declared + visible) if j != i)
                ] or declared
    title = strip_site_name(declared[0], sites)
    # Cut short for search results ("…"), or at a length limit (Google reads 110 characters of
    # a JSON-LD headline): the whole one, where printed or declared, going on with more words.
    # Only a printed one continues a title cut at a limit: a longer declared one may be a rewrite.
    ellipsis = title.endswith(("...", "…"))
    if ellipsis or len(title) >= CUT_TITLE_CHARS:
        cut = comparison_key(title.rstrip(".… "))
        longer = visible + [strip_site_name(d, sites) for d in declared[1:]] if ellipsis else visible
        title = next((t for t in longer if (key := comparison_key(t)).startswith(cut)
                      and any(c.isalnum() for c in key[len(cut):])  # more words, not another ellipsis
                      and (ellipsis or key[len(cut)] == " " and key[len(cut) + 1:][:1].isalnum())), title)
    key = comparison_key(title)
    # The printed headline with words before it, glued or after a separator, that another
    # declared title sets apart as a part of its own: a site name ("बिजनेस स्टैंडर्ड सेबी को …"
    # where the <title> reads "बिजनेस स्टैंडर्ड - सेबी को …"; og:title "المدينة نيوز - …" where
    # the <title> ends "… - المدينة نيوز") or a kicker ("«Evnukkmakeren»: - Nordmann dømt …",
    # Deutschlandfunk's "Die Zukunft der Arbeit - …"): the headline.
    parts = {comparison_key(part) for d in declared for part in _TITLE_SEPARATORS.split(d)}
    # Likewise a section label before a bar ("Opinion | Republicans Are …" over the printed
    # "Republicans Are …"); a kicker before a colon is another matter (below).
    for text in visible[:1]:
        head = comparison_key(text)
        before = key[: -len(head)].strip() if head and key.endswith(" " + head) else ""
        # (the part dropped is the shorter: not the story's title before a blog's name as <h1>)
        if before and len(before) < len(head) and (before.rstrip(" |-–—·•»") in parts
                                                  or before.endswith("|") and len(before.split()) <= SECTION_TAIL_WORDS + 1):
            return text
    # Only a suffix: whether a kicker before a colon belongs to the headline ("Akkutechnik: …")
    # differs by outlet, and measured on fundus dropping it loses three titles for one.
    def tail(text: str) -> str | None:
        """What the title adds after `text` and a separator ("| Sport"), if it does."""
        head = comparison_key(text)
        rest = key[len(head):].lstrip()
        return rest if head and key.startswith(head) and rest[:1] in _TAIL_SEPARATORS else None

    for text in visible:
        if (rest := tail(text)) and rest[0] != "–":  # an en dash after a printed <h1> may be its own
            return text  # "Headline | Sport"
    # Likewise another declared title (og:title) that is this one without a short tail.
    for text in (strip_site_name(d, sites) for d in declared[1:]):
        rest = tail(text)
        if rest and len(rest.split()) <= SECTION_TAIL_WORDS:
            return text
    return title


SECTION_TITLE_WORDS = 3  # "Allergies Health Center": a section's name is short
CUT_TITLE_CHARS = 90  # a declared title this long that a printed one continues was cut at a limit
_TAIL_SEPARATORS = ("|", "-", "·", "•", "»", "–")
SECTION_TAIL_WORDS = 4  # "| Sport", "- Politik | Inland": a section, not part of the headline


_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)", re.IGNORECASE)


def extract_captions(tree: lxml.html.HtmlElement) -> list[Caption]:
    """Captions of figures and caption-classed elements, with photographer and agency split.

    The credit comes from an element classed credit/copyright/photographer inside the figure,
    or from the caption's own text ("... (Felipe Dana/AP)", "... Foto: dpa").
    """
    captions: list[Caption] = []
    seen: set[str] = set()
    # Caption-classed elements, and <figcaption>s beside a picture whose <figure> the page
    # closed early (a pull quote's <figcaption> names the speaker: no picture there).
    classed = [el for el in tree.xpath("//body//*[@class]|//body//figcaption")
               if el.tag not in ("figure", "img", "script", "style")
               and (_caption_classed(el.get("class", "")) or el.tag == "figcaption"
                    and el.getparent() is not None and el.getparent().find(".//img") is not None)]
    # Outermost caption elements only: a caption wrapper and the text span inside it are one.
    # A wrapper of several <figcaption>s (a slideshow's strip of its slides' captions) is none:
    # the captions inside it are. (A <figcaption> holding a credit alone is the other's credit.)
    classed_set = set(classed)
    held: Counter[lxml.etree._Element] = Counter(
        a for caption in tree.iter("figcaption") if not is_photo_credit(_text(caption), alone=True)
        for a in caption.iterancestors() if a in classed_set)
    outer = {el for el in classed if held[el] < 2}
    classed = [el for el in classed if el in outer and not any(a in outer for a in el.iterancestors())]
    # Each figure's first caption-classed element, found in one pass (a lookup per figure was
    # quadratic on gallery pages with thousands of figures and no <figcaption>).
    first_classed: dict[lxml.etree._Element, lxml.etree._Element] = {}
    loose = []
    for el in classed:
        figures = [a for a in el.iterancestors() if a.tag == "figure"]
        for figure in figures:
            first_classed.setdefault(figure, el)
        if not figures:
            loose.append(el)
    containers = list(tree.iter("figure")) + loose
    for container in containers:
        if container.tag == "figure" and next(container.iter(*_MEDIA_TAGS), None) is None \
                and next(container.iter("blockquote"), None) is not None:
            continue  # a pull quote set as a figure
        if container.tag == "figure":
            caption_el = container.find(".//figcaption")
            if caption_el is None:
                caption_el = first_classed.get(container)
        else:
            caption_el = container
        if caption_el is None or not _story_picture(container, caption_el):
            continue
        credit_els = _credit_elements(container, caption_el)
        timed = any(next(el.iter("time"), None) is not None for el in credit_els)
        credit_of = {el: _text(el) for el in credit_els}
        # The caption's text without the credit elements inside it; where one sits in a bracket,
        # the bracket is the credit ("(<span class=credit>AP Photo</span>/Jane Roe)").
        inside = [el for el in credit_els if caption_el is not None and caption_el in el.iterancestors()]
        queue = iter(inside)

        def cut(match: re.Match[str]) -> str:
            element = next(queue, None)
            if element is not None and match.group(0).startswith("("):
                credit_of[element] = f"{match.group(1)}{credit_of[element]}{match.group(2)}".strip()
            return " "

        text = _SKIPPED_CREDIT.sub(cut, _text(caption_el, frozenset(inside))) if caption_el is not None else ""
        if timed:
            # A story card: a byline and date for a credit ("Henry Gilbert • <time>February 15,
            # 2017</time>") under a headline that links to the story (not a video's date).
            linked = sum(len(_text(a)) for a in caption_el.iter("a") if a.get("href")
                         and not any(c is a or c in a.iterancestors() for c in credit_els))
            if linked >= 0.5 * max(len(text.strip()), 1):
                continue
        # A button's label is no caption's ("… (AP Photo/Charles Rex Arbogast) Read More"; "Vis
        # mer" in a <span role="button">), nor a link's to the picture itself ("View this image ›").
        # Nor a player's buttons before it (ABC's "EMBED <>", "More Videos").
        buttons = [b for b in caption_el.iter() if b.tag == "button" or b.get("role") == "button"
                   or b.tag == "a" and (_IMAGE_FILE.search(b.get("href") or "") or _BUTTON_CLASS.search(b.get("class", "")))]
        for button in buttons:
            if not (label := _text(button).strip()):
                continue
            text = text.rstrip()[: -len(label)] if text.rstrip().endswith(label) else text
            if text.lstrip().startswith(label) and _before_any_text(caption_el, button, buttons):
                text = text.lstrip()[len(label):]
        credit = " ".join(t for t in (credit_of[el] for el in credit_els) if t)
        if not credit:  # a credit on the image itself: <img data-credit="PA">
            credit = next(filter(None, map(_image_credit, container.iter("img"))), "")
        if not credit and container.tag == "figure":
            credit = _credit_after(container, text)
        text = _printed_once(text)
        if len(text.split()) > CAPTION_MAX_WORDS:
            continue
        text, inline_credit = split_credit(_CAPTION_LABEL.sub("", clean_text(text)), caption=True)
        # The credit printed in the caption where it holds the credit element's and more ("(AP
        # Photo/Gene J. Puskar)" beside "Gene J. Puskar/").
        if inline_credit and (not credit or name_key(credit) in name_key(inline_credit)):
            credit = inline_credit
        text = _EMPTY_BRACKETS.sub("", text).strip(" \n|/-–—,")
        if not any(c.isalpha() for c in text) or _not_a_caption(text):  # ". Imagen: Télam": a credit alone
            continue  # a credit without a caption describes nothing
        key = comparison_key(text + " " + credit)
        if key in seen:
            continue
        seen.add(key)
        photographer, agency = parse_credit(credit) if credit else (None, None)
        # One line: the markup's own newlines and the blank lines of the container's furniture
        # ("View this image ›" links dropped) are no line breaks of the caption.
        captions.append(Caption(text=" ".join(text.split()), photographer=photographer, agency=agency))
    captions += _credited_pictures(tree, {comparison_key(c.text) for c in captions})
    # Captions kept only on the image, for a lightbox: <img data-caption="…" data-source="…">.
    texts = {comparison_key(c.text) for c in captions}
    for img in tree.xpath("//body//img[@data-caption]"):
        value = img.get("data-caption", "")
        if "<" in value:  # the caption's own markup, escaped into the attribute
            try:
                value = lxml.html.fragment_fromstring(value, create_parent="div").text_content()
            except (lxml.etree.ParserError, ValueError):
                continue
        value = clean_text(value)
        if len(value.split()) > CAPTION_MAX_WORDS or not any(c.isalpha() for c in value) \
                or value.casefold() in _FLAG_VALUES:
            continue  # a flag ("true"), not a caption
        text, inline_credit = split_credit(_CAPTION_LABEL.sub("", value), caption=True)
        if not text or comparison_key(text) in texts or _not_a_caption(text):
            continue
        texts.add(comparison_key(text))
        credit = img.get("data-source", "").strip() or _image_credit(img) or inline_credit
        photographer, agency = parse_credit(credit) if credit else (None, None)
        captions.append(Caption(text=text, photographer=photographer, agency=agency))
    return captions


PICTURE_BOX_LEVELS = 3  # ancestors of a picture outside any <figure> searched for its box
CAPTION_MIN_WORDS = 3


def _credited_pictures(tree: lxml.html.HtmlElement, known: set[str]) -> list[Caption]:
    """Captions of pictures set in a plain box, neither a <figure> nor classed as a caption:
    the box holding one picture and some text that ends in a credit line of its own
    (`<div><img><h1>Marines at the ceremony …</h1><p>Photo: AFP</p></div>`; hashed CSS
    classes: `<div><picture/><div>Fans held a banner</div><div>REUTERS</div></div>`). The
    credit line is what marks the text a caption: a card of another story (its headline a
    link) or a box in navigation, a form or a list of other stories is none. Written by
    hand: trafilatura and the HTML libraries read captions from <figure> markup only."""
    found: list[Caption] = []
    boxes: set[lxml.etree._Element] = set()
    unproven: dict[tuple[str | None, ...], list[tuple[lxml.etree._Element, str, str]]] = {}
    # The headline beside its lead picture and credit is no caption: the titles the page declares.
    titles = [comparison_key(v) for v in [_meta(tree, "og:title", "twitter:title"), *tree.xpath("//head/title/text()")]
              if v]
    for img in tree.xpath("//body//img"):
        if any(a.tag in ("figure", "figcaption", "a") and (a.tag != "a" or len(_text(a)) > 0)
               for a in img.iterancestors()):
            continue
        for box in itertools.islice(img.iterancestors(), PICTURE_BOX_LEVELS):
            if box.tag in ("body", "main", "article", "p") or box in boxes:
                break
            if sum(1 for _ in box.iter("img")) > 1:
                break  # a gallery or the story itself
            lines = [e for e in box.iter() if isinstance(e.tag, str) and e.tag not in ("script", "style")
                     and _text(e) and img not in e.iterdescendants()]
            if not lines:
                continue
            # The credit: the last element holding text, read whole ("<span>Image: <b>Jane Roe</b></span>").
            last = lines[-1]
            for element in reversed(lines):
                if last in element.iterdescendants() and _text(element).strip() != _text(box).strip():
                    last = element
            credit = clean_text(_text(last)).strip()
            text = clean_text(_text(box, frozenset({last})).replace(SKIPPED, " ")).strip(" |/-–—")
            if len(credit.split()) > CAPTION_CREDIT_WORDS or not (
                    is_photo_credit(credit, alone=True) or is_caption_credit(credit, text, parenthesised=False)):
                if (laid := _laid_out_caption(box, img)) is not None:
                    layout, line, last_line = laid
                    unproven.setdefault(layout, []).append((box, line, last_line))
                continue  # a copyright notice of the page ("© 2026 … All rights reserved") is no credit
            boxes.add(box)
            if not _loose_caption(box, text, known, titles):
                break  # a date line, a label ("Author of the article:"), the headline, a menu, the footer
            known.add(comparison_key(text))
            photographer, agency = parse_credit(credit)
            found.append(Caption(text=text, photographer=photographer, agency=agency))
            break
    # Boxes of one layout, repeated (hashed CSS classes: the Standard's `<div><div><picture/></div>
    # <div>caption</div><div>ES</div></div>` under each picture): the layout is the page's caption
    # box, though its credit is a name no table knows ("ES", "The London Standard") or left empty.
    for laid in unproven.values():
        if len(laid) < LAYOUT_REPEATS:
            continue
        for box, text, credit in laid:
            if box in boxes or not _loose_caption(box, text, known, titles):
                continue
            boxes.add(box)
            known.add(comparison_key(text))
            photographer, agency = parse_credit(credit)
            found.append(Caption(text=text, photographer=photographer, agency=agency))
    return found


LAYOUT_REPEATS = 2  # picture boxes of one layout that make it the page's caption box
LAID_CREDIT_WORDS = 4  # the short last line of such a box: a credit ("ES", "The London Standard")


def _loose_caption(box: lxml.etree._Element, text: str, known: set[str], titles: list[str]) -> bool:
    """Whether the text of a plain picture box is a caption: of a caption's length, no date
    line, label or headline, and the box in the story (not linked, no menu or footer)."""
    words = re.findall(r"[^\W\d_]+", text)
    return not (not CAPTION_MIN_WORDS <= len(words) <= CAPTION_MAX_WORDS or "\n" in text or text.endswith(":")
                or _not_a_caption(text) or comparison_key(text) in known or _linked(box, text)
                or len(words) <= DATELINE_WORDS and parse_printed(text) is not None
                or any(title.startswith(comparison_key(text)) for title in titles)
                or not _story_picture(box, box) or any(a.tag in _OUTSIDE_STORY for a in box.iterancestors()))


def _laid_out_caption(box: lxml.etree._Element, img: lxml.etree._Element
                      ) -> tuple[tuple[str | None, ...], str, str] | None:
    """A picture box laid out as the picture's holder, then a line of text, then a short line
    or an empty one (the credit), each a leaf element: (the layout's class names, the text,
    the credit), or None."""
    children = [c for c in box if isinstance(c.tag, str)]
    if len(children) != 3 or img not in children[0].iter() or _text(children[0]).strip():
        return None
    lines = children[1:]
    if any(c.tag not in ("div", "span", "p") or len(c) for c in lines):
        return None
    text, credit = (clean_text(_text(c)).strip() for c in lines)
    if not text or len(credit.split()) > LAID_CREDIT_WORDS:
        return None
    return (box.get("class"), *(c.get("class") for c in children)), text, credit


# What precedes a caption's text: a label for screen readers ("Image caption", "Media caption")
# or a slide counter ("2 of 12 |", "1of4Grass Valley's …", "[1/5]Reuters visuals …").
_CAPTION_LABEL = re.compile(r"^(?:(?:image|media|photo|video)\s*caption|caption|bildunterschrift)(?=\W|(?-i:[A-Z])|$)"
                            r"\s*:?\s*"
                            r"|^\d{1,2}:\d{2}(?::\d{2})?\s*min\b\.?\s*"  # a video's length ("01:48 min")
                            r"|^(?:\[\d+/\d+\]|\d+\s*(?:of|von|de|/)\s*\d+\s*\||\d+of\d+(?=[A-Z]))\s*",
                            re.IGNORECASE)
DATELINE_WORDS = 4  # "16.05.2024, 11:26 Uhr • Lesezeit: 5 Minuten": a date and a few words


# An audio player's line ("Audio: Antenne Brandenburg | 24.04.2024 | …"), the word "Copyright"
# alone and a notice asking for scripts ("Bitte aktivieren Sie Javascript") describe no picture.
# So do a header's share buttons ("… Facebook Twitter Email") and a magazine's subscription
# offer ("Need more space? Subscribe to our sister title …").
_SHARE_WORDS = rf"{SOCIAL_PLATFORMS}|e-?mail|print|share"
_NO_PICTURE = re.compile(r"^(?:audio|podcast|hörbeitrag)\s*:|^(?:©|copyright)\W*$|\b(?:aktivieren|enable|activate|turn on)\b[^.]{0,30}"
                         r"\bjavascript\b|\bjavascript\b[^.]{0,30}\b(?:aktivieren|enable|activate)"
                         rf"|\b(?:{_SHARE_WORDS})(?:\s+(?:{_SHARE_WORDS})){{2,}}$"
                         r"|\b(?:subscribe to|get a subscription|subscription (?:of|to))\b", re.IGNORECASE)


def _not_a_caption(text: str) -> bool:
    """Lines that caption-classed slots hold but that describe no picture: a dateline (a date
    and a few words), an author box ("Von Hannah Ritzmann, Redakteurin …") or a credit alone
    ("Patrick Semansky, ASSOCIATED PRESS", "Reprodução", "Foto." before its credit), or an
    author's job title beside their portrait ("Redakteur")."""
    if is_caption_credit(text, "", parenthesised=False) or is_credit_label(text) or _NO_PICTURE.search(text) \
            or is_job_title(text):
        return True
    # "Von Hannah Ritzmann, Redakteurin": a byline up to its first comma ("Von links: Anna Meier
    # und …", "Von der Leyen und Olaf Scholz." and "By the lake: …" are captions).
    named = text.split("\n", 1)[0].split(",", 1)[0]
    if BYLINE_PREFIX.match(named) and split_byline(named, strict=True)[0]:
        return True
    # A line opening with a date and a few words ("16.05.2024, 11:26 Uhr • Lesezeit: 5 Minuten";
    # "Floods in Valencia, 29 October 2024" is a caption).
    words = re.findall(r"[^\W\d_]+", text)
    return text[:1].isdigit() and len(words) <= DATELINE_WORDS and parse_printed(text) is not None


_PICTURE_TAGS = ("img", "picture", "video", "iframe", "amp-img", "noscript")  # noscript: a lazy image
# Boxes of other stories ("related", "more-stories"; for bylines also teasers, see _TEASER_BOX)
# and comments. For captions not "teaser": that class also names a story's own lead image.
_STORY_BOXES = r"related|recommend|more-(?:stories|articles|news)|read-?more"
# (a class naming the page's state, "comments-enabled", "has-comments", describes no box of comments)
_OTHER_STORIES = re.compile(rf"{_STORY_BOXES}|(?<!has-)(?<!no-)\bcomments?\b(?!-(?:enabled|disabled|open|closed|on|off|allowed))",
                            re.IGNORECASE)
# (folders only: "protest-banner.jpg" is a story's picture, and "/ad/" a hashed folder, "user_image/3e/ad/…")
_PROMO_IMAGE = re.compile(r"/(?:banners?|promos?|promotions?)/", re.IGNORECASE)
LOOSE_CAPTION_LEVELS = 2  # a caption outside any <figure>: its picture is in its parent or grandparent


# A path segment that is a headline's words ("storm-closes-the-ferry-port"), not a picture's file.
_STORY_SLUG = re.compile(r"(?:^|/)[^/.]*[^\W\d_]{2,}(?:[-_][^\W_]+){3,}(?:\.(?:html?|cms|php|aspx?)|\.\d+)?(?:/|$)")


def _story_picture(container: lxml.etree._Element, caption: lxml.etree._Element) -> bool:
    """Whether a caption describes a picture of this story: not a teaser card's title (inside a
    link, or mostly linked text), not in navigation, a form, comments or a box of other
    stories, and beside a picture (a "caption" class also names a text size in CSS
    frameworks: a login menu's "text-caption" line describes nothing)."""
    # The classes of <article>, <main> and <body> describe the page ("category-comment" on an opinion
    # piece, "has-comments"), not a box.
    if any(a.tag in ("nav", "form") or _OTHER_STORIES.search(a.get("class", "") + " " + a.get("id", ""))
           for a in caption.iterancestors() if a.tag not in ("article", "main", "body", "html")):
        return False
    # The page's footer (banners of the publisher's other titles), not a figure's own <footer>.
    if any(a.tag == "footer" for a in container.iterancestors()):
        return False
    # A picture the site files as a banner or promotion (Nikkei's e-paper advert in a <figure>).
    sources = [urlsplit(img.get("src") or "").path for img in container.iter("img")]
    if sources and all(_PROMO_IMAGE.search(path) for path in sources):
        return False
    if container.tag == "figure":
        # A figure may link its picture to a larger view, caption and all; a figure inside a
        # link, or whose caption links to a story's slug ("/videos/news/tcs-nashik-bpo-shut-…"),
        # is a card of another story.
        inner = itertools.takewhile(lambda a: a is not container, caption.iterancestors())
        return not any(a.tag == "a" and a.get("href") for a in container.iterancestors()) and not any(
            a.tag == "a" and _STORY_SLUG.search(urlsplit(a.get("href", "")).path) for a in [caption, *inner])
    text = _text(caption)
    if caption.tag == "a" or text and _linked(caption, text):
        return False
    return any(next(a.iter(*_PICTURE_TAGS), None) is not None
               for a in itertools.islice(caption.iterancestors(), LOOSE_CAPTION_LEVELS)
               if a.tag not in ("body", "html"))


_SKIPPED_CREDIT = re.compile(rf"\(([^(){SKIPPED}]*){SKIPPED}([^(){SKIPPED}]*)\)|{SKIPPED}")
_EMPTY_BRACKETS = re.compile(r"\s*(?:\(\s*\)|\[\s*\])")
# The words of a toggle between a caption's short and whole forms: "… less", "... more".
_TOGGLE = re.compile(r"\s*(?:\.\.\.|…)?\s*\b(?:less|more|show less|show more|read more|weniger|mehr)\s*$",
                     re.IGNORECASE)
CAPTION_REPEAT_CHARS = 30  # characters of a caption's beginning that, printed again, start its second copy


def _printed_once(text: str) -> str:
    """A caption printed twice over, whole and cut short behind a toggle ("Jaguars at a dealer
    … (AP Photo/D. Z.) less Jaguars at a … more", Hearst papers), or whole twice: once, whole."""
    flat = " ".join(text.split())
    if len(flat) < 2 * CAPTION_REPEAT_CHARS:
        return text
    at = flat.find(flat[:CAPTION_REPEAT_CHARS], CAPTION_REPEAT_CHARS)
    if at < 0:
        return text
    first = _TOGGLE.sub("", flat[:at]).strip()
    second = _TOGGLE.sub("", flat[at:]).strip().rstrip(" .…")
    return first if first.startswith(second) else text


_IMAGE_CREDIT = ("data-credit", "data-copyright", "data-photographer")  # <img data-credit="PA">


def _image_credit(img: lxml.etree._Element) -> str:
    """The credit an <img> carries in its attributes, or ""."""
    return next((v for v in (img.get(a, "").strip() for a in _IMAGE_CREDIT) if v), "")


_FLAG_VALUES = frozenset({"true", "false", "yes", "no", "on", "off", "null", "none", "undefined"})
_CREDIT_TAGS = ("cite", "footer", "small")  # a figure's source, as HTML marks it
_MEDIA_TAGS = ("img", "picture", "video", "iframe", "canvas", "svg", "amp-img")
_CREDIT_ITEMPROP = re.compile(r"\b(?:author|creator|copyrightHolder|copyrightNotice|creditText)\b")
CREDIT_SIBLINGS = 2  # elements after a caption outside any <figure> searched for its credit


CREDIT_AFTER_LEVELS = 3  # ancestors of a figure whose next element may hold its credit


def _credit_after(figure: lxml.etree._Element, caption: str) -> str:
    """A figure's credit printed in the element after it, where that element repeats the
    caption and credits it (Börsen-Zeitung's `image-meta-data` section after the figure:
    `image-description` with the caption again, `image-copyright` "picture alliance / AP |
    Alex Brandon"). The repeated caption is what ties the credit to this picture."""
    key = comparison_key(clean_text(caption))
    following = None
    for node in [figure, *itertools.islice(figure.iterancestors(), CREDIT_AFTER_LEVELS)]:
        if node.tag in ("article", "main", "body"):
            return ""
        following = next((x for x in node.itersiblings() if isinstance(x.tag, str)), None)
        if following is not None:
            break
    if following is None or not key or next(following.iter(*_MEDIA_TAGS), None) is not None \
            or not any(comparison_key(_text(e)) == key for e in following.iter() if isinstance(e.tag, str)):
        return ""
    credits = [e for e in following.iter() if isinstance(e.tag, str) and _CREDIT_CLASS.search(e.get("class", ""))
               and not _BYLINE_CLASS.search(e.get("class", ""))]
    return clean_text(_text(credits[0])).strip() if credits else ""


def _credit_elements(container: lxml.etree._Element, caption: lxml.etree._Element | None
                     ) -> list[lxml.etree._Element]:
    """The elements crediting a figure's picture: classed credit/copyright/source…, a <cite>,
    <footer> or <small>, or itemprop author/copyrightHolder, inside the figure but not holding
    its caption; the caption's last element when it is a credit alone ("<span>Getty
    Images</span>", "<span>(Edu Luque)</span>"); for a caption outside a figure, the
    credit-classed elements just after it."""
    holding = {caption, *caption.iterancestors()} if caption is not None else set()
    pictured = container.tag != "figure" or next(container.iter(*_MEDIA_TAGS), None) is not None

    def credits(element: lxml.etree._Element) -> bool:
        return isinstance(element.tag, str) and (
            _CREDIT_CLASS.search(element.get("class", "")) is not None
            or element.tag in _CREDIT_TAGS and pictured  # a quote's <cite> names its speaker
            or _CREDIT_ITEMPROP.search(element.get("itemprop", "")) is not None
            # a second <figcaption> holding the credit alone ("<strong>Image Credits:</strong> Strava")
            or element.tag == "figcaption" and caption is not None and element is not caption
            and is_photo_credit(_text(element), alone=True))

    found = [el for el in container.iter() if el is not container and el not in holding and credits(el)]
    outer = set(found)
    found = [el for el in found if not any(a in outer for a in el.iterancestors())]
    if caption is None:
        return found
    last = caption[-1] if len(caption) >= 2 else None
    if last is not None and isinstance(last.tag, str) and not (last.tail or "").strip() \
            and not any(caption in el.iterancestors() for el in found):
        text = _text(last)
        before = _text(caption)[: -len(text)] if text else ""
        if text and is_caption_credit(text.strip("()"), before, text.startswith("(")):
            found.append(last)
    if container is caption:  # a credit after the caption, not a byline or an author's bio
        for sibling in itertools.islice(caption.itersiblings(), CREDIT_SIBLINGS):
            names = sibling.get("class", "") if isinstance(sibling.tag, str) else ""
            if _CREDIT_CLASS.search(names) and not _BYLINE_CLASS.search(names):
                found.append(sibling)
    return found


_BLOCK_KINDS = {"p": "paragraph", "quote": "paragraph", "blockquote": "paragraph",
                "code": "paragraph", "pre": "paragraph", "item": "paragraph", "li": "paragraph",
                "head": "subhead", "h1": "subhead", "h2": "subhead", "h3": "subhead",
                "h4": "subhead", "h5": "subhead", "h6": "subhead"}
_SKIPPED = {"graphic", "img", "figure", "figcaption", "script", "style", "ref"}


SPLIT_LINK_WORDS = 8  # a link's text trafilatura left between two paragraphs is short ("Imran Khan")
_GOES_ON = re.compile(r"\s*(?:[’']s\b|[,.;:)\]’])")  # a possessive or punctuation goes on a sentence
# (not ends_like_sentence, which a colon satisfies: a dateline, "NEW DELHI:", ends no sentence)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s*$")


def _rejoin_split_links(body: lxml.etree._Element) -> None:
    """Mend trafilatura's reading of a paragraph set as bare text in a <div> with a link in it
    (Times of India: `<div>NEW DELHI: <a>Pakistan</a>'s "whole-of-system approach" …`): it
    prints `<p>NEW DELHI: </p>Pakistan<p>'s "whole-of-system …</p>`, the link's text left
    between two paragraphs. Where the text after it goes on a sentence (a possessive, a
    lowercase word, punctuation) and the text before it ends none, the three are one paragraph
    again. trafilatura's own fix would be upstream; no other library reads its tree."""
    for p in list(body.iter("p")):
        nxt = p.getnext()
        tail = (p.tail or "").strip()
        if not tail or nxt is None or nxt.tag != "p" or len(tail.split()) > SPLIT_LINK_WORDS:
            continue
        before, after = _text(p), nxt.text or ""
        # (the space trafilatura leaves at the cut, or a possessive: not a paragraph's end)
        if not before.strip() or _SENTENCE_END.search(before) or not (
                _GOES_ON.match(after) or after.lstrip()[:1].islower() and (before[-1:].isspace() or after[:1].isspace())):
            continue
        last = p[-1] if len(p) else None
        joined = (" " if not before[-1:].isspace() else "") + tail
        if last is None:
            p.text = (p.text or "") + joined + after
        else:
            last.tail = (last.tail or "") + joined + after
        p.tail = nxt.tail
        p.extend(list(nxt))
        nxt.getparent().remove(nxt)


def _body_blocks(body: lxml.etree._Element) -> list[Block]:
    """Typed blocks from trafilatura's tree, in reading order.

    Its own output is flat (<p>, <head>, <list><item>, <quote>); when it falls back to its
    other extractors the tree holds nested HTML containers, which are walked into.
    """
    blocks: list[Block] = []
    _rejoin_split_links(body)

    def has_blocks(element: lxml.etree._Element) -> bool:
        return any(isinstance(d.tag, str) and d.tag in _BLOCK_KINDS for d in element.iterdescendants())

    def walk(element: lxml.etree._Element) -> None:
        if element is not body and element.text and element.text.strip():
            blocks.append(Block("paragraph", clean_text(element.text)))
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in _SKIPPED or not tag:
                pass
            elif tag == "table" and has_blocks(child):
                walk(child)  # a layout table: its cells hold the article's blocks
            elif tag == "table":  # one paragraph per row, cells joined: standings, results, polls
                for row in child.iter("row", "tr"):
                    cells = [_text(cell) for cell in row if isinstance(cell.tag, str)]
                    if any(cells):
                        blocks.append(Block("paragraph", " · ".join(c for c in cells if c)))
            elif tag in ("row", "tr", "cell", "td", "th") and not has_blocks(child):
                text = _text(child)
                if text:
                    blocks.append(Block("paragraph", text))
            elif has_blocks(child):
                walk(child)
            else:
                # A paragraph printed as lines keeps them ("1. Finland", "2. Norway", an address).
                # <br><br> inside one element is one line break: read as paragraphs, the pieces
                # fall to the line-based cleaning (measured: body F1 0.977 → 0.973 on
                # scrapinghub_aeb, businessinsider.com 0.999 → 0.660).
                text = _BLANK_LINES.sub("\n", _text(child, breaks=True))
                if text:
                    blocks.append(Block(_BLOCK_KINDS.get(tag, "paragraph"), text))  # type: ignore[arg-type]
            if child.tail and child.tail.strip():
                blocks.append(Block("paragraph", clean_text(child.tail)))

    walk(body)
    return blocks


_BYLINE_CLASS = re.compile(r"(?:^|[\s_-])(?:byline|author|autor|auteur|autore|writer|reporter)"
                           r"(?:s|en|enzeile|-?line|-?name|__name|_name)?(?:$|[\s_-])", re.IGNORECASE)
# Boxes of other stories: a byline inside one credits another article.
_TEASER_BOX = re.compile(rf"teaser|featured-post|{_STORY_BOXES}", re.IGNORECASE)
_INNER_BY = re.compile(r"\s(?:by|von)\s+(?=[^\W\d_])", re.IGNORECASE)
# Digits, a handle, a slash (a link; editors' initials codes, TVN24's "asty//now"), or all in
# brackets: "(أبوظبي - البيان)" is a dateline (place - outlet), no name ("Bruno (Henrique
# Zecchin) Rodrigues" is one).
_NOT_A_NAME = re.compile(r"\d|@|/|^\s*[(\[].*[)\]]\s*$")


def _after_inner_by(text: str) -> str:
    """"Capital Von Jemima Kelly" -> "Jemima Kelly"; "Ursula von der Leyen" stays whole."""
    tail = _INNER_BY.split(" " + text)[-1]
    return tail if tail != text and looks_like_person(tail) else text


def _elsewhere(element: lxml.etree._Element) -> bool:
    """Inside comments or a box of other stories, where a byline credits someone else."""
    return any("comment" in (a.get("class", "") + a.get("id", "")).lower()
               or _TEASER_BOX.search(a.get("class", "") + " " + a.get("id", ""))
               for a in element.iterancestors() if a.tag not in ("body", "html"))  # page-wide classes


def _printed_only_elsewhere(tree: lxml.html.HtmlElement, name: str) -> bool:
    """A name printed on the page only in comments or boxes of other stories (trafilatura's
    author reader takes the first byline it meets, a teaser's included)."""
    holders = tree.xpath("//body//*[contains(text(), $name)]", name=name)
    return bool(holders) and all(_elsewhere(h) for h in holders)


def _visible_bylines(tree: lxml.html.HtmlElement) -> list[str]:
    """Bylines printed on the page: rel=author links, itemprop=author, author/byline classes."""
    found = tree.xpath('//body//*[@rel="author"] | //body//*[@itemprop="author"]')
    found += [el for el in tree.xpath("//body//*[@class]")
              if el.tag not in ("script", "style", "meta") and _BYLINE_CLASS.search(el.get("class", ""))]
    found = [el for el in found if not _elsewhere(el)]
    texts = []
    for element in found:
        text = _text(element)
        if text and _words(text) <= BYLINE_MAX_WORDS and text not in texts:
            texts.append(text)
    return texts[:3] + _labelled_bylines(tree)


BYLINE_MAX_WORDS = 14  # "By Jim Rutenberg, Lisa Lerer and KENNETH P. VOGEL The New York Times"


def _words(text: str) -> int:
    """Words as printed: runs between spaces that hold a letter or digit ("Jean-Baptiste" is one)."""
    return sum(any(c.isalnum() for c in w) for w in text.split())


# A label printed before the names: "<strong>Autorin/Autor</strong> Roman Goncharenko",
# "Von: <a>Bill MCCARTHY</a>". Only as a whole label element, never inside running text.
# (Of the by-words only "von" and "by": "di", "af", "par" alone in a cell are too often other words.)
_AUTHOR_LABEL = re.compile(rf"(?:autor(?:in)?\s*/\s*autor(?:in)?|{AUTHOR_LABELS}|von|by)\s*:?", re.IGNORECASE)


def _labelled_bylines(tree: lxml.html.HtmlElement) -> list[str]:
    texts = []
    for label in tree.xpath("//body//strong|//body//b|//body//dt|//body//th|//body//label|//body//li|//body//span"):
        own = clean_text(label.text or "")
        parent = label if label.tag == "li" else label.getparent()
        if parent is None or not _AUTHOR_LABEL.fullmatch(own) or (label.tag == "li" and len(label) == 0):
            continue
        whole = _text(parent)
        rest = whole[whole.find(own) + len(own):].strip(" :") if own in whole else ""
        if rest and _words(rest) <= BYLINE_MAX_WORDS and rest not in texts:
            texts.append(rest)
    return texts[:2]


_PREFIXED = re.compile(rf"^(?:(?:{BY_WORDS})\s+|(?:{AUTHOR_LABELS})\s*:\s*)(?=[^\W\d_])", re.IGNORECASE)
_BYLINE_TAGS = ("p", "span", "div", "li", "small", "address", "em", "strong", "b")


def _prefixed_bylines(tree: lxml.html.HtmlElement) -> list[str]:
    """The first element, whatever its class, whose whole text is a prefixed byline ("von
    Andreas Kürten", "Auteur : Kossivi Tiassou"), not inside a link (a teaser's)."""
    for element in tree.iter(*_BYLINE_TAGS):
        if not _PREFIXED.match((element.text or "").lstrip()):
            continue
        text = _text(element)
        if len(text.split()) > 10 or not _PREFIXED.match(text) or _elsewhere(element) \
                or any(a.tag == "a" for a in element.iterancestors()):
            continue
        rest = _PREFIXED.sub("", text)
        if not _DETERMINER.match(rest) and any(split_byline(rest, strict=True)):
            return [rest]
    return []


# "By The Numbers", "Par La Rédaction": a box title or desk, not a person.
_DETERMINER = re.compile(r"(?:the|a|an|der|die|das|le|la|les|el|los|las|il|lo|de|het|een)\s", re.IGNORECASE)


# "Editor : Heryadi", "Edited by Jane Roe", "Redakteur: …": the names after it edited the text.
_EDITOR_LABEL = re.compile(r"^\s*\(?\s*(?:editor(?:a|es|s)?|edited by|editado por|edición|redakteur(?:in)?|"
                           r"redaktur|penyunting)\s*[:：]\s*(?P<who>.+?)\)?\s*$", re.IGNORECASE)
_EDITOR_SPLIT = re.compile(r"[,;/]|\s(?:and|und|et|y|&)\s")


def _editors(tree: lxml.html.HtmlElement) -> set[str]:
    """Comparison keys of the names a page labels as its editors: not authors."""
    found: set[str] = set()
    for element in tree.iter(*_BYLINE_TAGS, "dd", "td"):
        own = element.text or ""
        if ":" not in own and "：" not in own:
            continue
        text = _text(element)
        match = _EDITOR_LABEL.match(text) if len(text) <= 80 else None
        if match:
            found |= {name_key(n.strip(" .")) for n in _EDITOR_SPLIT.split(match["who"]) if n.strip(" .")}
    return found


# A co-author joined by brackets or "with" ("Martin Untersinger (avec Damien Leloup et Morgane Tual)").
_COAUTHOR = re.compile(r"\s*[()]\s*(?:avec|with|mit|con|com|met|med)?\s*|\s+(?:avec|with|mit)\s+", re.IGNORECASE)


def _is_site(name: str, sites: list[str]) -> bool:
    """Whether a credited name is the outlet's: its words, run together ("n-tv NACHRICHTEN",
    "Tagesspiegel.de"), as initials ("Deutsche Welle" for "DW"), as the host's first label
    ("The Local" for thelocal.se) or followed by one more word ("El Colombiano Contactar",
    "Süddeutsche.de GmbH")."""
    words = _site_words(name)
    if not words:
        return False
    initials = "".join(w[0] for w in words) if len(words) >= 2 else ""
    letters = _letters(name)
    for site in filter(None, sites):
        site_words = _site_words(site)
        joined = "".join(site_words)
        if not joined:
            continue
        if words == site_words or "".join(words) == joined or initials == joined:
            return True
        if "." in site and " " not in site.strip() and letters == site_words[0] \
                and (not looks_like_person(name) or _DETERMINER.match(name)):
            # "The Local" for thelocal.se; not "Paul Krugman" for paulkrugman.substack.com
            return True
        if len(joined) >= 4 and any("".join(words[:k]) == joined for k in range(max(1, len(words) - 1), len(words))):
            return True
    return False


def _before_site_desk(byline: str, sites: list[str]) -> str:
    """The people before a desk at a byline's end: "Adam Aaronson and John Doe PhillyVoice
    Staff" -> "Adam Aaronson and John Doe", "Adam Aaronson Staff" -> "Adam Aaronson"; the
    outlet's desk alone ("Jerusalem Post Staff") or another desk ("Editorial Staff") stays, to
    credit no one."""
    words = byline.rstrip(" .").split()
    if len(words) < 2 or words[-1].casefold() not in ("staff", "team", "desk"):
        return byline
    for k in (2, 1):  # the outlet's name before the desk word
        if len(words) > k + 1 and _is_site(" ".join(words[-1 - k:-1]), sites):
            return " ".join(words[:-1 - k])
    head = " ".join(words[:-1])
    return head if looks_like_person(head) and not is_desk(head) and not _is_site(head, sites) else byline


def _without_site(name: str, sites: list[str]) -> str:
    """A person's name without the outlet printed after it ("Adam Aaronson PhillyVoice", left
    where "PhillyVoice Staff" was a job title)."""
    words = name.split()
    for k in (2, 1):
        head = words[:-k]
        # Not after a name's initial ("Michael R. Bloomberg" on bloomberg.com is his name).
        if len(head) >= 2 and len(head[-1].strip(".")) >= 2 and _is_site(" ".join(words[-k:]), sites) \
                and looks_like_person(" ".join(head)):
            return " ".join(head)
    return name


def _credits(doc: RawDocument, ld: dict[str, Any], tree: lxml.html.HtmlElement,
             extracted_author: str | None, sites: list[str]) -> tuple[list[str], list[str]]:
    """(people, wire agencies) credited for the text.

    Structured credits first: JSON-LD Person names are people whatever their script
    ("松岡大地"); Organizations are agencies or the outlet. Then meta author tags, then the
    byline printed on the page. Names that are the outlet's ("Deutsche Welle") are dropped.
    """
    if doc.hints.authors:
        return list(doc.hints.authors), []
    people: list[str] = []
    agencies: list[str] = []
    for kind, name in (_names(ld.get("author")) if ld.get("author") else []):
        found_people, found_agencies = split_byline(_before_site_desk(_after_inner_by(name), sites))
        found_people = [_without_site(p, sites) for p in found_people]
        agencies += [a for a in found_agencies if a not in agencies]
        if kind == "organization":
            continue
        bare = without_byline_label(clean_text(name))
        if not found_people and not found_agencies and kind == "person" and 0 < len(bare.split()) <= 4 \
                and not _NOT_A_NAME.search(bare) and not is_desk(bare):
            found_people = [bare]  # a declared Person whose name breaks our casing rules
        people += [p for p in found_people if p not in people and not _is_site(p, sites)]
    editors = _editors(tree)
    people = [p for p in people if name_key(p) not in editors]
    # Then, stage by stage while no one is found (none declared, or only the outlet): every
    # meta author tag, trafilatura's author, the bylines printed on the page, then any
    # element that reads "By …" / "Auteur : …".
    meta_authors = functools.cache(lambda: list(dict.fromkeys(_meta_values(tree, _AUTHOR_META))))
    bylines = functools.cache(lambda: _visible_bylines(tree))  # both read again for co-authors
    stages = [meta_authors,
              # trafilatura's names as one byline: a date it split off still dates a weekday before it
              lambda: ["; ".join(_after_inner_by(name) for name in (extracted_author or "").split("; ")
                                 if name and not _printed_only_elsewhere(tree, name))],
              bylines,
              lambda: _prefixed_bylines(tree)]
    for stage in stages if not people and not agencies else []:
        for byline in stage():
            if byline.startswith("http"):
                continue
            found_people, found_agencies = split_byline(_before_site_desk(_after_inner_by(byline), sites))
            found_people = [_without_site(p, sites) for p in found_people]
            people += [p for p in found_people if p not in people and not _is_site(p, sites)
                       and name_key(p) not in editors]
            agencies += [a for a in found_agencies if a not in agencies]
        if people or agencies:
            break
    if people:  # co-authors: the first author tag or byline naming someone found and others
        keys = {name_key(p) for p in people}
        for byline in meta_authors() + bylines():
            if byline.startswith("http"):
                continue
            found = [(p, name_key(p)) for p in map(functools.partial(_without_site, sites=sites),
                                                   split_byline(_after_inner_by(_COAUTHOR.sub(", ", byline)))[0])]
            if len(found) >= 2 and keys & {k for _, k in found}:
                people += [p for p, k in found if k not in keys and k not in editors and not _is_site(p, sites)
                           and not any(k in f or f in k for f in keys)]  # not "MORE FROM Jane Roe"
                break
    return people, agencies


_AUTHOR_META = ("author", "article:author", "byl", "cXenseParse:author", "parsely-author", "sailthru.author",
                "dc.creator")


# `<meta name="date">` is not among them: it is read last and weighs less (see _published).
_PUBLISHED_META = ("article:published_time", "datePublished", "pubdate", "publishdate", "publish-date",
                   "parsely-pub-date", "sailthru.date", "DC.date.issued", "dcterms.created")
# Elements that print a date: <time>, and class, id or itemprop names like "byline-date",
# "published-date", "article_created", "ArticleHeader-Date", "fecha", "datum".
_DATE_CLASS = re.compile(r"date|time|publi|posted|created|fecha|datum|data|dateline", re.IGNORECASE)
_CHANGE_CLASS = re.compile(r"updat|modif|edit|aktuali|actuali|atuali|weather|today|clock|read",
                           re.IGNORECASE)
PRINTED_SCAN = 12  # date-like elements read around the headline, nearest first
PRINTED_OWN = 2  # of those, the nearest that date the article itself rather than other stories


_DAY_ONLY = re.compile(r"\d{4}-\d\d-\d\d")


def _published(doc: RawDocument, ld: dict[str, Any], tree: lxml.html.HtmlElement,
               extracted_date: str | None, url: str | None, language: str | None, around: Around,
               ) -> tuple[datetime | None, int | None, str | None]:
    """(published instant in UTC, offset the page stated, date_source).

    In order: the input's own date; the page's declared publication date (JSON-LD, meta
    tags, itemprop, <time pubdate>); the date printed beside the headline; a date in the
    page's URL; htmldate's reading of the markup without its free-text search (it also reads
    the site's navigation, which prints today's date).

    A declared instant in UTC takes the publisher's offset from another declaration of the
    same instant ("2019-10-18T22:04:00Z" and "Sat, 19 Oct 2019 00:04:00 +0200") or from the
    local time printed near the headline ("February 24, 2020 | 9:25pm"). Where no offset can
    be found, the day printed under the headline is the publisher's day when the instant
    falls on it in some offset ("2020-02-18T02:18:11Z", printed "17 de Febrero 2020"). A bare
    `<meta name="date">` (often the page's build time) gives way to a printed day.
    """
    if doc.hints.published_at is not None:
        return doc.hints.published_at, doc.hints.published_offset, "input"
    declared = [ld.get("datePublished"), *_meta_values(tree, _PUBLISHED_META),
                *tree.xpath('(//*[@itemprop="datePublished"])[1]/@content'
                            '|(//*[@itemprop="datePublished"])[1]/@datetime'),
                *tree.xpath("//time[@pubdate]/@datetime"), ld.get("dateCreated")]
    stated = [parse_stated(value) for value in declared]
    weak = [parse_stated(value) for value in _meta_values(tree, ("date",))]
    chosen = next(((at, offset) for at, offset in stated if at), None)
    urls = [url, *tree.xpath('//link[@rel="canonical"]/@href'), _meta(tree, "og:url")]
    first = next((v for v, (at, _) in zip(declared, stated) if at), None)
    if chosen and isinstance(first, str) and _DAY_ONLY.fullmatch(first.strip()):
        chosen = _instant_that_day(chosen, stated, ld, tree, urls)
    # The headline's surroundings and the dates printed there: read once, only when needed.
    printed_dates = functools.cache(lambda: _printed_dates(around(), language))
    if chosen is None and weak and weak[0][0]:
        own = [local for local, _, is_own in printed_dates() if is_own]
        at, offset = weak[0]
        if own and own[0].date() != (at + timedelta(minutes=offset or 0)).date():
            return _day(own[0]), None, "printed"
        chosen = weak[0]
    url_day = functools.cache(lambda: next(filter(None, (date_from_url(u, strict=True) for u in urls)), None))
    if chosen:
        at, offset = chosen
        if not offset:  # the printed dates are read only when they can tell the offset
            offset = next((o for a, o in stated + weak if a == at and o), None) \
                or _wall_clock_offset(at, stated + weak) \
                or _printed_offset(at, printed_dates() + _timed_near(around(), language)) or offset
            day = _publisher_day(at, offset, printed_dates())
            if day:
                return day, None, "printed"
            day = _publisher_day(at, offset, [(url_day(), False, True)] if url_day() else [])
            if day:
                return day, None, "url"
        return at, offset, "metadata"
    own = [local for local, _, is_own in printed_dates() if is_own]
    if own:  # the publisher's calendar day; without an offset its time is no instant
        return _day(own[0]), None, "printed"
    # A whole date in the URL ("/2017/07/11/", "-20170711") before htmldate's: the publisher
    # wrote it; htmldate may read a header's. Looser forms ("/2024/05/12-ways-to-…") after it.
    parsed = url_day()
    if parsed:
        return parsed, None, "url"
    at, offset = parse_stated(extracted_date)
    if at:
        return at, offset, "htmldate"
    written = _script_written_date(tree)
    if written:
        return written, None, "printed"
    parsed = next(filter(None, map(date_from_url, urls)), None)
    return (parsed, None, "url") if parsed else (None, None, None)


def _instant_that_day(day: tuple[datetime, int | None], stated: list[tuple[datetime | None, int | None]],
                      ld: dict[str, Any], tree: lxml.html.HtmlElement, urls: list[str | None],
                      ) -> tuple[datetime, int | None]:
    """For a day declared without a time ("datePublished": "2018-04-18"), the instant another
    declaration gives on that day, in its own offset (article:published_time, a second JSON-LD
    object of this page: by its URL or headline, not a related story's card); else the day."""
    pages = {u.split("#")[0].rstrip("/") for u in urls if isinstance(u, str) and u}
    headline = comparison_key(_fixed(ld.get("headline")) or "")
    others = stated + [parse_stated(o.get("datePublished")) for o in _jsonld_objects(tree)
                       if _types(o) & _ARTICLE_TYPES and (
                           any(isinstance(v, str) and v.split("#")[0].rstrip("/") in pages
                               for v in (o.get("url"), o.get("@id")))
                           or headline and comparison_key(_fixed(o.get("headline")) or "") == headline)]
    return next(((at, offset) for at, offset in others if at and offset is not None
                 and (at + timedelta(minutes=offset)).date() == day[0].date()), day)


# An inline script that is one call with a date string, which the page's script prints where
# the script stands: <script>showDate("2020/04/17 01:43:09")</script>.
_SCRIPT_DATE_CALL = re.compile(r"\s*(?:document\.write\()?[\w.$]+\(\s*[\"'](\d{4})[-/.](\d\d?)[-/.](\d\d?)"
                               r"(?:[ T][\d:. ]{0,30})?[\"']\s*\)\)?\s*;?\s*")


def _script_written_date(tree: lxml.html.HtmlElement) -> datetime | None:
    """The day an inline script prints in the page's body (see _SCRIPT_DATE_CALL), the first
    one outside the site's header, navigation and footer and any clock or today's date."""
    for script in tree.xpath("//body//script[not(@src)]"):
        match = _SCRIPT_DATE_CALL.fullmatch(script.text or "")
        if not match or any(a.tag in ("header", "nav", "footer") or _CHANGE_CLASS.search(
                " ".join(a.get(k, "") for k in ("class", "id"))) for a in script.iterancestors()):
            continue
        try:
            return datetime(*map(int, match.groups()), tzinfo=UTC)
        except ValueError:
            continue
    return None


def _wall_clock_offset(at: datetime, declared: list[tuple[datetime | None, int | None]]) -> int | None:
    """The publisher's offset, where another declaration is the instant's wall clock without an
    offset (`<meta name="date" content="2019-11-18 20:58:46">` beside "2019-11-19T04:58:46Z"):
    to the second, so an instant on the hour tells nothing."""
    if (at.minute, at.second) == (0, 0):
        return None
    for local, offset in declared:
        timed = local is not None and local.time() != datetime.min.time()  # not a date alone
        minutes = (local - at).total_seconds() / 60 if timed and offset is None else 0
        if minutes in _OFFSETS and minutes:
            return int(minutes)
    return None


def _day(local: datetime) -> datetime:
    """A printed local date as a day, stored at 00:00 UTC (its time, without offset, is no instant)."""
    return datetime(local.year, local.month, local.day, tzinfo=UTC)


def _publisher_day(at: datetime, offset: int | None, printed: list[tuple[datetime, bool, bool]]
                   ) -> datetime | None:
    """The day printed under the headline, where the declared instant is in UTC (no offset
    found), has a time of day, and falls on that day in some real-world offset."""
    untimed = [local for local, timed, is_own in printed[:1] if is_own and not timed]
    if offset != 0 or not untimed or at.time() == datetime.min.time():
        return None
    reach = {(at + timedelta(minutes=minutes)).date() for minutes in _OFFSETS}
    day = untimed[0].date()
    return _day(untimed[0]) if day != at.date() and day in reach else None


_ZONE = re.compile(r"\b(?:[A-Z]{1,3}[SD]?T|UTC|GMT)\b")


def _timed_near(around: tuple[lxml.etree._Element, list[lxml.etree._Element]] | None,
                language: str | None) -> list[tuple[datetime, bool, bool]]:
    """Short printed date-and-times in the headline's block, whatever their class ("3/5/2022
    22:41" in a byline <span>): only to tell the offset of a declared instant, which the wall
    clock must match. Not under a change, weather or clock name; not with a zone ("12.42 CET"
    is the reader's clock)."""
    if around is None:
        return []
    headline, near = around
    block = _headline_block(headline)
    if block is headline:
        return []
    found: list[tuple[datetime, bool, bool]] = []
    for element in near[:TIMED_NEAR]:
        chain = [element, *element.iterancestors()]
        if block not in chain:
            continue  # outside the headline's block
        if any(_CHANGE_CLASS.search(" ".join(e.get(a, "") for a in ("class", "id", "itemprop")))
               for e in chain[:chain.index(block)]):
            continue
        text = clean_text(element.text or "")
        if 0 < len(text) <= 40 and re.search(r"\d[:.h]\d\d", text) and not _ZONE.search(text):
            parsed = parse_printed(text, language)
            if parsed and parsed[1]:
                found.append((*parsed, False))
    return found


TIMED_NEAR = 60  # elements around the headline searched for a printed time of day


def _printed_dates(around: tuple[lxml.etree._Element, list[lxml.etree._Element]] | None,
                   language: str | None) -> list[tuple[datetime, bool, bool]]:
    """Local dates printed around the article's headline, nearest first (see _near):
    (wall-clock date and time, whether a time of day was printed, whether it is the
    article's own: printed in the line under the headline or in one of the PRINTED_OWN
    date-like elements nearest to it; further ones may date other stories)."""
    if around is None:
        return []
    headline, near = around
    found: list[tuple[datetime, bool, bool]] = []
    # The line under the headline, whatever its class, where it opens with a date
    # ("22/11/2020 - 04:30 - Fonte: Agência Brasil", "Stand: 28.04.2020 18:00 Uhr"); where the
    # headline ends its wrapper, the line after the wrapper (up to two levels up).
    dateline, up = headline.getnext(), headline
    for _ in range(2):
        if dateline is not None or up.getparent() is None:
            break
        up = up.getparent()
        dateline = up.getnext()
    if dateline is not None and isinstance(dateline.tag, str):
        lines = [clean_text(dateline.text_content())]
        if len(dateline) and isinstance(dateline[0].tag, str):
            lines.append(clean_text(dateline[0].text_content()))  # its first item: "13 Oct 2020 18:29" | views
        for text in lines:
            if not CHANGE_LABEL.search(text[:30]):
                text = _DATELINE_LABEL.sub("", text)
            parsed = parse_printed(text, language) if len(text) <= 100 and text[:1].isdigit() else None
            if parsed:
                found.append((*parsed, True))
                break
    read = 0
    for element in near:
        names = " ".join(element.get(a, "") for a in ("class", "id", "itemprop"))
        labelled = _PUBLISHED_LABEL.match(element.text or "") is not None  # "publiziert am 25. September 2018"
        if element.tag != "time" and not _DATE_CLASS.search(names) and not labelled or _CHANGE_CLASS.search(names):
            continue
        attribute = element.get("datetime", "").strip()
        text = clean_text(element.text_content())
        if not (text or attribute):
            continue
        read += 1
        if read > PRINTED_SCAN:
            break
        if re.fullmatch(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d)?", attribute):  # local, no offset
            found.append((datetime.fromisoformat(attribute).replace(second=0), True, read <= PRINTED_OWN))
        elif len(text) <= 100:
            parsed = parse_printed(text, language)
            found += [(*parsed, read <= PRINTED_OWN)] if parsed else []
    return found


# A publication label opening an element's own text, whatever its class.
_PUBLISHED_LABEL = re.compile(r"\s*(?:published|posted|publiziert|veröffentlicht|publié|publicado|pubblicato|"
                              r"gepubliceerd|publicerad|julkaistu)\b(?:\s+(?:on|am|le|el|em|il|op|den))?\s*:?\s*\d",
                              re.IGNORECASE)
_DATELINE_LABEL = re.compile(r"^[^\d:|]{1,30}:\s*(?=\d)")  # "Stand: ", "Published: "


_SVG_TAGS = frozenset({"path", "g", "circle", "rect", "line", "polyline", "polygon", "ellipse", "use", "symbol",
                       "defs", "lineargradient", "radialgradient", "stop", "clippath", "mask", "pattern", "tspan"})
NEAR_ELEMENTS = 150  # how far from the headline, in elements of the page, a printed date may be


def _headline_block(headline: lxml.etree._Element) -> lxml.etree._Element:
    """The headline's own block: its grandparent, or its parent, below <body>; else itself."""
    return ([a for a in list(headline.iterancestors())[:2] if a.tag not in ("body", "html")][-1:] or [headline])[0]


# The page's headline and the elements near it (see _around_headline), computed on first call.
Around = Callable[[], tuple[lxml.etree._Element, list[lxml.etree._Element]] | None]


def _around_headline(tree: lxml.html.HtmlElement) -> tuple[lxml.etree._Element, list[lxml.etree._Element]] | None:
    """The article's headline and the elements near it (see _near), or None without an <h1>."""
    headlines = _headline_elements(tree)
    return (headlines[0], _near(headlines[0])) if headlines else None


def _near(headline: lxml.etree._Element) -> list[lxml.etree._Element]:
    """Elements within NEAR_ELEMENTS of the headline in page order, nearest first: the date
    sits just below the headline or just above it ("/ jueves 2 de abril de 2020"), though
    above only within the headline's own block (up to its grandparent), not in the site's
    navigation, which prints today's date."""
    block = _headline_block(headline)
    # An inline <svg> icon's hundreds of <path>s are no distance on the page (by tag: an
    # unclosed sprite <svg> can hold the rest of the page, headline included).
    nodes = [n for n in headline.getroottree().iter() if isinstance(n.tag, str) and n.tag not in _SVG_TAGS]
    at = nodes.index(headline)
    before = [n for n in nodes[max(0, at - NEAR_ELEMENTS):at] if any(a is block for a in n.iterancestors())]
    after = [n for n in nodes[at + 1:at + NEAR_ELEMENTS] if not any(a is headline for a in n.iterancestors())]
    ranked = [(len(before) - i, 1, n) for i, n in enumerate(before)] + [(i + 1, 0, n) for i, n in enumerate(after)]
    return [n for *_, n in sorted(ranked, key=lambda item: item[:2])]


# Offsets in use: whole hours from -12 to +14, and the half and three-quarter hours of India,
# Iran, Newfoundland, Nepal, Myanmar, central Australia and a few islands (in minutes).
_OFFSETS = frozenset(range(-12 * 60, 14 * 60 + 1, 60)) | {-570, -210, 210, 270, 330, 345, 390, 525, 570,
                                                       630, 765}


def _printed_offset(at: datetime, printed: list[tuple[datetime, bool, bool]]) -> int | None:
    """The publisher's offset, where a printed local time is the instant's wall clock."""
    for local, timed, _ in printed:
        if not timed:
            continue
        minutes = (local - at.replace(tzinfo=None, second=0, microsecond=0)).total_seconds() / 60
        if minutes in _OFFSETS and minutes:
            return int(minutes)
    return None


BLOCK_PAGE_WORDS = 80  # a bot wall says little; a story that quotes one says much more


def _refuse_block_page(tree: lxml.html.HtmlElement) -> None:
    """Reject a bot wall or challenge page served instead of the story (Incapsula's "Request
    unsuccessful", Cloudflare's "Just a moment..."): a page of a few words, its title or text
    one of the phrasings in transforms/data/block_pages.csv. Reason `blocked_page`."""
    words: list[str] = []
    for piece in tree.itertext():  # the first words only: a story's page is read no further
        words += piece.split()
        if len(words) > BLOCK_PAGE_WORDS:
            return
    if match := load_patterns("block_pages").search(" ".join(words)):
        raise Rejected("blocked_page", f"the site served a bot check, not the page: {match.group()!r}")


def parse_html(doc: RawDocument) -> Article:
    """Parse an HTML page into an Article (blocks, metadata, figure captions).

    Rejects: `unparseable_html` (lxml cannot build a tree), `blocked_page` (a bot wall served
    instead of the page), `no_body` (no main text found).
    """
    try:
        # Decoded already: tell lxml the bytes are UTF-8, or it guesses Latin-1 without a <meta>.
        tree = lxml.html.fromstring(doc.content.encode("utf-8"),
                                    parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise Rejected("unparseable_html", str(exc) or "empty document") from exc
    _refuse_block_page(tree)
    carded = _drop_hover_cards(tree)
    iconed = _drop_icon_names(tree)
    story = _one_story(tree)
    if (carded or iconed) and story is None:
        story = copy.deepcopy(tree)  # the page as trafilatura should read it (a copy: it edits what it reads)
    if (joined := _drop_caps_joined(tree if story is None else story)) is not None:
        story = joined
    extracted = bare_extraction(
        doc.content if story is None else story, url=doc.hints.url, with_metadata=True, include_comments=False,
        include_tables=True, include_images=False, deduplicate=False,
        date_extraction_params=_DATE_PARAMS,
    )
    ld = _article_jsonld(tree)
    blocks = _body_blocks(extracted.body) if extracted is not None and extracted.body is not None else []
    declared = ld.get("articleBody")
    declared_words = len(word_tokens(declared)) if isinstance(declared, str) else 0
    script_story: lxml.html.HtmlElement | None = None
    if not any(b.kind == "paragraph" for b in blocks) or declared_words >= DECLARED_MIN_WORDS and \
            sum(len(word_tokens(b.text)) for b in blocks if b.kind == "paragraph") < declared_words / 3:
        # A page built in the browser: the story is only in its scripts (or the markup holds a
        # scrap of it, a third or less of the text the page declares).
        script_blocks, script_story = _script_body(tree, ld)
        blocks = script_blocks or blocks
        if not any(b.kind == "paragraph" for b in blocks):
            raise Rejected("no_body", "no main text in the markup or the page's scripts")
        if extracted is None:
            extracted = extract_metadata(doc.content, default_url=doc.hints.url, date_config=_DATE_PARAMS)
    blocks = _continued(tree, blocks)
    blocks, linked, undeclared = _drop_furniture(blocks, tree, ld)
    # The page's own canonical link, then og:url, only where they name an article, not the site.
    declared = tree.xpath('//link[@rel="canonical"]/@href') + [_meta(tree, "og:url"), extracted.url]
    url = doc.hints.url or next((u for u in declared if is_article_url(u)), None)
    publisher_name = next((name for _, name in _names(ld.get("publisher"))), "") if ld.get("publisher") else ""
    # The page's <title>, also where a malformed <head> left it in the body (not an icon's <svg><title>).
    page_title = next((t.text_content() for t in tree.iter("title")
                       if not any(a.tag == "svg" for a in t.iterancestors())), None)
    declared = [t for t in (_fixed(ld.get("headline")), _meta(tree, "og:title", "twitter:title"),
                            _fixed(page_title)) if t]
    visible = _visible_headlines(tree)
    # trafilatura's title is read from those and the <h1>s: a copy of one is no second witness
    # (it repeats a JSON-LD headline "escenic", a CMS's name; a section's <h1>, "Allergies
    # Health Center"), only a title none of them gives.
    if extracted.title and comparison_key(extracted.title) not in map(comparison_key, declared + visible):
        declared.append(_fixed(extracted.title))
    site_name = _meta(tree, "og:site_name")
    sites = [doc.hints.outlet or site_name or publisher_name or "", extracted.sitename or "", extracted.hostname or ""]
    title = doc.hints.title or _printed_title(choose_headline(visible, declared, sites), declared, sites, tree)
    outlet = doc.hints.outlet or choose_outlet([site_name, publisher_name], extracted.sitename, extracted.hostname,
                                               [*declared, title])
    # The headline (the title chosen, the printed <h1> where that is another wording, or the
    # JSON-LD alternativeHeadline printed with its kicker glued on: 20 Minuten's "Europäische
    # KommissionVerfahren: …") read as the body's first lines: by its letters, not its spacing.
    alternative = _fixed(ld.get("alternativeHeadline")) or ""  # (some CMSs put the standfirst there)
    alternative = alternative if len(alternative.split()) <= ALTERNATIVE_HEADLINE_WORDS \
        and not alternative.rstrip().endswith(".") else ""
    headlines = {_letters(v) for v in [*visible[:1], title, alternative] if v}
    opening = [b for b in blocks[:HEADLINE_REPEAT_WINDOW] if _letters(b.text) in headlines]
    blocks = [b for b in blocks[:HEADLINE_REPEAT_WINDOW] if b not in opening] + blocks[HEADLINE_REPEAT_WINDOW:]
    # The page's elements in reading order, numbered once and only where a rule compares places.
    order: PageOrder = functools.cache(lambda: {e: i for i, e in enumerate(tree.iter()) if isinstance(e.tag, str)})
    labels = _section_labels(tree, blocks, headlines, order)
    blocks = blocks[len(labels):]
    descriptions = [_fixed(ld.get("description")), _meta(tree, "og:description"),
                    _meta(tree, "description"), _fixed(extracted.description)]
    header = [Block("title", title)] if title else []
    captions = extract_captions(tree)
    if script_story is not None:  # a story the scripts carry: its figures, with the page's own
        printed = {comparison_key(c.text) for c in captions}
        captions += [c for c in extract_captions(script_story) if comparison_key(c.text) not in printed]
    # The headline and the elements near it, found once and only where asked for (dek, dates).
    around: Around = functools.cache(lambda: _around_headline(tree))
    dek = _dek([d for d in descriptions if d], title, blocks, tree, captions, around)
    above: list[Block] = []
    if dek:
        header.append(Block("dek", dek))
        above = _above_dek(tree, blocks, dek, title, order)
        blocks = blocks[len(above):]

    # The publisher a <meta name="organization"> declares (the meta author "Faro de Vigo" is the paper).
    people, agencies = _credits(doc, ld, tree, extracted.author,
                                [outlet or "", *sites, publisher_name, _meta(tree, "organization", "publisher") or ""])
    blocks = _syndication_credit(doc.content, tree, blocks, [outlet or "", urlsplit(url or "").hostname or ""])

    language = doc.hints.language or (tree.get("lang") or extracted.language or "").strip() or None
    published_at, published_offset, date_source = _published(doc, ld, tree, extracted.date, url, language, around)
    return Article(
        source_uri=doc.source_uri,
        raw_sha256=doc.raw_sha256,
        blocks=tuple(header + blocks),
        url=url,
        outlet=outlet,
        authors=tuple(people),
        published_at=published_at,
        published_offset=published_offset,
        date_source=date_source,
        language=language,
        captions=tuple(captions),
        wire_agencies=tuple(agencies),
        removed=tuple((reason, n) for reason, n in (("repeated_block", len(opening)), ("section_label", len(labels)),
                                                    ("header_line", len(above)),
                                                    ("link_block", linked),
                                                    ("undeclared_block", undeclared)) if n),
    )


# Words of a syndication credit (transforms.credits.syndication_source), to find its line fast.
_SYNDICATION_WORDS = re.compile(r"originally|first\s+(?:published|appeared)|republi|reprinted|provided\s+by|"
                                r"distributed|zuerst|ursprünglich|erstmals|originalmente|initialement|d['’]abord|"
                                r"originariamente", re.IGNORECASE)
# The same words as plain strings, to skip pages without them fast (a regular expression run on a
# whole page costs more than looking for the line in its tree).
_SYNDICATION_STEMS = ("originally", "first pub", "first app", "republi", "reprint", "provided by", "distributed",
                      "zuerst", "ursprünglich", "erstmals", "originalmente", "initialement", "abord", "originariamente")
_SYNDICATION_LINE_TAGS = frozenset({"p", "div", "section", "small", "span", "em", "i", "strong", "b"})
# Not the story's own credit: a picture's credit ("© Provided by Business Insider Inc" on MSN), a
# widget's, a teaser's.
_NOT_STORY_CREDIT = re.compile(r"caption|credit|attribution|image|photo|media|comment|related|promo|newsletter|"
                               r"widget|sponsor|footer|copyright|more|stories|teaser|recommend", re.IGNORECASE)
SYNDICATION_CLASS_LEVELS = 4  # the line and its nearest containers: a <body> class says nothing of it
SYNDICATION_STORY_LEVELS = 4  # containers of the story's first paragraph one of which holds the credit
SYNDICATION_LINE_NODES = 12  # elements in a line of credit ("Provided by <a>…</a>"), at most


def _syndication_credit(html: str, tree: lxml.html.HtmlElement, blocks: list[Block], own: list[str]
                        ) -> list[Block]:
    """Blocks with the page's syndication credit ("This post originally appeared on Grist.",
    phys.org's "Provided by European Space Agency") added where the extractor left it out: the
    first such line printed on its own near the story (in a container of its first paragraph,
    SYNDICATION_STORY_LEVELS up), outside navigation, lists, captions and widgets, before the
    story's text when the page prints it there, else after it."""
    lowered = html.lower()
    if not any(stem in lowered for stem in _SYNDICATION_STEMS) \
            or any(syndication_source(b.text) for b in blocks if b.kind == "paragraph"):
        return blocks
    body = next(iter(tree.iter("body")), tree)
    first = next((b.text for b in blocks if b.kind == "paragraph"), "")[:60]
    lead = next((p for p in body.iter("p") if first and _text(p).startswith(first)), None)
    if lead is None:
        return blocks
    near = {a for a in itertools.islice(lead.iterancestors(), SYNDICATION_STORY_LEVELS)
            if a.tag not in ("body", "html", "main")}
    found: lxml.etree._Element | None = None
    tried: set[lxml.etree._Element] = set()
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "noscript", "template"):
            continue
        if not any(_SYNDICATION_WORDS.search(t or "") for t in (element.text, *(c.tail for c in element))):
            continue
        line = next((e for e in (element, *element.iterancestors()) if e.tag in _SYNDICATION_LINE_TAGS), None)
        if line is None or line in tried:
            continue
        tried.add(line)
        # A line, not a container: a few nodes (a page of 4,000 matching links in one <div> read
        # that <div>'s text once per link).
        if next(itertools.islice(line.iter(), SYNDICATION_LINE_NODES, None), None) is not None \
                or near.isdisjoint(line.iterancestors()) \
                or any(a.tag in _OUTSIDE_STORY or a.tag in ("li", "ul", "ol") for a in line.iterancestors()) \
                or any(_NOT_STORY_CREDIT.search(f"{a.get('class') or ''} {a.get('id') or ''}")
                       for a in itertools.islice((line, *line.iterancestors()), SYNDICATION_CLASS_LEVELS)):
            continue
        if syndication_source(_text(line), own):
            found = line
            break
    if found is None:
        return blocks
    credit = Block("paragraph", _text(found))
    if any(comparison_key(credit.text) in comparison_key(b.text) for b in blocks):
        return blocks  # the extractor kept it inside a longer paragraph
    before = next(e for e in body.iter() if e is found or e is lead) is found
    return [credit, *blocks] if before else [*blocks, credit]


CONTINUED_LEVELS = 6  # ancestors of the story's container searched for its continuations
CONTINUED_SHARE = 0.25  # words the continuations must add, as a share of the text extracted
CHUNK_MIN_SENTENCES = 2  # paragraphs of CHUNK_SENTENCE_WORDS+ ending like a sentence in a chunk
CHUNK_SENTENCE_WORDS = 12
_CONTINUED_TAGS = ("p", "h2", "h3", "h4", "blockquote", "li")
_OUTSIDE_STORY = frozenset({"aside", "nav", "footer", "header", "form", "figure", "figcaption"})


def _continued(tree: lxml.html.HtmlElement, blocks: list[Block]) -> list[Block]:
    """The story's other chunks, where the page splits its text into sibling containers of one
    class between ad slots (Condé Nast's `<div class="body__container">` × n in
    `article__chunks`) and trafilatura kept only one of them: the paragraphs of the other
    elements of the same tag and class near the container holding most of the extracted
    paragraphs, added before or after its blocks in page order. Only chunks of story text
    count (CHUNK_MIN_SENTENCES sentences of some length: not a product box or a pull quote),
    and only where they add CONTINUED_SHARE of the words, a story cut short rather than a
    box beside it. Written by hand: trafilatura scores each candidate container alone."""
    keys = {comparison_key(b.text) for b in blocks if b.kind == "paragraph"}
    holders: dict[lxml.etree._Element, int] = {}
    for element in tree.iter("p"):
        if comparison_key(_text(element)) in keys:
            holders[element.getparent()] = holders.get(element.getparent(), 0) + 1
    body = max(holders, key=holders.__getitem__, default=None)
    names = body.get("class", "").split() if body is not None else []
    if not names or holders[body] < 2:
        return blocks
    for ancestor in itertools.islice(body.iterancestors(), CONTINUED_LEVELS):
        chunks = [e for e in ancestor.iter(body.tag) if e is not body and e.get("class", "").split() == names
                  and not any(a is body or a.get("class", "").split() == names for a in e.iterancestors())
                  and body not in e.iterdescendants()]
        if chunks:
            break
    else:
        return blocks
    order = {element: i for i, element in enumerate(ancestor.iter())}
    before: list[Block] = []
    after: list[Block] = []
    for chunk in chunks:
        if any(a.tag in _OUTSIDE_STORY or _TEASER_BOX.search(a.get("class", "") + " " + a.get("id", ""))
               for a in itertools.takewhile(lambda a: a is not ancestor, [chunk, *chunk.iterancestors()])):
            continue
        found = []
        for element in chunk.iter(*_CONTINUED_TAGS):
            inside = itertools.takewhile(lambda a: a is not chunk, element.iterancestors())
            text = _text(element)
            if text and comparison_key(text) not in keys and not any(
                    a.tag in _CONTINUED_TAGS or a.tag in _OUTSIDE_STORY or _caption_classed(a.get("class", ""))
                    for a in inside):
                found.append(Block("subhead" if element.tag[0] == "h" else "paragraph", text))
        if sum(b.kind == "paragraph" and len(word_tokens(b.text)) >= CHUNK_SENTENCE_WORDS
               and ends_like_sentence(b.text) for b in found) >= CHUNK_MIN_SENTENCES:
            keys.update(comparison_key(b.text) for b in found)
            (before if order[chunk] < order[body] else after).extend(found)
    extracted = sum(len(word_tokens(b.text)) for b in blocks if b.kind == "paragraph")
    if sum(len(word_tokens(b.text)) for b in before + after) < CONTINUED_SHARE * extracted:
        return blocks
    own = {comparison_key(_text(e)) for e in body.iter("p")}
    at = [i for i, b in enumerate(blocks) if comparison_key(b.text) in own]
    return blocks[:at[0]] + before + blocks[at[0]:at[-1] + 1] + after + blocks[at[-1] + 1:]


def _one_story(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """For trafilatura, where several top-level <article> elements carry their own <h1> (the
    next story appended below, as infinite-scroll pages do): a copy of the page keeping only
    the article of the first <h1>. None where the page holds one story."""
    def stories(page: lxml.html.HtmlElement) -> list[lxml.etree._Element]:
        return [a for a in page.iter("article")
                if a.find(".//h1") is not None and not any(x.tag == "article" for x in a.iterancestors())]

    first = next(tree.iter("h1"), None)
    if first is None or len(found := stories(tree)) < 2 or not any(first in a.iterdescendants() for a in found):
        return None
    page = copy.deepcopy(tree)
    first = next(page.iter("h1"))
    for story in stories(page):
        if first not in story.iterdescendants():
            story.drop_tree()  # keeps its tail text
    return page


_DROP_CAP = re.compile(r"drop-?cap|initial-letter|first-?letter", re.IGNORECASE)


def _drop_caps_joined(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """For trafilatura, where a paragraph's drop cap is set apart from the rest of its first
    word by a space the page's CSS hides (Taz: `<span class="initial-letter">N</span></span>
    <span>a endlich!`, read "N a endlich!"): a copy of the page without that space. None where
    no drop cap is followed by one."""
    def spaced(tree: lxml.html.HtmlElement) -> list[lxml.etree._Element]:
        found = []
        for cap in tree.xpath("//body//*[@class]"):
            if not _DROP_CAP.search(cap.get("class", "")):
                continue
            letter = cap.text_content().strip()
            if len(letter) > 2 or not letter.isalpha():
                continue
            while (parent := cap.getparent()) is not None and parent.text_content().strip() == letter:
                cap = parent  # the wrapper holding the letter alone
            if cap.tail is not None and cap.tail.isspace() or cap.tail and cap.tail[:1].isspace():
                found.append(cap)
        return found

    if not spaced(tree):
        return None
    page = copy.deepcopy(tree)
    for cap in spaced(page):
        cap.tail = cap.tail.lstrip()
        following = cap.getnext()
        if not cap.tail and following is not None and following.text:
            following.text = following.text.lstrip()
    return page


# A hover card inside a paragraph: a name's biography and links to other stories, which the
# page's CSS shows on a hover (The Hill's <span class="rollover-people-block">).
_HOVER_TRIGGER = re.compile(r"trigger|link|term|anchor|word", re.IGNORECASE)
_HOVER_CARD = re.compile(r"(?:rollover|hover|tooltip|popover)[\w-]*?(?:block|card|content|body|box|panel)|hovercard",
                         re.IGNORECASE)


def _drop_hover_cards(tree: lxml.html.HtmlElement) -> bool:
    """Take the hover cards out of the page's paragraphs (whether there were any): trafilatura,
    and the rules that compare its text with the page's, would read their text into the
    sentence ("Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor doubles down …")."""
    def card(e: lxml.etree._Element) -> bool:
        """A card beside its trigger inside a wrapper (the name linked, then the card), not a
        link or the term itself: the text printed in the sentence stays."""
        parent = e.getparent()
        return (e.tag != "a" and _HOVER_CARD.search(e.get("class", "")) is not None
                and not _HOVER_TRIGGER.search(e.get("class", "")) and parent is not None and parent.tag != "p"
                and bool((parent.text or "").strip() or e.getprevious() is not None))

    cards = [e for e in tree.xpath("//body//p//*[@class]") if card(e)]
    for card in cards:
        card.drop_tree()  # keeps its tail text
    return bool(cards)


# An icon font's glyph, named in the text it draws ("bookmark_border", "chevron_right"): Google's
# Material Icons and Material Symbols classes.
_ICON_FONT_CLASS = re.compile(r"(?:^|\s)material-(?:icons|symbols)[\w-]*(?:$|\s)")


def _drop_icon_names(tree: lxml.html.HtmlElement) -> bool:
    """Take out the names an icon font's elements hold for their glyphs (whether there were
    any), which read as words: nachrichten.at's "bookmark_border Auf die Merkliste", a "lock"
    inside a headline."""
    icons = [e for e in tree.xpath("//body//*[contains(@class, 'material-')]")
             if _ICON_FONT_CLASS.search(e.get("class", "")) and len(e) == 0 and (e.text or "").strip()]
    for icon in icons:
        icon.text = None  # its tail, the label printed beside it, stays
    return bool(icons)


_JS_STRING = re.compile(r'"((?:[^"\\]|\\.){200,})"')
_HTML_P = re.compile(r"<p[\s>]", re.IGNORECASE)
_ESCAPED_LT = re.compile(r"\\u003[cC]|\\x3[cC]")
SCRIPT_BODY_MIN_P = 3  # <p> elements a script's string must hold to be read as the story
SCRIPT_BODY_MIN_WORDS = 50  # words a declared articleBody must have to stand in for the markup


def _script_body(tree: lxml.html.HtmlElement, ld: dict[str, Any]
                 ) -> tuple[list[Block], lxml.html.HtmlElement | None]:
    """The story as the page's scripts carry it, for pages rendered in the browser (the markup
    holds no text): JSON-LD articleBody, else the longest string in an inline script that is
    HTML with at least SCRIPT_BODY_MIN_P paragraphs (Next.js, Nuxt state). With the blocks,
    that HTML as a page of its own (None for articleBody's plain text): its figures' captions
    are the story's too."""
    declared = ld.get("articleBody")
    if isinstance(declared, str) and len(declared.split()) >= SCRIPT_BODY_MIN_WORDS:
        return [Block("paragraph", clean_text(line)) for line in declared.splitlines() if line.strip()], None
    best = ""
    for script in tree.xpath("//script[not(@src)]"):
        for literal in _JS_STRING.findall(script.text or ""):
            if len(literal) <= len(best) or len(_HTML_P.findall(_ESCAPED_LT.sub("<", literal))) < SCRIPT_BODY_MIN_P:
                continue
            try:  # JavaScript's "\x3C" is no JSON escape: as "\u003C"
                value = json.loads('"' + re.sub(r"\\x([0-9a-fA-F]{2})", r"\\u00\1", literal) + '"')
            except ValueError:
                continue
            if len(_HTML_P.findall(value)) >= SCRIPT_BODY_MIN_P:
                best = value
    if not best:
        return [], None
    try:
        story = lxml.html.document_fromstring(f"<html><body>{best}</body></html>")
    except (lxml.etree.ParserError, ValueError):
        return [], None
    blocks = []
    for element in story.iter("p", "h2", "h3", "h4", "li", "blockquote"):
        if any(a.tag in ("p", "li", "blockquote") for a in element.iterancestors()) or any(
                _caption_classed(a.get("class", "")) for a in [element, *element.iterancestors()]):
            continue
        text = _text(element)
        if text:
            blocks.append(Block("subhead" if element.tag[0] == "h" else "paragraph", text))
    return (blocks, story) if any(b.kind == "paragraph" for b in blocks) else ([], None)


LINK_DENSE = 0.8  # share of an element's text inside links that makes it a link block
LINK_BLOCK_MIN_WORDS = 4  # shorter blocks ("Read more") are left to the boilerplate list
_LINK_BLOCK_TAGS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dd", "dt",
                              "blockquote", "div", "span", "a", "section", "article", "strong", "em", "b",
                              "figcaption"})


def _link_dense_texts(tree: lxml.html.HtmlElement, longest: int) -> set[str]:
    """Comparison keys of the page's block elements whose text sits at least LINK_DENSE inside
    links to other pages (an <a href> that is not an in-page "#anchor"): teasers of other
    stories, related lists. Counted in one pass, without recursion (pages nest deeply); only
    elements with at most `longest` characters of text (the longest block asked about) are keyed."""
    body = tree.find("body")
    if body is None:
        return set()
    order = [el for el in body.iter() if isinstance(el.tag, str)]
    hidden: dict[Any, bool] = {}
    linked: dict[Any, bool] = {}
    counts: dict[Any, list[int]] = {}
    for el in order:
        parent = el.getparent() if el is not body else None
        hidden[el] = el.tag in _INVISIBLE_TAGS or hidden.get(parent, False)
        href = (el.get("href") or "").strip() if el.tag == "a" else ""
        linked[el] = linked.get(parent, False) or (href != "" and not href.startswith("#"))
        # Its own text: before its first child, and after any comment inside it (Svelte's
        # "<!-- HTML_TAG_START -->text<!-- HTML_TAG_END -->" puts a paragraph's words there).
        own = 0 if hidden[el] else len((el.text or "").strip()) + sum(
            len((child.tail or "").strip()) for child in el if not isinstance(child.tag, str))
        counts[el] = [own if linked[el] else 0, own]
    for el in reversed(order):  # children before their parents
        parent = el.getparent()
        if el is body or hidden[el] or parent not in counts:
            continue
        tail = len((el.tail or "").strip())
        counts[parent][0] += counts[el][0] + (tail if linked[parent] else 0)
        counts[parent][1] += counts[el][1] + tail
    # (a <br> between links is a space in the text read: "… jibe [INSIGHT]|<br><a>Lakers vs Nets …")
    return {comparison_key(_text(el) if next(el.iter("br"), None) is not None else el.text_content())
            for el in order if el.tag in _LINK_BLOCK_TAGS and 0 < counts[el][1] <= longest
            and counts[el][0] >= LINK_DENSE * counts[el][1]}


_PAGE_LINK = re.compile(r"\s*(?!#|mailto:|tel:|javascript:)\S", re.IGNORECASE)  # a link to a page, not an address
# A page's side column ("sidebar", "rightBx", "right-rail"), not "centerRightWrap" holding the
# story too, nor CNN's "pg-rail-tall__body" (a bare "rail" names main columns as well).
_SIDE_COLUMN = re.compile(r"(?<![a-z])(?:side-?bar|(?:right|left)[-_]?(?:bx|box|col|column|wrap|rail|side))(?![a-z])",
                          re.IGNORECASE)


def _side_column_texts(tree: lxml.html.HtmlElement) -> set[str]:
    """Comparison keys of texts printed only in the page's side columns (WinFuture's
    `<div class="rightBx">`: "Neue Vodafone-Bilder", "Beiträge aus dem Forum", offers), which
    trafilatura keeps after the story. A column holding the page's <h1> or paragraphs of text is
    the story's ("l-sidebar-fixed l-article-body-segment"), and the caller keeps everything
    where this would take half the text."""
    return _printed_only_in(tree, [
        e for e in tree.xpath("//body//*[@class]") if _SIDE_COLUMN.search(e.get("class", ""))
        and not any(a.tag in ("article", "main") for a in e.iterancestors())
        and next(e.iter("h1", "article", "main"), None) is None  # not the page's own column
        and sum(1 for x in e.iter("p") if len(word_tokens(_text(x))) >= CHUNK_SENTENCE_WORDS) < 2])


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _hidden_metadata(tree: lxml.html.HtmlElement) -> set[str]:
    """Comparison keys of the texts a page prints only inside hidden microdata, the schema.org
    copy of its metadata kept for crawlers (`<div style="display:none" itemscope
    itemtype="…/NewsArticle">`: keywords, dates, the publisher's name), which trafilatura
    reads as text. Only microdata: a hidden box may be the rest of the story, shown on a click."""
    return _printed_only_in(tree, [e for e in tree.xpath("//body//*[@itemscope][@style]")
                                   if _HIDDEN_STYLE.search(e.get("style", ""))])


def _video_captions(tree: lxml.html.HtmlElement) -> list[str]:
    """Comparison keys of the descriptions the page declares for its videos (JSON-LD
    VideoObject) where it prints one as a player's caption: followed by the video's date and
    length ("21.04.2024 | 3:18 min"). A description printed otherwise may be the story's lead
    itself (the Daily Mail declares its lead as the description of the video beside it)."""
    described = {key for o in _jsonld_objects(tree) if "videoobject" in _types(o)
                 and len(key := comparison_key(_fixed(o.get("description")) or "")) >= VIDEO_DESCRIPTION_CHARS}
    if not described:
        return []
    found = set()
    for element in tree.xpath("//body//*[text()]"):
        if element.tag not in _INVISIBLE_TAGS and (key := comparison_key(element.text_content())) in described:
            label = element.getnext()
            if label is not None and _VIDEO_LABEL.fullmatch(comparison_key(label.text_content())):
                found.add(key)
    return sorted(found)


VIDEO_DESCRIPTION_CHARS = 40  # shorter descriptions ("Video") could begin any paragraph
# What a player prints after a video's description: its date and length ("21.04.2024 | 3:18 min").
_VIDEO_LABEL = re.compile(r"[\d\s.,:/|·•-]*\d(?::\d{2})+\s*(?:min|sec|sek|s)?\.?")


def _video_caption(key: str, videos: list[str]) -> bool:
    """Whether a block is a player's caption (see _video_captions), with its label or without."""
    return any(key.startswith(d) and (key == d or _VIDEO_LABEL.fullmatch(key[len(d):])) for d in videos)


# The author's biography box under (or beside) the story: Future plc's "author__biography",
# WordPress themes' "author-bio", "about-the-author", "author-box".
# One class name read whole, by its parts ("author__bio-wrapper"; not WordPress's "tag-autobiography").
_AUTHOR_BIO = re.compile(r"(?!(?:tag|category|cat)[-_])(?:\w+[-_]+)*?(?:author[-_]*(?:bio|box|info|about)|"
                         r"about[-_]*(?:the[-_]*)?author|(?:author[-_]*)?biography)(?:[-_]+\w+)*", re.IGNORECASE)
AUTHOR_BIO_PARAGRAPHS = 4  # a box holding more is no biography (or holds the story too)


def _author_bios(tree: lxml.html.HtmlElement) -> set[str]:
    """Comparison keys of the paragraphs of the author's biography boxes ("A 38-year industry
    veteran and award-winning journalist, Lance has covered technology …"): about the writer,
    not the story. Not a box holding a headline or more than a few paragraphs."""
    found: set[str] = set()
    for box in tree.xpath("//body//*[@class]"):
        if not any(_AUTHOR_BIO.fullmatch(c) for c in box.get("class", "").split()) \
                or box.tag in ("body", "main", "article", "a", "span"):
            continue
        paragraphs = [p for p in box.iter("p") if _text(p).strip()]
        if len(paragraphs) > AUTHOR_BIO_PARAGRAPHS or next(box.iter("h1"), None) is not None:
            continue
        found |= {comparison_key(_text(p)) for p in paragraphs}
    return found


# A prompt's button: a link styled as one whose address carries a campaign's tracking parameter
# (taz's "Jetzt unterstützen" …?pk_campaign=…, National Review's "LEARN MORE" …?utm_campaign=…).
# Both together, not either: story text links with tracking parameters, and "button" links to
# galleries or comments, are common; a styled link that a campaign counts is the publisher's ask.
_CAMPAIGN_LINK = re.compile(r"[?&#](?:utm|pk|mtm)_campaign=|#matomo:|[?&](?:campaign|cmpid)=", re.IGNORECASE)
_BOX_TAGS = frozenset({"div", "section", "aside", "form", "footer"})
PROMPT_BOX_WORDS = 250  # a subscription or donation prompt is short; a box holding more holds the story


def _prompt_texts(tree: lxml.html.HtmlElement) -> set[str]:
    """Comparison keys of the texts of the publisher's prompts: the box around a campaign's
    button (see _CAMPAIGN_LINK), with the heading its parent sets above it ("Something to
    Consider"). trafilatura keeps taz's "Links lesen, Rechts bekämpfen" appeal after the story.
    Not a box holding a headline or more than PROMPT_BOX_WORDS words."""
    found: set[str] = set()
    for link in tree.iter("a"):
        if not ((_BUTTON_CLASS.search(link.get("class", "")) or link.get("role") == "button")
                and _CAMPAIGN_LINK.search(link.get("href", ""))):
            continue
        box = next((a for a in link.iterancestors() if a.tag in _BOX_TAGS), None)
        if box is None:
            continue
        # the parent's heading titles the prompt when it adds no paragraph of its own
        parent = box.getparent()
        while parent is not None and parent.tag in _BOX_TAGS and all(
                c is box or not isinstance(c.tag, str) or c.tag in _ANY_HEADING
                for c in parent):
            box, parent = parent, parent.getparent()
        if len(word_tokens(_text(box))) > PROMPT_BOX_WORDS or next(box.iter("h1"), None) is not None:
            continue
        found |= {k for e in box.iter() if isinstance(e.tag, str) and (k := comparison_key(_text(e)))}
    return found


def _tags(tree: lxml.html.HtmlElement) -> list[str]:
    """Comparison keys of the page's tags: the links HTML marks `rel="tag"`, longest first."""
    keys = {comparison_key(_text(a)) for a in tree.xpath("//body//a[@rel]") if "tag" in a.get("rel", "").split()}
    return sorted((k for k in keys if k), key=len, reverse=True)


TAG_LIST_MIN = 2  # tags a line must hold to be the page's list of them
_TAG_LIST_REST = re.compile(r"(?:tags?|schlagworte|etiquetas|tópicos|mots-clés)?\s*:?|[\s,;|/·•]+")


def _tag_list(key: str, tags: list[str]) -> bool:
    """Whether a block is the page's tag list: TAG_LIST_MIN tags or more and nothing else but
    their separators and a "Tags" label ("calendario stock car 2018, stock car brasil, …",
    which trafilatura keeps as a paragraph after the story)."""
    found = 0
    for tag in tags:
        if tag in key:
            key, found = key.replace(tag, " "), found + 1
    return found >= TAG_LIST_MIN and not _TAG_LIST_REST.sub("", key)


def _own_text(element: lxml.etree._Element) -> str:
    """An element's text without its child elements' (their tails, which are its own, stay)."""
    return " ".join([element.text or "", *(c.tail or "" for c in element)])


def _printed_only_in(tree: lxml.html.HtmlElement, boxes: list[lxml.etree._Element]) -> set[str]:
    """Comparison keys of the texts in the boxes that the page prints nowhere outside them (its
    text outside the boxes read in order, so a paragraph with links inside it counts whole).
    The texts: the innermost elements' and, of an element holding others, its own lines
    (WinFuture's "Sie wollen online einkaufen? … Vielen Dank!" around a list of shop links)."""
    held = set(boxes)
    inside = {k for box in boxes if not any(a in held for a in box.iterancestors()) for e in box.iter()
              if isinstance(e.tag, str) and (k := comparison_key(
                  _own_text(e) if any(isinstance(c.tag, str) for c in e) else _text(e)))}
    body = tree.find("body")
    if not inside or body is None:
        return set()
    outside: list[str] = []
    walker = lxml.etree.iterwalk(body, events=("start", "end"))
    for event, element in walker:
        if event == "start" and isinstance(element.tag, str):
            if element in held or element.tag in _INVISIBLE_TAGS:
                walker.skip_subtree()  # its "end" event still comes, with its tail
            else:
                outside.append(element.text or "")
        elif event == "end" and element is not body:
            outside.append(element.tail or "")
    shown = comparison_key(" ".join(outside))
    return {k for k in inside if k not in shown}


CARD_LEVELS = 3  # ancestors of a paragraph searched for the card of another story it sits in


def _in_card(element: lxml.etree._Element) -> bool:
    """The element is the lead of another story's card (a "Czytaj więcej" box in the text:
    the other story's picture, its headline as a link, its lead as a plain <p>): its box,
    within CARD_LEVELS, holds before it a link of a headline's length to another page and no
    other paragraph of text."""
    for box in itertools.islice(element.iterancestors(), CARD_LEVELS):
        if box.tag in ("body", "main", "article") or any(
                other is not element and len(word_tokens(_text(other))) >= LINK_BLOCK_MIN_WORDS
                for other in box.iter("p")):
            return False
        before = itertools.takewhile(lambda e: e is not element, box.iter())
        if any(e.tag == "a" and _PAGE_LINK.match(e.get("href") or "")
               and len(e.text_content().split()) >= LINK_BLOCK_MIN_WORDS and _headline_link(e, element) for e in before):
            return True
    return False


def _headline_link(link: lxml.etree._Element, element: lxml.etree._Element) -> bool:
    """Whether a link before `element` is a card's headline: set in a block of its own that is
    mostly the link, or the element is a card itself (a headline link, then its lead, in one
    <div>: PanArmenian's list) -- not a link inside another paragraph of a story set in <div>s."""
    block = next((a for a in link.iterancestors() if a.tag in ("p", "div", "li")), None)
    # (the block's text without the element: a card's text box holds the headline and the lead)
    if block is None or _linked(block, _text(block, frozenset({element})).replace(SKIPPED, "")):
        return True
    opening = next((a for a in element.iter("a") if _PAGE_LINK.match(a.get("href") or "")), None)  # the element's own headline
    return (opening is not None and len(opening.text_content().split()) >= LINK_BLOCK_MIN_WORDS
            and _text(element).startswith(_text(opening)))


def _card_leads(tree: lxml.html.HtmlElement, keys: set[str]) -> set[str]:
    """Comparison keys of the paragraphs among `keys` printed only as the lead of another
    story's card (_in_card), not also as the story's own (its lead listed in a card of the
    site's latest stories). The link-dense rule takes the card's headline; its lead has no
    link of its own and needs this one."""
    found: set[str] = set()
    printed: set[str] = set()
    # (a <p>, or a <div> holding no block of its own: Drupal prints a teaser's lead in a
    # <div class="field-item">)
    for paragraph in tree.iter("p", "div"):
        if paragraph.tag == "div" and next(paragraph.iterdescendants("p", "div"), None) is not None:
            continue
        if (key := comparison_key(_text(paragraph))) in keys:
            (found if _in_card(paragraph) else printed).add(key)
    return found - printed


DECLARED_MIN_WORDS = 100  # an articleBody this long is the publisher's own copy of the text
DECLARED_SHARE = 0.7  # ... and is trusted where it holds this share of the extracted words


def _drop_furniture(blocks: list[Block], tree: lxml.html.HtmlElement, ld: dict[str, Any]
                    ) -> tuple[list[Block], int, int]:
    """Blocks that are page furniture, not the story: (kept blocks, link blocks dropped,
    undeclared blocks dropped).

    - Link blocks: paragraphs and subheads whose text on the page is mostly link text
      (teasers of other stories, "related" lists).
    - Where the page declares its text (JSON-LD articleBody) and that text holds most of the
      extracted words: paragraphs between the first and the last declared ones that it does
      not hold (donation and newsletter prompts, embed placeholders, affiliate boxes). Leads
      and subheads stay (articleBody often leaves them out), and so does what follows the last
      declared paragraph (a truncated articleBody, as paywalled pages declare).
    Neither rule may take more than half of the paragraph words: then the page's markup, not
    the text, is odd, and everything stays.
    """
    def words(kept: list[Block]) -> int:
        return sum(len(word_tokens(b.text)) for b in kept if b.kind == "paragraph")

    hidden = _hidden_metadata(tree)
    if hidden:
        blocks = [b for b in blocks if comparison_key(b.text) not in hidden]
    if videos := _video_captions(tree):
        blocks = [b for b in blocks if not _video_caption(comparison_key(b.text), videos)]
    if tags := _tags(tree):
        blocks = [b for b in blocks if not _tag_list(comparison_key(b.text), tags)]
    # The author's biography box, the side columns and the publisher's prompts: their texts go,
    # unless they are half the words.
    for boxed in (_author_bios(tree), _side_column_texts(tree), _prompt_texts(tree)):
        kept_blocks = [b for b in blocks if comparison_key(b.text) not in boxed]
        blocks = kept_blocks if words(kept_blocks) >= 0.5 * words(blocks) else blocks
    asked = [b for b in blocks if b.kind in ("paragraph", "subhead") and len(word_tokens(b.text)) >= LINK_BLOCK_MIN_WORDS]
    # (with room: the page's text holds spaces, soft hyphens and the like that cleaning took out)
    dense = _link_dense_texts(tree, 2 * max((len(b.text) for b in asked), default=0)) if asked else set()
    # (a card's short lines too: its date, "05/12/2020 - 15:10", left alone by the headline's link)
    cards = _card_leads(tree, {comparison_key(b.text) for b in blocks if b.kind == "paragraph"})
    asked_ids = {id(b) for b in asked}
    kept = [b for b in blocks if not (id(b) in asked_ids and comparison_key(b.text) in dense
                                      or b.kind == "paragraph" and comparison_key(b.text) in cards)]
    if words(kept) < 0.5 * words(blocks):
        kept = blocks
    declared = ld.get("articleBody")
    tokens = word_tokens(declared) if isinstance(declared, str) else []
    if len(tokens) >= DECLARED_MIN_WORDS:
        joined, bag = " ".join(tokens), set(tokens)

        def present(block: Block) -> bool:
            own = word_tokens(block.text)
            return not own or " ".join(own) in joined or (
                len(own) >= 8 and sum(t in bag for t in own) >= 0.9 * len(own))

        text = [b for b in kept if b.kind in ("paragraph", "subhead")]
        flags = [present(b) for b in text]
        share = sum(len(word_tokens(b.text)) for b, f in zip(text, flags) if f)
        total = sum(len(word_tokens(b.text)) for b in text)
        if total and share >= DECLARED_SHARE * total and True in flags:
            first, last = flags.index(True), len(flags) - 1 - flags[::-1].index(True)
            absent = {id(b) for i, (b, f) in enumerate(zip(text, flags))
                      if not f and first < i < last and b.kind == "paragraph"}
            filtered = [b for b in kept if id(b) not in absent]
            if words(filtered) >= 0.5 * words(blocks):
                undeclared = len(kept) - len(filtered)
                return filtered, len(blocks) - len(kept), undeclared
    return kept, len(blocks) - len(kept), 0


SECTION_LABEL_WORDS = 3  # "World", "Leben", "Gesundheit": a section's label is a word or two


PageOrder = Callable[[], dict[lxml.etree._Element, int]]


def _section_labels(tree: lxml.html.HtmlElement, blocks: list[Block], headlines: set[str],
                    order: PageOrder) -> list[Block]:
    """The body's first blocks that are the section's label printed above the headline (CBC's
    "World" link, n-tv's "Leben" over its kicker and headline), which trafilatura reads as the
    story's first lines: short blocks, before any other, whose text the page first prints as a
    whole element before its headline (an <h1>, <h2> or <h3> holding the title)."""
    leading = list(itertools.takewhile(lambda b: b.kind in ("paragraph", "subhead")
                                       and len(b.text.split()) <= SECTION_LABEL_WORDS, blocks[:HEADLINE_REPEAT_WINDOW]))
    if not leading or len(leading) == len(blocks):
        return []
    headline = next((h for h in tree.iter(*_HEADING_TAGS) if _letters(_headline_text(h)) in headlines), None)
    if headline is None:
        return []
    labels = []
    for block in leading:
        printed = _first_printing(tree, block.text)
        if printed is None or order()[printed] > order()[headline]:
            break
        labels.append(block)
    return labels


HEADLINE_REPEAT_WINDOW = 3  # the printed headline is looked for among the body's first blocks

HEADER_LINE_WORDS = 20  # a kicker, a printed headline, a byline: a line, not a paragraph
HEADER_LINES = 5  # a flag, a kicker, the headline, a byline and its separator, at most
HEADLINE_SHARE = 2 / 3  # of the title's words, in a heading that rewords the headline


def _first_printing(tree: lxml.html.HtmlElement, text: str, whole: bool = True) -> lxml.etree._Element | None:
    """The first element of the page's body whose text is `text` (or, not `whole`, opens with it)."""
    test = "normalize-space(.) = $text" if whole else "starts-with(normalize-space(.), $text)"
    return next(iter(tree.xpath(f"//body//*[{test}]", text=" ".join(text.split()))), None)


def _above_dek(tree: lxml.html.HtmlElement, blocks: list[Block], dek: str, title: str | None,
               order: PageOrder) -> list[Block]:
    """The body's first blocks that the page prints above its standfirst, with the story going
    on below it: its header's lines read as the story's (ZDF's "FAQ" flag, its headline set as
    an <h2> with a kicker glued on, "Deutscher Handel mit Teheran:Druck durch …", the byline
    "von Katja Belousova"; AFP's "Veröffentlicht am 13. Mai 2026 um 15:44" and "3 Minuten
    Lesezeit"), all above the <p> of its standfirst. Short blocks only, each printed whole as
    an element, and only where the block after them is printed below the standfirst (a page
    that prints its standfirst further down keeps its lines). A heading that is not the
    headline reworded is a subtitle and stays (Kommersant's <h2> under its <h1>), and so does
    a picture's caption with its credit (move_captions takes it)."""
    key = comparison_key(dek).rstrip(".… ")
    standfirst = next(_printing(tree, key, _APART_TAGS), None)
    if standfirst is None:
        return []
    headline = set(word_tokens(title or ""))
    above = []
    for block in blocks[:HEADER_LINES]:
        element = _first_printing(tree, block.text)
        if len(block.text.split()) > HEADER_LINE_WORDS or element is None or order()[element] >= order()[standfirst] \
                or split_credit(block.text)[1]:
            break
        heading = next((e for e in (element, *element.iterdescendants()) if e.tag in _ANY_HEADING), None)
        if heading is not None and len(headline & set(word_tokens(block.text))) < HEADLINE_SHARE * len(headline):
            break
        above.append(block)
    after = [b for b in blocks[len(above):] if comparison_key(b.text).rstrip(".… ") != key][:1]
    below = _first_printing(tree, after[0].text[:60], whole=False) if above and after else None
    return above if below is not None and order()[below] > order()[standfirst] else []


_STANDFIRST_CLASS = re.compile(
    r"standfirst|strapline|vorspann|entradilla|sottotitolo|subtitle|sub-?tit(?:le)?\b|subhead(?:line)?|(?:^|[\s_-])dec?k(?:$|[\s_-])|summary|teaser|epigraph|"
    r"(?:^|[\s_-])(?:lead|lede|intro|sapo|bajada|chapo|perex|kicker-text|abstract|excerpt)(?:$|[\s_-])"
    r"|(?<=[a-z])(?-i:Lead)(?=_|$|\s)",  # CSS modules: "Article_elementLead__N3pGr"
    re.IGNORECASE)
_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "head")


def _visible_key(tree: lxml.html.HtmlElement) -> str:
    """The page's visible text (body, no scripts), in reading order, folded for comparison. (A
    text after an inline element follows it: "”<em>Varje natt …”, </em>skriver presidenten".)"""
    body = tree.find("body")
    if body is None:
        return ""
    return comparison_key(_text(body, frozenset(body.iter("noscript"))).replace(SKIPPED, " "))


def _shows(visible: str, key: str) -> bool:
    """Whether the visible text prints the description `key` ending on a word's end (one cut
    inside a word, "… resulter", is not the printed "… resulterar i fler offer"; one cut after
    a word, "… que abrirá ...", prints the standfirst's opening)."""
    start = visible.find(key)
    while start >= 0:
        end = start + len(key)
        if end == len(visible) or not (visible[end].isalnum() and key[-1:].isalnum()):
            return True
        start = visible.find(key, start + 1)
    return False


def _standfirst_candidates(tree: lxml.html.HtmlElement, around: Around) -> list[str]:
    """Texts of elements classed as a standfirst (standfirst, subtitle, dek, summary, bajada),
    near the headline where the page has one (see _near: a teaser's excerpt in a sidebar or
    the next story's box is further away)."""
    near = set(around()[1]) if around() else None
    found = []
    for element in tree.xpath("//body//*[@class]"):
        if element.tag in ("p", "div", "h2", "h3", "span", "section") and _STANDFIRST_CLASS.search(
                element.get("class", "")):
            text = _text(element, breaks=True).strip()  # a subtitle of several lines keeps them
            if _linked(element, text) or near is not None and element not in near or _in_card(element) \
                    or next(element.iter("h1", "h2", "h3", "h4", "video", "figure", "picture", "img"),
                            element) is not element:
                continue  # a teaser of another story (or a box of them), a picture: not this one's standfirst
            if DEK_MIN_WORDS <= len(text.split()) <= DEK_MAX_WORDS * 2:
                found.append(text)
    return found[:3]


def _linked(element: lxml.etree._Element, text: str) -> bool:
    """The element is a link or sits in one, or links make up half its text."""
    if any(a.tag == "a" and a.get("href") for a in element.iterancestors()):
        return True
    return sum(len(_text(a)) for a in element.iter("a") if a.get("href")) >= 0.5 * max(len(text), 1)


DEK_REPEAT_SHARE = 0.8  # a dek whose words are mostly in the lead paragraphs repeats them


def _dek(descriptions: list[str], title: str | None, blocks: list[Block], tree: lxml.html.HtmlElement,
         captions: list[Caption], around: Around) -> str | None:
    """The standfirst as printed on the page, or None.

    In order: a page description that the page also shows (an unseen description is SEO copy,
    not a dek); an element classed as a standfirst; a leading unpunctuated block of dek length.
    A candidate that is the title again (a description copying the headline), a figure
    caption, or only a part of the lead repeated, is no dek.
    """
    headline = comparison_key(title or "").rstrip(".… ")
    # A description copying the headline or a picture's caption (a JSON-LD description of the
    # lead image, WAZ) gives way to the next one.
    pictured = {comparison_key(c.text).rstrip(".… ") for c in captions}
    descriptions = [d for d in descriptions if (k := comparison_key(d).rstrip(".… ")) != headline
                    and k not in pictured]
    dek = _dek_candidate(descriptions, blocks, tree, around)
    if dek is None:
        return next(filter(None, (_near_printed(comparison_key(d).rstrip(".… "), blocks, tree)
                                  for d in descriptions)), None)
    key = comparison_key(dek).rstrip(".… ")
    if key == headline or key in pictured:
        return None
    paragraphs = [comparison_key(b.text) for b in blocks if b.kind == "paragraph"][:DEK_WINDOW]
    if any(key == p.rstrip(".… ") for p in paragraphs):
        return dek  # a printed standfirst block: it leaves the body as a repeat of the dek
    if near := _near_printed(key, blocks, tree):
        return near
    words = set(word_tokens(dek))
    lead = set(word_tokens(" ".join(paragraphs)))
    if words and len(words & lead) >= DEK_REPEAT_SHARE * len(words) and not _printed_apart(tree, key):
        return None  # "The army said…" or the whole story: the lead again, not a standfirst
    return dek


ALTERNATIVE_HEADLINE_WORDS = 25  # a longer JSON-LD alternativeHeadline, or a sentence, is a standfirst


_APART_TAGS = ("p", "div", "span", "h2", "h3", "h4", "strong")


def _printing(tree: lxml.html.HtmlElement, key: str, tags: tuple[str, ...]) -> Iterator[lxml.etree._Element]:
    """The elements of these tags whose whole text reads `key` (a quick length test first)."""
    return (element for element in tree.iter(*tags) if abs(len(element.text_content()) - len(key)) <= len(key) // 10 + 5
            and comparison_key(_text(element)).rstrip(".… ") == key)


def _printed_apart(tree: lxml.html.HtmlElement, key: str) -> bool:
    """Whether an element of the page prints `key` whole, a block of its own outside the body
    (Die Presse's <p class="lead"> under the headline): a standfirst, though it repeats the
    lead's words, not the lead's first sentences read from a description."""
    # (not a <strong> or <span> inside the lead paragraph: "BERLIN (dpa) – <strong>…")
    return any(not (element.tag in ("span", "strong") and any(a.tag in ("p", "li") for a in element.iterancestors()))
               for element in _printing(tree, key, _APART_TAGS))


NEAR_COPY_WORDS = 4  # words a dateline before a printed standfirst, or a byline after its description, may add


def _near_printed(key: str, blocks: list[Block], tree: lxml.html.HtmlElement) -> str | None:
    """The leading block that prints the description `key` with a dateline before it
    ("Berlin. Die Feuerwehr …", "Neuss · Was kann …"), or that the page declares with the
    byline after it ("… Verantwortliche? Von Christin Jordan"): the standfirst as printed."""
    for block in [b for b in blocks if b.kind == "paragraph"][:DEK_WINDOW]:
        printed = comparison_key(block.text).rstrip(".… ")
        if _near_copy(key, printed) and not _further_down(printed, blocks) and not _printed_as_lead(tree, printed):
            return block.text
    return None


def _near_copy(declared: str, printed: str) -> bool:
    """Whether a printed block is the declared description with a dateline before it ("berlin.
    …", "neuss · …") or the description that block with a few words after it (a byline)."""
    if len(declared) < 40 or len(printed) < 40 or declared == printed:
        return False
    if printed.endswith(" " + declared):
        before = printed[: -len(declared)].strip()
        return before[-1:] in (".", "·", ":", "|", "-", "–") and len(before.split()) <= NEAR_COPY_WORDS
    if declared.startswith(printed + " "):
        return len(declared[len(printed):].split()) <= NEAR_COPY_WORDS
    return False


_MEDIA_BOX = re.compile(r"media|image|photo|picture|video|gallery|asset|figure|embed", re.IGNORECASE)


def _printed_as_lead(tree: lxml.html.HtmlElement, key: str) -> bool:
    """Whether the <p> that reads `key` is printed as a body paragraph: the next element (past
    pictures and empty boxes) is a <p> of the same class (spacing utilities aside) with text, its own class names no standfirst, and it is not set in
    bold as a whole ("<p class=bodytext>" then "<p class=bodytext>"; not "<p class=intro>" or
    "<p><strong>…</strong></p>" then "<p>")."""
    for element in tree.iter("p"):
        if len(element.text_content()) < len(key) // 2 or comparison_key(_text(element)).rstrip(".… ") != key:
            continue
        # (past a picture set between them, and an empty ad slot: Reuters' lead, its photo, then <p>;
        # not a byline box with an avatar or a share bar with icons)
        following = next((e for e in element.itersiblings() if isinstance(e.tag, str)
                          and e.tag not in _INVISIBLE_TAGS and next(e.iter("figure", "picture"), None) is None
                          and not (_MEDIA_BOX.search(e.get("class") or "") and next(e.iter(*_MEDIA_TAGS), None) is not None)
                          and _text(e).strip()), None)
        bold = [e for e in element if e.tag in ("strong", "b")]
        return (following is not None and following.tag == "p"
                and _layout_free(following) == _layout_free(element)
                and not _STANDFIRST_CLASS.search(element.get("class") or "")
                and comparison_key(" ".join(_text(e) for e in bold)).rstrip(".… ") != key
                and bool(_text(following).strip()))
    return False


# A spacing utility class (Bootstrap's "mt-3", Tailwind's "pb-4", a theme's "mt30"): layout, not
# what a paragraph is.
_SPACING_CLASS = re.compile(r"[mp][tblrxyse]?-?\d+")


def _layout_free(element: lxml.etree._Element) -> frozenset[str]:
    """An element's class names without spacing utilities (`<p class="mt30">` then `<p class="mt60">`
    are paragraphs of one kind)."""
    return frozenset(c for c in (element.get("class") or "").split() if not _SPACING_CLASS.fullmatch(c))


def _declared_lead(tree: lxml.html.HtmlElement, key: str) -> bool:
    """Whether the story's JSON-LD articleBody opens with `key`, printed as a <p>: the
    publisher's own copy of the text holds the paragraph as its first (Deccan Herald's
    <p class="title"> before its <p class="bodytext">s), so it is the lead. (Printed as a
    heading, it is a standfirst set apart: NTV's <h2> in a box, which articleBody also holds.)"""
    declared = _article_jsonld(tree).get("articleBody")
    if not isinstance(declared, str) or len(declared) < 2 * len(key):
        return False
    printed = list(_printing(tree, key, ("p", "h2", "h3", "h4")))
    if not printed or any(e.tag != "p" or _STANDFIRST_CLASS.search(e.get("class") or "") for e in printed):
        return False
    opening = declared[: 2 * len(key) + 200]
    if "<" in opening:  # some publishers declare the body's HTML
        opening = lxml.html.fragment_fromstring(opening, create_parent="div").text_content()
    return comparison_key(opening).startswith(key)


def _runs_on(key: str, keyed: list[tuple[str, str]]) -> bool:
    """Whether the description opens with a whole paragraph of the story and goes on past it (by
    more than a byline) into the next: an excerpt of the story's text (a CMS's first 55 words,
    cut short, "… Communities living..."), not a standfirst. `keyed`: the blocks' (kind, key)."""
    for (kind, printed), (_, following) in zip(keyed, keyed[1:]):
        if kind != "paragraph" or len(printed) < 40 or not key.startswith(printed):
            continue
        # (going on with the next paragraph's words: not a standfirst with the site's tagline after it)
        rest = key[len(printed):].lstrip(" .…")
        if len(rest.split()) > NEAR_COPY_WORDS and following.lstrip(" .…").startswith(rest[:40]):
            return True
    return False


def _further_down(key: str, blocks: list[Block]) -> bool:
    """Whether the paragraph reading `key` comes after paragraphs of the story (sentences of
    some length): a line further down copied as the page's description (a quote picked for
    search results), not a standfirst."""
    for block in blocks:
        if comparison_key(block.text).rstrip(".… ") == key:
            return False
        if block.kind == "paragraph" and ends_like_sentence(block.text) \
                and len(word_tokens(block.text)) >= CHUNK_SENTENCE_WORDS:
            return any(comparison_key(b.text).rstrip(".… ") == key for b in blocks if b.kind == "paragraph")
    return False


def _dek_candidate(descriptions: list[str], blocks: list[Block],
                   tree: lxml.html.HtmlElement, around: Around) -> str | None:
    leading = [b.text for b in blocks[:DEK_WINDOW + 1] if b.kind in ("paragraph", "subhead")]
    lead_keys = {comparison_key(t).rstrip(".… "): t for t in leading}
    visible = None
    keyed: list[tuple[str, str]] | None = None  # the blocks' keys, found once where asked for
    ran_on = False
    for description in descriptions:
        key = comparison_key(description).rstrip(".… ")
        if key in lead_keys:
            if ran_on or _further_down(key, blocks):
                continue  # (another description proved it the story's first paragraph)
            # The description copies the story's first paragraph: a standfirst block where the
            # page sets it apart, the lead itself where it is printed like the next paragraph.
            return None if _printed_as_lead(tree, key) or _declared_lead(tree, key) else lead_keys[key]
        if len(key) > 20:
            keyed = keyed if keyed is not None else [(b.kind, comparison_key(b.text).rstrip(".… ")) for b in blocks]
            if _runs_on(key, keyed):
                ran_on = True  # the story's opening copied: its first paragraph is no standfirst
                continue
            visible = visible if visible is not None else _visible_key(tree)
            # (or printed whole by one element: inline elements set without a space run on in the visible text)
            if (_shows(visible, key) or _printed_apart(tree, key)) and not any(k.startswith(key) for k in lead_keys) \
                    and not _further_down(key, blocks):
                return description
    for candidate in _standfirst_candidates(tree, around):
        key = comparison_key(candidate).rstrip(".… ")
        if not any(k.startswith(key) or key.startswith(k) for k in lead_keys if k) or key in lead_keys and not ran_on:
            return candidate
    first = leading[0] if leading and not ran_on else ""
    words = len(first.split())
    if first and not ends_like_sentence(first) and DEK_MIN_WORDS <= words <= DEK_MAX_WORDS:
        return first
    return None
