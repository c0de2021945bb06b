"""Publication dates: parse what pages and inputs declare; never guess from body text."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from email.utils import parsedate_to_datetime

_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")
_URL_DATE_SLASHED = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/")


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
        # fromisoformat handles "Z" and most offsets on 3.11; tolerate "+0200" and a space separator.
        text = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text)
        parsed = _from_text(text)
    else:
        return None
    return parsed


def _from_text(text: str) -> datetime | None:
    """ISO 8601, then the ISO date alone when the time part is not understood."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text[:10])
    except ValueError:
        return None


def date_from_url(url: str | None) -> datetime | None:
    """A date written in the URL path ("/2017/07/11/", "/20170711-"), at midnight UTC."""
    if not url:
        return None
    for pattern in (_URL_DATE_SLASHED, _URL_DATE):
        match = pattern.search(url)
        if match:
            try:
                return datetime(*map(int, match.groups()), tzinfo=UTC)
            except ValueError:
                continue
    return None
