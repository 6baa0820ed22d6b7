"""Toponym resolution as retrieval then ranking (STYLE habit 9).

Retrieval: exact normalised-name lookup in the gazetteer (with the admin word dropped as a fallback).
Ranking: a linear score over explicit features, against a "none" candidate that wins when nothing
fits well enough. Context comes from the whole document: the countries it names (countries and
demonyms), the admin units it names, and explicit containment ("Bannu, Khyber Pakhtunkhwa").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from flashpoint.geo.focus import Admin1Abbreviations, UnitCue
from flashpoint.geo.gazetteer import Candidate, Gazetteer, haversine_km
from flashpoint.geo.names import admin_key, normalize, strip_admin_word, strip_part_word
from flashpoint.geo.recognize import Toponym

_CONTAINER_GAP = re.compile(
    r"^\s*(?:(?:tehsil|area|village|town|township|municipality|locality|subdivision|sub-division|district"
    r"|neighbou?rhood|suburb|favela|slum|quarter|county|commune|(?:refugee\s+)?camp)\s*)?"
    r"(?:,|\(|in|of|,\s*in)\s*$",
    re.IGNORECASE,
)
# words that make the name beside them an admin unit: "Mohmand District", "the Safi tehsil of Mohmand"
_UNIT_AFTER = re.compile(
    r"\s+(?:tribal\s+)?(?:district|agency|province|governorate|region|state|oblast|township)\b", re.I
)
_UNIT_BEFORE = re.compile(
    r"\b(?:district|agency|province|governorate|tehsil|subdivision|sub-division)\s+of\s+$",
    re.I,
)
_IN_WORDS = re.compile(r"\b(?:in|of)\b", re.I)
_TOWN_AFTER = re.compile(r"\s+(?:city|town)\b", re.I)  # "Kabul city": a town, whatever unit words are near
_UNIT_SUFFIX = re.compile(r"\s(?:district|agency|province|governorate|region|state|oblast)$", re.I)
_CUE_GAP = re.compile(r"\s*,\s*")
# a country's mission abroad: "the US embassy in Manila" says where the story is not
_MISSION_AFTER = re.compile(r"\s+(?:embassy|embassies|consulate|consulates|high commission)\b", re.I)
# a share of first-level evidence is taken of at least this much: one "N.Y." does not make a story New York's
UNIT_EVIDENCE_FLOOR = 2.0
METROPOLIS_POPULATION = 1_000_000
# a national capital this big is known by its name alone, in any story: Washington (690,000 in GeoNames),
# Islamabad, Amsterdam, Ottawa, Niamey
WORLD_CAPITAL_POPULATION = 500_000
CAPITAL_CITY_POPULATION = 100_000  # a capital known without its country: not Stanley, Falkland Islands
CUE_COUNTRY_WEIGHT = 0.5  # "Miss." says the story is in the US, as a town there would
ACTOR_COUNTRY_WEIGHT = 0.5  # a group that fights in one country ("NPA") says so as much
CLUSTER_KM = 25.0
_CLUSTER_CAP = 1.0  # one unambiguous name close by, or several ambiguous ones
_FEATURE_PRIOR = {"region": 1.2, "country": 2.2, "admin1": 1.0, "admin2": 0.35, "city": 0.6}


@dataclass(frozen=True, slots=True)
class RankWeights:
    population: float = 2.0  # times log10(population) / 7
    doc_country: float = 2.2  # times the candidate country's share of the doc's country evidence
    any_doc_country: float = 0.8  # the country is named at all
    contained: float = 3.0  # the following name (", X" / "(X)") contains the candidate
    doc_admin: float = 0.7  # the candidate's admin1/admin2 is named elsewhere in the doc
    doc_admin1: float = 1.5  # times the candidate's state/province share of the doc's first-level evidence
    primary: float = 0.4  # matched the place's own name, not an alternate spelling
    nearby: float = 1.0  # spatial coherence with the document's other places
    cluster: float = 1.0  # times the share of the document's other names with a reading close by
    major_city: float = 1.2  # "New York" is the city more often than the state
    capital: float = 1.2  # "Washington" is the capital far more often than the state
    namesake: float = 0.6  # beats the admin1 prior: the town is the likelier referent
    stray: float = 1.5  # minus: an alternate spelling or small town in a country the doc never names
    none_ner: float = 1.0  # score of the "none" candidate for a spaCy entity
    none_gazetteer: float = 1.6  # ... for a name found only through the gazetteer
    admin2_population_discount: float = 0.3  # a district's population is the sum of its towns
    # the text calls the name an admin unit: the unit, not a namesake abroad, nor the capital, metropolis or
    # seat named like it ("SAF airstrikes hit Khartoum state" is the state)
    called_unit: float = 3.0
    abroad: float = 2.0  # minus: "Safi tehsil of Mohmand" is not Safi, Morocco
    # times the share of the doc's country evidence that names a land neighbour of the candidate's country,
    # between readings that beat "none" without it: "Israeli strikes on Gaza" are in Palestine's Gaza, not
    # Mozambique's
    neighbour_country: float = 1.0


@dataclass(frozen=True, slots=True)
class Features:
    """Explicit features of one (mention, candidate) pair."""

    population: float
    doc_country: float
    any_doc_country: float
    contained: float
    doc_admin: float
    primary: float
    feature_prior: float
    capital: float
    major_city: float  # a town of a million or more named like the province it is in
    nearby: float  # 1 within 100 km of another place the document names, 0.5 within 300 km
    cluster: float  # other names of the document that have some reading within CLUSTER_KM (capped share)
    namesake: float  # a town that gives its name to the province it is in (Kabul, Kandahar)
    stray: float = 0.0  # 1: an alternate spelling or a small town, in a country the doc's other names avoid
    doc_admin1: float = 0.0  # share of the first-level evidence ("Miss.", "Ohio") for the candidate's unit
    called_unit: float = 0.0  # 1: the text calls it an admin unit ("Mohmand District"); 1/3: "district of X"
    abroad: float = 0.0  # 1: in another country than every reading of the unit named as its container

    def score(self, w: RankWeights) -> float:
        return (
            w.population * self.population
            + w.doc_country * self.doc_country
            + w.doc_admin1 * self.doc_admin1
            + w.any_doc_country * self.any_doc_country
            + w.contained * self.contained
            + max(w.doc_admin * self.doc_admin, w.nearby * self.nearby)  # one piece of local evidence
            + w.cluster * self.cluster
            + w.primary * self.primary
            + self.feature_prior
            + w.namesake * self.namesake
            + w.capital * self.capital
            + w.major_city * self.major_city
            - w.stray * self.stray
            + w.called_unit * self.called_unit
            - w.abroad * self.abroad
        )  # the neighbour share only breaks ties between readings (`Resolver._score`)


@dataclass(slots=True)
class Resolution:
    toponym: Toponym
    candidate: Candidate | None  # None: the "none" candidate won
    score: float
    alternatives: list[tuple[float, Candidate]] = field(default_factory=list)


@dataclass(slots=True)
class _Evidence:
    """One mention's contribution to the document context (removed again when ranking that name)."""

    countries: Counter[str] = field(default_factory=Counter)
    admin_keys: Counter[str] = field(default_factory=Counter)
    units: Counter[tuple[str, str]] = field(default_factory=Counter)  # (country code, admin1 key)
    # admin units a name of the text may itself be ("Pennsylvania", "Anderson County"), not the units of the
    # towns a ranking pass placed
    written_admins: Counter[str] = field(default_factory=Counter)


