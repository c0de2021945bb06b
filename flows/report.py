"""The run summary: what a person reads after a run, in the terminal and as a Prefect artifact."""

from __future__ import annotations

from pydantic import BaseModel, Field


class BatchResult(BaseModel):
    """What one batch task hands on: paths of staged files and small counts, never data."""

    index: int
    articles_path: str
    rejects_path: str
    documents: int
    articles: int
    rejects: int
    removed_blocks: dict[str, int] = Field(default_factory=dict)
    seconds: dict[str, float] = Field(default_factory=dict)


class RunSummary(BaseModel):
    run_id: str
    lake: str
    files: int
    skipped_files: int
    read: int
    written: int
    duplicates: int
    rejects: int
    unchanged: int
    partitions: dict[str, int] = Field(default_factory=dict)  # "date/region" -> articles written
    rejects_by_reason: dict[str, int] = Field(default_factory=dict)
    duplicates_by_match: dict[str, int] = Field(default_factory=dict)
    removed_blocks: dict[str, int] = Field(default_factory=dict)
    coverage: dict[str, float] = Field(default_factory=dict)  # field -> share of written articles
    coverage_by_outlet: dict[str, dict[str, float]] = Field(default_factory=dict)
    seconds: dict[str, float] = Field(default_factory=dict)
    manifest: str | None = None

    @property
    def balanced(self) -> bool:
        """read = written + duplicates + rejects + unchanged: nothing lost."""
        return self.read == self.written + self.duplicates + self.rejects + self.unchanged


def _table(header: tuple[str, str], rows: dict[str, object]) -> list[str]:
    if not rows:
        return ["(none)"]
    lines = [f"| {header[0]} | {header[1]} |", "|---|---:|"]
    lines += [f"| {key} | {value} |" for key, value in rows.items()]
    return lines


def _outlet_table(coverage: dict[str, dict[str, float]]) -> list[str]:
    if not coverage:
        return ["(none)"]
    fields = list(next(iter(coverage.values())))
    lines = ["| outlet | " + " | ".join(fields) + " |", "|---|" + "---:|" * len(fields)]
    for outlet, shares in coverage.items():
        name = outlet.replace("|", "\\|")
        lines.append(f"| {name} | " + " | ".join(f"{shares[f]:.0%}" for f in fields) + " |")
    return lines


def summary_markdown(summary: RunSummary) -> str:
    """The run summary as Markdown, for the Prefect UI."""
    lines = [
        f"# newslake run `{summary.run_id}`",
        "",
        f"Lake: `{summary.lake}` · files {summary.files} (skipped {summary.skipped_files})",
        "",
        "| read | written | duplicates | rejects | unchanged (re-run) |",
        "|---:|---:|---:|---:|---:|",
        f"| {summary.read} | {summary.written} | {summary.duplicates} | {summary.rejects} | {summary.unchanged} |",
        "",
        "## Articles by date and region", "", *_table(("date / region", "articles"), summary.partitions),
        "", "## Rejects by reason", "", *_table(("reason", "rows"), summary.rejects_by_reason),
        "", "## Duplicates by matching key", "", *_table(("key", "rows"), summary.duplicates_by_match),
        "", "## Blocks removed by cleaning", "", *_table(("reason", "blocks"), summary.removed_blocks),
        "", "## Field coverage (share of written articles)", "",
        *_table(("field", "share"), {k: f"{v:.0%}" for k, v in summary.coverage.items()}),
        "", "## Field coverage per outlet (top 20 by articles)", "", *_outlet_table(summary.coverage_by_outlet),
        "", "## Time per stage (seconds)", "",
        *_table(("stage", "seconds"), {k: f"{v:.2f}" for k, v in summary.seconds.items()}),
    ]
    return "\n".join(lines)


def summary_text(summary: RunSummary) -> str:
    """The run summary for a terminal."""
    lines = [
        f"run {summary.run_id} -> {summary.lake}",
        f"  read {summary.read}  written {summary.written}  duplicates {summary.duplicates}  "
        f"rejects {summary.rejects}  unchanged {summary.unchanged}"
        f"  (files {summary.files}, skipped {summary.skipped_files})",
    ]
    if summary.partitions:
        lines.append("  articles by date / region:")
        lines += [f"    {key:<40} {n:>6}" for key, n in summary.partitions.items()]
    if summary.rejects_by_reason:
        lines.append("  rejects: " + ", ".join(f"{k} {v}" for k, v in summary.rejects_by_reason.items()))
    if summary.duplicates_by_match:
        lines.append("  duplicates: " + ", ".join(f"{k} {v}" for k, v in summary.duplicates_by_match.items()))
    if summary.manifest:
        lines.append(f"  manifest: {summary.manifest}")
    return "\n".join(lines)
