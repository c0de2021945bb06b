"""Extraction benchmark: newslake against trafilatura 2.3.1 alone, side by side, on real pages.

    python -m benchmarks.eval_extraction [--corpus NAME ...] [--csv DIR]

Corpora (read in place from ../shared/corpora, see benchmarks/corpora.py): fundus,
scrapinghub_aeb, readability, trafilatura_eval, htmldate_mediacloud (all five by default).
Both tools run once on every page, nothing is cached. Both read the same decoded HTML string
(`TruthPage.document().content`) and get the page URL when the corpus has one (all but
readability): newslake as `Hints(url=...)`, trafilatura as `bare_extraction(html, url=url,
with_metadata=True)` with its default settings.

What each tool's output is, for scoring:
- text: newslake `dek + "\\n\\n" + body` (body = paragraphs and subheads): fundus counts the
  standfirst as body, and the snippet truths of trafilatura_eval quote the lead. Exception:
  scrapinghub_aeb, whose human-annotated articleBody leaves standfirsts out, is scored on
  newslake's body alone (TRUTH_BODY_HAS_STANDFIRST). The row "other standfirst reading"
  (diagnostic) scores the other choice on every corpus. trafilatura: `.text`.
- title: newslake `Article.title`, trafilatura `.title`.
- authors: newslake `Article.authors` (people only; its wire agencies are a separate field,
  scored only in the diagnostic row "authors F1 + wire agencies"); trafilatura `.author` split
  on ";" (trafilatura's own normalize_authors already splits on "," and "and" and joins with "; ").
- date: newslake `published_at` (aware, UTC; a date-only value is stored as 00:00 UTC),
  trafilatura `.date` (a YYYY-MM-DD day, as the page states it, no time zone).
- captions: newslake `Article.captions`; trafilatura keeps none (its recall is 0 by definition).
A newslake Reject (or a None from trafilatura) is an empty output: it scores 0 / wrong on
every metric whose truth exists.

Metrics (a page without truth for a metric is left out of it; the table prints the n):
- article yield: share of pages with a non-empty text (newslake: an Article with a body).
- body token F1: `benchmarks.scoring.token_f1(text, truth body)`, bag-of-words F1 over casefolded
  word tokens, averaged over pages. Truth body: fundus `body_text` (summary + subheads +
  paragraphs), scrapinghub_aeb `articleBody`, readability the expected HTML converted to text
  (figures and their captions dropped, one line per block: corpora.html_to_text).
- must-have (trafilatura_eval): share of all `with` snippets (micro average over snippets) whose
  `comparison_key` occurs in the `comparison_key` of the text. comparison_key = NFKC, casefold,
  zero-width characters removed, quotes and dashes unified, whitespace collapsed.
- must-not (trafilatura_eval, lower is better): share of all `without` snippets found the same way.
- title exact: `comparison_key(predicted) == comparison_key(truth)`, share of pages.
- date, stated day (the headline date metric): the predicted calendar day equals the day the
  truth states, in the truth's own offset. A truth with an offset (fundus, some readability):
  newslake's UTC timestamp is converted to that offset before taking its date; trafilatura's
  day is compared as is (it is the day the page writes). A truth without an offset (a day, or a
  naive timestamp): its day is compared with newslake's day in the offset the page stated
  (`published_utc_offset`; UTC when the page stated none) and trafilatura's day. A
  missing date is wrong. Why headline: every truth here annotates the day the publisher states
  (the day-only truths of trafilatura_eval, htmldate_mediacloud and most of readability cannot be
  anything else), and a reader's "published on" is that local day; a UTC day moves evening
  articles east of / night articles west of Greenwich to the neighbouring day.
- date, UTC day: the truth timestamp converted to UTC, its date vs newslake's UTC date and
  trafilatura's day. Same as the stated day where the truth has no offset.
- date, stated day in any offset (newslake diagnostic, not a target): for a truth without an
  offset, a newslake timestamp with a time of day counts when its local day in some offset from
  UTC-12 to UTC+14 is the truth day (00:00:00 UTC, i.e. a date-only value, must match exactly).
  The gap to the headline is what newslake loses by keeping only the UTC instant, not the
  offset the page stated. An upper bound: it also forgives some real off-by-one errors.
- authors F1, people (the headline author metric): as below, but against the truth's people
  only (truth_people): each truth name is read as a byline (a bracket opening with "avec" or
  listing names holds more names, a line break ends a name, "By" and a date or number after
  the name go, a credential such as "MA" is none: readability's truth is the byline element's
  raw text, "By Kelli Miller\n WebMD Health News"), and names that are a wire agency (transforms/data/agencies.csv), a desk
  ("Redaktion", "staff", "desk", "newsroom"), the outlet itself (its letters inside the page's
  host, opening with the host's registered name, or the truth's site name: "BBC News") or a credit joining one of
  those with "/" or "mit" ("dpa/lno", "FR mit dpa") are set aside, since the issue puts
  agencies in `wire_agencies` and the outlet in `outlet`; pages whose truth names no person
  are left out. "truth as given" (diagnostic) scores against
  every truth name; "+ wire agencies" adds newslake's agencies, agency aliases made equal.
- authors F1: per page, set F1 between the predicted and truth names, each name normalised by
  comparison_key, periods read as spaces ("R.C. Baker" = "R C Baker", "Jr." = "Jr"), a leading
  "by " removed and outer punctuation stripped (so two spellings of one name count once); a page with no
  prediction scores 0; macro average over pages whose truth has at least one author. Truth
  strings (readability byline, trafilatura_eval author) are split with corpora.split_names.
- standfirst (fundus only, diagnostics): the truth's standfirst is its body's `summary`.
  found: share of pages with one where newslake's dek matches it (token F1 >= 0.8);
  precision: share of newslake's deks that match it (a lower bound: fundus leaves some
  standfirsts out).
- captions (fundus only). Truth captions: `images[].caption`, non-empty, and not itself in the
  truth body (a caption that is also a body sentence cannot leak).
  leak (lower is better): share of truth captions whose comparison_key occurs inside the text.
  recall: share of truth captions matched by a predicted caption: token_f1 >= 0.8 between the two
  caption texts, or one comparison_key contains the other (the shorter at least 20 characters).
  credit split: of the truth captions with a photo credit (`images[].authors`), the share whose
  matched newslake caption has a photographer or agency whose word tokens are all among the
  credit's tokens, or an agency that a part of the credit names by another alias ("PA" for
  "PA Media"; an unmatched caption counts as wrong); "credit | matched" divides by the
  matched ones only. trafilatura: 0 (no captions).
- seconds/page: mean wall time per page of each tool (newslake's includes its own trafilatura
  call plus cleaning and enrichment).

`--csv DIR` writes DIR/<corpus>.csv with one row per page: every truth, prediction and score.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
import statistics
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from datetime import time as dt_time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from trafilatura import bare_extraction

from benchmarks.corpora import CORPORA, LOADERS, TruthPage
from benchmarks.scoring import token_f1
from transforms.credits import CREDIT_SPLIT, find_agency
from transforms.errors import Rejected
from transforms.model import Article, Caption, RawDocument
from transforms.normalize import comparison_key, word_tokens
from transforms.pipeline import process_documents

TOOLS = ("nl", "tr")  # newslake, trafilatura
DEK_MATCH = 0.8  # token F1 at which newslake's dek is the truth's standfirst


@dataclass(frozen=True)
class Output:
    """One tool's result on one page, in comparable form."""

    ok: bool
    text: str = ""
    title: str | None = None
    authors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    published: datetime | date | None = None
    date_source: str | None = None
    captions: tuple[Caption, ...] = ()
    outlet: str | None = None
    dek: str = ""
    body_only: str = ""
    seconds: float = 0.0
    note: str = ""


