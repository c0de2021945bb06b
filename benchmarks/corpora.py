"""Loaders for the shared test corpora (../shared/corpora). Read in place, never copied.

One function per HTML corpus, each yielding TruthPage objects: the page (`.document()` gives the
RawDocument newslake reads) plus its truth in one shape for every corpus. A truth field is None
(or empty) where that corpus does not annotate it, so a metric can skip the page:

    title      str | None              the headline
    authors    tuple[str, ...] | None  author names as annotated (a string truth is split on
                                       ; , "and" "und" "y" "et"); None = not annotated, () = none
    published  str | None              the publication date or timestamp as the truth writes it
    body       str | None              the article body as plain text
    standfirst str | None              fundus: the body's summary (the dek), "" where it has none
    must_have / must_not               trafilatura_eval body snippets
    images     tuple[dict, ...]        fundus images (caption, authors = photo credit, ...)

`truth` keeps the corpus' own record unchanged.
"""

from __future__ import annotations

import ast
import csv
import gzip
import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.html

from transforms.decode import decode_bytes
from transforms.model import Hints, RawDocument

CORPORA = Path(os.environ.get("NEWSLAKE_CORPORA", Path(__file__).resolve().parents[2] / "shared" / "corpora"))


@dataclass(frozen=True)
class TruthPage:
    name: str
    language: str | None
    html_path: Path
    truth: dict[str, Any]
    corpus: str = "fundus"
    url: str | None = None
    title: str | None = None
    authors: tuple[str, ...] | None = None
    published: str | None = None
    body: str | None = None
    standfirst: str | None = None
    must_have: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()
    images: tuple[dict[str, Any], ...] = field(default=(), repr=False)

    @property
    def page_url(self) -> str | None:
        return self.url or self.truth.get("url")

    def document(self, with_url: bool = True) -> RawDocument:
        """The page as newslake reads it (the truth URL given as a hint, as a crawler would)."""
        data = gzip.decompress(self.html_path.read_bytes())
        hints = Hints(url=self.page_url) if with_url and self.page_url else Hints()
        return RawDocument(source_uri=self.html_path.as_uri(), media_type="html",
                           content=decode_bytes(data, html=True),
                           raw_sha256=hashlib.sha256(data).hexdigest(), size_bytes=len(data),
                           hints=hints)