class _Point(NamedTuple):
    key: str
    lat: float
    lon: float
    country_code: str
    admin1_key: str


@dataclass(slots=True)
class DocContext:
    """What the other mentions of a document say: the whole document's evidence minus this name's own."""

    total: _Evidence
    own: _Evidence
    total_weight: float = 0.0
    own_weight: float = 0.0
    points: Sequence[_Point] = ()  # other mentions' first-pass answers
    support: Mapping[tuple[str, int], float] = field(default_factory=dict)  # see `cluster_support`
    # the country evidence of the other names that are places, not nationalities ("Turkish forces in Afrin"
    # says whose the forces are, not that the story is in Turkey)
    place_weight: float = 0.0
    neighbours: Callable[[str], frozenset[str]] = field(default=lambda code: frozenset())  # code -> borders

    def cluster(self, key: str, cand: Candidate) -> float:
        return min(self.support.get((key, cand.row), 0), _CLUSTER_CAP) / _CLUSTER_CAP

    def nearby(self, cand: Candidate, written: str = "") -> float:
        """Spatial coherence: near another answer (towns, districts) or containing one (provinces). The
        answer of the name being ranked (`written`, as the text spells it) is no evidence for itself."""
        own = admin_key(cand.name)
        spelled = admin_key(written)
        if cand.feature == "admin1":
            unit = (cand.country_code, own)
            inside = any(
                p.key not in (own, spelled) and (p.country_code, p.admin1_key) == unit for p in self.points
            )
            return 1.0 if inside else 0.0
        if cand.latitude is None or cand.longitude is None or cand.feature not in ("city", "admin2"):
            return 0.0
        best = 0.0
        for key, lat, lon, _, _ in self.points:
            if key in (own, spelled):
                continue
            km = haversine_km(cand.latitude, cand.longitude, lat, lon)
            if km <= 100:
                return 1.0
            if km <= 300:
                best = 0.5
        return best

    def names_a_country(self) -> bool:
        """The document's other names say some country at all."""
        return self.total_weight - self.own_weight > 1e-9

    def country_weight(self, code: str) -> float:
        return self.total.countries.get(code, 0.0) - self.own.countries.get(code, 0.0)

    def country_share(self, code: str) -> float:
        denominator = self.total_weight - self.own_weight
        return self.country_weight(code) / denominator if denominator > 1e-9 else 0.0

    def neighbour_share(self, code: str) -> float:
        """The share of the other names' country evidence that goes to countries bordering `code` and named
        outright (the country or its people: weight 1 or more, not the 0.5 a town's only reading gives)."""
        denominator = self.total_weight - self.own_weight
        if denominator <= 1e-9:
            return 0.0
        weights = (self.country_weight(other) for other in self.neighbours(code))
        return sum(w for w in weights if w >= 1.0) / denominator

    def unit_share(self, unit: tuple[str, str], *, whole_country: bool = False) -> float:
        """The unit's share of the first-level evidence of the document's other names and short forms;
        with `whole_country`, the share of all the units of the unit's country."""
        denominator = sum(self.total.units.values()) - sum(self.own.units.values())
        if denominator <= 1e-9:
            return 0.0

        def weight(evidence: _Evidence) -> float:
            if whole_country:
                return sum(w for (code, _), w in evidence.units.items() if code == unit[0])
            return evidence.units.get(unit, 0.0)

        return (weight(self.total) - weight(self.own)) / max(denominator, UNIT_EVIDENCE_FLOOR)

    def admin_named(self, key: str) -> bool:
        return self.total.admin_keys.get(key, 0) - self.own.admin_keys.get(key, 0) > 0

    def admin_written(self, key: str) -> bool:
        """Another name of the text may be this admin unit itself (not only a town placed in it)."""
        return self.total.written_admins.get(key, 0) - self.own.written_admins.get(key, 0) > 0


