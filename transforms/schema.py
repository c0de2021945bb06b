"""The lake's data contract: one pyarrow schema per dataset, declared here and nowhere else.

`date` and `region` are hive partition columns: they name the folders
(date=YYYY-MM-DD/region=<slug>) and are not stored inside the Parquet files.
docs/SCHEMA.md explains every column with an example.
"""

from __future__ import annotations

import pyarrow as pa

PARTITION_COLUMNS = ("date", "region")
_TS = pa.timestamp("us", tz="UTC")

CAPTION = pa.struct([("text", pa.string()), ("photographer", pa.string()), ("agency", pa.string())])
PLACE = pa.struct([("name", pa.string()), ("country", pa.string()), ("mentions", pa.int32())])
QUOTE = pa.struct([("text", pa.string()), ("speaker", pa.string())])
FIGURE = pa.struct([("value", pa.float64()), ("unit", pa.string()), ("kind", pa.string()),
                    ("text", pa.string())])

ARTICLES = pa.schema([
    ("article_id", pa.string()),
    ("url", pa.string()),
    ("source_uri", pa.string()),
    ("outlet", pa.string()),
    ("title", pa.string()),
    ("dek", pa.string()),
    ("body", pa.string()),
    ("subheads", pa.list_(pa.string())),
    ("authors", pa.list_(pa.string())),
    ("wire_agencies", pa.list_(pa.string())),
    ("syndicated_from", pa.string()),
    ("captions", pa.list_(CAPTION)),
    ("published_at", _TS),
    ("published_utc_offset", pa.int16()),
    ("date_source", pa.string()),
    ("language", pa.string()),
    ("word_count", pa.int32()),
    ("places", pa.list_(PLACE)),
    ("countries", pa.list_(pa.string())),
    ("primary_country", pa.string()),
    ("people", pa.list_(pa.string())),
    ("organizations", pa.list_(pa.string())),
    ("quotes", pa.list_(QUOTE)),
    ("figures", pa.list_(FIGURE)),
    ("content_hash", pa.string()),
    ("raw_sha256", pa.string()),
    ("story_id", pa.string()),
    ("ingested_at", _TS),
    ("run_id", pa.string()),
    ("pipeline_version", pa.string()),
    ("date", pa.string()),
    ("region", pa.string()),
])

DUPLICATES = pa.schema([
    ("article_id", pa.string()),
    ("url", pa.string()),
    ("source_uri", pa.string()),
    ("outlet", pa.string()),
    ("title", pa.string()),
    ("published_at", _TS),
    ("content_hash", pa.string()),
    ("raw_sha256", pa.string()),
    ("duplicate_of", pa.string()),
    ("match", pa.string()),
    ("similarity", pa.float64()),
    ("ingested_at", _TS),
    ("run_id", pa.string()),
    ("pipeline_version", pa.string()),
    ("date", pa.string()),
    ("region", pa.string()),
])

REJECTS = pa.schema([
    ("source_uri", pa.string()),
    ("reason", pa.string()),
    ("detail", pa.string()),
    ("raw_sha256", pa.string()),
    ("size_bytes", pa.int64()),
    ("ingested_at", _TS),
    ("run_id", pa.string()),
    ("pipeline_version", pa.string()),
    ("date", pa.string()),
])

DATASETS: dict[str, pa.Schema] = {"articles": ARTICLES, "duplicates": DUPLICATES, "rejects": REJECTS}


def partition_columns(dataset: str) -> tuple[str, ...]:
    """The hive partition columns of a dataset, in folder order."""
    return tuple(c for c in PARTITION_COLUMNS if c in DATASETS[dataset].names)


def file_schema(dataset: str) -> pa.Schema:
    """The schema of the Parquet files themselves: the dataset's minus its partition columns."""
    schema = DATASETS[dataset]
    for column in partition_columns(dataset):
        schema = schema.remove(schema.get_field_index(column))
    return schema
