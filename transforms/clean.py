"""Cleaning on blocks: repeated leads, captions in the body, wire trailers and datelines.

Each step takes an Article and returns a new one; removed blocks are counted in
`Article.removed` under a reason code (`repeated_block`, `caption`,
`boilerplate`, `date_line`, `byline`, `trailer`, `trailing_subhead`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from urllib.parse import urlsplit

from transforms.credits import (BYLINE_PREFIX, CAPTION_MAX_WORDS, copyright_agency, dateline_agency,
                                find_agency, is_credit_label, is_photo_credit, looks_like_person, parse_credit,
                                name_key, split_byline, split_credit, syndication_source)
from transforms.dates import parse_printed
from transforms.model import Article, Block, Caption
from transforms.normalize import UNSPACED_LETTER, comparison_key, word_tokens
from transforms.parse_text import ends_like_sentence
from transforms.places import find_places
from transforms.tables import load_patterns

NEAR_REPEAT_JACCARD = 0.9
NEAR_REPEAT_MIN_WORDS = 8
PATTERN_REPEATS = 3  # see drop_repeated_blocks
EXACT_REPEAT_MIN_WORDS = 8  # shorter lines repeat legitimately (lists, recipes, tables)
TRAILER_WINDOW = 3  # trailers sit in the last few blocks
NEAR_REPEAT_WINDOW = 60  # near repeats are checked against the first blocks (a repeated lead,
# dek or standfirst): keeps a page of 8,000 table rows linear; exact repeats are checked everywhere
CJK_TOKEN_LENGTH = 12  # mean "word" length above which a text has no spaces between words


def _count(article: Article, reason: str, n: int) -> tuple[tuple[str, int], ...]:
    return article.removed + ((reason, n),) if n else article.removed


def similarity_tokens(text: str) -> list[str]:
    """Word tokens, or character trigrams for scripts written without spaces (CJK, Thai)."""
    tokens = word_tokens(text)
    if tokens and sum(map(len, tokens)) / len(tokens) > CJK_TOKEN_LENGTH:
        joined = "".join(tokens)
        return [joined[i: i + 3] for i in range(max(1, len(joined) - 2))]
    return tokens


def _is_repeat(tokens: list[str], key: str, earlier: list[tuple[str, set[str], int]],
               earlier_keys: set[str]) -> bool:
    if key in earlier_keys and len(tokens) >= EXACT_REPEAT_MIN_WORDS:
        return True
    if len(tokens) < NEAR_REPEAT_MIN_WORDS:
        return False
    words = set(tokens)
    numbers = {w for w in words if w.isdigit()}
    for _, other_words, other_len in earlier[:NEAR_REPEAT_WINDOW]:
        # Jaccard >= 0.9 needs set sizes within 10% of each other: skip the rest cheaply.
        if other_len < NEAR_REPEAT_MIN_WORDS or not other_words or \
                min(len(words), len(other_words)) < NEAR_REPEAT_JACCARD * max(len(words), len(other_words)):
            continue
        overlap = len(words & other_words) / len(words | other_words)
        # "the toll rose to 41" and later "to 57" are two updates, not one repeated.
        if overlap >= NEAR_REPEAT_JACCARD and numbers == {w for w in other_words if w.isdigit()}:
            return True
    return False


def drop_repeated_blocks(article: Article) -> Article:
    """Remove a paragraph that repeats the title, the dek, the lead or any earlier paragraph,
    and a subhead that repeats the title or the dek.

    Word for word or nearly so (token Jaccard >= 0.9 over 8+ words; quotes, dashes, case and
    spacing are ignored). Keeps the first occurrence; a paragraph printed PATTERN_REPEATS times
    or more stays everywhere. Reason code: `repeated_block`.
    """
    kept: list[Block] = []
    earlier: list[tuple[str, set[str], int]] = []
    earlier_keys: set[str] = set()
    dropped = 0
    # A paragraph printed PATTERN_REPEATS times or more is the text's own pattern (the question
    # put to each interviewee, a meal in each plan), not a copy of the lead or a pull quote.
    times = Counter(comparison_key(b.text) for b in article.blocks if b.kind == "paragraph")
    # Likewise a section under a subhead printed before (the "Pre-Workout Meal" of each plan):
    # its paragraphs may repeat those of the earlier section.
    subheads: set[str] = set()
    patterned = False
    for block in article.blocks:
        key = comparison_key(block.text)
        tokens = similarity_tokens(block.text)
        if block.kind == "subhead":
            patterned = key in subheads
            subheads.add(key)
        if block.kind == "paragraph" and times[key] < PATTERN_REPEATS and not patterned \
                and _is_repeat(tokens, key, earlier, earlier_keys):
            dropped += 1
            continue
        if block.kind == "subhead" and any(key == other[0] for other in earlier[:2]):
            dropped += 1  # the page's <h1> or standfirst read again as a subhead
            continue
        if block.kind in ("title", "dek", "paragraph"):
            earlier.append((key, set(tokens), len(tokens)))
            earlier_keys.add(key)
        kept.append(block)
    return replace(article, blocks=tuple(kept), removed=_count(article, "repeated_block", dropped))


CAPTION_MIN_WORDS = 6  # a shorter caption ("Emmanuel Macron") is too common a phrase to match


class _CaptionIndex:
    """Known caption keys, looked up by exact key or by their first words.

    A paragraph is compared only with the captions opening with the same words, not with every
    caption: a gallery page with thousands of captions and paragraphs stays linear.
    """

    _PREFIX = CAPTION_MIN_WORDS - 1  # a prefix match of >= CAPTION_MIN_WORDS words shares these whole

    def __init__(self, keys: Iterable[str] = ()) -> None:
        self.exact: set[str] = set()
        self.by_opening: dict[tuple[str, ...], list[str]] = {}
        for key in keys:
            self.add(key)

    def add(self, key: str) -> None:
        self.exact.add(key)
        words = key.split()
        if len(words) >= CAPTION_MIN_WORDS:
            self.by_opening.setdefault(tuple(words[: self._PREFIX]), []).append(key)

    def matches(self, text: str) -> bool:
        """The paragraph is a known caption, or one with its credit (removed) around it."""
        key = comparison_key(text)
        stripped = comparison_key(split_credit(text)[0])
        if key in self.exact or stripped in self.exact:
            return True
        for caption in self._opening_with(key) + self._opening_with(stripped):
            if (key.startswith(caption) or stripped.startswith(caption)) and len(key) <= len(caption) + 90:
                return True  # the caption with its credit after it
        return len(key.split()) >= CAPTION_MIN_WORDS and any(
            caption.startswith(key) and len(caption) <= len(key) + 90
            for caption in self._opening_with(key))  # the caption without the credit we read with it

    def _opening_with(self, key: str) -> list[str]:
        return self.by_opening.get(tuple(key.split()[: self._PREFIX]), [])


def _credit_line(text: str) -> bool:
    """A line that is only a photo credit: "Foto: dpa", "STR/AFP via Getty Images" (see
    is_photo_credit: "Reuters/Ipsos poll" or "Real Madrid/Manchester City" are no credits)."""
    text = text.strip()
    return len(text.split()) <= 10 and not text.endswith((".", "!", "?", ":")) and is_photo_credit(text, alone=True)


def move_captions(article: Article) -> Article:
    """Move photo captions out of the body into `captions`.

    A paragraph is a caption when it ends in a photo credit ("... (Felipe Dana/Associated
    Press)", "... Foto: dpa"), or when it repeats a caption already read from the page's
    figures. A line that is only a credit goes too. Reason code: `caption`.
    """
    captions = list(article.captions)
    known = _CaptionIndex(comparison_key(c.text) for c in captions)
    kept: list[Block] = []
    moved = 0
    for block in article.blocks:
        if block.kind != "paragraph":
            kept.append(block)
            continue
        text, credit = split_credit(block.text)
        if known.matches(block.text) or _credit_line(block.text):
            moved += 1  # a known caption, or a photo credit alone on its line
        elif credit and len(text.split()) <= CAPTION_MAX_WORDS:
            photographer, agency = parse_credit(credit)
            # A caption has two words, or two characters of a script written without spaces
            # ("東京都庁の夜景 写真：共同通信"): "Copyright © 2023 …" and "Main image credit: Getty"
            # leave a credit word or a picture's place.
            if (len(re.findall(r"[^\W\d_]+", text)) >= 2 or len(UNSPACED_LETTER.findall(text)) >= 2) \
                    and not is_credit_label(text):
                captions.append(Caption(text=text, photographer=photographer, agency=agency))
                known.add(comparison_key(text))
            moved += 1
        else:
            kept.append(block)
    return replace(article, blocks=tuple(kept), captions=tuple(captions),
                   removed=_count(article, "caption", moved))


# Trailer phrasings: (pattern, whether the line is a trailer even when no agency is named).
_TRAILERS: tuple[tuple[re.Pattern[str], bool], ...] = tuple(
    (re.compile(p, re.IGNORECASE), always) for p, always in (
        (r"^[-–—\s(]*with (?:additional )?(?:files|reporting|information|material) from (?P<who>.+?)[.)\s]*$", True),
        (r"^[-–—\s(]*(?P<who>.+?) contributed (?:to )?(?:this|the) (?:report|story|article)[.)\s]*$", True),
        (r"^[-–—\s(]*(?:mit )?material (?:von|der|aus) (?:den nachrichtenagenturen |der nachrichtenagentur )?(?P<who>.+?)[.)\s]*$", True),
        (r"^[-–—\s(]*(?:com informações|con información|con informaci[oó]n|avec|con) (?:d[aeo]s?|del|de la|de l'|l')?\s*(?P<who>.+?)[.)\s]*$", False),
        # A source label before the agencies: "Źródło: PAP", "Quelle: dpa, AFP", "Fuente: EFE".
        (r"^[-–—\s(]*(?:sources?|quellen?|źródł[oa]|fuentes?|fontes?|источник|джерело|zdroj|kilde|källa|bron|"
         r"forrás|kaynak|surs[aă]|izvor|lähde)\s*[:：]\s*(?P<who>.+?)[.)\s]*$", False),
        (r"^[-–—\s]*(?:©|copyright)\s*(?:\d{4}\s*)?(?P<who>.+?)\.?\s*(?:all rights reserved\.?)?$", False),
        (r"^[-–—\s(]*(?P<who>[\w .,/&-]{2,60}?)[)\s]*$", False),
    )
)
_REPORTING_BY = re.compile(
    r"^\(?\s*(?:additional )?(?:reporting|writing) by (?P<people>[^;)]+)(?P<rest>[^)]*)\)?\.?\s*$",
    re.IGNORECASE)
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w .-]*$")
def _read_trailer(text: str) -> tuple[bool, list[str], list[str]] | None:
    """(is trailer, agencies, reporters) when `text` is a trailer line, else None."""
    if len(text.split()) > 40:
        return None
    text = " ".join(text.split())  # "With reporting from<br>Reuters" is one line
    reporting = _REPORTING_BY.match(text)
    if reporting:
        names = [_IN_PLACE.sub("", n) for n in re.split(r",|\band\b", reporting.group("people"))]
        people, agencies = split_byline(", ".join(names))
        return True, agencies, people
    for pattern, always in _TRAILERS:
        match = pattern.match(text)
        if match:
            agencies = split_byline(match.group("who"))[1]
            if always or agencies:
                return True, agencies, []
    return None


def strip_trailers(article: Article) -> Article:
    """Remove wire trailers at the end ("with files from Reuters", "(Reporting by ...)").

    Agencies they name go to `wire_agencies`; reporters named by "Reporting by" become the
    authors when the article has none. Reason code: `trailer`.
    """
    blocks = list(article.blocks)
    agencies = list(article.wire_agencies)
    reporters: list[str] = []
    removed = 0
    index = len(blocks) - 1
    while index >= 0 and removed < TRAILER_WINDOW:
        block = blocks[index]
        if block.kind not in ("paragraph", "trailer"):
            break
        trailer = _read_trailer(block.text)
        if trailer is None:
            break
        agencies += [a for a in trailer[1] if a not in agencies]
        reporters += trailer[2]
        del blocks[index]
        removed += 1
        index -= 1
    authors = article.authors or tuple(dict.fromkeys(reporters))
    return replace(article, blocks=tuple(blocks), wire_agencies=tuple(agencies), authors=authors,
                   removed=_count(article, "trailer", removed))


BYLINE_WINDOW = 4  # a byline printed in the text sits near the top


BARE_BYLINE_OPENING = 3  # a bare name may follow up to two unfinished opening lines
BARE_NAME_WORDS = 8  # a line of bare names (a byline printed without "By") has at most this many words
_FINISHED = ".!?:;\"”’»)…"


def drop_byline_blocks(article: Article) -> Article:
    """Remove a byline printed as a paragraph near the top ("Por Valeria Domínguez"), and, when
    the article still credits no one, a bare name as the text's first or last paragraph ("Lê
    Phương"; a subhead naming someone heads a section).

    The names become the authors when the article has none. Reason code: `byline`.
    """
    kept: list[Block] = []
    authors = list(article.authors)
    agencies = list(article.wire_agencies)
    dropped = 0
    for index, block in enumerate(article.blocks):
        # (set as a heading too: Börsen-Zeitung's "Von Anna Sleegers, Frankfurt")
        if block.kind in ("paragraph", "subhead") and index < BYLINE_WINDOW and BYLINE_PREFIX.match(block.text) \
                and len(block.text.split()) <= 12:
            people, found_agencies = split_byline(_without_place(block.text), strict=True)
            if people or found_agencies:
                authors += [p for p in people if p not in authors] if not article.authors else []
                agencies += [a for a in found_agencies if a not in agencies]
                dropped += 1
                continue
        kept.append(block)
    if article.authors:
        kept, named = _printed_author(kept, article.authors)
        dropped += named
    if not authors:
        # A bare name as the text's first or last line ("Mohloai Mpesi", "Lê Phương"), or after
        # unfinished lead lines that open the text (a standfirst printed as paragraphs): only
        # names that look like a person's and are not the outlet's, on a line with no ending.
        texts = [i for i, b in enumerate(kept) if b.kind in ("paragraph", "subhead")]
        # Opening lines that end nowhere: not a sentence, a lead-in ("named as:"), a quotation
        # (an epigraph and its author) or a subhead.
        opening = list(itertools.takewhile(
            lambda i: kept[i].kind == "paragraph" and kept[i].text.rstrip()[-1:] not in _FINISHED,
            texts[:BARE_BYLINE_OPENING]))
        texts = [i for i in (opening or texts[:1]) + texts[-1:]
                 if kept[i].kind == "paragraph"] if len(texts) >= 4 else []
        own = "".join(word_tokens(article.outlet or "")) + " " + "".join(word_tokens(article.url or ""))
        for index in texts:
            text = kept[index].text
            if len(text.split()) > BARE_NAME_WORDS or text.rstrip()[-1:] in ".!?:":
                continue
            people = [p for p in split_byline(text, strict=True)[0]
                      if looks_like_person(p) and "".join(word_tokens(p)) not in own]
            if people:
                authors = people
                kept = kept[:index] + kept[index + 1:]
                dropped += 1
                break
    return replace(article, blocks=tuple(kept), authors=tuple(authors), wire_agencies=tuple(agencies),
                   removed=_count(article, "byline", dropped))


BYLINE_PLACE_WORDS = 3  # "Córdoba", "Buenos Aires": the place a byline box prints under the name


def _printed_author(blocks: list[Block], authors: tuple[str, ...]) -> tuple[list[Block], int]:
    """The blocks without the byline box printed as the text's first lines: the name of one of
    the authors alone on a line among the first BYLINE_WINDOW, and the place printed under it,
    a line that is only a place's name (ABC's "Daniel Aragón", then "Córdoba"). A name with
    an ending or words around it is the text's."""
    known = {name_key(a) for a in authors}
    for index, block in enumerate(blocks[:BYLINE_WINDOW]):
        text = block.text.strip()
        if block.kind != "paragraph" or len(text.split()) > BARE_NAME_WORDS or text[-1:] in _FINISHED:
            continue
        people, agencies = split_byline(text, strict=True)
        if not people or agencies or any(name_key(p) not in known for p in people):
            continue
        end = index + 1
        if end < len(blocks) and blocks[end].kind == "paragraph" and _is_place(blocks[end].text):
            end += 1
        return blocks[:index] + blocks[end:], end - index
    return blocks, 0


