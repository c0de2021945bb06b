"""Reason codes for documents that do not become articles.

Each code is stable (analysts group rejects by it); the detail says what exactly went wrong.
"""

from __future__ import annotations

REASONS: dict[str, str] = {
    "empty": "the input has no content",
    "binary": "the bytes are not text (NUL bytes or a binary signature)",
    "undecodable": "the bytes do not decode as text in any detected encoding",
    "too_large": "the input is larger than the size cap",
    "read_error": "the input could not be read",
    "bad_gzip": "a .gz file that does not decompress",
    "bad_json": "a JSONL line that is not a JSON object",
    "missing_content": "a JSONL record with neither `html` nor `text`",
    "bad_field": "a JSONL field of the wrong type or format",
    "unsupported_type": "a file type newslake does not read",
    "unparseable_html": "the HTML could not be parsed",
    "blocked_page": "the site served a bot check or challenge page, not the article",
    "no_body": "no article text was found",
    "extract_error": "the extractor failed on this document",
    "timeout": "processing the document took longer than the per-document time limit",
}


class Rejected(Exception):
    """Raised by a per-document stage; the batch turns it into a `rejects` row."""

    def __init__(self, reason: str, detail: str) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown reject reason {reason!r}")
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


class DocumentTimeout(BaseException):
    """Raised into a document's processing when it overruns its time limit, by the caller's
    guard (transforms set no timers). A BaseException, so that no library's `except
    Exception` swallows it; process_documents turns it into a `timeout` reject."""
