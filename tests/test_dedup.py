from datetime import UTC, datetime

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.dedup import LakeIndex, build_index, deduplicate
from transforms.identity import article_id, content_hash
from transforms.schema import ARTICLES, REJECTS


def row(source, body, url=None, day=1, raw=None):
    h = content_hash(body)
    base = {name: None for name in ARTICLES.names}
    base.update(article_id=article_id(url, h), url=url, source_uri=source, body=body, content_hash=h,
                raw_sha256=raw or f"raw-{source}-{body}",
                published_at=datetime(2024, 5, day, tzinfo=UTC), date=f"2024-05-{day:02d}",
                region="unknown", subheads=[], authors=[], wire_agencies=[], captions=[], places=[],
                countries=[], people=[], organizations=[], quotes=[], figures=[])
    return base


def table(rows):
    return pa.Table.from_pylist(rows, schema=ARTICLES)


NO_REJECTS = REJECTS.empty_table()


def test_copies_within_a_run_go_to_duplicates_naming_the_original():
    rows = [row("a", "same text", "https://x.com/1", day=2), row("b", "same text", "https://y.com/2", day=1),
            row("c", "other text", "https://x.com/1", day=3)]
    result = deduplicate(table(rows), NO_REJECTS, LakeIndex())
    assert result.articles.column("source_uri").to_pylist() == ["b"]  # earliest published wins
    dups = {r["source_uri"]: r for r in result.duplicates.to_pylist()}
    original = result.articles.column("article_id")[0].as_py()
    assert dups["a"]["duplicate_of"] == original and dups["a"]["match"] == "content_hash"
    assert dups["c"]["match"] == "url"


def test_rerun_against_the_lake_adds_nothing():
    rows = [row("a", "text one", "https://x.com/1"), row("b", "text two")]
    first = deduplicate(table(rows), NO_REJECTS, LakeIndex())
    index = build_index(first.articles.to_pylist(), first.duplicates.to_pylist(), [])
    second = deduplicate(table(rows), NO_REJECTS, index)
    assert second.articles.num_rows == 0 and second.duplicates.num_rows == 0
    assert second.unchanged == 2


def test_rerun_after_a_cleaning_change_is_still_unchanged():
    index = build_index([row("a", "old cleaning output", raw="bytes-1")], [], [])
    result = deduplicate(table([row("a", "new cleaning output", raw="bytes-1")]), NO_REJECTS, index)
    assert result.unchanged == 1 and result.articles.num_rows == result.duplicates.num_rows == 0


def test_same_text_from_a_new_source_is_a_duplicate_of_the_lake():
    index = build_index([row("a", "text one", "https://x.com/1")], [], [])
    result = deduplicate(table([row("z", "text one", "https://other.com/9")]), NO_REJECTS, index)
    assert result.duplicates.num_rows == 1 and result.articles.num_rows == 0


bodies = st.sampled_from(["alpha text", "beta text", "gamma text"])
urls = st.sampled_from([None, "https://x.com/1", "https://x.com/2"])
rows_strategy = st.lists(st.tuples(bodies, urls, st.integers(1, 28)), max_size=12).map(
    lambda items: [row(f"src-{i}", b, u, d) for i, (b, u, d) in enumerate(items)])


@settings(max_examples=60, deadline=None)
@given(rows_strategy, st.randoms())
def test_dedup_is_order_independent_and_idempotent(rows, random):
    shuffled = rows[:]
    random.shuffle(shuffled)
    a = deduplicate(table(rows), NO_REJECTS, LakeIndex())
    b = deduplicate(table(shuffled), NO_REJECTS, LakeIndex())
    assert sorted(a.articles.column("source_uri").to_pylist()) == sorted(b.articles.column("source_uri").to_pylist())
    assert a.articles.num_rows + a.duplicates.num_rows == len(rows)
    # Deduplicating the survivors again changes nothing.
    again = deduplicate(a.articles, NO_REJECTS, LakeIndex())
    assert again.articles.num_rows == a.articles.num_rows and again.duplicates.num_rows == 0