def _without_place(byline: str) -> str:
    """A byline without the place it closes with ("Von Anna Sleegers, Frankfurt")."""
    head, comma, place = byline.rpartition(",")
    return head if comma and head.strip() and _is_place(place) else byline


def _is_place(text: str) -> bool:
    """Whether a short text is only a place's name ("Córdoba", "Buenos Aires")."""
    text = text.strip()
    if len(text.split()) > BYLINE_PLACE_WORDS or text[-1:] in _FINISHED:
        return False
    found = find_places(text)
    return len(found) == 1 and bool(found[0][0].country) and comparison_key(found[0][0].name) == comparison_key(text)


def record_dateline_agency(article: Article) -> Article:
    """Record the agency of a wire dateline ("NAIROBI, Kenya (AP) —") in `wire_agencies`.

    The dateline stays in the text: it is part of the lead as published.
    """
    lead = next((b.text for b in article.blocks if b.kind == "paragraph"), "")
    agency = dateline_agency(lead)
    if agency is None or agency in article.wire_agencies:
        return article
    return replace(article, wire_agencies=article.wire_agencies + (agency,))


BOILERPLATE_CAPTION_WORDS = 3


def drop_boilerplate_lines(article: Article) -> Article:
    """Remove paragraphs and subheads that are page furniture: "Advertisement", "Read more: …",
    "Our Standards: The Thomson Reuters Trust Principles." The phrasings are data
    (transforms/data/boilerplate.csv), matched against the whole line; and the outlet's name
    alone on the last line. Reason: `boilerplate`. Captions that are such a line go too.
    """
    pattern = load_patterns("boilerplate")
    # Read as one line: a <br> inside the furniture ("Lesen Sie auch:<br>…") is no part of it.
    kept = tuple(b for b in article.blocks
                 if not (b.kind in ("paragraph", "subhead") and pattern.fullmatch(" ".join(b.text.split()))))
    # The outlet's name alone closing the text is a sign-off (Stuff's "Stuff"), no sentence.
    outlet = comparison_key(article.outlet or "")
    if outlet and kept and kept[-1].kind == "paragraph" and comparison_key(kept[-1].text) == outlet:
        kept = kept[:-1]
    # A caption-classed slot holding an ad label describes no picture (a few words: not a video's
    # "Watch: Moment a tornado tears through …", which the teaser pattern would take).
    captions = tuple(c for c in article.captions
                     if len(c.text.split()) > BOILERPLATE_CAPTION_WORDS or not pattern.fullmatch(c.text.strip()))
    return replace(article, blocks=kept, captions=captions,
                   removed=_count(article, "boilerplate", len(article.blocks) - len(kept)))