def run_newslake(doc: RawDocument | None, reject: str = "") -> Output:
    if doc is None:
        return Output(ok=False, note=reject)
    clock = time.perf_counter()
    (result,) = process_documents([doc])
    seconds = time.perf_counter() - clock
    if not isinstance(result, Article):
        return Output(ok=False, seconds=seconds, note=result.reason)
    text = "\n\n".join(t for t in (result.dek, result.body) if t)
    return Output(ok=bool(result.body.strip()), text=text, title=result.title,
                  authors=tuple(result.authors), agencies=tuple(result.wire_agencies),
                  published=stated_time(result.published_at, result.published_offset),
                  date_source=result.date_source, captions=tuple(result.captions), outlet=result.outlet,
                  dek=result.dek or "", body_only=result.body, seconds=seconds)


def run_trafilatura(html: str | bytes, url: str | None) -> Output:
    clock = time.perf_counter()
    try:
        doc = bare_extraction(html, url=url, with_metadata=True)
    except Exception as exc:  # noqa: BLE001 - a crash is a miss for the baseline, not for the run
        return Output(ok=False, seconds=time.perf_counter() - clock, note=type(exc).__name__)
    seconds = time.perf_counter() - clock
    if doc is None:
        return Output(ok=False, seconds=seconds, note="none")
    day = None
    if doc.date:
        try:
            day = date.fromisoformat(doc.date[:10])
        except ValueError:
            day = None
    authors = tuple(a.strip() for a in (doc.author or "").split(";") if a.strip())
    text = doc.text or ""
    return Output(ok=bool(text.strip()), text=text, title=doc.title, authors=authors, published=day,
                  body_only=text, seconds=seconds)


