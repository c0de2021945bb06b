"""The `ingest-articles` flow: local files -> batches of articles -> one atomic commit to the lake."""

from __future__ import annotations

import ctypes
import os
import signal
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect import Flow
from prefect.settings import PREFECT_API_URL
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner
from pydantic import BaseModel, Field

from flows import lake as lake_io
from flows.report import BatchResult, RunSummary, summary_markdown
from flows.settings import PIPELINE_VERSION
from flows.sources import Part, list_sources, plan_batches, read_source
from transforms.dedup import deduplicate
from transforms.errors import DocumentTimeout
from transforms.model import Article
from transforms.pipeline import process_documents
from transforms.rows import articles_table, batch_rows, rejects_table
from transforms.schema import ARTICLES, REJECTS
from transforms.stats import count_by, coverage_by_outlet, field_coverage


class IngestParams(BaseModel):
    """Parameters of an ingest run (a form in the Prefect UI)."""

    sources: list[str] = Field(default_factory=lambda: ["data/samples"],
                               description="Files or folders (read recursively) to ingest.")
    lake: str = Field("data/lake", description="Root folder of the Parquet lake.")
    batch_size: int = Field(500, ge=1, le=5000, description="Documents per batch task.")
    document_seconds: float = Field(
        30, ge=0, le=3600,
        description="Time limit per document (0: none); an overrun becomes a `timeout` reject.")


def new_run_id(now: datetime) -> str:
    return f"{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"