SYNDICATION_HEAD = 3  # a syndication credit opens the text ("Originally published by …") ...
SYNDICATION_TAIL = 6  # ... or closes it, before or after an author's note and a correction


def record_syndication(article: Article) -> Article:
    """Record the outlet a story was first published by, read from a syndication credit among
    the text's first or last paragraphs ("This article originally appeared on The Atlantic.")
    or a copyright line naming a wire agency or syndication service ("Copyright 2020 The
    Associated Press. All rights reserved.", "Copyright: Project Syndicate, 2025") in
    `syndicated_from`; a wire agency named so is also in `wire_agencies`.

    The line stays in the text: it is part of the story as published.
    """
    paragraphs = [b.text for b in article.blocks if b.kind in ("paragraph", "trailer")]
    # The last paragraphs first, from the end: that is where outlets print the credit; each of
    # their lines ("Aus dem Englischen von Jan Doolan\nCopyright: Project Syndicate, 2025").
    ends = paragraphs[::-1] if len(paragraphs) <= SYNDICATION_HEAD + SYNDICATION_TAIL else \
        paragraphs[-SYNDICATION_TAIL:][::-1] + paragraphs[:SYNDICATION_HEAD]
    own = (article.outlet or "", urlsplit(article.url or "").hostname or "")
    lines = (line for paragraph in ends for line in [paragraph, *paragraph.split("\n")] if line)
    source = next((s for line in lines if (s := syndication_source(line, own) or copyright_agency(line, own))),
                  None)
    if source is None:
        return article
    agency = find_agency(source)
    agencies = article.wire_agencies
    if agency and agency.kind == "wire" and agency.name not in agencies:
        agencies += (agency.name,)
    return replace(article, syndicated_from=source, wire_agencies=agencies)


