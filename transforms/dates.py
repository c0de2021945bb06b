"""Publication dates: parse what pages and inputs declare; never guess from body text."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from email.utils import parsedate_to_datetime

_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")
_URL_DATE_SLASHED = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/")


def parse_timestamp(value: object) -> datetime | None:
    """An ISO 8601 date or timestamp as an aware UTC datetime; a naive one is taken as UTC.

    Returns None for anything that is not a plausible date (years 1990 to 2100).
    """
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime.combine(value, time())
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        text = re.sub(r"\s+", " ", text)
        # fromisoformat handles "Z" and most offsets on 3.11; tolerate "+0200" and a space separator.
        text = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text)
        parsed = _from_text(text)
        if parsed is None:
            return None
    else:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        parsed = parsed.astimezone(UTC)
    except (OverflowError, ValueError):  # year 1 or 9999 with an offset
        return None
    if not 1990 <= parsed.year <= 2100:
        return None
    return parsed


def _from_text(text: str) -> datetime | None:
    """ISO 8601 first, then RFC 2822 (feeds, e-mail: "Tue, 11 Jul 2017 10:00:00 GMT"), then the
    ISO date alone when the time part is not understood."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
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