def fundus_pages(root: Path = CORPORA) -> Iterator[TruthPage]:
    """The fundus dev pages with their truth JSON, in index order."""
    folder = root / "fundus"
    with (folder / "index.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            truth = json.loads((folder / row["truth_file"]).read_text(encoding="utf-8"))
            html_path = folder / row["html_file"]
            authors = truth.get("authors")
            yield TruthPage(name=Path(row["html_file"]).name.removesuffix(".html.gz"),
                            language=truth.get("language") or html_language(html_path),
                            html_path=html_path, truth=truth, corpus="fundus", url=truth.get("url"),
                            title=truth.get("title"),
                            authors=None if authors is None else tuple(authors),
                            published=truth.get("publishing_date"), body=truth.get("body_text"),
                            standfirst=" ".join((truth.get("body") or {}).get("summary") or ()),
                            images=tuple(truth.get("images") or ()))


def scrapinghub_aeb_pages(root: Path = CORPORA) -> Iterator[TruthPage]:
    """The Zyte article-extraction-benchmark pages: URL and human-annotated body only."""
    folder = root / "scrapinghub_aeb"
    with (folder / "index.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            truth = json.loads((folder / row["truth_file"]).read_text(encoding="utf-8"))
            yield TruthPage(name=f"{row['host']}:{row['id'][:8]}", language=None,
                            html_path=folder / row["html_file"], truth=truth,
                            corpus="scrapinghub_aeb", url=truth.get("url") or row["url"],
                            body=truth["articleBody"])


def readability_pages(root: Path = CORPORA) -> Iterator[TruthPage]:
    """Mozilla Readability news test pages (no URL): metadata JSON and expected body HTML as text."""
    folder = root / "readability"
    with (folder / "index.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            meta = json.loads((folder / row["metadata_file"]).read_text(encoding="utf-8"))
            expected = (folder / row["expected_body_file"]).read_text(encoding="utf-8")
            byline = meta.get("byline")
            yield TruthPage(name=row["name"], language=_primary(meta.get("lang")),
                            html_path=folder / row["html_file"], truth=meta, corpus="readability",
                            title=meta.get("title") or None,
                            authors=split_names(byline) if byline else None,
                            published=meta.get("publishedTime") or None,
                            body=html_to_text(expected))


def trafilatura_eval_pages(root: Path = CORPORA) -> Iterator[TruthPage]:
    """trafilatura's evaluation pages (news subset): metadata and must/must-not body snippets."""
    folder = root / "trafilatura_eval"
    with (folder / "index.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            truth = json.loads((folder / row["truth_file"]).read_text(encoding="utf-8"))
            stem = Path(row["html_file"]).name.removesuffix(".html.gz")
            name = f"{row['host']}:{stem[:8]}" if re.fullmatch(r"[0-9a-f]{32}", stem) else stem
            # "author" and the other metadata are missing for 7 pages; "" means no author.
            has_meta = "title" in truth and "date" in truth
            yield TruthPage(name=name, language=None, html_path=folder / row["html_file"],
                            truth=truth, corpus="trafilatura_eval", url=truth.get("url"),
                            title=truth.get("title") or None,
                            authors=split_names(truth.get("author") or "") if has_meta else None,
                            published=truth.get("date") or None,
                            must_have=tuple(truth.get("with") or ()),
                            must_not=tuple(truth.get("without") or ()))


def htmldate_mediacloud_pages(root: Path = CORPORA) -> Iterator[TruthPage]:
    """htmldate's Media Cloud sample: worldwide pages with the publication day only."""
    folder = root / "htmldate_mediacloud"
    with (folder / "index.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            stem = Path(row["html_file"]).name.removesuffix(".html.gz")
            yield TruthPage(name=f"{row['host']}:{stem}", language=None,
                            html_path=folder / row["html_file"], truth=dict(row),
                            corpus="htmldate_mediacloud", url=row["url"], published=row["date"])


LOADERS = {
    "fundus": fundus_pages,
    "scrapinghub_aeb": scrapinghub_aeb_pages,
    "readability": readability_pages,
    "trafilatura_eval": trafilatura_eval_pages,
    "htmldate_mediacloud": htmldate_mediacloud_pages,
}

_NAME_SEPARATORS = re.compile(r"\s*[;,]\s*|\s+(?:and|und|y|et)\s+", re.IGNORECASE)


def split_names(text: str | list[str]) -> tuple[str, ...]:
    """An author string as names: a list, a Python-list-like string ("['A', 'B']") or names joined
    by ; , & and the words and/und/y/et. Nothing else is cleaned (the truth stays as annotated)."""
    if isinstance(text, list):
        return tuple(str(v).strip() for v in text if str(v).strip())
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError):
            value = None
        if isinstance(value, list):
            return tuple(str(v).strip() for v in value if str(v).strip())
    return tuple(part for part in (p.strip() for p in _NAME_SEPARATORS.split(text)) if part)


_BLOCK_TAGS = {"p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
               "ol", "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "dl", "dt", "dd",
               "header", "footer", "aside", "main"}


def html_to_text(fragment: str) -> str:
    """Readability's expected HTML as plain text: figures (image + caption) and scripts dropped,
    one line per block element, blank lines between."""
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for el in root.xpath("//figure | //figcaption | //script | //style | //noscript"):
        el.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n\n" + (el.tail or "")
            el.text = "\n\n" + (el.text or "")
    lines = [" ".join(line.split()) for line in root.text_content().split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?\s*([A-Za-z]{2,3})", re.IGNORECASE)
_META_LANG = re.compile(rb"""<meta[^>]+(?:og:locale|content-language)[^>]*>""", re.IGNORECASE)
_CONTENT = re.compile(rb"""content\s*=\s*["']?\s*([A-Za-z]{2})(?![A-Za-z])""", re.IGNORECASE)


def html_language(html_path: Path) -> str | None:
    """The page's declared language (<html lang>, else og:locale / content-language), primary
    subtag; nb and nn count as no. Independent of either tool's language detection."""
    head = gzip.decompress(html_path.read_bytes())[:200_000]
    match = _HTML_LANG.search(head)
    if not match:
        meta = _META_LANG.search(head)
        match = _CONTENT.search(meta.group(0)) if meta else None
    return _primary(match.group(1).decode("ascii")) if match else None


def _primary(tag: str | None) -> str | None:
    if not tag:
        return None
    primary = re.split(r"[-_]", tag.strip().lower())[0]
    return {"nb": "no", "nn": "no"}.get(primary, primary) or None
