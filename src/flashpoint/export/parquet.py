"""Parquet output (pyarrow), written in record batches so an export never holds every event in memory."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from typing import BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from flashpoint.export.credits import GEONAMES_CREDIT
from flashpoint.schema import Event

EVIDENCE = pa.struct(
    [
        ("article_id", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("text", pa.string()),
        ("field", pa.string()),
    ]
)
TIMESTAMP = pa.timestamp("us", tz="UTC")
SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("event_date", pa.date32()),
        ("time_precision", pa.int8()),
        ("disorder_type", pa.string()),
        ("event_type", pa.string()),
        ("sub_event_type", pa.string()),
        ("actor1", pa.string()),
        ("assoc_actor_1", pa.string()),
        ("inter1", pa.int8()),
        ("actor2", pa.string()),
        ("assoc_actor_2", pa.string()),
        ("inter2", pa.int8()),
        ("interaction", pa.int16()),
        ("civilian_targeting", pa.string()),
        ("country", pa.string()),
        ("admin1", pa.string()),
        ("admin2", pa.string()),
        ("admin3", pa.string()),
        ("location", pa.string()),
        ("latitude", pa.float64()),
        ("longitude", pa.float64()),
        ("geo_precision", pa.int8()),
        ("fatalities", pa.int32()),
        ("source", pa.string()),
        ("source_scale", pa.string()),
        ("notes", pa.string()),
        ("confidence", pa.float64()),
        ("evidence", pa.list_(EVIDENCE)),
        ("article_ids", pa.list_(pa.string())),
        ("created_at", TIMESTAMP),
        ("updated_at", TIMESTAMP),
        ("status", pa.string()),
    ]
)


def _row(event: Event) -> dict[str, object]:
    row = event.model_dump()
    row["evidence"] = [e.model_dump() for e in event.evidence]
    return {name: row[name] for name in SCHEMA.names}


def write_parquet(events: Iterable[Event], out: BinaryIO, *, batch_size: int = 1000) -> int:
    """Every Event field as a typed column (evidence as a list of structs); returns the row count."""
    count = 0
    iterator = iter(events)
    schema = SCHEMA.with_metadata({"attribution": GEONAMES_CREDIT})
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        while batch := list(islice(iterator, batch_size)):
            writer.write_batch(pa.RecordBatch.from_pylist([_row(e) for e in batch], schema=schema))
            count += len(batch)
        if count == 0:
            writer.write_table(schema.empty_table())
    return count
