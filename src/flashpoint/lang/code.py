"""Code a rule-based mention into an ACLED event: sub-type from the cue categories, sides from where the
role nouns and named actors stand, fatalities from the counts, the date from detection.

Sides: a noun after a victim mark ('asesinan a dos policías', 'contra militares') or after the trigger is the
target; a noun before an active trigger ('Sicarios asesinan') or after an agent mark ('por un comando') acted;
before a participle ('Policía es asesinado') it is the target. Civilians never act. Nobody named: ACLED's
generic sides (an unidentified armed group attacks civilians; police arrest).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span

from flashpoint.actors.roles import Role, generic_name, inter_of
from flashpoint.actors.table import ActorTable
from flashpoint.extract.classify import TypeDecision
from flashpoint.extract.code import ArticleContext, CodedMention, Sides, coded_mention
from flashpoint.extract.detect import EventMention
from flashpoint.lang.detect import folded_words
from flashpoint.lang.lexicon import RuleLexicon
from flashpoint.lang.numbers import fatalities
from flashpoint.schema import Location

ROLES = {"police": Role.POLICE, "military": Role.MILITARY, "armed": Role.UNIDENTIFIED_ARMED,
         "civilians": Role.CIVILIANS}  # fmt: skip
# Sub-types by the cue categories, in ACLED precedence (the first category present decides).
BY_CATEGORY = (
    ("drone", "Air/drone strike"),
    ("grenade", "Grenade"),
    ("explode", "Remote explosive/landmine/IED"),
    ("clash", "Armed clash"),
    ("kill", "Attack"),
    ("attack", "Attack"),
    ("kill_found", "Attack"),
    ("abduct", "Abduction/forced disappearance"),
    ("riot", "Violent demonstration"),
    ("destroy", "Looting/property destruction"),
    ("protest", "Peaceful protest"),
    ("arrest", "Arrests"),
)
NO_FATALITIES = frozenset({"Peaceful protest", "Arrests", "Looting/property destruction"})


@dataclass(frozen=True, slots=True)
class Side:
    """One side of an event: a named actor (`name`) or a role (ACLED's generic name for the country)."""

    role: Role
    start: int  # word index in the sentence
    name: str | None = None
    inter: int | None = None

    @property
    def is_state(self) -> bool:
        return self.role in (Role.POLICE, Role.MILITARY)

    def label(self, country: str | None) -> tuple[str, int]:
        if self.name is not None:
            return self.name, self.inter or inter_of(self.role)
        if self.is_state and not country:
            return None, inter_of(self.role)  # as the English path: no country, no state force to name
        return generic_name(self.role, country), inter_of(self.role)


def sub_event_type(categories: set[str], first: str, actor1: Side | None, actor2: Side | None) -> str:
    if first == "arrest" and not categories & {"drone", "grenade", "explode", "clash"}:
        return "Arrests"  # 'detienen a tres por asesinar a un menor': the news is the arrest
    sub_type = next(sub for category, sub in BY_CATEGORY if category in categories)
    if sub_type == "Attack" and actor2 is not None and actor2.role != Role.CIVILIANS:
        return "Armed clash"  # gunmen kill police officers; soldiers kill gunmen
    if sub_type == "Attack" and actor1 is not None and actor1.is_state and actor2 is None:
        return "Armed clash"
    return sub_type


class RuleCoder:
    def __init__(self, lexicon: RuleLexicon, actors: ActorTable, *, no_date_offset_days: int = 0) -> None:
        self.lexicon = lexicon
        self.actors = actors
        self.no_date_offset_days = no_date_offset_days

    def sides(self, mention: EventMention) -> tuple[Side | None, Side | None]:
        """Who acted and who was targeted, from the sentence's role nouns and named actors."""
        sent = mention.sentence
        words = folded_words(sent)
        trigger = mention.trigger.i - sent.start
        # a participle reads passive ('Policía es asesinado', 'deux civils tués') unless an auxiliary makes
        # it active ('des rebelles ont tué')
        passive = sent[trigger].text.lower().endswith(self.lexicon.participle_endings) and not (
            trigger > 0 and words[trigger - 1] in self.lexicon.active_auxiliaries
        )
        agents: list[Side] = []
        targets: list[Side] = []
        for side in self._mentions(sent, words):
            before = words[max(0, side.start - 3) : side.start]
            agent_mark = bool(self.lexicon.agent_marks.find(before))
            victim_mark = any(w in self.lexicon.victim_marks for w in before)
            if agent_mark and side.role != Role.CIVILIANS:
                agents.append(side)
            elif victim_mark or side.start > trigger or passive or side.role == Role.CIVILIANS:
                targets.append(side)
            else:
                agents.append(side)
        if not agents and len(targets) > 1 and self._between(words, targets[0]):
            agents.append(
                targets.pop(0)
            )  # 'affrontements entre l'armée et les rebelles': the first side acts
        # 'Sicarios del CJNG': the named group is who the gunmen are
        actor1 = next((a for a in agents if a.name), agents[0] if agents else None)
        actor2 = next((t for t in targets if actor1 is None or t.role != actor1.role or t.name), None)
        return actor1, actor2

    def _nationality(self, *sides: Side | None) -> str | None:
        """The country of a named side ('soldats FACA' in a text that names no place)."""
        entries = [self.actors.get(s.name) for s in sides if s is not None and s.name is not None]
        return next((e.country for e in entries if e is not None and e.country), None)

    def _between(self, words: Sequence[str], side: Side) -> bool:
        return any(w in self.lexicon.between_marks for w in words[max(0, side.start - 3) : side.start])

    def _mentions(self, sent: Span, words: Sequence[str]) -> list[Side]:
        found: list[Side] = []
        named = [e for e in sent.ents if e.label_ == "ACTOR"]
        for ent in named:
            entry = self.actors.get(ent.kb_id_)
            inter = entry.inter if entry is not None else 3
            found.append(Side(Role.UNIDENTIFIED_ARMED, ent.start - sent.start, ent.kb_id_, inter))
        inside = {i - sent.start for e in named for i in range(e.start, e.end)}
        for match in self.lexicon.roles.find(words):
            if match.start not in inside:
                found.append(Side(ROLES[match.key], match.start))
        return sorted(found, key=lambda s: s.start)

    def code(self, mention: EventMention, location: Location | None, ctx: ArticleContext) -> CodedMention:
        actor1, actor2 = self.sides(mention)
        first = mention.hits[0].category[2:]
        sub_type = sub_event_type(mention.categories, first, actor1, actor2)
        actor1, actor2 = _default_sides(sub_type, actor1, actor2)
        country = (
            (location.country if location else None)
            or ctx.default_country
            or self._nationality(actor1, actor2)
        )
        name1, inter1 = actor1.label(country) if actor1 else (None, None)
        name2, inter2 = actor2.label(country) if actor2 else (None, None)
        words = folded_words(mention.sentence)
        trigger_end = mention.hits[0].end - mention.sentence.start
        dead = fatalities(words, mention.categories, trigger_end, self.lexicon)
        dead = 0 if sub_type in NO_FATALITIES else dead
        cues = ", ".join(sorted(mention.categories))
        decision = TypeDecision(sub_type, f"{self.lexicon.language} cues: {cues}")
        sides = Sides(name1, inter1, None, name2, inter2, None)
        date = self._date(mention, ctx.anchor)
        return coded_mention(mention, ctx, decision, sides, dead, date, location, country)

    def _date(self, mention: EventMention, anchor: dt.date | None) -> tuple[dt.date | None, int]:
        """The day the sentence names; else the publication date, precision 2 (as the English path)."""
        if mention.date is not None and mention.date.date is not None:
            return mention.date.date, mention.date.precision
        if anchor is None:
            return None, 3
        return anchor - dt.timedelta(days=self.no_date_offset_days), 2


def _default_sides(
    sub_type: str, actor1: Side | None, actor2: Side | None
) -> tuple[Side | None, Side | None]:
    """ACLED's generic sides for what the text leaves unnamed."""
    if sub_type in ("Peaceful protest", "Violent demonstration"):
        role = Role.PROTESTERS if sub_type == "Peaceful protest" else Role.RIOTERS
        return Side(role, -1), None
    if sub_type == "Arrests":
        return actor1 if actor1 is not None and actor1.is_state else Side(Role.POLICE, -1), actor2
    if actor1 is None:
        actor1 = Side(Role.UNIDENTIFIED_ARMED, -1)
    if actor2 is None and sub_type in ("Attack", "Abduction/forced disappearance"):
        actor2 = Side(Role.CIVILIANS, -1)
    return actor1, actor2