DATE_LINE_WORDS = 2  # words beside a date's numbers: "Domingo, Diciembre 6, 2020 - 07:32", "기사입력 :["
DATE_LINE_TOKENS = 8
TIMELINE_DATES = 2  # date lines between paragraphs that make a timeline
WORDED_DATE_LINES = 10  # lines a page's date stamps are read from by month name: a few (a table's rows are thousands)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d[./-]\d\d?[./-]\d\d(?!\d)")  # "2020", "5/12/20"


def drop_date_lines(article: Article) -> Article:
    """Remove paragraphs that are only a date and time ("05/12/2020 - 15:10", "30 Ekim 2020
    Cuma 18:28", "입력 2020.08.27 20:27"): a publication stamp, or teaser cards', that the text
    extractor kept. No corpus truth keeps one as text (11 such lines on 11 pages); a line with
    more words ("March 3, 2020: the first case") stays, and so do a timeline's dates (two or
    more between paragraphs). Reason: `date_line`."""
    worded = itertools.count()  # dateparser reads month names at 1-5 ms a line: for so many lines

    def stamp(text: str) -> bool:
        tokens = word_tokens(text)
        return (len(tokens) <= DATE_LINE_TOKENS
                and sum(1 for t in tokens if not t.isdigit() and len(t) > 2) <= DATE_LINE_WORDS  # ("de", "am")
                and _YEAR.search(text) is not None
                and parse_printed(text, article.language, worded=next(worded) < WORDED_DATE_LINES) is not None)

    # Two or more dates between paragraphs are a timeline's ("March 11, 2020" over what happened
    # that day): those stay, and only the stamps before the text and after it go.
    text = [i for i, b in enumerate(article.blocks) if b.kind in ("paragraph", "subhead")]
    stamps = {i for i in text if article.blocks[i].kind == "paragraph" and stamp(article.blocks[i].text)}
    inner = [i for i in text if i not in stamps]
    between = {i for i in stamps if inner and inner[0] < i < inner[-1]}
    if len(between) >= TIMELINE_DATES:
        stamps -= between
    if not stamps:
        return article
    kept = tuple(b for i, b in enumerate(article.blocks) if i not in stamps)
    return replace(article, blocks=kept, removed=_count(article, "date_line", len(article.blocks) - len(kept)))


