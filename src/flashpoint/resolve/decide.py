"""Is a newly coded event the same incident as one already stored? (pure: no database)"""

from __future__ import annotations

from pydantic import BaseModel, Field

from flashpoint.resolve.similarity import (
    actor_score,
    date_score,
    distance_km,
    fatalities_score,
    place_score,
    type_score,
)
from flashpoint.schema import Event

WEIGHTS = {"date": 0.25, "place": 0.3, "type": 0.15, "actors": 0.2, "fatalities": 0.1}


class ResolveOptions(BaseModel):
    max_km: float = Field(default=25.0, gt=0, description="farthest two reports of one place may be")
    threshold: float = Field(default=0.75, ge=0, le=1, description="lowest score that counts as the same")


class MergeDecision(BaseModel):
    """The outcome for one new event: merge into `target_id`, or keep it as a new event (target_id None)."""

    target_id: str | None = None
    score: float = 0.0
    reasons: list[str] = Field(default_factory=list)

    @property
    def merge(self) -> bool:
        return self.target_id is not None


def score_pair(new: Event, old: Event, options: ResolveOptions) -> tuple[float, list[str]]:
    """Weighted agreement of two events in [0, 1]; 0 with a reason when one dimension rules it out."""
    parts = {
        "date": date_score(new, old),
        "place": place_score(new, old, options.max_km),
        "type": type_score(new, old),
        "actors": actor_score(new, old),
        "fatalities": fatalities_score(new, old),
    }
    vetoed = [name for name, value in parts.items() if value is None]
    if vetoed:
        return 0.0, [f"{name} differs" for name in vetoed]
    total = sum(WEIGHTS[name] * float(value or 0.0) for name, value in parts.items())
    return round(total, 4), [f"{name}={value:.2f}" for name, value in parts.items() if value is not None]


def resolve(new: Event, candidates: list[Event], *, options: ResolveOptions | None = None) -> MergeDecision:
    """The best-matching candidate at or above the threshold, or a decision to keep `new` separate.

    Candidates are events of the same country in a date window (the store fetches them). Ties go to the
    nearer event, then the earlier-stored one (candidates' order), so the outcome is deterministic.
    """
    options = options or ResolveOptions()
    best: tuple[float, float, int] | None = None
    best_decision = MergeDecision()
    for index, old in enumerate(candidates):
        if old.event_id and old.event_id == new.event_id:
            return MergeDecision(target_id=old.event_id, score=1.0, reasons=["same event id"])
        score, reasons = score_pair(new, old, options)
        if score < options.threshold:
            continue
        km = distance_km(new, old)
        key = (-score, km if km is not None else options.max_km, index)
        if best is None or key < best:
            best = key
            best_decision = MergeDecision(target_id=old.event_id, score=score, reasons=reasons)
    return best_decision
