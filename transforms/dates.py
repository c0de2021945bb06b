"""Publication dates: parse what pages and inputs declare; never guess from body text."""

from __future__ import annotations

import functools
import re
from datetime import UTC, date, datetime, time
from email.utils import parsedate_to_datetime
from typing import Any

_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")
_URL_DATE_SLASHED = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/")
# "/20170711-", "/2017-07-11/": one date token, no slash inside it.
_URL_DATE_WHOLE = re.compile(r"/((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")
# A compact date closing the slug: "/storm-brought-under-control-20200113".
_URL_DATE_SLUG = re.compile(r"-((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.?#]|$)")


def parse_timestamp(value: object) -> datetime | None:
    """An ISO 8601 (or RFC 2822) date or timestamp as an aware UTC datetime; a naive one is
    taken as UTC. None for anything that is not a plausible date (years 1990 to 2100)."""
    return parse_stated(value)[0]


def parse_stated(value: object) -> tuple[datetime | None, int | None]:
    """(the instant in UTC, the offset from UTC in minutes the value stated, or None).

    The offset keeps the publisher's own calendar day: "2022-05-03T22:46-03:00" is
    2022-05-04 01:46 UTC but was published on May 3.
    """
    parsed = _parse(value)
    if parsed is None:
        return None, None
    offset = parsed.utcoffset()
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        utc = parsed.astimezone(UTC)
    except (OverflowError, ValueError):  # year 1 or 9999 with an offset
        return None, None
    if not 1990 <= utc.year <= 2100:
        return None, None
    return utc, (int(offset.total_seconds() // 60) if offset is not None else None)


def _parse(value: object) -> datetime | None:
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime.combine(value, time())
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        text = re.sub(r"\s+", " ", text)
        if re.match(r"^[A-Za-z]{3},", text):  # RFC 2822 ("Tue, 11 Jul 2017 22:00:00 +0200")
            try:
                return parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                return None
        script = _JS_DATE.match(text)
        if script:  # JavaScript's Date.toString(): "Tue Nov 19 2019 03:05:46 GMT+0000 (…)"
            try:
                return parsedate_to_datetime("{0}, {2} {1} {3} {4} {5}".format(*script.groups()))
            except (TypeError, ValueError, IndexError):
                return None
        # fromisoformat handles "Z" and most offsets on 3.11; tolerate "+0200" and a space separator.
        text = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text)
        parsed = _from_text(text)
    else:
        return None
    return parsed


_JS_DATE = re.compile(r"^([A-Za-z]{3}) ([A-Za-z]{3}) (\d{1,2}) (\d{4}) (\d\d:\d\d:\d\d) GMT([+-]\d{4})\b")
_LOOSE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(\.\d+)?"
                        r"(Z|[+-]\d\d:\d\d)?)?")


