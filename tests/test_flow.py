"""The real flow on a temp lake, read back with pyarrow and DuckDB; the CLI on the seed."""

import json
import os
import subprocess
import sys

import duckdb
import pyarrow.dataset as ds
import pytest

from flows.cli import main
from flows.ingest import IngestParams, ingest_articles
from tests.conftest import SAMPLES, corpus

pytestmark = pytest.mark.prefect


def _count(lake, dataset, where="true"):
    depth = "*/*" if dataset != "rejects" else "*"
    sql = (f"SELECT count(*) FROM read_parquet('{lake}/{dataset}/{depth}/*.parquet', "
           f"hive_partitioning = true) WHERE {where}")
    return duckdb.connect().execute(sql).fetchall()[0][0]


@pytest.fixture(scope="module")
def sample_lake(prefect_harness, tmp_path_factory):
    lake = tmp_path_factory.mktemp("lake")
    first = ingest_articles(IngestParams(sources=[str(SAMPLES)], lake=str(lake), batch_size=3))
    second = ingest_articles(IngestParams(sources=[str(SAMPLES)], lake=str(lake)))
    return lake, first, second


def test_first_run_accounts_for_every_document(sample_lake):
    lake, first, _ = sample_lake
    assert (first.read, first.written, first.duplicates, first.rejects) == (13, 10, 1, 2)
    assert first.balanced and first.skipped_files == 1  # data/samples/README.md
    assert first.rejects_by_reason == {"bad_json": 1, "missing_content": 1}


def test_lake_reads_back_with_duckdb_and_pyarrow(sample_lake):
    lake, first, _ = sample_lake
    assert _count(lake, "articles") == 10
    assert _count(lake, "articles", "syndicated_from = 'Makerere University'") == 1
    assert _count(lake, "articles", "region = 'eastern-africa' AND date = '2024-05-02'") == 1
    assert _count(lake, "duplicates", "match = 'content_hash'") == 1
    assert _count(lake, "rejects") == 2
    table = ds.dataset(lake / "articles", format="parquet", partitioning="hive").to_table()
    assert table.num_rows == 10
    assert str(table.schema.field("published_at").type) == "timestamp[us, tz=UTC]"
    assert not list(lake.glob("_staging/*"))


def test_second_run_adds_nothing(sample_lake):
    lake, first, second = sample_lake
    assert (second.written, second.duplicates, second.rejects, second.unchanged) == (0, 0, 0, 13)
    assert _count(lake, "articles") == 10 and _count(lake, "duplicates") == 1
    assert len(list((lake / "_runs").glob("*.json"))) == 2


def test_cli_on_the_seed_twice(prefect_harness, tmp_path, capsys):
    seed = corpus("seed", "mosul.txt")
    lake = tmp_path / "lake"
    assert main(["run", str(seed), "--lake", str(lake)]) == 0
    assert "written 1" in capsys.readouterr().out
    assert _count(lake, "articles", "region = 'western-asia'") == 1
    (row,) = duckdb.connect().execute(f"SELECT title, primary_country, wire_agencies, len(captions) "
                                      f"FROM read_parquet('{lake}/articles/*/*/*.parquet')").fetchall()
    assert row == ("Sporadic clashes continue in Mosul after victory declared", "IQ", ["Reuters"], 2)
    assert main(["run", str(seed), "--lake", str(lake)]) == 0
    assert "written 0" in capsys.readouterr().out
    assert _count(lake, "articles") == 1


def test_cli_reports_a_missing_source(prefect_harness, tmp_path, capsys):
    assert main(["run", str(tmp_path / "nope"), "--lake", str(tmp_path / "lake")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_cli_multi_batch_run_in_ephemeral_mode(tmp_path):
    """`newslake run` as a user runs it: no Prefect server configured, a JSONL dump big enough
    for several batch tasks in worker processes. The workers report to the run's own throwaway
    server: one server is started, not one more per worker (which cost ~10 s each and timed
    out on a busy machine)."""
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps({
        "text": f"Ferry services to the islands resumed on Monday, day {i} after the storm, the port "
                f"authority in Valletta said.", "url": f"https://example.org/ferries-{i}"}) + "\n"
        for i in range(7)))
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect"), PREFECT_LOGGING_LEVEL="INFO")
    done = subprocess.run([sys.executable, "-m", "flows.cli", "run", str(dump), "--lake", str(tmp_path / "lake"),
                           "--batch-size", "3"], env=env, capture_output=True, text=True, timeout=400)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "read 7  written 7" in done.stdout
    assert len(list((tmp_path / "lake" / "_runs").glob("*.json"))) == 1
    assert (done.stdout + done.stderr).count("Starting temporary server") == 1
