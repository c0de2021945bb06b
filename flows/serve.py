"""`newslake serve`: the ingest schedule on one machine, no work pool or worker needed."""

from __future__ import annotations

from flows.ingest import IngestParams, ingest_articles


def serve(sources: list[str], lake: str, cron: str) -> None:
    """Serve the `ingest-articles` flow on a cron schedule until interrupted."""
    params = IngestParams(sources=sources, lake=lake)
    ingest_articles.serve(name="daily-import", cron=cron,
                          parameters={"params": params.model_dump()},
                          description="Import the configured folders into the lake.")
