"""Reading gold files (DESIGN.md section 7): one JSON record a line, validated into `GoldRecord`."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from flashpoint.errors import InputError, MalformedRecord


class GoldRecord(BaseModel):
    """One gold record. Only `text` and `reference_date` ever reach the extractor."""

    id: str
    source: str
    text: str | None = None  # None for HTML-only records, which eval cannot score through extract_text
    reference_date: dt.date | None = None
    gold: dict[str, Any] = Field(default_factory=dict)
    meta: dict[str, Any] = Field(default_factory=dict)


def iter_gold(path: Path, limit: int | None = None) -> Iterator[GoldRecord]:
    """The records of one gold file, in file order; with `limit`, only the first `limit` of them."""
    if not path.is_file():
        raise InputError(f"gold file not found: {path}")
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip())
        for number, line in enumerate(islice(lines, limit), start=1):
            try:
                yield GoldRecord.model_validate(json.loads(line))
            except json.JSONDecodeError as exc:
                raise MalformedRecord(f"{path}:{number}: not JSON ({exc.msg})") from exc
            except ValidationError as exc:
                first = exc.errors()[0]
                reason = f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
                raise MalformedRecord(f"{path}:{number}: not a gold record ({reason})") from exc


def load_gold(path: Path, limit: int | None = None) -> list[GoldRecord]:
    return list(iter_gold(path, limit))
