"""Unicode and whitespace normalisation, applied before any comparison or hashing."""

from __future__ import annotations

import re
import unicodedata

# Zero-width characters and the BOM carry no text; soft hyphens split words invisibly. Nor do
# the Private Use Area's code points: an icon font's glyphs ("\ue060\ue05cNext video", a
# player's arrow and play icons on Yahoo; Font Awesome's share icons).
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE_CLASS = f"{_ZERO_WIDTH}\ue000-\uf8ff"  # (a regex class body; the PUA as a range)
_INVISIBLE = re.compile(f"[{_INVISIBLE_CLASS}]")
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace except newline, incl. NBSP and thin spaces
# Comparing unifies quotes and dashes and drops the invisible characters. str.translate() would
# look up every character of the text (a tenth of a page's own time went there): a regex finds
# the few characters to change, in C, and only those are mapped (an invisible one to nothing).
_FOLD = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
         "\u00ab": '"', "\u00bb": '"', "\u2032": "'", "\u2033": '"',
         "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
         "\u2014": "-", "\u2015": "-", "\u2212": "-"}
_FOLDED = re.compile(f"[{_INVISIBLE_CLASS}{''.join(_FOLD)}]")
_WORD = re.compile(r"\w+", re.UNICODE)
# Scripts written without spaces between words: kana, CJK ideographs, Hangul (a regex class body).
UNSPACED_LETTERS = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
UNSPACED_LETTER = re.compile(f"[{UNSPACED_LETTERS}]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _fold(match: re.Match[str]) -> str:
    return _FOLD.get(match.group(), "")


def _valid(text: str) -> str:
    """Lone surrogates (from JSON "\\ud800") cannot be encoded: replace them with U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def clean_text(text: str) -> str:
    """Text as stored: NFC, invisible characters removed, runs of spaces folded, ends trimmed.

    Keeps typography (curly quotes, dashes) and line breaks.
    """
    if not text.isascii():  # ASCII is NFC already and holds no invisible character
        text = _INVISIBLE.sub("", unicodedata.normalize("NFC", _valid(text)))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines).strip()


def comparison_key(text: str) -> str:
    """Text folded for comparing: NFKC, casefolded, quotes and dashes unified, spaces folded."""
    if text.isascii():  # NFKC and the table leave ASCII as it is
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKC", _valid(text))
    text = _FOLDED.sub(_fold, text)
    return " ".join(text.casefold().split())


def word_tokens(text: str) -> list[str]:
    """Casefolded word tokens of `text` (letters and digits, any script)."""
    return _WORD.findall(comparison_key(text))
