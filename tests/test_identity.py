import pytest

from transforms.identity import article_id, canonical_url, content_hash


@pytest.mark.parametrize(("url", "expected"), [
    ("HTTPS://WWW.Example.com/News/story/?utm_source=x&b=2&a=1#top", "https://example.com/News/story?a=1&b=2"),
    ("http://example.com/a?fbclid=zz&id=3", "https://example.com/a?id=3"),
    ("https://example.com:8080/x/", "https://example.com:8080/x"),
    ("https://example.com", "https://example.com/"),
    ("ftp://example.com/file", None),
    ("not a url", None),
    ("http://example.com:99999/a", None),
    ("", None),
    (None, None),
])
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


def test_content_hash_ignores_typography_and_spacing():
    assert content_hash("It's  \u201cover\u201d \u2014 now") == content_hash("it\u2019s \"over\" - now")
    assert content_hash("one text") != content_hash("another text")


def test_article_id_prefers_url():
    h = content_hash("body")
    assert article_id("https://example.com/a", h) == article_id("https://example.com/a", content_hash("other"))
    assert article_id(None, h) != article_id(None, content_hash("other"))
    assert len(article_id(None, h)) == 32


@pytest.mark.parametrize(("url", "ok"), [("https://example.com/", False), ("https://example.com", False),
                                         ("/news/a", False), ("https://example.com/news/a", True)])
def test_is_article_url(url, ok):
    from transforms.identity import is_article_url

    assert is_article_url(url) is ok


def test_tracking_names_match_exactly():
    assert canonical_url("https://e.com/a?ampm=1&shareid=7&share=x") == "https://e.com/a?ampm=1&shareid=7"
