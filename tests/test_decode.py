import gzip

import pytest

from transforms.decode import decode_bytes, gunzip
from transforms.errors import Rejected
from transforms.records import read_jsonl


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"), (b"   \n", "empty"), (b"%PDF-1.7 binary", "binary"), (b"abc\x00def", "binary"),
    (b"\x89PNG\r\n\x1a\n....", "binary"),
])
def test_decode_rejects(data, reason):
    with pytest.raises(Rejected) as info:
        decode_bytes(data)
    assert info.value.reason == reason


def test_decode_utf8_latin1_and_declared_charset():
    assert decode_bytes("São Paulo".encode()) == "São Paulo"
    assert decode_bytes("\ufeffhello".encode()) == "hello"
    html = '<meta charset="iso-8859-1"><p>Müller sagte, die Lösung sei nah.</p>'.encode("latin-1")
    assert "Müller" in decode_bytes(html, html=True)


def test_gunzip_caps_output_and_rejects_corrupt_data():
    bomb = gzip.compress(b"a" * 10_000)
    with pytest.raises(Rejected) as info:
        gunzip(bomb, limit=1_000)
    assert info.value.reason == "too_large"
    with pytest.raises(Rejected) as info:
        gunzip(b"\x1f\x8bnot really gzip")
    assert info.value.reason == "bad_gzip"
    with pytest.raises(Rejected) as info:
        gunzip(bomb[:-12])
    assert info.value.reason == "bad_gzip"
    assert gunzip(gzip.compress(b"ok")) == b"ok"


def test_jsonl_records_and_reasons():
    lines = b"\n".join([
        b'{"text": "Body one.", "url": "https://x.com/1", "published_at": "2024-05-04T10:20:00+09:00"}',
        b'{"url": "https://x.com/2", "title": "Half a rec',
        b'{"title": "no content"}',
        b'["a", "list"]',
        b'{"text": "x", "published_at": "yesterday", "title": 5}',
        b'{"text": "x", "published_at": "yesterday"}',
        b'{"html": "<p>x</p>", "authors": "Jane Doe"}',
        b"",
    ])
    out = read_jsonl(lines, "file:///f.jsonl")
    reasons = [getattr(o, "reason", "ok") for o in out]
    assert reasons == ["ok", "bad_json", "missing_content", "bad_json", "bad_field", "ok", "ok"]
    assert out[0].source_uri == "file:///f.jsonl#L1"
    assert out[0].hints.published_at.isoformat() == "2024-05-04T01:20:00+00:00"
    assert out[5].hints.published_at is None  # an unreadable date is ignored, the record kept
    assert out[6].hints.authors == ("Jane Doe",) and out[6].media_type == "html"


def test_jsonl_survives_a_bom_and_pathological_nesting():
    out = read_jsonl(b'\xef\xbb\xbf{"text": "x"}\n' + b"[" * 100_000, "file:///f.jsonl")
    assert [getattr(o, "reason", "ok") for o in out] == ["ok", "bad_json"]


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-05-04T10:20:00+09:00", "2024-05-04T01:20:00+00:00"),
    ("Tue, 11 Jul 2017 10:00:00 GMT", "2017-07-11T10:00:00+00:00"),
    ("2017-07-11", "2017-07-11T00:00:00+00:00"),
    ("0001-01-01T00:00:00+01:00", None),
    ("9999-12-31T23:00:00-05:00", None),
    ("yesterday", None),
    (None, None),
])
def test_parse_timestamp(value, expected):
    from transforms.dates import parse_timestamp

    parsed = parse_timestamp(value)
    assert (parsed.isoformat() if parsed else None) == expected