# --- scoring helpers -------------------------------------------------------------------------

def truth_days(published: str) -> tuple[date, date, tzinfo | None] | None:
    """(day the truth states, its UTC day, its offset or None) of a truth date or timestamp."""
    text = published.strip()
    text = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text)  # "+0100" -> "+01:00"
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        try:
            day = date.fromisoformat(text[:10])
        except ValueError:
            return None
        return day, day, None
    if stamp.tzinfo is None:
        return stamp.date(), stamp.date(), None
    return stamp.date(), stamp.astimezone(UTC).date(), stamp.tzinfo


def day_in_some_offset(value: datetime | date | None, stated: date, tz: tzinfo | None) -> bool:
    """Diagnostic: could `value` be the stated day in some offset from UTC-12 to UTC+14?

    Only for truths without an offset (with one, this is the stated-day metric). A value at
    00:00:00 UTC is taken for a date-only value and must match exactly."""
    if value is None:
        return False
    if tz is not None or not isinstance(value, datetime):
        return predicted_days(value, tz)[0] == stated
    utc = value.astimezone(UTC)
    if utc.time() == dt_time(0):
        return utc.date() == stated
    return (utc - timedelta(hours=12)).date() <= stated <= (utc + timedelta(hours=14)).date()


def stated_time(published: datetime | None, offset: int | None) -> datetime | None:
    """newslake's UTC instant shown in the offset the page stated (`published_utc_offset`)."""
    if published is None or offset is None:
        return published
    return published.astimezone(timezone(timedelta(minutes=offset)))


def predicted_days(value: datetime | date | None, tz: tzinfo | None) -> tuple[date | None, date | None]:
    """(stated-day view, UTC-day view) of a prediction, for a truth in offset `tz`. With no
    truth offset the stated view is the prediction's own local day (the offset its page stated)."""
    if value is None:
        return None, None
    if isinstance(value, datetime):
        utc = value.astimezone(UTC)
        return (value.astimezone(tz).date() if tz else value.date()), utc.date()
    return value, value


def author_key(name: str) -> str:
    """comparison_key, periods as spaces ("R.C. Baker" = "R C Baker", "Jr." = "Jr"), a leading
    "by " removed, outer punctuation stripped."""
    key = " ".join(comparison_key(name).replace(".", " ").split())
    key = re.sub(r"^by\s+", "", key)
    return key.strip(" ,;:|-/·•")


_DESK_WORDS = re.compile(r"redaktion|redaction|rédaction|redazione|staff|desk|editorial|newsroom|news service|"
                         r"agencies|agencias|agenturen|online|team", re.IGNORECASE)


def _letters(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in folded if c.isalnum())


def _registered(host: str) -> str:
    """The name a host is registered under: "bbc" for www.bbc.co.uk, "webmd" for webmd.com."""
    labels = [label for label in host.lower().split(".") if label and label != "www"][:-1]
    while len(labels) >= 2 and labels[-1] in ("co", "com", "org", "net", "gov", "ac"):
        labels.pop()
    return _letters(labels[-1]) if labels else ""


