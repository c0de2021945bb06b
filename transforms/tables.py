"""Read-only data tables shipped inside the package (transforms/data/*.csv).

These are part of the code, not inputs: the same bytes for every call, so loading them once per
process keeps transforms pure.
"""

from __future__ import annotations

import csv
import io
import re
from functools import cache
from importlib.resources import files


@cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of `transforms/data/<name>.csv` as dicts (header row gives the keys)."""
    text = files("transforms").joinpath("data", f"{name}.csv").read_text(encoding="utf-8")
    return tuple(csv.DictReader(io.StringIO(text)))


@cache
def load_patterns(name: str) -> re.Pattern[str]:
    """The `pattern` column of `transforms/data/<name>.csv` as one case-blind alternation (the
    phrasings of boilerplate lines, of bot walls)."""
    return re.compile("|".join(f"(?:{row['pattern']})" for row in load_table(name)), re.IGNORECASE)
