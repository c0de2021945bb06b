"""The lake on disk: staged batch files, atomic publishing per partition, run manifests.

Layout under the lake root:
    articles/date=YYYY-MM-DD/region=<slug>/part-<run_id>.parquet
    duplicates/date=.../region=.../part-<run_id>.parquet
    rejects/date=.../part-<run_id>.parquet
    _runs/<run_id>.json          manifest: every file the run published, with its row count
    _runs/<run_id>.pending.json  a run between staging and publishing (rolled forward if it crashed)
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
STALE_STAGING_SECONDS = 48 * 3600
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
        read_columns(lake, "articles", ["article_id", "url", "content_hash", "raw_sha256"]),
        read_columns(lake, "duplicates", ["url", "content_hash", "raw_sha256", "duplicate_of"]),
        read_columns(lake, "rejects", ["raw_sha256"]),
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


def _write_json(path: Path, record: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(record, indent=2, default=str), encoding="utf-8")
    _fsync(tmp)
    os.replace(tmp, path)
    _fsync(path.parent)


def publish(lake: Path, run_id: str, tables: dict[str, pa.Table], summary: dict[str, Any]) -> Path:
    """Publish a run's tables. Call under `lake_lock`; returns the manifest path.

    1. every partition file is written and fsynced under _staging/<run>/publish/;
    2. a pending manifest listing them is written (_runs/<run>.pending.json);
    3. each file is renamed into its partition; 4. the manifest replaces the pending one.
    A crash after 2 is rolled forward by `recover` before the next commit.
    """
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
    pending = lake / RUNS / f"{run_id}.pending.json"
    pending.parent.mkdir(parents=True, exist_ok=True)
    _write_json(pending, {"run_id": run_id, "files": entries, "summary": summary})
    return _complete(lake, pending)


def _complete(lake: Path, pending: Path) -> Path:
    """Move a pending run's staged files into place (those not moved yet) and finalise it."""
    record = json.loads(pending.read_text(encoding="utf-8"))
    run_id = check_run_id(record["run_id"])
    stage = staging_dir(lake, run_id) / "publish"
    for entry in record["files"]:
        source, final = stage / entry["path"], lake / entry["path"]
        if source.exists():
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, final)
            _fsync(final.parent)
        elif not final.exists():
            raise RuntimeError(f"run {run_id}: {entry['path']} is neither staged nor published")
    manifest = lake / RUNS / f"{run_id}.json"
    _write_json(manifest, record)
    pending.unlink()
    _fsync(pending.parent)
    return manifest


def recover(lake: Path) -> list[str]:
    """Finish publishing runs that crashed midway (call under `lake_lock`). Returns their ids."""
    runs = lake / RUNS
    pendings = sorted(runs.glob("*.pending.json")) if runs.is_dir() else []
    return [json.loads(_complete(lake, p).read_text(encoding="utf-8"))["run_id"] for p in pendings]


def clean_staging(lake: Path, run_id: str) -> None:
    """Remove this run's staging folder and those left by runs that died long ago (call under
    `lake_lock`). A run with a pending manifest keeps its staging until it is recovered."""
    shutil.rmtree(staging_dir(lake, run_id), ignore_errors=True)
    root = lake / STAGING
    if not root.is_dir():
        return
    for child in list(root.iterdir()):
        try:
            stale = time.time() - child.stat().st_mtime > STALE_STAGING_SECONDS
        except FileNotFoundError:
            continue
        if stale and not (lake / RUNS / f"{child.name}.pending.json").exists():
            shutil.rmtree(child, ignore_errors=True)
    try:
        root.rmdir()  # only when empty
    except OSError:
        pass