def is_person_credit(name: str, url: str | None, site: str | None = None) -> bool:
    """Whether a truth author is a person, as the issue defines authors: not a wire agency
    ("AP", "dpa"), not a desk ("MM-Redaktion", "Guardian staff reporter") and not the outlet
    itself (its name spelled inside the page's host: "Euronews", "mbl.is", "Les Echos";
    opening with the host's registered name: "BBC News", "WebMD Health News"; or the site
    name the truth gives, for pages without a URL)."""
    if find_agency(name) is not None or _DESK_WORDS.search(name):
        return False
    host = urlsplit(url).hostname or "" if url else ""
    letters, words = _letters(name), name.split()
    if site and letters == _letters(site):
        return False
    return not (host and letters and (letters in _letters(host) or _letters(words[0]) == _registered(host)))


_BYLINE_OPENER = re.compile(r"^(?:by|par|von|por|avec|with|mit)\s+", re.IGNORECASE)
_CREDIT_JOIN = re.compile(r"\s*/\s*|\s+(?:mit|with|avec|con|com)\s+", re.IGNORECASE)
# A bracket holding more names opens with a joining word or lists them; any other bracket is
# part of the name ("Bruno (Henrique Zecchin) Rodrigues").
_NAMES_BRACKET = re.compile(r"\((?=\s*(?:avec|with|mit|and|und|et|con|com)\b|[^)]*[;,])", re.IGNORECASE)
_CREDENTIALS = frozenset({"MA", "MS", "MSc", "BSc", "BA", "MD", "PhD", "RN", "MPH", "MBA", "JD", "DVM"})
# A byline's date, cut at its first digit, leaves its month or weekday ("April 28, 2019 at
# 6:01 am" leaves "April"): these words end no name.
_DATE_WORD = re.compile(
    r"(?:\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|updated|published|posted|on|am|le|el|de|den|vom)\.?[\s,]*)+$",
    re.IGNORECASE)


def truth_people(names: Iterable[str], url: str | None, site: str | None = None) -> list[str]:
    """The people among a truth's author names, each read as a byline (readability's truth is
    the byline element's raw text, trafilatura_eval's a credit line): a bracket opening with
    a joining word holds more names ("Martin Untersinger (avec Damien Leloup"); a line break
    ends the name (the desk or date on the next line: "By Kelli Miller\n WebMD Health News");
    "By"/"Par" and a date or number after the name go ("by Lucas Nolan22 Dec 2016651"); a
    credential ("MA") is no name; a credit joining an agency, desk or the outlet with "/" or
    "mit" names no person ("dpa/lno", "AFP/The Local", "FR mit dpa"); then is_person_credit."""
    people = []
    for name in names:
        for part in (piece for chunk in _NAMES_BRACKET.split(name) for piece in chunk.split(";")):
            part = _BYLINE_OPENER.sub("", (part.strip().strip("()").strip().splitlines() or [""])[0])
            head = re.split(r"\d", part, maxsplit=1)[0]
            part = (_DATE_WORD.sub("", head) if head != part else head).strip(" ,;:|-()")
            pieces = _CREDIT_JOIN.split(part)
            if part and part not in _CREDENTIALS and all(is_person_credit(p, url, site) for p in pieces):
                people.append(part)
    return people


def agency_key(name: str) -> str:
    agency = find_agency(name)
    return author_key(agency.name if agency else name)


def set_f1(predicted: Iterable[str], truth: Iterable[str]) -> float | None:
    p = {k for k in map(author_key, predicted) if k}
    t = {k for k in map(author_key, truth) if k}
    if not t:
        return None
    overlap = len(p & t)
    if not overlap:
        return 0.0
    precision, recall = overlap / len(p), overlap / len(t)
    return 2 * precision * recall / (precision + recall)


def snippet_hits(snippets: Iterable[str], text: str) -> list[bool]:
    key = comparison_key(text)
    return [comparison_key(s) in key for s in snippets]


def captions_match(truth: str, predicted: str) -> float:
    """token F1 of two caption texts, or 1.0 when one contains the other (shorter >= 20 chars)."""
    t, p = comparison_key(truth), comparison_key(predicted)
    if not t or not p:
        return 0.0
    short, long = sorted((t, p), key=len)
    if len(short) >= 20 and short in long:
        return 1.0
    return token_f1(p, t)