def _points(resolutions: Sequence[Resolution]) -> list[_Point]:
    """Where the towns and districts of a ranking pass lie (for the next pass's `nearby`)."""
    return [
        _Point(
            admin_key(res.toponym.text),
            cand.latitude,
            cand.longitude,
            cand.country_code,
            admin_key(cand.admin1),
        )
        for res in resolutions
        if (cand := res.candidate) is not None
        and cand.feature in ("city", "admin2")
        and cand.latitude is not None
        and cand.longitude is not None
    ]


def one_sense_per_name(resolutions: Sequence[Resolution]) -> list[Resolution]:
    """Every mention of a name gets the reading of its best-scored mention: "Springfield, Ohio" in the
    dateline settles the bare "Springfield" of the story."""
    best: dict[str, Resolution] = {}
    for res in resolutions:
        key = normalize(res.toponym.text)
        if res.candidate is not None and (key not in best or res.score > best[key].score):
            best[key] = res
    out = []
    for res in resolutions:
        winner = best.get(normalize(res.toponym.text))
        if winner is None or winner is res:
            out.append(res)
        else:
            out.append(Resolution(res.toponym, winner.candidate, winner.score, winner.alternatives))
    return out


def _unit_of(cand: Candidate) -> tuple[str, str]:
    """The first-level unit a candidate is, or lies in."""
    return (cand.country_code, admin_key(cand.name if cand.feature == "admin1" else cand.admin1))


def _famous_city(cand: Candidate) -> bool:
    return cand.feature == "city" and (cand.capital or cand.population >= METROPOLIS_POPULATION)


def _world_capital(cand: Candidate) -> bool:
    """A national capital of half a million people or more, by its own name: known by it alone, whatever else
    is named ("Edo", Tokyo's old name, is a state of Nigeria)."""
    return (
        cand.feature == "city"
        and cand.capital
        and cand.primary
        and cand.population >= WORLD_CAPITAL_POPULATION
    )


def _located(cand: Candidate) -> bool:
    return cand.feature in ("city", "admin2") and cand.latitude is not None and cand.longitude is not None


def cluster_support(
    keys: Sequence[str], pools: Sequence[Sequence[Candidate]]
) -> dict[tuple[str, int], float]:
    """For each (name, reading): how strongly the document's other names have a reading within CLUSTER_KM.

    Local news names several small places close together ("Woodstock", "Plattsville", "Tavistock"):
    the readings that sit together are likelier than the biggest namesakes scattered over a continent,
    whichever reading each name got in a previous pass. A name with n readings supports each of them by
    1/n: common names ("Springfield", "Madison") sit near something almost anywhere.
    """
    pool_of: dict[str, list[Candidate]] = {}
    for key, pool in zip(keys, pools, strict=True):
        pool_of.setdefault(key, [c for c in pool if _located(c)])
    grid: dict[tuple[int, int], list[tuple[str, Candidate]]] = {}
    for key, located in pool_of.items():
        for cand in located:
            grid.setdefault(_cell(cand), []).append((key, cand))
    support: dict[tuple[str, int], float] = {}
    for key, located in pool_of.items():
        for cand in located:
            lat, lon = _cell(cand)
            near = {
                other_key
                for dlat in (-1, 0, 1)
                for dlon in (-1, 0, 1)
                for other_key, other in grid.get((lat + dlat, lon + dlon), ())
                if other_key != key and other.row != cand.row and _km(cand, other) <= CLUSTER_KM
            }
            if near:
                support[(key, cand.row)] = sum(1 / len(pool_of[other_key]) for other_key in near)
    return support