@contextmanager
def _workers_share_this_api() -> Iterator[None]:
    """Worker processes report to the API this run reports to.

    In ephemeral mode (no PREFECT_API_URL) the flow's process runs a throwaway Prefect server;
    a process-pool worker does not know its address and would start a server of its own on
    the same database (~10 s each, over the 20 s start-up limit on a busy machine, and left
    running when the worker ends). The workers' environment is built from os.environ at
    submit time, so the address is put there while the batches are submitted.
    """
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # the instance the flow's own client started, if any
    if PREFECT_API_URL.value() or server.server_process is None:
        yield
        return
    os.environ["PREFECT_API_URL"] = server.api_url
    try:
        yield
    finally:
        del os.environ["PREFECT_API_URL"]


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise DocumentTimeout into the code running here once `seconds` have passed.

    In the main thread (process-pool workers run their tasks there) a SIGALRM timer, so it
    also stops a runaway regular expression. In another thread (a single-batch run's worker),
    which signals cannot reach, a watchdog raises it between Python steps: a slow Python loop
    stops, one long call into C (a regex match, lxml's parse) runs to its end first.
    """
    if seconds <= 0:
        yield
        return
    message = f"still running after {seconds:g} s"
    if threading.current_thread() is not threading.main_thread():
        with _thread_watchdog(seconds):
            try:
                yield
            except DocumentTimeout as exc:  # raised bare into the thread: give it its message
                raise DocumentTimeout(message) from exc if not str(exc) else exc
        return

    def overrun(signum: int, frame: object) -> None:
        raise DocumentTimeout(message)

    previous = signal.signal(signal.SIGALRM, overrun)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _thread_watchdog(seconds: float) -> Iterator[None]:
    """A timer that raises DocumentTimeout asynchronously into this thread (CPython's
    PyThreadState_SetAsyncExc) if the block is still running; cleared if the block ends first."""
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"inside": True, "fired": False}

    def overrun() -> None:
        with lock:
            if state["inside"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(DocumentTimeout))

    timer = threading.Timer(seconds, overrun)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["inside"] = False
            timer.cancel()
            if state["fired"]:  # not raised yet: it must not go off after the block
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)


@task(name="process-batch")
def process_batch(parts: list[Part], index: int, stage: str, run_id: str,
                  ingested_at: datetime, document_seconds: float = 30) -> BatchResult:
    """Read, parse, clean and enrich one batch of documents; stage the rows as Parquet."""
    clock = time.perf_counter()
    docs = [doc for part in parts for doc in read_source(part)]
    read_seconds = time.perf_counter() - clock
    results = process_documents(docs, guard=lambda doc: time_limit(document_seconds))
    transform_seconds = time.perf_counter() - clock - read_seconds
    article_rows, reject_rows = batch_rows(results, ingested_at=ingested_at, run_id=run_id,
                                           pipeline_version=PIPELINE_VERSION)
    removed: Counter[str] = Counter()
    for result in results:
        if isinstance(result, Article):
            removed.update(dict(result.removed))
    base = Path(stage) / f"batch-{index:05d}"
    lake_io.write_parquet(articles_table(article_rows), base.with_suffix(".articles.parquet"))
    lake_io.write_parquet(rejects_table(reject_rows), base.with_suffix(".rejects.parquet"))
    return BatchResult(
        index=index, articles_path=str(base.with_suffix(".articles.parquet")),
        rejects_path=str(base.with_suffix(".rejects.parquet")), documents=len(docs),
        articles=len(article_rows), rejects=len(reject_rows), removed_blocks=dict(removed),
        seconds={"read": read_seconds, "transform": transform_seconds,
                 "stage": time.perf_counter() - clock - read_seconds - transform_seconds},
    )


@task(name="commit-run")
def commit_run(batches: list[BatchResult], lake: str, run_id: str, files: int,
               skipped: list[str]) -> RunSummary:
    """Deduplicate the run against itself and the lake, then publish atomically."""
    root = Path(lake)
    seconds: Counter[str] = Counter()
    for batch in batches:
        seconds.update(batch.seconds)
    with lake_io.lake_lock(root):
        clock = time.perf_counter()
        lake_io.recover(root)  # a run that crashed while publishing is finished first
        index = lake_io.read_index(root)
        articles = lake_io.read_parquet([Path(b.articles_path) for b in batches], ARTICLES)
        rejects = lake_io.read_parquet([Path(b.rejects_path) for b in batches], REJECTS)
        result = deduplicate(articles, rejects, index)
        seconds["dedup"] = time.perf_counter() - clock
        removed: Counter[str] = Counter()
        for batch in batches:
            removed.update(batch.removed_blocks)
        seconds = Counter({k: round(v, 3) for k, v in seconds.items()})
        summary = RunSummary(
            run_id=run_id, lake=str(root), files=files, skipped_files=len(skipped),
            read=sum(b.documents for b in batches), written=result.articles.num_rows,
            duplicates=result.duplicates.num_rows, rejects=result.rejects.num_rows,
            unchanged=result.unchanged,
            partitions=count_by(result.articles, "date", "region"),
            rejects_by_reason=count_by(result.rejects, "reason"),
            duplicates_by_match=count_by(result.duplicates, "match"),
            removed_blocks=dict(removed), coverage=field_coverage(result.articles),
            coverage_by_outlet=coverage_by_outlet(result.articles),
            seconds=dict(seconds),
        )
        clock = time.perf_counter()
        manifest = lake_io.publish(root, run_id, {"articles": result.articles,
                                                  "duplicates": result.duplicates,
                                                  "rejects": result.rejects},
                                   {**summary.model_dump(), "skipped_paths": skipped})
        seconds["publish"] = round(time.perf_counter() - clock, 3)
        lake_io.clean_staging(root, run_id)
    return summary.model_copy(update={"manifest": str(manifest), "seconds": dict(seconds)})


@flow(name="ingest-articles", task_runner=ProcessPoolTaskRunner(max_workers=2))
def ingest_articles(params: IngestParams | None = None) -> RunSummary:
    """Ingest local files (HTML, text, JSONL) into the lake: batches, then one commit."""
    params = params or IngestParams()
    ingested_at = datetime.now(UTC).replace(microsecond=0)
    run_id = new_run_id(ingested_at)
    files, skipped = list_sources(params.sources)
    stage = str(lake_io.staging_dir(Path(params.lake), run_id))
    Path(stage).mkdir(parents=True, exist_ok=True)
    batches = plan_batches(files, params.batch_size, scratch=Path(stage))
    with _workers_share_this_api():
        futures = [process_batch.submit(parts, i, stage, run_id, ingested_at, params.document_seconds)
                   for i, parts in enumerate(batches)]
        results = [f.result() for f in futures]
    summary = commit_run(results, params.lake, run_id, len(files), skipped)
    create_markdown_artifact(summary_markdown(summary), key="ingest-summary",
                             description=f"newslake run {run_id}")
    return summary


def flow_for(params: IngestParams) -> Flow:
    """`ingest_articles` with the task runner this run needs: worker processes when there is
    more than one batch to spread over the cores, else one thread (starting worker processes
    costs ~15 s, which a single batch cannot win back). Planning is done twice (here and in
    the flow): one more pass over the file list and the JSONL files' lines."""
    files, _ = list_sources(params.sources)
    if len(plan_batches(files, params.batch_size)) <= 1:
        return ingest_articles.with_options(task_runner=ThreadPoolTaskRunner(max_workers=1))
    return ingest_articles
