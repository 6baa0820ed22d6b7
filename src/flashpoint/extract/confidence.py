"""Event confidence from the evidence behind it, on a 0-1 scale.

A logistic score over features a coder also weighs: an explicit date, a specific place, named actors, a
count of victims, a verbal (not nominal) trigger and a full article sentence rather than a bare headline.
Weights are fitted on the dev gold by `python -m flashpoint.evaluate.calibrate` so that the confidence is
the measured chance of being right (`flashpoint eval` reports it as `high_conf_precision`). The weights
live in the pipeline config (`segment.confidence_weights` in flashpoint/default_config.toml), one per
feature below.
"""

from __future__ import annotations

import math

from flashpoint.extract.code import CodedMention

FEATURES = ("bias", "own_date", "specific_place", "country_only", "named_actor", "both_actors", "fatalities",
            "verbal_trigger", "several_sentences", "weak_type", "headline", "town_precision",
            "no_country")  # fmt: skip


def feature_names() -> frozenset[str]:
    """The features a weights table must cover, no more and no less."""
    return frozenset(FEATURES)


def features(coded: CodedMention, *, headline: bool = False) -> dict[str, float]:
    event, mention = coded.event, coded.mention
    named = any((n and ":" in n) or (n and n.split()[0].isupper()) for n in (event.actor1, event.actor2))
    return {
        "bias": 1.0,
        "own_date": float(coded.has_own_date),
        # a district GeoNames gives no point is shown at its province's (precision 3), still a district
        "specific_place": float(event.geo_precision in (1, 2) or event.admin2 is not None),
        "country_only": float(event.country is not None and event.geo_precision is None),
        "named_actor": float(bool(named)),
        "both_actors": float(bool(event.actor1 and event.actor2)),
        "fatalities": float(event.fatalities > 0),
        "verbal_trigger": float(mention.trigger.pos_ == "VERB"),
        "several_sentences": float(bool(mention.extra_sentences)),
        "weak_type": float(coded.decision.sub_event_type in ("Other", "Change to group/activity")),
        "headline": float(headline),
        "town_precision": float(event.geo_precision == 1),
        "no_country": float(event.country is None),
    }


def score(values: dict[str, float], weights: dict[str, float]) -> float:
    """The logistic confidence of a feature vector."""
    total = sum(weights[name] * value for name, value in values.items())
    return round(1.0 / (1.0 + math.exp(-total)), 3)


def confidence(coded: CodedMention, weights: dict[str, float], *, headline: bool = False) -> float:
    values = features(coded, headline=headline)
    coded.event._confidence_features = values
    return score(values, weights)
