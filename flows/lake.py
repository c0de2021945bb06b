"""The lake on disk: staged batch files, atomic publishing per partition, run manifests.

Layout under the lake root:
    articles/date=YYYY-MM-DD/region=<slug>/part-<run_id>.parquet
    duplicates/date=.../region=.../part-<run_id>.parquet
    rejects/date=.../part-<run_id>.parquet
    _runs/<run_id>.json          manifest: every file the run published, with its row count
    _staging/<run_id>/...        work in progress (readers skip names starting with "_")

A file appears in a partition only by rename from staging, after it was written and fsynced,
so readers never see half a file. A lock file serialises runs that commit to one lake.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from transforms.dedup import LakeIndex, build_index
from transforms.schema import DATASETS, file_schema, partition_columns

STAGING = "_staging"
RUNS = "_runs"
STALE_STAGING_SECONDS = 24 * 3600
_VALID = {"date": re.compile(r"^\d{4}-\d{2}-\d{2}$"), "region": re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")}
_RUN_ID = re.compile(r"^[0-9A-Za-z_-]{6,80}$")


def check_run_id(run_id: str) -> str:
    if not _RUN_ID.match(run_id):
        raise ValueError(f"run id {run_id!r} is not a safe file name")
    return run_id


def partition_path(dataset: str, values: dict[str, str]) -> str:
    """`articles/date=2017-07-11/region=western-asia`, refusing any value that is not a valid
    ISO date or region slug (so no value can climb out of the lake root)."""
    parts = [dataset]
    for column in partition_columns(dataset):
        value = values[column]
        if not isinstance(value, str) or not _VALID[column].match(value):
            raise ValueError(f"invalid partition value {column}={value!r}")
        parts.append(f"{column}={value}")
    return "/".join(parts)


def staging_dir(lake: Path, run_id: str) -> Path:
    return lake / STAGING / check_run_id(run_id)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_parquet(table: pa.Table, path: Path) -> None:
    """Write and fsync one Parquet file (zstd)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, compression="zstd")
    _fsync(path)


def read_parquet(paths: list[Path], schema: pa.Schema) -> pa.Table:
    """Staged batch files as one table; a missing file is an error, never a silent gap."""
    tables = [pq.read_table(p, schema=schema) for p in paths]
    return pa.concat_tables(tables) if tables else schema.empty_table()


def _dataset(lake: Path, name: str) -> ds.Dataset | None:
    root = lake / name
    if not root.is_dir():
        return None
    partitioning = ds.partitioning(pa.schema([(c, pa.string()) for c in partition_columns(name)]),
                                   flavor="hive")
    return ds.dataset(root, format="parquet", partitioning=partitioning,
                      ignore_prefixes=[".", "_"])


def read_columns(lake: Path, name: str, columns: list[str]) -> list[dict[str, Any]]:
    dataset = _dataset(lake, name)
    return [] if dataset is None else dataset.to_table(columns=columns).to_pylist()


def read_index(lake: Path) -> LakeIndex:
    """The dedup index of what the lake holds, read from its key columns."""
    return build_index(
        read_columns(lake, "articles", ["article_id", "url", "content_hash", "source_uri"]),
        read_columns(lake, "duplicates", ["source_uri", "content_hash", "url", "duplicate_of"]),
        read_columns(lake, "rejects", ["source_uri", "raw_sha256"]),
    )


def _split(dataset: str, table: pa.Table) -> Iterator[tuple[str, pa.Table]]:
    columns = partition_columns(dataset)
    keys = table.select(list(columns)).to_pylist()
    for values in sorted({tuple(k.values()) for k in keys}):
        mask = None
        for column, value in zip(columns, values, strict=True):
            condition = pc.equal(table[column], value)
            mask = condition if mask is None else pc.and_(mask, condition)
        part = table.filter(mask).drop_columns(list(columns))
        yield partition_path(dataset, dict(zip(columns, values, strict=True))), part.cast(file_schema(dataset))


@contextmanager
def lake_lock(lake: Path) -> Iterator[None]:
    """An exclusive lock on the lake for the length of a commit."""
    lake.mkdir(parents=True, exist_ok=True)
    with open(lake / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def publish(lake: Path, run_id: str, tables: dict[str, pa.Table], summary: dict[str, Any]) -> Path:
    """Publish a run's tables: stage every partition file, then rename each into place and
    write the manifest last. Returns the manifest path. Call under `lake_lock`."""
    stage = staging_dir(lake, run_id) / "publish"
    entries: list[dict[str, Any]] = []
    for dataset, table in tables.items():
        if table.num_rows == 0:
            continue
        table = table.cast(DATASETS[dataset])
        for partition, part in _split(dataset, table):
            relative = f"{partition}/part-{run_id}.parquet"
            write_parquet(part, stage / relative)
            entries.append({"dataset": dataset, "path": relative, "rows": part.num_rows})
    for entry in entries:
        final = lake / entry["path"]
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(stage / entry["path"], final)
        _fsync(final.parent)
    manifest = lake / RUNS / f"{run_id}.json"
    manifest.parent.mkdir(parents=True, exist_ok=True)
    tmp = manifest.with_suffix(".json.tmp")
    tmp.write_text(json.dumps({"run_id": run_id, "files": entries, "summary": summary},
                              indent=2, default=str), encoding="utf-8")
    _fsync(tmp)
    os.replace(tmp, manifest)
    return manifest


def clean_staging(lake: Path, run_id: str) -> None:
    """Remove this run's staging folder and any left by runs that died a day or more ago."""
    shutil.rmtree(staging_dir(lake, run_id), ignore_errors=True)
    root = lake / STAGING
    if root.is_dir():
        for child in root.iterdir():
            if time.time() - child.stat().st_mtime > STALE_STAGING_SECONDS:
                shutil.rmtree(child, ignore_errors=True)
        if not any(root.iterdir()):
            root.rmdir()
