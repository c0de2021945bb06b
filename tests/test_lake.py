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
    assert lake.read_index(tmp_path).seen_rejects == {(r["source_uri"], "") for r in rows}
