"""What a coded mention is: the article it came from, its two coded sides, and the ACLED `Event` made of
them (shared by the English coder and the rule coders of other languages)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from flashpoint.extract.classify import TypeDecision
from flashpoint.extract.code.places import apply_location, town_part
from flashpoint.extract.detect import EventMention
from flashpoint.nlp.memo import span_text
from flashpoint.ontology import disorder_type_of, event_type_of, interaction_code
from flashpoint.schema import Event, Evidence, Location


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """What the coder knows about the whole article."""

    article_id: str
    anchor: dt.date | None  # publication date (or the reference date given to eval)
    source: str | None  # "IANS; RFE/RL"
    default_country: str | None  # the article's main country, from its places
    body_start: int = 0  # where the body starts after the dateline


@dataclass(slots=True)
class CodedMention:
    """A mention coded in isolation, before segmentation merges repeated reports of one incident."""

    mention: EventMention
    event: Event
    has_own_date: bool
    decision: TypeDecision
    has_own_place: bool = False
    # its place is named as a part of a town ("in the Progreso neighborhood", "in the city's Oleksandrivskyi
    # district"): the gazetteer's reading of such a name is often a namesake elsewhere
    in_town_part: bool = False
    # the other places of a list its place stands in ("protested in Dakar and Ziguinchor"), from geocoding
    listed_with: list[Location] = field(default_factory=list)
    # the event as the list's own sentence told it, kept when a follow-up placed in one town of the list
    # ("In Bannu, police fired tear gas") adds to it: what that follow-up tells is that town's alone
    listed_base: Event | None = None
    # actor 1 is ACLED's default side, named by no word of the text ("a drone strike killed two": the state
    # whose air raid it guesses): a side a later sentence names replaces it
    actor1_guessed: bool = False


@dataclass(frozen=True, slots=True)
class Sides:
    """The coded actors of an event: names, inter codes and associated actors."""

    actor1: str | None
    inter1: int | None
    assoc1: str | None = None
    actor2: str | None = None
    inter2: int | None = None
    assoc2: str | None = None


def coded_mention(
    mention: EventMention,
    ctx: ArticleContext,
    decision: TypeDecision,
    sides: Sides,
    fatalities: int,
    date: tuple[dt.date | None, int],
    location: Location | None,
    country: str | None,
) -> CodedMention:
    """The `Event` of a coded mention, with its evidence, place and the facts segmentation needs; shared by
    the English coder and the rule coders of other languages."""
    sub_type = decision.sub_event_type
    sentence = mention.sentence
    targeted = sides.inter2 == 7 and _political_violence(sub_type)
    event = Event(
        event_date=date[0],
        time_precision=date[1],
        disorder_type=disorder_type_of(sub_type),
        event_type=event_type_of(sub_type),
        sub_event_type=sub_type,
        actor1=sides.actor1,
        assoc_actor_1=sides.assoc1,
        inter1=sides.inter1,
        actor2=sides.actor2,
        assoc_actor_2=sides.assoc2,
        inter2=sides.inter2,
        interaction=interaction_code(sides.inter1, sides.inter2),
        civilian_targeting="Civilians targeted" if targeted else None,
        fatalities=fatalities,
        source=ctx.source,
        evidence=[
            Evidence(
                article_id=ctx.article_id,
                start=sentence.start_char,
                end=sentence.end_char,
                text=span_text(sentence),
            )
        ],
        article_ids=[ctx.article_id],
    )
    if location is not None:
        apply_location(event, location)
    elif country:
        event.country = country
    own_place = bool(
        location is not None
        and location.evidence is not None
        and location.geo_precision is not None
        and sentence.start_char <= location.evidence.start < sentence.end_char
    )
    has_date = mention.date is not None and mention.date.date is not None
    in_town_part = own_place and location is not None and town_part(sentence.doc.text, location)
    return CodedMention(mention, event, has_date, decision, own_place, in_town_part)


def _political_violence(sub_type: str) -> bool:
    return disorder_type_of(sub_type).startswith("Political violence")
