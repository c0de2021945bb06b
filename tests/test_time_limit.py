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


def _in_a_thread(work):
    """Run `work` in a worker thread, as a single-batch run does; what it raised or returned."""
    seen = []

    def run():
        try:
            seen.append(work())
        except DocumentTimeout as exc:
            seen.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(10)
    return seen[0]


def test_a_slow_python_loop_in_a_worker_thread_is_stopped():
    def work():
        with time_limit(0.2):
            while True:
                sum(range(1000))

    outcome = _in_a_thread(work)
    assert isinstance(outcome, DocumentTimeout) and "0.2 s" in str(outcome)


def test_a_worker_threads_timer_is_gone_after_the_block():
    def work():
        with time_limit(0.2):
            pass
        threading.Event().wait(0.4)  # the timer would have gone off here
        return "finished"

    assert _in_a_thread(work) == "finished"
