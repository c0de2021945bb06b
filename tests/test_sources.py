"""Batch planning: batches count documents, a big JSONL file is read in line runs."""

import gzip
import json

import pytest

from flows.sources import Part, jsonl_parts, plan_batches, read_source
from transforms.model import RawDocument, Reject


def _record(i: int) -> bytes:
    return json.dumps({"text": f"Record {i}: the harbour reopened after the storm.",
                       "url": f"https://example.org/{i}"}).encode() + b"\n"


@pytest.fixture(params=["plain", "gzip"])
def dump(request, tmp_path):
    """A JSONL dump of 10 records with a blank line and a bad line among them."""
    lines = [_record(i) for i in range(4)] + [b"\n", b"{not json\n"] + [_record(i) for i in range(4, 9)]
    data = b"".join(lines)
    if request.param == "gzip":
        path = tmp_path / "dump.jsonl.gz"
        path.write_bytes(gzip.compress(data))
    else:
        path = tmp_path / "dump.jsonl"
        path.write_bytes(data)
    return path


def test_a_big_jsonl_file_is_cut_into_runs_of_records(dump, tmp_path):
    scratch = tmp_path / "stage"
    scratch.mkdir()
    parts = jsonl_parts(str(dump), 4, scratch)
    # A gzipped dump is decompressed once into the scratch folder and its parts read that copy.
    assert all((p.read_from is not None) == dump.name.endswith(".gz") for p in parts)
    assert len(list(scratch.iterdir())) == (1 if dump.name.endswith(".gz") else 0)
    assert [p.documents for p in parts] == [4, 4, 2]
    read = [read_source(p) for p in parts]
    assert [len(docs) for docs in read] == [4, 4, 2]
    # Every record once, numbered by its line in the whole file, the bad line a reject.
    uris = [d.source_uri for docs in read for d in docs]
    whole = read_source(str(dump))
    assert uris == [d.source_uri for d in whole] and uris[-1].endswith("#L11")
    assert [d.reason for docs in read for d in docs if isinstance(d, Reject)] == ["bad_json"]
    assert all(a.raw_sha256 == b.raw_sha256 for a, b in zip([d for docs in read for d in docs], whole))


def test_a_small_jsonl_file_is_one_whole_part(dump, tmp_path):
    scratch = tmp_path / "stage"
    scratch.mkdir()
    assert jsonl_parts(str(dump), 500, scratch) == [Part(str(dump), 10)]
    assert not list(scratch.iterdir())  # read whole: no copy left behind


def test_batches_count_documents_not_files(tmp_path, dump):
    pages = []
    for i in range(3):
        page = tmp_path / f"page{i}.html"
        page.write_text("<html><body><p>Text.</p></body></html>")
        pages.append(str(page))
    batches = plan_batches(pages + [str(dump)], 4)
    assert [sum(p.documents for p in b) for b in batches] == [3, 4, 4, 2]
    assert [p.path for p in batches[0]] == pages


def test_a_corrupt_gzip_jsonl_is_one_part_read_as_a_reject(tmp_path):
    path = tmp_path / "broken.jsonl.gz"
    path.write_bytes(gzip.compress(b"".join(_record(i) for i in range(20)))[:-30])
    parts = jsonl_parts(str(path), 4)
    assert parts == [Part(str(path))]
    (out,) = read_source(parts[0])
    assert isinstance(out, Reject) and out.reason == "bad_gzip"


def test_reading_a_part_of_a_vanished_file_is_a_reject(tmp_path, dump):
    parts = jsonl_parts(str(dump), 4)
    dump.unlink()
    (out,) = read_source(parts[1])
    assert isinstance(out, Reject) and out.reason == "read_error"
    assert not isinstance(out, RawDocument)
