"""Exports that stream events: ACLED CSV, GeoJSON, Parquet, JSONL (and JSON for the CLI).

write_events(store.iter_events(filters), "acled-csv", Path("events.csv"))
"""

from flashpoint.export.writers import EXPORT_FORMATS, WRITERS, write_events

__all__ = ["EXPORT_FORMATS", "WRITERS", "write_events"]
