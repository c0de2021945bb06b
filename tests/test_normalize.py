import pytest

from transforms.normalize import clean_text, comparison_key, word_tokens


@pytest.mark.parametrize(("raw", "expected"), [
    ("a\u00a0b", "a b"),                      # non-breaking space
    ("zero\u200bwidth", "zerowidth"),          # zero-width space
    ("\ufeffBOM first", "BOM first"),
    ("  many   spaces\t here ", "many spaces here"),
    ("line one\nline two", "line one\nline two"),
    ("e\u0301", "\u00e9"),                      # NFC
    ("a\ud800b", "a\ufffdb"),                    # a lone surrogate from JSON
    ("\ue060\ue05cNext video", "Next video"),    # an icon font's glyphs (Private Use Area)
])
def test_clean_text(raw, expected):
    assert clean_text(raw) == expected


def test_comparison_key_ignores_quotes_dashes_case_and_spacing():
    a = "declared a 'total victory' \u2014 over ISIS"
    b = "Declared a \u201ctotal victory\u201d - over\u00a0ISIS"
    assert comparison_key(a).replace('"', "'") == comparison_key(b).replace('"', "'")
    assert comparison_key("A\u200bB") == "ab"


def test_word_tokens_any_script():
    assert word_tokens("São Paulo, 3 de maio") == ["são", "paulo", "3", "de", "maio"]
    assert word_tokens("") == []


def test_the_ascii_shortcut_folds_like_the_full_path():
    # ASCII skips NFKC and the folding table: the key must be the same as for the same text
    # carrying one non-ASCII character that folds away (a soft hyphen)
    for text in ["Hello  World\n\tAgain", "MOSUL, Iraq (AP) -- 'Total' victory", "  ", "Straße"[:4]]:
        assert comparison_key(text) == comparison_key(text + "\u00ad")
        assert clean_text(text) == clean_text(text + "\u00ad")