def credit_matches(credit: Iterable[str], caption: Caption) -> bool:
    """Whether the caption's photographer or agency is the truth credit's: its words are among
    the credit's, or the agency is the one a part of the credit names under another alias
    (truth "PA", newslake's canonical "PA Media")."""
    credit = list(credit)
    tokens = set(word_tokens(" ".join(credit)))
    for part in (caption.photographer, caption.agency):
        words = word_tokens(part or "")
        if words and set(words) <= tokens:
            return True
    named = {agency.name for text in credit for part in CREDIT_SPLIT.split(text)
             if (agency := find_agency(part))}
    return caption.agency in named


def truth_captions(page: TruthPage) -> list[dict[str, Any]]:
    body = comparison_key(page.body or "")
    out = []
    for image in page.images:
        caption = (image.get("caption") or "").strip()
        if caption and comparison_key(caption) not in body:
            out.append(image)
    return out


# --- one page ----------------------------------------------------------------------------------

# Whether a corpus's truth body includes the standfirst: fundus' body_text is "summary +
# subheads + paragraphs"; scrapinghub_aeb's human-annotated articleBody leaves standfirsts out.
# newslake keeps the dek in its own column, so its text for "body token F1" follows the truth's
# definition; the other reading is printed as a diagnostic row.
TRUTH_BODY_HAS_STANDFIRST = {"scrapinghub_aeb": False}


