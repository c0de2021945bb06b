"""The `newslake` command line: run the ingest flow, query the lake, serve the schedules."""

from __future__ import annotations

import argparse
import sys

from flows.settings import configure_prefect

DEFAULT_QUERY = """
SELECT date, region, count(*) AS articles,
       count(DISTINCT outlet) AS outlets,
       round(avg(word_count)) AS avg_words
FROM read_parquet('{lake}/articles/*/*/*.parquet', hive_partitioning = true, union_by_name = true)
GROUP BY ALL ORDER BY date, region
"""


def _run(args: argparse.Namespace) -> int:
    from flows.ingest import IngestParams, flow_for
    from flows.report import summary_text

    params = IngestParams(sources=args.sources or ["data/samples"], lake=args.lake,
                          batch_size=args.batch_size, document_seconds=args.document_seconds)
    try:
        summary = flow_for(params)(params)
    except FileNotFoundError as exc:
        print(f"newslake: {exc}", file=sys.stderr)
        return 2
    print(summary_text(summary))
    return 0 if summary.balanced else 1


def _query(args: argparse.Namespace) -> int:
    import duckdb

    sql = args.sql or DEFAULT_QUERY.format(lake=args.lake.rstrip("/"))
    try:
        result = duckdb.sql(sql)
    except duckdb.Error as exc:
        print(f"newslake: query failed: {exc}", file=sys.stderr)
        return 2
    if result is not None:
        result.show(max_width=160)
    return 0


def _serve(args: argparse.Namespace) -> int:
    from flows.serve import serve

    serve(sources=args.sources or ["data/samples"], lake=args.lake, cron=args.cron, port=args.port)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newslake", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="ingest files or folders into the lake")
    run.add_argument("sources", nargs="*", metavar="SOURCE", help="file or folder (default data/samples)")
    run.add_argument("--lake", default="data/lake", help="lake root (default data/lake)")
    run.add_argument("--batch-size", type=int, default=500, help="documents per batch task")
    run.add_argument("--document-seconds", type=float, default=30,
                     help="time limit per document; an overrun becomes a `timeout` reject (0: none)")
    run.set_defaults(func=_run)
    query = sub.add_parser("query", help="run a DuckDB query over the lake (default: articles by date and region)")
    query.add_argument("sql", nargs="?", help="SQL to run instead of the default summary")
    query.add_argument("--lake", default="data/lake")
    query.set_defaults(func=_query)
    serve = sub.add_parser("serve", help="run the ingest schedule on this machine, without a work pool")
    serve.add_argument("sources", nargs="*", metavar="SOURCE")
    serve.add_argument("--lake", default="data/lake")
    serve.add_argument("--cron", default="0 6 * * *", help="cron schedule (default daily 06:00 UTC)")
    serve.add_argument("--port", type=int, default=4200,
                       help="port of the local Prefect server started when PREFECT_API_URL is unset")
    serve.set_defaults(func=_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    configure_prefect()
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
