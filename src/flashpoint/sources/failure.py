"""An input that failed inside a source reader, kept with its error until it becomes a Rejected."""

from __future__ import annotations

from dataclasses import dataclass

from flashpoint.errors import FlashpointError
from flashpoint.schema import Rejected

STAGE = "source"


@dataclass(frozen=True)
class Failure:
    origin: str
    error: FlashpointError

    def rejected(self) -> Rejected:
        reason = " ".join(str(self.error).split()) or type(self.error).__name__
        return Rejected(origin=self.origin, stage=STAGE, code=self.error.code, reason=reason)

    def named_error(self) -> FlashpointError:
        """The same kind of error with the input named in its message, for single-input callers (exit 2)."""
        return type(self.error)(f"{self.origin}: {' '.join(str(self.error).split())}")
