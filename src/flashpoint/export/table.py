"""A readable fixed-width table of events for the terminal."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from flashpoint.schema import Event

# (header, width); the last column is not padded.
COLUMNS: tuple[tuple[str, int], ...] = (
    ("date", 10),
    ("type", 26),
    ("actor1", 30),
    ("actor2", 30),
    ("admin1/admin2", 32),
    ("fatal", 5),
    ("conf", 4),
)


def _fit(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def _cells(event: Event) -> list[str]:
    place = " / ".join(p for p in (event.admin1, event.admin2) if p) or (event.country or "")
    return [
        event.event_date.isoformat() if event.event_date else "?",
        event.sub_event_type or event.event_type or "",
        event.actor1 or "",
        event.actor2 or "",
        place,
        str(event.fatalities),
        f"{event.confidence:.2f}",
    ]


def _line(cells: list[str]) -> str:
    out = []
    for (_, width), cell in zip(COLUMNS, cells, strict=True):
        text = _fit(cell, width)
        out.append(text.rjust(width) if width <= 5 else text.ljust(width))
    return "  ".join(out).rstrip()


def table_lines(events: Iterable[Event]) -> Iterator[str]:
    """Header, rule, one line per event (names cut with "…" to fit)."""
    yield _line([header for header, _ in COLUMNS])
    yield _line(["-" * width for _, width in COLUMNS])
    for event in events:
        yield _line(_cells(event))