def evaluate_page(page: TruthPage, with_standfirst: bool = True) -> dict[str, Any]:
    try:
        doc: RawDocument | None = page.document()
        reject = ""
    except Rejected as exc:
        doc, reject = None, exc.reason
    html: str | bytes = doc.content if doc else gzip.decompress(page.html_path.read_bytes())
    outputs = {"nl": run_newslake(doc, reject),
               "tr": run_trafilatura(html, doc.hints.url if doc else page.page_url)}
    row: dict[str, Any] = {"page": page.name, "language": page.language or "?", "url": page.page_url}
    for tool, out in outputs.items():
        row[f"ok_{tool}"] = int(out.ok)
        row[f"seconds_{tool}"] = round(out.seconds, 4)
    row["reject_nl"] = outputs["nl"].note if not outputs["nl"].ok else ""
    row["date_source_nl"] = outputs["nl"].date_source or ""
    # What newslake read, also where the corpus has no truth for it: for reading pages of
    # publishers whose fields no corpus annotates (overwritten below where one does).
    nl = outputs["nl"]
    row["outlet_nl"] = nl.outlet or ""
    row["title_nl"], row["date_nl"] = nl.title or "", nl.published.isoformat() if nl.published else ""
    row["authors_nl"], row["agencies_nl"] = "; ".join(nl.authors), "; ".join(nl.agencies)
    row["captions_nl"] = " | ".join(f"{c.text} [{c.photographer or ''}/{c.agency or ''}]" for c in nl.captions)

    if page.body is not None:
        for tool, out in outputs.items():
            row[f"body_f1_{tool}"] = round(token_f1(out.text, page.body), 4)
        other = round(token_f1(outputs["nl"].body_only, page.body), 4)
        if not with_standfirst:  # newslake's body alone is what this truth calls the body
            row["body_f1_nl"], other = other, row["body_f1_nl"]
        row["body_other_f1_nl"] = other

    if page.standfirst is not None:  # newslake's dek against the truth's summary (diagnostic)
        row["dek_truth"], row["dek_nl"] = page.standfirst, nl.dek
        right = bool(nl.dek and page.standfirst) and token_f1(nl.dek, page.standfirst) >= DEK_MATCH
        row["dek_truth_n"], row["dek_out_nl"] = int(bool(page.standfirst)), int(bool(nl.dek))
        row["dek_found_nl"] = row["dek_true_nl"] = int(right)

    if page.must_have or page.must_not:
        row["must_have_n"], row["must_not_n"] = len(page.must_have), len(page.must_not)
        for tool, out in outputs.items():
            have = snippet_hits(page.must_have, out.text)
            bad = snippet_hits(page.must_not, out.text)
            row[f"must_have_{tool}"], row[f"must_not_{tool}"] = sum(have), sum(bad)
            row[f"missed_{tool}"] = " | ".join(s for s, hit in zip(page.must_have, have) if not hit)
            row[f"unwanted_{tool}"] = " | ".join(s for s, hit in zip(page.must_not, bad) if hit)

    if page.title:
        row["title_truth"] = page.title
        for tool, out in outputs.items():
            row[f"title_{tool}"] = out.title or ""
            row[f"title_ok_{tool}"] = int(bool(out.title)
                                          and comparison_key(out.title) == comparison_key(page.title))

    days = truth_days(page.published) if page.published else None
    if days:
        stated, utc, tz = days
        row["date_truth"] = page.published
        for tool, out in outputs.items():
            p_stated, p_utc = predicted_days(out.published, tz)
            row[f"date_{tool}"] = out.published.isoformat() if out.published else ""
            row[f"date_ok_{tool}"] = int(p_stated == stated)
            row[f"date_utc_ok_{tool}"] = int(p_utc == utc)
        row["date_any_offset_ok_nl"] = int(day_in_some_offset(outputs["nl"].published, stated, tz))

    if page.authors:
        row["authors_truth"] = "; ".join(page.authors)
        for tool, out in outputs.items():
            row[f"authors_{tool}"] = "; ".join(out.authors)
            row[f"authors_f1_{tool}"] = round(set_f1(out.authors, page.authors) or 0.0, 4)
        row["agencies_nl"] = "; ".join(outputs["nl"].agencies)
        row["authors_wire_f1_nl"] = round(set_f1(
            [agency_key(n) for n in nl.authors + nl.agencies], [agency_key(n) for n in page.authors]) or 0.0, 4)
        people = truth_people(page.authors, page.url, page.truth.get("siteName"))
        if people:
            for tool, out in outputs.items():
                row[f"people_f1_{tool}"] = round(set_f1(out.authors, people) or 0.0, 4)

    captions = truth_captions(page)
    if captions:
        leaks = {tool: [] for tool in TOOLS}
        matched = credited = credit_ok = 0
        missed = []
        for image in captions:
            for tool, out in outputs.items():
                if comparison_key(image["caption"]) in comparison_key(out.text):
                    leaks[tool].append(image["caption"])
            scored = [(captions_match(image["caption"], c.text), c) for c in outputs["nl"].captions]
            best = max(scored, key=lambda sc: sc[0], default=(0.0, None))
            hit = best[0] >= 0.8
            matched += hit
            if not hit:
                missed.append(image["caption"])
            if image.get("authors"):
                credited += 1
                if hit and credit_matches(image["authors"], best[1]):
                    credit_ok += 1
        row["captions_n"] = len(captions)
        for tool in TOOLS:
            row[f"caption_leak_{tool}"] = len(leaks[tool])
        row["caption_recall_nl"], row["caption_recall_tr"] = matched, 0
        row["credit_n"], row["credit_ok_nl"], row["credit_ok_tr"] = credited, credit_ok, 0
        row["credit_matched_n"] = sum(
            1 for image in captions if image.get("authors")
            and any(captions_match(image["caption"], c.text) >= 0.8 for c in outputs["nl"].captions))
        row["leaked_nl"] = " | ".join(leaks["nl"])
        row["missed_captions_nl"] = " | ".join(missed)
        row["captions_nl"] = " | ".join(
            f"{c.text} [{c.photographer or ''}/{c.agency or ''}]" for c in outputs["nl"].captions)
        # Precision: newslake's captions that are one of the page's truth captions (those
        # printed in the body too). A lower bound: the truth may leave a real caption out.
        every = [(image.get("caption") or "").strip() for image in page.images]
        found = outputs["nl"].captions
        row["captions_out_nl"] = len(found)
        row["captions_true_nl"] = sum(any(captions_match(t, c.text) >= 0.8 for t in every if t) for c in found)
        row["unmatched_captions_nl"] = " | ".join(
            c.text for c in found if not any(captions_match(t, c.text) >= 0.8 for t in every if t))
    return row


def evaluate_corpus(name: str, root: Path = CORPORA) -> list[dict[str, Any]]:
    with_standfirst = TRUTH_BODY_HAS_STANDFIRST.get(name, True)
    return [evaluate_page(page, with_standfirst) for page in LOADERS[name](root)]


# --- aggregation and tables --------------------------------------------------------------------

def _mean(rows: list[dict[str, Any]], key: str) -> tuple[float | None, int]:
    values = [float(r[key]) for r in rows if r.get(key) is not None and r.get(key) != ""]
    return (statistics.mean(values) if values else None), len(values)