# GeoNames gives many districts no population ("Orakzai", "Mohmand"): a district with none that is the
# only reading of its name, in a story that names its country or none, is taken to be as big as a small
# district, not as an empty one that no text could mean. Where other readings compete, or the story is
# about another country ("Kadéï" in a story on the Central African Republic is not Cameroon's district),
# the unknown figure gives it no edge.
UNKNOWN_UNIT_POPULATION = 20_000
STRAY_POPULATION = 20_000
NATIONALITY_STRAY_POPULATION = 5_000
FOREIGN_TOWN_POPULATION = 100_000
FOREIGN_TOWN_EVIDENCE = 2.0  # the other places name a country twice over (one may be a misreading)


def _abroad(cand: Candidate, containers: Sequence[Candidate]) -> bool:
    """The container names one country, and the candidate lies in another."""
    countries = {c.country_code for c in containers}
    return len(countries) == 1 and cand.country_code not in countries


def _country_fits(cand: Candidate, context: DocContext) -> bool:
    """The story names the candidate's country, or no country at all."""
    return not context.names_a_country() or context.country_weight(cand.country_code) > 1e-9


def _stated_within(text: str, toponyms: Sequence[Toponym], i: int) -> bool:
    """The text puts toponym i inside the next one in words, not by a bare comma that may join a list:
    "the Dara district of Panjshir", "Vila Cruzeiro in Rio de Janeiro", "Dara (Panjshir)"."""
    if i + 1 >= len(toponyms):
        return False
    gap = text[toponyms[i].end : toponyms[i + 1].start].strip()
    return gap != "," and bool(_CONTAINER_GAP.match(gap))


def _in_the_province_s_spelling(cand: Candidate, pool: Sequence[Candidate], key: str) -> Candidate:
    """A town reached by the spelling its province bears as its own name is written that way: the text's
    "Ulaanbaatar" and "Hama" are the towns GeoNames calls Ulan Bator and Hamah, and spelled like the
    province, as ACLED spells both."""
    if cand.feature != "city" or cand.primary:
        return cand
    province = next(
        (
            c
            for c in pool
            if c.feature == "admin1"
            and c.primary
            and c.country_code == cand.country_code
            and admin_key(c.name) == admin_key(cand.admin1)
            and normalize(c.name) == key
        ),
        None,
    )
    return cand if province is None else replace(cand, name=province.name)


_POSSESSIVE_GAP = re.compile(r"^['’]s\s+$")


def _possessors(
    text: str, toponyms: Sequence[Toponym], pools: Sequence[list[Candidate]]
) -> dict[int, list[Candidate]]:
    """'Sagaing Region's Kani Township', 'Zamfara's Maru': a province or district that owns the next name
    contains it (Kani is no town of Japan). A name with a country reading owns only as an actor ("Israel's
    Gaza offensive", "Mexico's Culiacan" beside the State of Mexico): no container."""
    out: dict[int, list[Candidate]] = {}
    for i in range(1, len(toponyms)):
        if not _POSSESSIVE_GAP.match(text[toponyms[i - 1].end : toponyms[i].start]):
            continue
        owner = pools[i - 1]
        units = [c for c in owner if c.feature in ("admin1", "admin2")]
        if units and not any(c.feature == "country" for c in owner):
            out[i] = units
    return out


def _within_in_words(text: str, toponyms: Sequence[Toponym], i: int) -> bool:
    """Toponym i is put inside the next one by 'in' or 'of' ("the Jacarezinho favela in Rio de Janeiro"),
    not by a note's bracket, whose units ACLED names after boundary changes GeoNames may not know."""
    return bool(_IN_WORDS.search(text[toponyms[i].end : toponyms[i + 1].start]))


def _at_home(pool: list[Candidate], containers: Sequence[Candidate], *, in_words: bool) -> list[Candidate]:
    """The readings of a name said to lie within a unit of one country that lie in that country. A name
    with none there is a place the gazetteer lacks (the unit it lies in still places the story), not a
    namesake abroad. Countries stay: "the war Russia wages in Ukraine" puts no country in another."""
    return [
        c
        for c in pool
        if c.feature in ("country", "region")
        or not (_abroad(c, containers) or (in_words and _elsewhere(c, containers)))
    ]


def _elsewhere(cand: Candidate, containers: Sequence[Candidate]) -> bool:
    """The containers are units of one country, and the candidate lies in none of their provinces: "the
    Jacarezinho favela in Rio de Janeiro" is no namesake in Parana, but a place the gazetteer lacks. The
    province is compared, not the district: GeoNames leaves many towns without theirs."""
    units = [c for c in containers if c.feature in ("admin1", "admin2")]
    if not units or len({c.country_code for c in containers}) != 1 or cand.feature not in ("city", "admin2"):
        return False
    provinces = {admin_key(u.name if u.feature == "admin1" else u.admin1) for u in units}
    return admin_key(cand.admin1) not in provinces


