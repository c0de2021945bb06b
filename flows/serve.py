"""`newslake serve`: the ingest schedule on one machine, no work pool or worker needed.

Prefect's ephemeral mode cannot schedule runs, so when no server is configured
(`PREFECT_API_URL` unset) this starts a local Prefect server for as long as it serves, with its
UI on http://127.0.0.1:<port>, and stops it on exit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from prefect.settings import PREFECT_API_URL, temporary_settings

from flows.ingest import IngestParams, ingest_articles

SERVER_START_SECONDS = 180


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


@contextmanager
def local_server(port: int) -> Iterator[str]:
    """The configured Prefect API, or a local server started for the duration."""
    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        yield configured
        return
    url = f"http://127.0.0.1:{port}/api"
    log = Path(os.environ.get("PREFECT_HOME", ".")) / "server.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + SERVER_START_SECONDS
        while not _healthy(url):
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the local Prefect server did not start; see {log}")
            time.sleep(1)
        print(f"Prefect server and UI: http://127.0.0.1:{port} (log: {log})", flush=True)
        with temporary_settings(updates={PREFECT_API_URL: url}):
            yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def serve(sources: list[str], lake: str, cron: str, port: int = 4200) -> None:
    """Serve the `ingest-articles` flow on a cron schedule until interrupted.

    Its deployment is `ingest-articles/daily-import-local`, apart from prefect.yaml's
    `daily-import` (which runs on a work pool), so the two never replace each other.
    """
    params = IngestParams(sources=sources, lake=lake)
    with local_server(port):
        ingest_articles.serve(name="daily-import-local", cron=cron,
                              parameters={"params": params.model_dump()},
                              description="Import the configured folders into the lake.")
