"""Shared fixtures: the corpora folder, the project's samples, one Prefect harness per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from flows.settings import configure_prefect

configure_prefect()  # before any test imports prefect: local PREFECT_HOME, telemetry off

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
CORPORA = Path(os.environ.get("NEWSLAKE_CORPORA", ROOT.parent / "shared" / "corpora"))


def corpus(*parts: str) -> Path:
    """A path inside ../shared/corpora; skips the test, saying why, when it is not there."""
    path = CORPORA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs the shared corpora at {path} (not present on this machine; CI has it)")
    return path


@pytest.fixture(scope="session")
def prefect_harness():
    """A temporary Prefect API for the whole session (starting one costs ~15 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
