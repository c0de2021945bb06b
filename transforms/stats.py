"""Counts for run reports, computed on a batch's pyarrow tables."""

from __future__ import annotations

from collections import Counter

import pyarrow as pa
import pyarrow.compute as pc

COVERAGE_FIELDS = ("title", "dek", "authors", "published_at", "language", "primary_country",
                   "captions", "wire_agencies", "syndicated_from")


def count_by(table: pa.Table, *columns: str) -> dict[str, int]:
    """Rows per value of `columns` joined with "/", most first, then by key."""
    if table.num_rows == 0:
        return {}
    keys = ["/".join(str(v) for v in row.values()) for row in table.select(list(columns)).to_pylist()]
    return dict(sorted(Counter(keys).items(), key=lambda kv: (-kv[1], kv[0])))


def field_coverage(table: pa.Table) -> dict[str, float]:
    """Share of rows where each field is present (non-null, and non-empty for lists)."""
    if table.num_rows == 0:
        return {}
    coverage = {}
    for name in COVERAGE_FIELDS:
        column = table[name]
        present = pc.invert(pc.is_null(column))
        if pa.types.is_list(column.type):
            present = pc.and_(present, pc.greater(pc.fill_null(pc.list_value_length(column), 0), 0))
        coverage[name] = round(pc.sum(present).as_py() / table.num_rows, 4)
    return coverage


def coverage_by_outlet(table: pa.Table, top: int = 20) -> dict[str, dict[str, float]]:
    """Field coverage for each of the `top` outlets with most rows (None outlet as "(none)")."""
    if table.num_rows == 0:
        return {}
    outlets = [o or "(none)" for o in table.column("outlet").to_pylist()]
    out = {}
    for outlet, _ in Counter(outlets).most_common(top):
        mask = pa.array([o == outlet for o in outlets])
        out[outlet] = field_coverage(table.filter(mask))
    return out