def _micro(rows: list[dict[str, Any]], key: str, total: str) -> tuple[float | None, int]:
    n = sum(int(r[total]) for r in rows if r.get(total))
    if not n:
        return None, 0
    return sum(int(r.get(key) or 0) for r in rows if r.get(total)) / n, n


@dataclass(frozen=True)
class Metric:
    label: str
    compute: Callable[[list[dict[str, Any]], str], tuple[float | None, int]]
    percent: bool
    unit: str = "pages"
    newslake_only: bool = False


METRICS: dict[str, Metric] = {
    "yield": Metric("article yield", lambda rows, t: _mean(rows, f"ok_{t}"), True),
    "body": Metric("body token F1", lambda rows, t: _mean(rows, f"body_f1_{t}"), False),
    "body_other": Metric("body token F1, other standfirst reading (diag.)",
                         lambda rows, t: _mean(rows, "body_other_f1_nl"), False, newslake_only=True),
    "dek_recall": Metric("standfirst found (diag.)", lambda rows, t: _micro(rows, "dek_found_nl", "dek_truth_n"),
                         True, newslake_only=True),
    "dek_precision": Metric("standfirst precision, lower bound (diag.)",
                            lambda rows, t: _micro(rows, "dek_true_nl", "dek_out_nl"), True,
                            newslake_only=True),
    "must_have": Metric("must-have snippets found",
                        lambda rows, t: _micro(rows, f"must_have_{t}", "must_have_n"), True, "snippets"),
    "must_not": Metric("must-not snippets present (lower better)",
                       lambda rows, t: _micro(rows, f"must_not_{t}", "must_not_n"), True, "snippets"),
    "title": Metric("title exact", lambda rows, t: _mean(rows, f"title_ok_{t}"), True),
    "date": Metric("date, stated day (headline)", lambda rows, t: _mean(rows, f"date_ok_{t}"), True),
    "date_utc": Metric("date, UTC day", lambda rows, t: _mean(rows, f"date_utc_ok_{t}"), True),
    "date_any": Metric("date, stated day in any offset (diag.)",
                       lambda rows, t: _mean(rows, "date_any_offset_ok_nl"), True,
                       newslake_only=True),
    "people": Metric("authors F1, people (headline)", lambda rows, t: _mean(rows, f"people_f1_{t}"), False),
    "authors": Metric("authors F1, truth as given (diag.)", lambda rows, t: _mean(rows, f"authors_f1_{t}"), False),
    "authors_wire": Metric("authors F1 + wire agencies, as given (diag.)",
                           lambda rows, t: _mean(rows, "authors_wire_f1_nl"), False,
                           newslake_only=True),
    "leak": Metric("caption leak into text (lower better)",
                   lambda rows, t: _micro(rows, f"caption_leak_{t}", "captions_n"), True, "captions"),
    "recall": Metric("caption recall",
                     lambda rows, t: _micro(rows, f"caption_recall_{t}", "captions_n"), True, "captions"),
    "caption_precision": Metric("caption precision, lower bound (diag.)",
                                lambda rows, t: _micro(rows, "captions_true_nl", "captions_out_nl"),
                                True, "captions", newslake_only=True),
    "credit": Metric("credit split", lambda rows, t: _micro(rows, f"credit_ok_{t}", "credit_n"),
                     True, "captions"),
    "credit_matched": Metric("credit split | matched caption",
                             lambda rows, t: _micro(rows, f"credit_ok_{t}", "credit_matched_n"),
                             True, "captions"),
    "seconds": Metric("seconds/page", lambda rows, t: _mean(rows, f"seconds_{t}"), False),
}

# The targets of the extraction issue: (metric, corpus) -> ("≥" or "≤", value).
TARGETS: dict[tuple[str, str], tuple[str, float]] = {
    ("title", "fundus"): ("≥", 0.95), ("title", "readability"): ("≥", 0.95),
    ("title", "trafilatura_eval"): ("≥", 0.90),
    ("date", "fundus"): ("≥", 0.98), ("date", "trafilatura_eval"): ("≥", 0.93),
    ("date", "htmldate_mediacloud"): ("≥", 0.93),
    ("people", "fundus"): ("≥", 0.92), ("people", "readability"): ("≥", 0.80),
    ("body", "fundus"): ("≥", 0.97), ("body", "scrapinghub_aeb"): ("≥", 0.96),
    ("must_have", "trafilatura_eval"): ("≥", 0.95), ("must_not", "trafilatura_eval"): ("≤", 0.03),
    ("leak", "fundus"): ("≤", 0.01), ("recall", "fundus"): ("≥", 0.80),
}


