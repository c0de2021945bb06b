"""The per-document time limit: an overrun is a `timeout` reject and the batch goes on."""

import re
import threading
from contextlib import contextmanager

import pytest

from flows.ingest import time_limit
from tests.helpers import raw
from transforms.errors import DocumentTimeout
from transforms.model import Reject
from transforms.pipeline import process_documents

STORY = "<html><body><article><h1>Rivers run low</h1>" + "".join(
    f"<p>The summer drought left the rivers lower than at any time since records began, part {i}.</p>"
    for i in range(4)) + "</article></body></html>"


def test_a_runaway_regular_expression_is_stopped():
    with pytest.raises(DocumentTimeout):
        with time_limit(0.2):
            re.match(r"(a+)+$", "a" * 40 + "b")  # exponential: years without the limit


def test_the_timer_is_gone_after_the_block():
    with time_limit(0.2):
        pass
    threading.Event().wait(0.3)  # no alarm arrives later


def test_an_overrun_is_a_timeout_reject_and_the_batch_goes_on():
    docs = [raw(STORY, media_type="html", url=f"https://example.com/{i}") for i in range(3)]

    @contextmanager
    def slow_second(doc):  # the second document's processing starts with a runaway pattern
        with time_limit(0.2 if doc is docs[1] else 30):
            if doc is docs[1]:
                re.match(r"(a+)+$", "a" * 40 + "b")
            yield

    results = process_documents(docs, guard=slow_second)
    assert [r.reason if isinstance(r, Reject) else "article" for r in results] == ["article", "timeout", "article"]
    assert "0.2 s" in results[1].detail


def test_no_limit_outside_the_main_thread():
    seen = []

    def run():
        with time_limit(0.05):
            threading.Event().wait(0.2)
            seen.append("finished")

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    assert seen == ["finished"]
