"""Deduplication across sources: is a new event the same incident as a stored one, and how to merge them.

Pure functions over `Event` records; the store fetches candidates and applies the decision.
"""

from flashpoint.resolve.decide import MergeDecision, ResolveOptions, resolve, score_pair
from flashpoint.resolve.merge import join_names, lowest_credible, merge_events

__all__ = [
    "MergeDecision",
    "ResolveOptions",
    "join_names",
    "lowest_credible",
    "merge_events",
    "resolve",
    "score_pair",
]