def _fmt(value: float | None, percent: bool) -> str:
    if value is None:
        return "—"
    return f"{value:.1%}" if percent else f"{value:.3f}"


def summary(rows: list[dict[str, Any]], corpus: str) -> list[dict[str, Any]]:
    """One line per metric that has truth in this corpus: values, n, target and whether met."""
    out = []
    for key, metric in METRICS.items():
        ours, n = metric.compute(rows, "nl")
        if not n:
            continue
        theirs = None if metric.newslake_only else metric.compute(rows, "tr")[0]
        target = TARGETS.get((key, corpus))
        met = None
        if target and ours is not None:
            met = ours >= target[1] if target[0] == "≥" else ours <= target[1]
        out.append({"metric": key, "label": metric.label, "newslake": ours, "trafilatura": theirs,
                    "n": n, "unit": metric.unit, "percent": metric.percent, "target": target,
                    "met": met})
    return out


def print_corpus(corpus: str, rows: list[dict[str, Any]], seconds: float) -> None:
    print(f"\n== {corpus}: {len(rows)} pages, {seconds:.1f} s")
    print(f"{'metric':<40} {'newslake':>9} {'trafilatura':>11} {'pages':>14}  target")
    for line in summary(rows, corpus):
        target = ""
        if line["target"]:
            sign, value = line["target"]
            target = f"{sign}{_fmt(value, line['percent'])}" + ("" if line["met"] else "  MISSED")
        n = f"{line['n']}" + ("" if line["unit"] == "pages" else f" {line['unit']}")
        print(f"{line['label']:<40} {_fmt(line['newslake'], line['percent']):>9} "
              f"{_fmt(line['trafilatura'], line['percent']):>11} {n:>14}  {target}")


def print_languages(rows: list[dict[str, Any]]) -> None:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups["all"].append(row)
        groups[row["language"]].append(row)
    order = ["all"] + sorted((k for k in groups if k != "all"), key=lambda k: (-len(groups[k]), k))
    print("\nfundus by declared page language (<html lang>); each cell newslake / trafilatura")
    print(f"{'lang':<5} {'pages':>5}  {'body F1':>15}  {'title':>15}  {'date (stated)':>15}  "
          f"{'authors F1':>15}")
    for key in order:
        group = groups[key]
        cells = []
        for metric in ("body", "title", "date", "people"):
            m = METRICS[metric]
            ours, n = m.compute(group, "nl")
            theirs, _ = m.compute(group, "tr")
            pct = m.percent
            cells.append(f"{_fmt(ours, pct)} / {_fmt(theirs, pct)}" if n else "—")
        print(f"{key:<5} {len(group):>5}  " + "  ".join(f"{c:>15}" for c in cells))


def write_csv(folder: Path, corpus: str, rows: list[dict[str, Any]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    fields: list[str] = []
    for row in rows:
        fields += [k for k in row if k not in fields]
    path = folder / f"{corpus}.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="+", choices=list(LOADERS), default=list(LOADERS),
                        metavar="NAME", help=f"corpora to run (default all: {', '.join(LOADERS)})")
    parser.add_argument("--csv", type=Path, metavar="DIR", help="write DIR/<corpus>.csv, one row per page")
    args = parser.parse_args(argv)
    missing = [c for c in args.corpus if not (CORPORA / c).is_dir()]
    if missing:
        print(f"corpora not found under {CORPORA}: {', '.join(missing)}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    for corpus in args.corpus:
        clock = time.perf_counter()
        rows = evaluate_corpus(corpus)
        print_corpus(corpus, rows, time.perf_counter() - clock)
        if corpus == "fundus":
            print_languages(rows)
        if args.csv:
            write_csv(args.csv, corpus, rows)
        sys.stdout.flush()
    print(f"\ntotal {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
