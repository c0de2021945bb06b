import json
from datetime import UTC, datetime

import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows import lake
from transforms.schema import REJECTS


@given(st.text(max_size=30), st.text(max_size=30))
def test_partition_values_never_escape_the_root(date, region):
    try:
        path = lake.partition_path("articles", {"date": date, "region": region})
    except ValueError:
        return
    assert ".." not in path and "/" not in date and "/" not in region
    assert path == f"articles/date={date}/region={region}"


@pytest.mark.parametrize(("date", "region"), [("../../etc", "x"), ("2024-05-01", "../up"),
                                              ("2024-05-01", "Western Asia"), ("2024/05/01", "x")])
def test_invalid_partition_values_are_refused(date, region):
    with pytest.raises(ValueError):
        lake.partition_path("articles", {"date": date, "region": region})


@pytest.mark.parametrize("run_id", ["../x", "a/b", "", "x" * 200])
def test_unsafe_run_ids_are_refused(run_id):
    with pytest.raises(ValueError):
        lake.check_run_id(run_id)


def test_publish_renames_files_into_partitions_and_writes_a_manifest(tmp_path):
    now = datetime(2024, 5, 1, tzinfo=UTC)
    rows = [{"source_uri": f"file:///{i}", "reason": "empty", "detail": "d", "raw_sha256": None,
             "size_bytes": 0, "ingested_at": now, "run_id": "run-000001", "pipeline_version": "t",
             "date": day} for i, day in enumerate(["2024-05-01", "2024-05-01", "2024-05-02"])]
    table = pa.Table.from_pylist(rows, schema=REJECTS)
    with lake.lake_lock(tmp_path):
        manifest = lake.publish(tmp_path, "run-000001", {"rejects": table}, {"read": 3})
    files = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.parquet"))
    assert files == ["rejects/date=2024-05-01/part-run-000001.parquet",
                     "rejects/date=2024-05-02/part-run-000001.parquet"]
    recorded = json.loads(manifest.read_text())
    assert sum(f["rows"] for f in recorded["files"]) == 3
    assert not any("_staging" in f for f in files)
    assert lake.read_index(tmp_path).seen_raw == frozenset()  # rejects without bytes


def test_a_crash_midway_through_publishing_is_rolled_forward(tmp_path, monkeypatch):
    now = datetime(2024, 5, 1, tzinfo=UTC)
    rows = [{"source_uri": f"file:///{i}", "reason": "empty", "detail": "d", "raw_sha256": f"s{i}",
             "size_bytes": 0, "ingested_at": now, "run_id": "run-000002", "pipeline_version": "t",
             "date": day} for i, day in enumerate(["2024-05-01", "2024-05-02", "2024-05-03"])]
    real_replace, calls = lake.os.replace, []

    def crash_on_second_file(src, dst):
        if str(src).endswith(".parquet"):
            calls.append(dst)
            if len(calls) == 2:
                raise OSError("disk went away")
        return real_replace(src, dst)

    monkeypatch.setattr(lake.os, "replace", crash_on_second_file)
    with lake.lake_lock(tmp_path), pytest.raises(OSError):
        lake.publish(tmp_path, "run-000002", {"rejects": pa.Table.from_pylist(rows, schema=REJECTS)}, {})
    monkeypatch.setattr(lake.os, "replace", real_replace)
    assert len(list(tmp_path.glob("rejects/*/*.parquet"))) == 1  # half published, no manifest
    assert not (tmp_path / "_runs" / "run-000002.json").exists()
    with lake.lake_lock(tmp_path):
        assert lake.recover(tmp_path) == ["run-000002"]
    assert len(list(tmp_path.glob("rejects/*/*.parquet"))) == 3
    manifest = json.loads((tmp_path / "_runs" / "run-000002.json").read_text())
    assert sum(f["rows"] for f in manifest["files"]) == 3
    assert not list((tmp_path / "_runs").glob("*.pending.json"))
    assert lake.read_index(tmp_path).seen_raw == {"s0", "s1", "s2"}
