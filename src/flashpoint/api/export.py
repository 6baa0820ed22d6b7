"""GET /api/export: the filtered events as an ACLED CSV, GeoJSON, Parquet or JSONL download."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse
from starlette.background import BackgroundTask

from flashpoint.api.filters import event_filter
from flashpoint.api.models import ErrorBody
from flashpoint.api.state import get_store
from flashpoint.store.base import EventFilter, Store

router = APIRouter(prefix="/api", tags=["export"])

CHUNK = 64 * 1024
SPOOL_BYTES = 8 * 1024 * 1024


class ExportFormat(StrEnum):
    ACLED_CSV = "acled-csv"
    GEOJSON = "geojson"
    PARQUET = "parquet"
    JSONL = "jsonl"


MEDIA: dict[ExportFormat, tuple[str, str]] = {
    ExportFormat.ACLED_CSV: ("text/csv; charset=utf-8", "csv"),
    ExportFormat.GEOJSON: ("application/geo+json", "geojson"),
    ExportFormat.PARQUET: ("application/vnd.apache.parquet", "parquet"),
    ExportFormat.JSONL: ("application/x-ndjson", "jsonl"),
}


def _chunks(spool: Any) -> Iterator[bytes]:
    spool.seek(0)
    while chunk := spool.read(CHUNK):
        yield chunk


@router.get(
    "/export",
    response_class=StreamingResponse,
    responses={200: {"content": {m: {} for m, _ in MEDIA.values()}}, 422: {"model": ErrorBody}},
)
def export(
    store: Annotated[Store, Depends(get_store)],
    filters: Annotated[EventFilter, Depends(event_filter)],
    format: Annotated[ExportFormat, Query(description="acled-csv | geojson | parquet | jsonl")],
) -> StreamingResponse:
    """Every event matching the filters in one file (the same writer as `flashpoint export`)."""
    from flashpoint.export.writers import write_events

    # Written to a spooled file first (Parquet needs a seekable target, and errors then still become
    # a JSON error response instead of a truncated download), then streamed in chunks.
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 - closed by the background task
    try:
        write_events(store.iter_events(filters), format.value, spool)
    except BaseException:
        spool.close()
        raise
    media, ext = MEDIA[format]
    return StreamingResponse(
        _chunks(spool),
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="flashpoint-events.{ext}"'},
        background=BackgroundTask(spool.close),
    )
