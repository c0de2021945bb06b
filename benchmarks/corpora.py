"""Loaders for the shared test corpora (../shared/corpora). Read in place, never copied."""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from transforms.decode import decode_bytes
from transforms.model import Hints, RawDocument

CORPORA = Path(os.environ.get("NEWSLAKE_CORPORA", Path(__file__).resolve().parents[2] / "shared" / "corpora"))


@dataclass(frozen=True)
class TruthPage:
    name: str
    language: str | None
    html_path: Path
    truth: dict[str, Any]

    def document(self, with_url: bool = True) -> RawDocument:
        """The page as newslake reads it (the truth URL given as a hint, as a crawler would)."""
        data = gzip.decompress(self.html_path.read_bytes())
        hints = Hints(url=self.truth.get("url")) if with_url else Hints()
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
            yield TruthPage(name=Path(row["html_file"]).name.removesuffix(".html.gz"),
                            language=truth.get("language"), html_path=folder / row["html_file"],
                            truth=truth)
