"""Streaming writers: each takes an iterable of `Event` and writes as it goes (constant memory).

write_events(store.iter_events(filters), "acled-csv", Path("out.csv"))
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from flashpoint.errors import InputError
from flashpoint.export.acled import ACLED_COLUMNS, CountryCodes, acled_row
from flashpoint.export.credits import GEONAMES_CREDIT
from flashpoint.schema import Event

PARQUET_BATCH = 1000
Writer = Callable[[Iterable[Event], BinaryIO], int]


@contextmanager
def _text(out: BinaryIO) -> Iterator[io.TextIOWrapper]:
    """A UTF-8 text layer over a binary stream, detached afterwards so the caller's stream stays open."""
    wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        yield wrapper
    finally:
        wrapper.flush()
        wrapper.detach()


def write_acled_csv(events: Iterable[Event], out: BinaryIO) -> int:
    """ACLED's CSV layout (ACLED_COLUMNS), one row per event."""
    countries = CountryCodes()
    count = 0
    with _text(out) as text:
        writer = csv.DictWriter(text, fieldnames=ACLED_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for event in events:
            writer.writerow(acled_row(event, countries))
            count += 1
    return count


def write_jsonl(events: Iterable[Event], out: BinaryIO) -> int:
    count = 0
    for event in events:
        out.write(json.dumps(event.to_record(), ensure_ascii=False).encode("utf-8") + b"\n")
        count += 1
    return count


def write_json(events: Iterable[Event], out: BinaryIO) -> int:
    """A JSON array of event objects, written element by element."""
    count = 0
    out.write(b"[")
    for event in events:
        out.write((b",\n" if count else b"\n") + json.dumps(event.to_record(), ensure_ascii=False).encode())
        count += 1
    out.write(b"\n]\n" if count else b"]\n")
    return count


def geojson_feature(event: Event) -> dict[str, object]:
    record = event.to_record()
    geometry = None
    if event.latitude is not None and event.longitude is not None:
        geometry = {"type": "Point", "coordinates": [round(event.longitude, 4), round(event.latitude, 4)]}
    return {"type": "Feature", "id": event.event_id, "geometry": geometry, "properties": record}


def write_geojson(events: Iterable[Event], out: BinaryIO) -> int:
    """A GeoJSON FeatureCollection (RFC 7946, EPSG:4326); events without coordinates get a null geometry.

    The GeoNames credit rides along as a foreign member, "attribution" (RFC 7946 section 6.1).
    """
    count = 0
    credit = json.dumps(GEONAMES_CREDIT, ensure_ascii=False).encode("utf-8")
    out.write(b'{"type": "FeatureCollection", "attribution": ' + credit + b', "features": [')
    for event in events:
        feature = json.dumps(geojson_feature(event), ensure_ascii=False).encode("utf-8")
        out.write((b",\n" if count else b"\n") + feature)
        count += 1
    out.write(b"\n]}\n")
    return count


def write_parquet(events: Iterable[Event], out: BinaryIO) -> int:
    from flashpoint.export.parquet import write_parquet as write

    return write(events, out, batch_size=PARQUET_BATCH)


WRITERS: dict[str, Writer] = {
    "acled-csv": write_acled_csv,
    "csv": write_acled_csv,
    "geojson": write_geojson,
    "parquet": write_parquet,
    "jsonl": write_jsonl,
    "json": write_json,
}
EXPORT_FORMATS = ("acled-csv", "geojson", "parquet", "jsonl")


def write_events(events: Iterable[Event], fmt: str, out: BinaryIO | Path) -> int:
    """Write `events` in format `fmt` to a binary stream or a file path; returns the number written."""
    writer = WRITERS.get(fmt)
    if writer is None:
        raise InputError(f"unknown export format {fmt!r}; choose from {', '.join(WRITERS)}")
    if isinstance(out, Path):
        return _write_file(events, writer, out)
    return writer(events, out)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_file(events: Iterable[Event], writer: Writer, path: Path) -> int:
    """Write beside `path` and rename at the end: a failed export never leaves a half-written file behind,
    and an earlier file of the same name survives it."""
    if path.is_dir():
        raise InputError(f"{path} is a directory; give a file name to write")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    partial = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            count = writer(events, handle)
        os.chmod(partial, 0o666 & ~_umask())  # mkstemp makes 0600; an export gets the usual mode
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count
