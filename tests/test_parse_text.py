import pytest

from tests.helpers import raw
from transforms.errors import Rejected
from transforms.parse_text import classify_blocks, parse_text

SEED_SHAPE = """Floods close the river road

The river rose two metres overnight and closed the road to the port, officials said on Monday.

Officials expect the water to stay high for most of the coming week

Cars stand in water on the river road. (Ana Ruiz/Reuters)

The river rose two metres overnight and closed the road to the port, officials said on Monday.

'Worst in years'

Farmers said the flood was the worst they had seen in a decade.

with files from Reuters"""


def test_title_and_block_kinds():
    article = parse_text(raw(SEED_SHAPE))
    assert article.title == "Floods close the river road"
    kinds = [b.kind for b in article.blocks]
    assert kinds == ["title", "paragraph", "dek", "paragraph", "paragraph", "subhead", "paragraph",
                     "paragraph"]
    assert article.dek == "Officials expect the water to stay high for most of the coming week"
    assert article.subheads == ["'Worst in years'"]


@pytest.mark.parametrize(("chunk", "kind"), [
    ("A short heading", "subhead"),
    ("\u201cWe cannot breathe\u201d", "subhead"),
    ("She said: \u201cWe cannot breathe.\u201d", "paragraph"),
    ("This one ends with a full stop.", "paragraph"),
])
def test_subheads_are_short_and_unpunctuated(chunk, kind):
    blocks = classify_blocks(["First paragraph of text.", "Second paragraph.", "Third.", chunk, "Last."])
    assert blocks[3].kind == kind


def test_title_from_input_is_not_repeated_in_body():
    article = parse_text(raw("My title\n\nFirst paragraph.", title="My title"))
    assert [b.kind for b in article.blocks] == ["title", "paragraph"]


@pytest.mark.parametrize(("content", "reason"), [("", "empty"), ("\u200b \n\n ", "empty"),
                                                  ("Only a title", "no_body")])
def test_rejects(content, reason):
    with pytest.raises(Rejected) as info:
        parse_text(raw(content))
    assert info.value.reason == reason


def test_a_lead_is_never_taken_for_a_title():
    text = "MOSUL, Iraq (AP) \u2014 Sporadic clashes continued on Tuesday in Mosul.\n\nThe fighting went on."
    article = parse_text(raw(text))
    assert article.title is None
    assert article.body.startswith("MOSUL, Iraq (AP)")


def test_jsonl_text_is_body_only():
    article = parse_text(raw("A one-paragraph record with no title", title_in_text=False))
    assert article.title is None and article.body == "A one-paragraph record with no title"


def test_a_one_paragraph_article_keeps_its_paragraph_as_body():
    from transforms.pipeline import process_document

    html = ("<html><head><meta name='description' content='The only paragraph of this short "
            "news item, long enough to be read as text.'></head><body><article><h1>Short item</h1>"
            "<p>The only paragraph of this short news item, long enough to be read as text.</p>"
            "</article></body></html>")
    out = process_document(raw(html, media_type="html"))
    assert out.body.startswith("The only paragraph") and out.dek is None