def drop_trailing_subheads(article: Article) -> Article:
    """Remove the subheads after the story's last paragraph: a subhead heads the text under it,
    and one with none under it is page furniture the extractor kept ("More from The Nation",
    "Popular on IndieWire", the sublines of a row of teaser cards). No corpus truth keeps one
    (35 such lines on 9 pages). One that ends like a sentence stays: a magazine sets its pull
    quotes after the text ("Relotius legt ein Fake-Profil an. Es stützt seine Version.").
    Reason: `trailing_subhead`."""
    last = max((i for i, b in enumerate(article.blocks) if b.kind == "paragraph"), default=None)
    if last is None:
        return article  # a page of headings alone: nothing to tell furniture by
    trailing = {i for i, b in enumerate(article.blocks)
                if i > last and b.kind == "subhead" and not ends_like_sentence(b.text)}
    if not trailing:
        return article
    kept = tuple(b for i, b in enumerate(article.blocks) if i not in trailing)
    return replace(article, blocks=kept, removed=_count(article, "trailing_subhead", len(trailing)))


def clean_article(article: Article) -> Article:
    """All cleaning steps in order: syndication credit (read before captions and trailers take
    a closing copyright line away), captions, boilerplate, date lines, bylines, trailers,
    repeats, trailing subheads, dateline credit."""
    article = record_syndication(article)
    article = move_captions(article)
    article = drop_boilerplate_lines(article)
    article = drop_date_lines(article)
    article = drop_byline_blocks(article)
    article = strip_trailers(article)
    article = drop_repeated_blocks(article)
    article = drop_trailing_subheads(article)
    return record_dateline_agency(article)