def _from_text(text: str) -> datetime | None:
    """ISO 8601, then the ISO date alone when the time part is not understood."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    # Single-digit fields, as some CMSs write them: "2022-5-5 22:17:36", "2020-12-05T23:15:0Z".
    loose = _LOOSE_ISO.fullmatch(text)
    if loose:
        year, month, day, hour, minute, second, fraction, zone = loose.groups()
        padded = f"{year}-{int(month):02d}-{int(day):02d}"
        if hour is not None:
            padded += f"T{int(hour):02d}:{int(minute):02d}:{int(second or 0):02d}{fraction or ''}{zone or ''}"
        try:
            return datetime.fromisoformat(padded)
        except ValueError:
            pass
    try:
        return datetime.fromisoformat(text[:10])
    except ValueError:
        return None


def date_from_url(url: str | None, strict: bool = False) -> datetime | None:
    """A date written in the URL path ("/2017/07/11/", "/20170711-", "…-20170711"), at midnight UTC.

    `strict`: only forms that cannot be a date followed by a number in the slug ("/2024/05/12-
    ways-to-save/" is May 2024, not May 12).
    """
    if not url:
        return None
    patterns = (_URL_DATE_SLASHED, _URL_DATE_WHOLE, _URL_DATE_SLUG) if strict else \
        (_URL_DATE_SLASHED, _URL_DATE, _URL_DATE_SLUG)
    for pattern in patterns:
        match = pattern.search(url)
        if match:
            try:
                return datetime(*map(int, match.groups()), tzinfo=UTC)
            except ValueError:
                continue
    return None


# --- Dates printed beside the headline ("Published: 10:00am, 20 Jan, 2020", "19.2.2020 klo 14.00")

# Labels of a later change, not of publication: a segment carrying one is skipped.
CHANGE_LABEL = re.compile(
    r"\b(?:updated?|modified|edited|aktualisiert|editiert|geändert|actualizad[oa]|atualizad[oa]|"
    r"mis à jour|modifié|aggiornat[oa]|päivitetty|bijgewerkt|zaktualizowano|обновлено)\b",
    re.IGNORECASE)
_SEGMENTS = re.compile(r"\s*[|•·]\s*")
# "Published:", "PUBLISHED:", "Publiziert:": a short label without digits, then a colon.
_LABEL = re.compile(r"^[^\d:]{1,30}:\s+")
# Day-first or year-first numeric dates (also "2020年07月12日", "2020년 7월 12일"), with a time of
# day when one follows.
_NUMERIC = re.compile(
    r"(?<!\d)(?:(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>(?:19|20)\d\d)"
    r"|(?P<y2>(?:19|20)\d\d)[./-](?P<m2>\d{1,2})[./-](?P<d2>\d{1,2})"
    r"|(?P<y3>(?:19|20)\d\d)\s*[年년]\s*(?P<m3>\d{1,2})\s*[月월]\s*(?P<d3>\d{1,2})\s*[日일]?)(?!\d)"
    r"(?:[^\d]{1,12}?(?P<H>[01]?\d|2[0-3])[:.h](?P<M>[0-5]\d)(?!\d))?")
_MONTH_FIRST = frozenset({"en-us", "en"})  # "02/24/2020" reads month first only in US English


def parse_printed(text: str, language: str | None = None, worded: bool = True) -> tuple[datetime, bool] | None:
    """(the local date and time a page prints, whether a time of day was printed), or None.

    Printed dates are the publisher's wall clock: no offset. Numeric dates read day first
    (month first for US English when the day cannot be the first number); dates with month
    names go to dateparser, which knows the month and weekday words of 200 locales (1-5 ms a
    text: `worded=False` reads numeric dates only).
    The whole text is tried, then its parts between bars ("February 24, 2020 | 9:25pm",
    "Published: … | Updated: …"); a part labelled as an update is skipped.
    """
    segments = _SEGMENTS.split(text)
    for segment in ([text] if len(segments) > 1 else []) + segments:
        segment = segment.strip(" /-–—,")
        if not segment or CHANGE_LABEL.search(segment) or not 4 <= sum(map(str.isdigit, segment)) <= 14:
            continue
        segment = _LABEL.sub("", segment)
        found = _numeric(segment, language) or worded and _worded(segment, language)
        if found:
            return found
    return None


def _numeric(segment: str, language: str | None) -> tuple[datetime, bool] | None:
    match = _NUMERIC.search(segment)
    if not match:
        return None
    if match["y"]:
        day, month, year = int(match["d"]), int(match["m"]), int(match["y"])
        if (language or "").lower() in _MONTH_FIRST and day <= 12:
            day, month = month, day
    elif match["y2"]:
        day, month, year = int(match["d2"]), int(match["m2"]), int(match["y2"])
    else:
        day, month, year = int(match["d3"]), int(match["m3"]), int(match["y3"])
    timed = match["H"] is not None
    try:
        found = datetime(year, month, day, int(match["H"] or 0), int(match["M"] or 0))
    except ValueError:
        return None
    if re.search(r"\b[pP]\.?\s?[mM]\b", segment[match.end():match.end() + 6]) and found.hour < 12:
        found = found.replace(hour=found.hour + 12)
    return found, timed


_ARABIC = re.compile(r"[\u0600-\u06FF]{3}")
_TWO_NAMES = re.compile(r"([^\W\d_]+)\s*/\s*([^\W\d_]+)")


def _worded(segment: str, language: str | None) -> tuple[datetime, bool] | None:
    """dateparser on the segment, then on it without the words of a label before the date
    ("Veröffentlicht am 13. Mai 2026 um 15:44": from the word before the first digit, then
    from the digit)."""
    if not re.search(r"[^\W\d_]{3}", segment):
        return None
    language = (language or "")[:2].lower() or None
    if not language and _ARABIC.search(segment):
        language = "ar"  # the script tells the locale where the page declares none
    parser = _date_parser(language)
    digit = re.search(r"\d", segment)
    tries = [segment]
    if digit and digit.start():
        before = segment[:digit.start()].rstrip().rsplit(None, 1)
        tries += [segment[digit.start() - len(before[-1]) - 1:] if before and len(before) > 1 else "",
                  segment[digit.start():]]
    # Two names of one month ("24 نيسان / أبريل 2020", Levantine and standard Arabic): each in turn.
    tries += [_TWO_NAMES.sub(keep, t) for keep in (r"\2", r"\1") for t in list(tries) if _TWO_NAMES.search(t)]
    for text in filter(None, dict.fromkeys(t.strip() for t in tries)):
        try:
            data = parser.get_date_data(text)
        except (ValueError, OverflowError, KeyError):
            continue
        found = data["date_obj"]
        if found is not None and 1990 <= found.year <= 2100:
            return found.replace(tzinfo=None, second=0, microsecond=0), data["period"] == "time"
    return None


DEFAULT_LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl", "ru")


@functools.lru_cache(maxsize=64)
def _date_parser(language: str | None) -> Any:
    from dateparser import DateDataParser  # imported on first use: it loads locale data

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_TIME_AS_PERIOD": True,
                "PREFER_DAY_OF_MONTH": "first"}
    # Without a declared language, the most common ones: all 200 locales cost 0.1-0.3 s a call.
    try:
        return DateDataParser(languages=[language] if language else list(DEFAULT_LANGUAGES),
                              settings=settings, try_previous_locales=False)
    except ValueError:  # a language dateparser does not know
        return DateDataParser(languages=list(DEFAULT_LANGUAGES), settings=settings)

