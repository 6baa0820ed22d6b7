"""Detect reportable event mentions: one per sentence that reports a specific incident.

A sentence is a candidate when it holds a trigger cue (data/event_cues.json) on a verb, or on an event noun
that is itself reported ("a blast killed", "claimed responsibility for the attack"). It is dropped when the
trigger is negated, hypothetical (will/could/threaten/plan), habitual (present tense outside headlines,
"mostly", "often"), a trend or aggregate ("a spate of attacks", "intensified its attacks in recent months",
plural event nouns without a count), or dated vaguely or long before publication ("in 2014",
"August last year"). These are general properties of news language, not of any one article.
"""

from flashpoint.extract.detect.claims import attribution, between_sides, victim_affiliation
from flashpoint.extract.detect.detector import Detector
from flashpoint.extract.detect.mention import EventMention

__all__ = ["Detector", "EventMention", "attribution", "between_sides", "victim_affiliation"]
