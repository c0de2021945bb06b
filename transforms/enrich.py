"""Fields derived from the clean text: language, places, countries, region."""

from __future__ import annotations

import re
from dataclasses import replace

import py3langid

from transforms.model import Article
from transforms.places import resolve_places

LANGID_MIN_CHARS = 200  # below this a detector guesses; a declared language is better
_LANG_TAG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*$")


def normalise_language(tag: str | None) -> str | None:
    """The primary subtag of a language tag, lower case: "pt-BR" -> "pt"; junk -> None."""
    match = _LANG_TAG.match((tag or "").strip())
    return match.group(1).lower() if match else None


def detect_language(article: Article) -> Article:
    """Set `language`: the body's detected language when the body is long enough, else the
    declared one. A declared tag is often a site-wide template default, so text wins."""
    declared = normalise_language(article.language)
    body = article.body
    if len(body) >= LANGID_MIN_CHARS or declared is None:
        detected, _ = py3langid.classify(body[:10_000] or (article.title or ""))
        return replace(article, language=detected)
    return replace(article, language=declared)


def enrich_article(article: Article) -> Article:
    """Language, places with countries and the primary country."""
    return resolve_places(detect_language(article))
