"""Plain-text articles to the article model: a title line, then blank-line-separated blocks.

Which block is a dek or a subhead is decided by shape (length, terminal punctuation, position),
because plain text carries no markup. Captions and trailers are found later by cleaning, which
works the same on text and HTML.
"""

from __future__ import annotations

import re

from transforms.credits import dateline_agency
from transforms.errors import Rejected
from transforms.model import Article, Block, RawDocument
from transforms.normalize import clean_text, comparison_key

_BLOCK_SPLIT = re.compile(r"\n\s*\n")
_TERMINAL = re.compile(r"[.!?…:;,)\]\"”’»]\s*$")
_TERMINAL_QUOTE_SENTENCE = re.compile(r"[.!?…,][\"”’»']\s*$")

SUBHEAD_MAX_WORDS = 12
DEK_MIN_WORDS, DEK_MAX_WORDS = 6, 45
DEK_WINDOW = 3  # a dek sits among the first blocks after the title


def ends_like_sentence(text: str) -> bool:
    """Whether a block ends like a sentence (a subhead or dek does not)."""
    # A quoted subhead ("'Total victory'") ends in a quote but not in sentence punctuation.
    if text[-1:] in "'\"”’»":
        return bool(_TERMINAL_QUOTE_SENTENCE.search(text))
    return bool(_TERMINAL.search(text))


def classify_blocks(chunks: list[str]) -> list[Block]:
    """Type body chunks (title excluded): one dek near the top, short unpunctuated subheads, paragraphs."""
    blocks: list[Block] = []
    dek_found = False
    for index, chunk in enumerate(chunks):
        text = " ".join(chunk.split("\n")) if "\n" in chunk else chunk
        words = len(text.split())
        unpunctuated = not ends_like_sentence(text)
        if (unpunctuated and not dek_found and index < min(DEK_WINDOW, len(chunks) - 1)
                and DEK_MIN_WORDS <= words <= DEK_MAX_WORDS):
            blocks.append(Block("dek", text))
            dek_found = True
        elif unpunctuated and words <= SUBHEAD_MAX_WORDS and 0 < index < len(chunks) - 1:
            blocks.append(Block("subhead", text))
        else:
            blocks.append(Block("paragraph", text))
    return blocks


TITLE_MAX_WORDS = 25
_DATELINE_START = re.compile(r"^[A-Z][A-Z .'-]{2,}(?:,\s*[\w .]+)?\s*(?:\([^)]*\))?\s*[-–—:]\s")


def _looks_like_title(line: str) -> bool:
    """A first line is a title when it is short and does not end like a sentence; a lead
    ("MOSUL, Iraq (AP) — Sporadic clashes continued ….") is not."""
    words = len(line.split())
    return 0 < words <= TITLE_MAX_WORDS and not line.rstrip().endswith(".") \
        and dateline_agency(line) is None and not _DATELINE_START.match(line)


def parse_text(doc: RawDocument) -> Article:
    """Parse a plain-text article. The first line is the title when it looks like one (a text
    file's, never a JSONL record's), unless the input gave a title.

    Rejects: `empty` (no text), `no_body` (a title but nothing else).
    """
    text = clean_text(doc.content)
    if not text:
        raise Rejected("empty", "the text has no visible characters")
    chunks = [c.strip() for c in _BLOCK_SPLIT.split(text) if c.strip()]
    title = doc.hints.title
    if title is None and doc.hints.title_in_text:
        first_line, _, rest = chunks[0].partition("\n")
        if _looks_like_title(first_line):
            title = first_line.strip()
            chunks = ([rest.strip()] if rest.strip() else []) + chunks[1:]
    elif title is not None and comparison_key(chunks[0]) == comparison_key(title):
        chunks = chunks[1:]
    if not chunks:
        raise Rejected("no_body", "the text has a title line but no paragraphs")
    header = [Block("title", clean_text(title))] if title else []
    blocks = header + classify_blocks(chunks)
    return Article(
        source_uri=doc.source_uri,
        raw_sha256=doc.raw_sha256,
        blocks=tuple(blocks),
        url=doc.hints.url,
        outlet=doc.hints.outlet,
        authors=doc.hints.authors,
        published_at=doc.hints.published_at,
        published_offset=doc.hints.published_offset,
        date_source="input" if doc.hints.published_at else None,
        language=doc.hints.language,
    )
