"""detect -> code -> geocode -> segment: from an annotated article to its coded events."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc

from flashpoint.extract.code import ArticleContext, CodedMention, EventCoder
from flashpoint.extract.confidence import confidence
from flashpoint.extract.detect import Detector
from flashpoint.extract.notes import write_note
from flashpoint.extract.segment import segment
from flashpoint.schema import Event, Location, PlaceMention, Span


# Articles at least this long must date or place each new event (see `segment`).
ANCHORED_MIN_SENTENCES = 4


class Geoparser(Protocol):
    """What extraction needs from the geocoder (flashpoint.geo)."""

    def parse(self, doc: Doc) -> list[PlaceMention]: ...

    def locate(
        self, doc: Doc, places: list[PlaceMention], event_span: Span, *, dateline_place: str | None = None
    ) -> Location | None: ...


@dataclass
class EventExtractor:
    detector: Detector
    coder: EventCoder
    geoparser: Geoparser | None = None

    def extract(
        self,
        doc: Doc,
        *,
        article_id: str,
        anchor: dt.date | None,
        source: str | None = None,
        dateline_place: str | None = None,
        headline: bool = False,
        body_start: int = 0,
    ) -> list[Event]:
        places = self.geoparser.parse(doc) if self.geoparser is not None else []
        places = _outside_actor_names(places, doc)
        lexicon = self.coder.reader.lexicon
        for place in places:  # ACLED's country names: "Syria", not "Syrian Arab Republic"
            if place.country:
                place.country = lexicon.country_name(place.country) or place.country
        ctx = ArticleContext(
            article_id, anchor, source, _main_country(places) or self._named_country(doc), body_start
        )
        coded: list[CodedMention] = []
        headline = headline or _is_headline_text(doc)
        for mention in self.detector.mentions(doc, anchor, headline=headline, body_start=body_start):
            location = None
            if self.geoparser is not None:
                span = Span(start=mention.sentence.start_char, end=mention.sentence.end_char)
                location = self.geoparser.locate(doc, places, span, dateline_place=dateline_place)
                if location is not None and location.country:
                    location.country = lexicon.country_name(location.country) or location.country
            coded.append(self.coder.code(mention, doc, location, ctx))
        events: list[Event] = []
        anchored = not headline and sum(1 for _ in doc.sents) >= ANCHORED_MIN_SENTENCES
        for item in segment(coded, anchored=anchored):
            event = item.event
            event.notes = write_note(event)
            event.confidence = confidence(item)
            events.append(event.assign_id())
        return events


    def _named_country(self, doc: Doc) -> str | None:
        """Without a gazetteer answer, the country most named (or most often the nationality) in the text."""
        lexicon = self.coder.reader.lexicon
        counts: Counter[str] = Counter()
        for ent in doc.ents:
            if ent.label_ in ("GPE", "NORP"):
                country = lexicon.country_name(ent.text) or lexicon.country_of_demonym(ent.text)
                if country:
                    counts[country] += 1
        return counts.most_common(1)[0][0] if counts else None


def _is_headline_text(doc: Doc) -> bool:
    """Headlines (and lists of them) report past events in the present tense: 'Blast kills 5 in Quetta'."""
    sentences = list(doc.sents)
    return len(doc) <= 40 or all(len(s) <= 25 for s in sentences)


def _outside_actor_names(places: list[PlaceMention], doc: Doc) -> list[PlaceMention]:
    """Drop place matches inside actor names ("Haram" in "Boko Haram", "Al" in "Al-Shabaab")."""
    actor_spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "ACTOR"]
    return [p for p in places if not any(s <= p.start < e for s, e in actor_spans)]


def _main_country(places: list[PlaceMention]) -> str | None:
    """The country the article is mostly about: the one its resolved places fall in most often."""
    counts = Counter(p.country for p in places if p.country)
    return counts.most_common(1)[0][0] if counts else None
