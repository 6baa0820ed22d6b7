"""Code a detected mention into an ACLED event: actors, type, date, fatalities, note and confidence.

`EventCoder` (coder) codes a mention; `coded_mention` (coded) makes the `Event` of sides, type, date and
place decided elsewhere (the rule coders of other languages use it too).
"""

from flashpoint.extract.code.coded import ArticleContext, CodedMention, Sides, coded_mention
from flashpoint.extract.code.coder import EventCoder
from flashpoint.extract.code.places import apply_location

__all__ = ["ArticleContext", "CodedMention", "EventCoder", "Sides", "apply_location", "coded_mention"]
