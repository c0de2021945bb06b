"""Scaling benchmark: time per document as pages grow, to catch work that grows faster than the page.

    python -m benchmarks.bench_scaling [--sizes 250 1000 4000]

Each shape is a synthetic page of our own writing, in a form real outlets use, built at several
sizes and run through the whole per-document pipeline (`process_document`: parse, clean,
enrich). The table prints seconds per page and the ratio to the previous size: a ratio near the
size ratio (4x) is linear work; one near its square (16x) is quadratic and a hang waiting for a
big enough page.

Shapes:
- gallery: figures with a caption-classed <div> and no <figcaption> (photo galleries).
- paragraphs: a long article, one <p> per paragraph.
- table: a results table, one <tr> per row.
- captions-in-body: paragraphs interleaved with figures whose captions trafilatura may keep.
- teaser-cards: the story's paragraphs as <div>s beside a column of other stories' cards, each
  a linked headline, a date and a lead in <div>s (Drupal's teasers).
"""

from __future__ import annotations

import argparse
import hashlib
import time
from collections.abc import Callable

from transforms.model import RawDocument
from transforms.pipeline import process_document

HEAD = ("<html lang='en'><head><title>Harbour storm leaves town counting the cost</title>"
        "<meta property='article:published_time' content='2024-03-02T09:15:00+00:00'></head>"
        "<body><article><h1>Harbour storm leaves town counting the cost</h1>"
        "<p class='byline'>By Mara Ellison</p>")
TAIL = "</article></body></html>"
SENTENCE = ("Residents of the harbour district spent the morning clearing debris after the storm "
            "passed, and the council said repairs to the sea wall would start next week.")


def gallery(n: int) -> str:
    return HEAD + f"<p>{SENTENCE}</p>" + "".join(
        f"<figure><img src='p{i}.jpg'><div class='caption'>Boats lifted onto the quay, picture {i}. "
        f"<span class='credit'>Ana Ruiz/Reuters</span></div></figure>" for i in range(n)) + TAIL


def paragraphs(n: int) -> str:
    return HEAD + "".join(f"<p>{SENTENCE} Update {i}.</p>" for i in range(n)) + TAIL


def table(n: int) -> str:
    rows = "".join(f"<tr><td>Ward {i}</td><td>{i * 7 % 100}</td><td>{i % 13}</td></tr>" for i in range(n))
    return HEAD + f"<p>{SENTENCE}</p><table>{rows}</table><p>{SENTENCE}</p>" + TAIL


def captions_in_body(n: int) -> str:
    return HEAD + "".join(
        f"<p>{SENTENCE} Part {i}.</p><figure><img src='c{i}.jpg'><figcaption>The sea wall at "
        f"dawn, view {i}. (Felipe Dana/AP)</figcaption></figure>" for i in range(n)) + TAIL


def long_caption(n: int) -> str:
    """One caption of n sentences (and one CJK caption of n clauses without spaces), credit at
    the end: the trailing-credit reader must not re-read the caption for every sentence."""
    return HEAD + f"<p>{SENTENCE}</p><figure><img src='l.jpg'><figcaption>" + " ".join(
        f"Boats on the quay, view {i}." for i in range(n)) + " AP</figcaption></figure>" + \
        "<figure><img src='k.jpg'><figcaption>" + "港口=" * n + "共同通信</figcaption></figure>" + TAIL


def teaser_cards(n: int) -> str:
    cards = "".join(
        f"<div class='node node-teaser'><div class='field'><div class='field-item'>05/12/2020 - 15:{i % 60:02d}</div></div>"
        f"<div class='field'><div class='field-item'><h2><a href='/story-{i}'>Another story of the day, number {i}</a>"
        f"</h2></div></div><div class='field'><div class='field-item'>{SENTENCE} Card {i}.</div></div></div>"
        for i in range(n))
    return HEAD + f"<div class='region'>{cards}</div><div class='field-item'>" + "".join(
        f"<div>{SENTENCE} Paragraph {i}.</div>" for i in range(20)) + "</div>" + TAIL


SHAPES: dict[str, Callable[[int], str]] = {
    "gallery": gallery, "paragraphs": paragraphs, "table": table, "captions-in-body": captions_in_body,
    "long-caption": long_caption, "teaser-cards": teaser_cards,
}


def document(html: str) -> RawDocument:
    data = html.encode("utf-8")
    return RawDocument(source_uri="bench://scaling", media_type="html", content=html,
                       raw_sha256=hashlib.sha256(data).hexdigest(), size_bytes=len(data))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 1000, 4000])
    args = parser.parse_args(argv)
    process_document(document(captions_in_body(5)))  # warm-up: imports, parsers, lazily built tables
    print(f"{'shape':<18}{'size':>7}{'KB':>8}{'seconds':>10}{'ratio':>8}")
    for name, build in SHAPES.items():
        previous = None
        for size in args.sizes:
            doc = document(build(size))
            start = time.perf_counter()
            process_document(doc)
            seconds = time.perf_counter() - start
            ratio = f"{seconds / previous:.1f}x" if previous else ""
            print(f"{name:<18}{size:>7}{doc.size_bytes // 1024:>8}{seconds:>10.2f}{ratio:>8}")
            previous = seconds
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