def _called_unit(text: str, toponym: Toponym) -> float:
    """How surely the text calls the name an admin unit: 1 for 'Mohmand District', 'Khartoum state',
    'Kurram Agency'; a third for 'the district of X', which as often names the town a district lies in ('the
    Exarchia district of Athens'); 0 when it calls it a city ('Kabul city')."""
    if _TOWN_AFTER.match(text, toponym.end):
        return 0.0
    if _UNIT_SUFFIX.search(toponym.text) or _UNIT_AFTER.match(text, toponym.end):
        return 1.0
    return 1 / 3 if _UNIT_BEFORE.search(text[max(0, toponym.start - 30) : toponym.start]) else 0.0


def _stray(cand: Candidate, context: DocContext, *, tagged_place: bool = False) -> bool:
    """`tagged_place`: the entity model calls the name a place, and the text calls it no admin unit."""
    others = context.total_weight - context.own_weight
    foreign = cand.feature == "city" and context.country_weight(cand.country_code) <= 1e-9
    if not foreign or others < 1.0:
        return False
    if tagged_place and context.place_weight < 1.0:
        # only nationalities and actors name another country: "Russian forces shelled Kupiansk", "Israeli
        # troops raided Beit Ummar" say whose the forces are, a town of some size is still where they struck
        # (a name only the gazetteer found, "Eve" of "Christmas Eve", stays out)
        return cand.population < NATIONALITY_STRAY_POPULATION
    return not cand.primary or cand.population < STRAY_POPULATION


def _foreign_town(cand: Candidate, context: DocContext) -> bool:
    """A town short of a city, in a country the document's other names avoid when they name one: a
    capitalised word the entity model did not call a place ("Vehicle Borne IED", "a Tata vehicle") is then
    no namesake abroad (Borne, Netherlands; Tata, Hungary). A city is kept: the other names may be wrong."""
    small = not cand.primary or cand.population < FOREIGN_TOWN_POPULATION
    foreign = context.country_weight(cand.country_code) <= 1e-9
    return cand.feature == "city" and small and context.place_weight >= FOREIGN_TOWN_EVIDENCE and foreign


def _neighbour_pool_size(
    pool: Sequence[Candidate], context: DocContext, containers: Sequence[Candidate]
) -> int | None:
    """The population of the biggest reading of a name that may take neighbour evidence, or None when it
    may not: a name with a reading in a country the text names, or one the text puts in a unit ("Maracay
    (Girardot, Aragua)": its container says where it is)."""
    if containers or any(context.country_weight(other.country_code) > 1e-9 for other in pool):
        return None
    return max((other.population for other in pool if other.feature != "country"), default=0)


def _neighbour_evidence(cand: Candidate, context: DocContext, biggest: int) -> float:
    """The share of the doc's country evidence naming a land neighbour of the candidate's country, for a
    name with no reading in a country the text names (`_neighbour_pool_size`): "Israeli strikes on Gaza"
    are Palestine's Gaza, not Mozambique's."""
    # a tie-breaker between readings of a size: no small namesake over a capital ("Teachers marched in
    # Panama City against a Canadian company" is no town of Florida)
    if cand.feature not in ("admin1", "admin2", "city") or biggest > 2 * cand.population:
        return 0.0
    return context.neighbour_share(cand.country_code)


def _votes_country(cand: Candidate) -> bool:
    """A first-pass answer that says which country the story is in: not a hamlet matched by another
    spelling ("Gulistan e Jauhar" in Karachi read as Golestanak, Iran, would vote Iran for its neighbours)."""
    return cand.feature != "city" or cand.primary or cand.population >= STRAY_POPULATION


def _cue_evidence(cues: Sequence[UnitCue]) -> _Evidence:
    """What the short forms ("Oxford, Miss.") say: their unit, and its country."""
    ev = _Evidence()
    for cue in cues:
        ev.units[(cue.country_code, admin_key(cue.admin1))] += 1.0
        ev.written_admins[admin_key(cue.admin1)] += 1.0
        ev.countries[cue.country_code] += CUE_COUNTRY_WEIGHT
    return ev


def _cell(cand: Candidate) -> tuple[int, int]:
    return (math.floor(cand.latitude or 0.0), math.floor(cand.longitude or 0.0))  # 1 degree: 55+ km wide


def _km(a: Candidate, b: Candidate) -> float:
    return haversine_km(a.latitude or 0.0, a.longitude or 0.0, b.latitude or 0.0, b.longitude or 0.0)


def retrieve(gazetteer: Gazetteer, toponym: Toponym) -> list[Candidate]:
    """Exact lookup, then without an admin word or a side word; a demonym ("Canadian") means its country,
    never a town of that name."""
    if toponym.source == "generic":
        return []
    code = gazetteer.demonym_country(toponym.text)
    if code is not None:
        country = gazetteer.country(code)
        return [country] if country else []
    found = gazetteer.candidates(toponym.text)
    for shorter in (strip_admin_word, strip_part_word):  # "Khyber Agency", then "Upper Orakzai"
        plain = shorter(toponym.text)
        if found or plain == toponym.text:
            continue
        found = gazetteer.candidates(plain)
    return found


