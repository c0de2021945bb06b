"""Process settings: where Prefect keeps its state, telemetry off, the pipeline version.

`configure_prefect()` must run before `prefect` is imported, because Prefect reads its
settings at import time. The CLI calls it first thing.
"""

from __future__ import annotations

import os
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

try:
    PIPELINE_VERSION = version("newslake")
except PackageNotFoundError:  # running from a checkout that was not installed
    PIPELINE_VERSION = "0.0.0+checkout"


def default_prefect_home() -> Path:
    """`.prefect` in the project checkout, else ~/.newslake/prefect."""
    if (PROJECT_ROOT / "pyproject.toml").exists():
        return PROJECT_ROOT / ".prefect"
    return Path.home() / ".newslake" / "prefect"


def configure_prefect() -> None:
    """Project-local PREFECT_HOME, no telemetry, ephemeral server when no API URL is set."""
    os.environ.setdefault("PREFECT_HOME", str(default_prefect_home()))
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_ALLOW_EPHEMERAL_MODE", "true")
    # The throwaway server takes ~10 s to start, more on a loaded machine: 20 s is too tight.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
