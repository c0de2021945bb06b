"""The one article model: raw input, typed blocks, the cleaned and enriched article, rejects.

Every per-article stage takes and returns these frozen dataclasses; nothing mutates in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

BlockKind = Literal["title", "dek", "paragraph", "subhead", "caption", "trailer"]

MediaType = Literal["html", "text"]


@dataclass(frozen=True, slots=True)
class Hints:
    """What the input said about a document besides its content (a JSONL record, a feed item)."""

    url: str | None = None
    title: str | None = None
    published_at: datetime | None = None
    published_offset: int | None = None  # minutes east of UTC, as the input stated
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None
    # Plain text files start with their title; a JSONL `text` field is body only.
    title_in_text: bool = True


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One document as read: decoded content plus where it came from."""

    source_uri: str
    media_type: MediaType
    content: str
    raw_sha256: str
    size_bytes: int
    hints: Hints = field(default_factory=Hints)


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    text: str


@dataclass(frozen=True, slots=True)
class Caption:
    text: str
    photographer: str | None = None
    agency: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str
    mentions: int


@dataclass(frozen=True, slots=True)
class Article:
    """Metadata plus ordered typed blocks. Parsing fills the first group, later stages the rest."""

    source_uri: str
    raw_sha256: str
    blocks: tuple[Block, ...]
    url: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    published_at: datetime | None = None
    published_offset: int | None = None  # minutes east of UTC the source stated, if it did
    date_source: str | None = None
    language: str | None = None
    # Filled by cleaning.
    captions: tuple[Caption, ...] = ()
    wire_agencies: tuple[str, ...] = ()
    syndicated_from: str | None = None  # the outlet that first published the story
    removed: tuple[tuple[str, int], ...] = ()  # (reason code, blocks removed), for run reports
    # Filled by enrichment.
    places: tuple[Place, ...] = ()
    primary_country: str | None = None

    def texts(self, kind: BlockKind) -> list[str]:
        return [b.text for b in self.blocks if b.kind == kind]

    @property
    def title(self) -> str | None:
        titles = self.texts("title")
        return titles[0] if titles else None

    @property
    def dek(self) -> str | None:
        deks = self.texts("dek")
        return deks[0] if deks else None

    @property
    def subheads(self) -> list[str]:
        return self.texts("subhead")

    @property
    def body(self) -> str:
        """Clean paragraphs and subheads in reading order, blank-line separated."""
        return "\n\n".join(b.text for b in self.blocks if b.kind in ("paragraph", "subhead"))

    @property
    def countries(self) -> list[str]:
        seen: dict[str, int] = {}
        for place in self.places:
            seen[place.country] = seen.get(place.country, 0) + place.mentions
        return sorted(seen, key=lambda c: (-seen[c], c))


@dataclass(frozen=True, slots=True)
class Reject:
    """A document that did not become an article, with a reason code and a human detail."""

    source_uri: str
    reason: str
    detail: str
    raw_sha256: str | None = None
    size_bytes: int | None = None