class Resolver:
    def __init__(
        self,
        gazetteer: Gazetteer,
        weights: RankWeights | None = None,
        abbreviations: Admin1Abbreviations | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.weights = weights or RankWeights()
        self.abbreviations = abbreviations if abbreviations is not None else Admin1Abbreviations.load()

    def resolve(
        self,
        text: str,
        toponyms: Sequence[Toponym],
        actor_countries: Iterable[str] = (),
        actor_regions: Iterable[str] = (),
    ) -> list[Resolution]:
        """Rank each name's readings. `actor_countries` are the country codes of the armed groups the text
        names ("NPA fighters in Samar": the Philippine Samar, not the Ukrainian town); `actor_regions` the
        first-level units those groups mostly fight in ("Maoists" in "Bijapur": Chhattisgarh's)."""
        called = [_called_unit(text, t) for t in toponyms]
        pools = [retrieve(self.gazetteer, t) for t in toponyms]
        support = cluster_support([normalize(t.text) for t in toponyms], pools)
        cues = self.abbreviations.cues(text)
        containers = self._containers(text, toponyms, pools, cues)
        pools = [
            _at_home(pool, containers[i], in_words=_within_in_words(text, toponyms, i))
            if i in containers and _stated_within(text, toponyms, i)
            else pool
            for i, pool in enumerate(pools)
        ]
        for i, units in _possessors(text, toponyms, pools).items():
            pools[i] = _at_home(pools[i], units, in_words=True)
            containers.setdefault(i, []).extend(units)
        document = _cue_evidence(cues)
        for code in set(actor_countries):
            document.countries[code] += ACTOR_COUNTRY_WEIGHT
        for region in set(actor_regions):  # "Maoists" name Chhattisgarh's units as a province's name would
            document.admin_keys[admin_key(region)] += 1
        missions = [bool(_MISSION_AFTER.match(text, t.end)) for t in toponyms]
        evidence = [
            _Evidence() if mission else self._first_evidence(t, pool)
            for t, pool, mission in zip(toponyms, pools, missions, strict=True)
        ]
        first = self._rank_all(toponyms, pools, evidence, document, containers, (), support, called)
        # second pass: the countries of first-pass answers, the admin units of confident ones, and the
        # states/provinces that first-pass answers are
        for ev, res, mission in zip(evidence, first, missions, strict=True):
            cand = res.candidate
            if cand is None or not cand.country_code or mission:
                continue
            if _votes_country(cand):
                ev.countries[cand.country_code] += 0.5
            margin = res.score - res.alternatives[1][0] if len(res.alternatives) > 1 else 9.0
            if cand.feature == "admin1":  # not the state of a town: two homonyms would prop each other up
                ev.units[(cand.country_code, admin_key(cand.name))] += 1.0
            if margin >= 1.0:
                ev.admin_keys.update(k for k in {admin_key(cand.admin1), admin_key(cand.admin2)} if k)
        second = self._rank_all(
            toponyms, pools, evidence, document, containers, _points(first), support, called
        )
        if [r.candidate for r in second] == [r.candidate for r in first]:
            return second  # same answers, same points: a third pass would repeat the second exactly
        # third pass: spatial coherence with the (better) second-pass answers
        return self._rank_all(
            toponyms, pools, evidence, document, containers, _points(second), support, called
        )

    def _rank_all(
        self,
        toponyms: Sequence[Toponym],
        pools: Sequence[list[Candidate]],
        evidence: Sequence[_Evidence],
        document: _Evidence,
        containers: dict[int, list[Candidate]],
        points: Sequence[_Point],
        support: Mapping[tuple[str, int], float],
        called: Sequence[float],
    ) -> list[Resolution]:
        total = _Evidence(
            Counter(document.countries),
            Counter(document.admin_keys),
            Counter(document.units),
            Counter(document.written_admins),
        )
        by_name: dict[str, _Evidence] = {}
        for toponym, ev in zip(toponyms, evidence, strict=True):
            total.countries.update(ev.countries)
            total.admin_keys.update(ev.admin_keys)
            total.units.update(ev.units)
            total.written_admins.update(ev.written_admins)
            own = by_name.setdefault(normalize(toponym.text), _Evidence())
            own.countries.update(ev.countries)
            own.admin_keys.update(ev.admin_keys)
            own.units.update(ev.units)
            own.written_admins.update(ev.written_admins)
        out = []
        total_weight = sum(total.countries.values())
        own_weights = {key: sum(ev.countries.values()) for key, ev in by_name.items()}
        place_weights: Counter[str] = Counter()  # per name, the country evidence of the places it is
        for toponym, ev in zip(toponyms, evidence, strict=True):
            if toponym.source != "demonym":
                place_weights[normalize(toponym.text)] += sum(ev.countries.values())
        all_places = sum(place_weights.values())
        # A name repeated with the same source and containers has the same pool and context: rank it once.
        ranked: dict[tuple[str, str, tuple[Candidate, ...]], Resolution] = {}
        for i, (toponym, pool) in enumerate(zip(toponyms, pools, strict=True)):
            within = containers.get(i, [])
            same = (toponym.text, toponym.source, tuple(within), called[i])
            done = ranked.get(same)
            if done is None:
                key = normalize(toponym.text)
                context = DocContext(
                    total, by_name[key], total_weight, own_weights[key], points, support,
                    place_weight=all_places - place_weights[key], neighbours=self.gazetteer.neighbours,
                )  # fmt: skip
                done = ranked[same] = self._rank(toponym, pool, context, within, called_unit=called[i])
            else:
                done = Resolution(toponym, done.candidate, done.score, list(done.alternatives))
            out.append(done)
        return one_sense_per_name(out)

    @staticmethod
    def _first_evidence(toponym: Toponym, pool: list[Candidate]) -> _Evidence:
        ev = _Evidence()
        if not pool:
            return ev
        countries = {c.country_code for c in pool if c.country_code}
        top = max(pool, key=lambda c: (c.feature == "country", c.population))
        if top.feature == "country" and (top.primary or toponym.source == "demonym"):
            ev.countries[top.country_code] += 1.0
        elif len(countries) == 1 and (top.feature != "city" or (top.primary and top.population >= 10_000)):
            ev.countries[top.country_code] += 0.5
        admins = {admin_key(c.name) for c in pool if c.feature in ("admin1", "admin2")}
        ev.admin_keys.update(admins)
        ev.written_admins.update(admins)
        return ev

    def _containers(
        self,
        text: str,
        toponyms: Sequence[Toponym],
        pools: Sequence[list[Candidate]],
        cues: Sequence[UnitCue] = (),
    ) -> dict[int, list[Candidate]]:
        """For 'A, B' and 'A (B)': B's candidates that could contain A; for 'A, Miss.': Mississippi."""
        out: dict[int, list[Candidate]] = {}
        for i in range(len(toponyms) - 1):
            gap = text[toponyms[i].end : toponyms[i + 1].start]
            if _CONTAINER_GAP.match(gap):
                out[i] = [c for c in pools[i + 1] if c.feature in ("country", "admin1", "admin2")]
        cue_at = {cue.start: cue for cue in cues}
        for i, toponym in enumerate(toponyms):
            gap = _CUE_GAP.match(text, toponym.end)
            cue = cue_at.get(gap.end()) if gap else None
            if cue is not None:
                out.setdefault(i, []).extend(self._unit(cue))
        return out

    def _unit(self, cue: UnitCue) -> list[Candidate]:
        return [
            c
            for c in self.gazetteer.candidates(cue.admin1, cue.country_code)
            if c.feature == "admin1" and admin_key(c.name) == admin_key(cue.admin1)
        ]

    def features(
        self,
        cand: Candidate,
        context: DocContext,
        containers: Sequence[Candidate],
        pool: Sequence[Candidate] = (),
        key: str = "",
        *,
        tagged_place: bool = False,
    ) -> Features:
        pop = cand.population
        if not pop and cand.feature == "admin2" and len(pool) == 1 and _country_fits(cand, context):
            pop = UNKNOWN_UNIT_POPULATION
        if cand.feature == "admin2":
            pop = int(pop * self.weights.admin2_population_discount)
        admin_named = cand.feature != "country" and any(
            k and context.admin_named(k) for k in (admin_key(cand.admin1), admin_key(cand.admin2))
        )
        in_namesake_unit = cand.feature == "city" and any(
            other.feature == "admin1"
            and other.country_code == cand.country_code
            and admin_key(other.name) == admin_key(cand.admin1)
            and cand.population >= 0.05 * other.population
            for other in pool
        )
        # reached by any of its names: "Hama" is the city GeoNames spells Hamah, and "Daraa" the city Dar'a,
        # each in the province of that name; by another name only when no national capital bears that name
        # as its own ("marched in Santiago": Chile's, not Santiago de los Caballeros in Santiago province)
        namesake = in_namesake_unit and (
            cand.primary or not any(other.capital and other.primary for other in pool)
        )
        # "Italy" is the country even in a story about Texas, unless the text says "Italy, Texas"
        country_named = any(other.feature == "country" and other.primary for other in pool)
        region = cand.feature == "region"  # seas and continents lie in no country: context never counts
        # a capital is the likelier referent in a story about its country (Washington, not Dublin, Ohio), or
        # in one whose other names say no country at all ("marched in Santiago": Chile's, not Santiago de
        # los Caballeros, which the Dominican province named like it would make the metropolis)
        unplaced = (  # by its own name: "Edo" is Tokyo's old one
            not context.names_a_country() and cand.primary and cand.population >= CAPITAL_CITY_POPULATION
        )
        capital = cand.capital and (
            unplaced or _world_capital(cand) or context.country_weight(cand.country_code) > 1e-9
        )
        metropolis = in_namesake_unit and cand.population >= 1_000_000  # New York City for "New York"
        # a state, the national capital or a city of millions is in focus whenever its country's states are
        well_known = cand.feature == "admin1" or cand.capital or _famous_city(cand)
        unit_share = context.unit_share(_unit_of(cand), whole_country=well_known)
        contained = any(cand.is_within(c) for c in containers)
        nearby = context.nearby(cand, key)
        cluster = context.cluster(key, cand)
        # "against the US military presence in Manila": a small town named like a world capital (Manila,
        # Arkansas) needs a word about its own surroundings; a country named elsewhere is none
        capital_namesake = (
            cand.feature == "city"
            and cand.population < CAPITAL_CITY_POPULATION
            and not (contained or admin_named or nearby or cluster or unit_share)
            and any(_world_capital(other) for other in pool)  # last: it scans the pool
        )
        # "a bigger economy than Greece", "drones struck a car in Lebanon, officials in Nashville said": a
        # town named like a country (Greece, New York; Lebanon, Tennessee) needs its state or county named;
        # being near the story's other places, or in their state, is no such word: a common name has a
        # namesake near almost anything
        country_namesake = cand.feature == "city" and not cand.capital and country_named
        country_namesake = country_namesake and not (
            contained
            or any(k and context.admin_written(k) for k in (admin_key(cand.admin1), admin_key(cand.admin2)))
        )
        return Features(
            population=math.log10(pop + 1) / 7,
            doc_country=1.0 if region else context.country_share(cand.country_code),
            any_doc_country=1.0 if region or context.country_weight(cand.country_code) > 1e-9 else 0.0,
            contained=1.0 if contained else 0.0,
            abroad=1.0 if _abroad(cand, containers) else 0.0,
            doc_admin=1.0 if admin_named else 0.0,
            # a namesake is as much the name's own as its province is: "Hama" spells the province and, in
            # GeoNames' other spelling, the city of Hamah
            primary=1.0 if cand.primary or namesake else 0.0,
            feature_prior=_FEATURE_PRIOR[cand.feature],
            namesake=1.0 if namesake else 0.0,
            capital=1.0 if capital else 0.0,
            major_city=1.0 if metropolis else 0.0,
            nearby=nearby,
            cluster=cluster,
            # in a Borno story "Warwara" is not Varvára, Greece (alternate spelling), "Bura" not Bura, Kenya
            stray=1.0
            if _stray(cand, context, tagged_place=tagged_place) or capital_namesake or country_namesake
            else 0.0,
            doc_admin1=0.0 if cand.feature in ("country", "region") or country_named else unit_share,
        )

    def _score(
        self,
        cand: Candidate,
        context: DocContext,
        containers: Sequence[Candidate],
        pool: Sequence[Candidate],
        key: str,
        *,
        called_unit: float,
        none_score: float,
        tagged_place: bool = False,
        sure_place: bool = False,
        neighbour_pool: int | None = None,
    ) -> float:
        features = self.features(cand, context, containers, pool, key, tagged_place=tagged_place)
        if called_unit and cand.feature in ("admin1", "admin2"):
            features = replace(features, called_unit=called_unit)
        score = features.score(self.weights)
        # a neighbour of a named country chooses between readings, and makes a reading out of "none" only
        # when nationalities and actors alone name a country ("An Israeli air strike hit Khan Younis"): in a
        # story whose places are in Pakistan, "Mizan Chowk" is no district of Afghanistan
        lifts = score >= none_score or (sure_place and context.place_weight < 1.0)
        if neighbour_pool is not None and lifts:
            score += self.weights.neighbour_country * _neighbour_evidence(cand, context, neighbour_pool)
        return score

    def _rank(
        self,
        toponym: Toponym,
        pool: list[Candidate],
        context: DocContext,
        containers: list[Candidate],
        *,
        called_unit: float = 0.0,
    ) -> Resolution:
        # a name of several words found only in the gazetteer ("Maarat al-Numan", which the model calls a
        # person) is as sure a place as an entity the model tags: few phrases match a place name by chance
        single_word = len(normalize(toponym.text).split()) == 1
        gazetteer_only = toponym.source == "gazetteer" and single_word
        none_score = self.weights.none_gazetteer if gazetteer_only else self.weights.none_ner
        if toponym.source == "demonym":
            none_score = 0.0
        key = normalize(toponym.text)
        tagged_place = toponym.source == "ner" and not called_unit
        neighbour_pool = _neighbour_pool_size(pool, context, containers)  # once per name, not per reading
        scored = sorted(
            (
                (
                    self._score(
                        c,
                        context,
                        containers,
                        pool,
                        key,
                        called_unit=called_unit,
                        none_score=none_score,
                        tagged_place=tagged_place,
                        sure_place=toponym.source == "ner" or not gazetteer_only,
                        neighbour_pool=neighbour_pool,
                    ),
                    c,
                )
                for c in pool
            ),
            key=lambda pair: (-pair[0], -pair[1].population),
        )
        best = scored[0] if scored else None
        if (
            best is None
            or best[0] < none_score
            or (toponym.source == "gazetteer" and _foreign_town(best[1], context))
        ):
            return Resolution(toponym, None, none_score, scored[:5])
        return Resolution(toponym, _in_the_province_s_spelling(best[1], pool, key), best[0], scored[:5])
