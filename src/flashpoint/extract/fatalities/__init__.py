"""Fatalities by ACLED's conservative rules, read from the clauses of an event.

Counts come from the noun a death verb governs ("killed four soldiers", "the death toll rose to 12"); vague
quantities follow ACLED ("several" 3, "dozens" 12); attackers killed count too; injuries alone count 0; of
conflicting figures for the same victims the lowest is kept. `count_fatalities` is the entry point; the
sentence-level questions below serve segmentation and coding.
"""

from flashpoint.extract.fatalities.conflicting import counts_other_dead
from flashpoint.extract.fatalities.count import count_fatalities
from flashpoint.extract.fatalities.deaths import counts_bodies_only, finds_the_dead
from flashpoint.extract.fatalities.numbers import counts_only_vaguely
from flashpoint.extract.fatalities.other_deaths import counted_stretch, is_grievance, long_after
from flashpoint.extract.fatalities.tolls import (
    adds_to_toll,
    deaths_sentence,
    estimates_toll,
    gives_total,
    is_tally,
    names_its_dead,
    names_its_dead_only,
    retells_counted_part,
    tally_sentence,
    toll_update_figure,
    updates_toll,
)
from flashpoint.extract.fatalities.victims import kills_only_perpetrators, kills_perpetrators

__all__ = [
    "adds_to_toll",
    "count_fatalities",
    "counted_stretch",
    "counts_bodies_only",
    "counts_only_vaguely",
    "counts_other_dead",
    "deaths_sentence",
    "estimates_toll",
    "finds_the_dead",
    "gives_total",
    "is_grievance",
    "is_tally",
    "kills_only_perpetrators",
    "kills_perpetrators",
    "long_after",
    "names_its_dead",
    "names_its_dead_only",
    "retells_counted_part",
    "tally_sentence",
    "toll_update_figure",
    "updates_toll",
]
