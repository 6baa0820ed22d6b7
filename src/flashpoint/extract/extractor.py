"""detect -> geocode -> code -> segment: from an annotated article to its coded events, as pipeline stages.

Each stage reads and fills fields of `flashpoint.document.ArticleDoc`; thresholds come from the pipeline
config (`flashpoint/default_config.toml`), resources from `initialize`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar, Protocol, TypeVar

from spacy.tokens import Doc

from flashpoint.document import ArticleDoc, Resources
from flashpoint.errors import ConfigError
from flashpoint.extract.code import ArticleContext, CodedMention, EventCoder
from flashpoint.extract.confidence import confidence, feature_names
from flashpoint.extract.detect import Detector
from flashpoint.extract.notes import write_note
from flashpoint.extract.participants import ParticipantReader
from flashpoint.extract.segment import segment, split_listed_places
from flashpoint.nlp.memo import doc_entities
from flashpoint.nlp.model import ACTOR_LABEL
from flashpoint.registry import geocoders, stages
from flashpoint.schema import Location, PlaceMention, Span

if TYPE_CHECKING:
    import datetime as dt

    from flashpoint.actors.lexicon import ActorLexicon, Territory
    from flashpoint.actors.table import ActorEntry, ActorTable
    from flashpoint.settings import Settings

T = TypeVar("T")


class Geoparser(Protocol):
    """What extraction needs from the geocoder (flashpoint.geo)."""

    def parse(
        self, doc: Doc, actor_countries: Iterable[str] = (), actor_regions: Iterable[str] = ()
    ) -> list[PlaceMention]: ...

    def locate(
        self, doc: Doc, places: list[PlaceMention], event_span: Span, *, dateline_place: str | None = None
    ) -> Location | None: ...

    def listed_with(self, doc: Doc, places: list[PlaceMention], location: Location) -> list[Location]: ...


@geocoders.register("flashpoint.gazetteer.v1")
def load_gazetteer_geoparser(settings: Settings) -> Geoparser:
    """The bundled gazetteer (GeoNames-derived, cached index) with flashpoint's ranking."""
    from flashpoint.geo.gazetteer import Gazetteer
    from flashpoint.geo.parser import Geoparser as GazetteerGeoparser

    return GazetteerGeoparser(Gazetteer.load(settings))


def _needs(value: T | None, what: str) -> T:
    if value is None:  # the build-time order check makes this unreachable
        raise RuntimeError(f"stage used before {what} was set")
    return value


@stages.register("flashpoint.detect.v1")
class DetectStage:
    """Sentences that report a specific incident (see `flashpoint.extract.detect`)."""

    requires: ClassVar[tuple[str, ...]] = ("spacy_doc", "clean", "anchor")
    assigns: ClassVar[tuple[str, ...]] = ("headline", "mentions")

    def __init__(
        self, *, short_text_sentences: int, headline_max_tokens: int, headline_max_sentence_tokens: int
    ) -> None:
        self.short_text_sentences = short_text_sentences
        self.headline_max_tokens = headline_max_tokens
        self.headline_max_sentence_tokens = headline_max_sentence_tokens
        self._detector: Detector | None = None

    def initialize(self, resources: Resources) -> None:
        self._detector = Detector(resources.cues, short_text_sentences=self.short_text_sentences)

    def __call__(self, doc: ArticleDoc) -> ArticleDoc:
        detector = _needs(self._detector, "initialize()")
        spacy_doc = _needs(doc.spacy_doc, "annotate")
        body_start = doc.clean.body_start if doc.clean is not None else 0
        doc.headline = self._is_headline_text(spacy_doc)
        mentions = detector.mentions(spacy_doc, doc.anchor, headline=doc.headline, body_start=body_start)
        doc.mentions = list(mentions)
        return doc

    def _is_headline_text(self, doc: Doc) -> bool:
        """Headlines (and lists of them) report past events in present tense: 'Blast kills 5 in Quetta'."""
        sentences = list(doc.sents)
        return len(doc) <= self.headline_max_tokens or all(
            len(s) <= self.headline_max_sentence_tokens for s in sentences
        )


@stages.register("flashpoint.geocode.v1")
class GeocodeStage:
    """Place mentions of the article, the place of each event mention, and the article's main country."""

    requires: ClassVar[tuple[str, ...]] = ("spacy_doc", "clean", "mentions")
    assigns: ClassVar[tuple[str, ...]] = ("places", "locations", "listed_places", "default_country")

    def __init__(self) -> None:
        self._resources: Resources | None = None

    def initialize(self, resources: Resources) -> None:
        self._resources = resources

    def __call__(self, doc: ArticleDoc) -> ArticleDoc:
        resources = _needs(self._resources, "initialize()")
        spacy_doc = _needs(doc.spacy_doc, "annotate")
        if not doc.mentions:
            # the places serve the mentions' locations and the country of what they leave unplaced: an
            # article that reports no incident (most of a news feed) needs no geoparsing
            doc.places, doc.locations, doc.listed_places, doc.default_country = [], [], [], None
            return doc
        geoparser, lexicon = resources.geoparser, resources.lexicon
        dateline_place = doc.clean.dateline_place if doc.clean is not None else None
        places = []
        if geoparser is not None:
            named = _named_actors(spacy_doc, resources.actors)
            countries = {entry.country for entry in named if entry.country}
            places = geoparser.parse(spacy_doc, countries, {region for e in named for region in e.regions})
        for place in places:  # ACLED's country names: "Syria", not "Syrian Arab Republic"
            if place.country:
                place.country = lexicon.country_name(place.country) or place.country
        doc.places = places
        default_country = _main_country(places) or _named_country(spacy_doc, lexicon)
        territory = lexicon.territories.get(default_country or "")
        doc.default_country = lexicon.sovereign(default_country) if default_country else default_country
        locations: list[Location | None] = []
        listed: list[list[Location]] = []
        for mention in doc.mentions:
            location = None
            others: list[Location] = []
            if geoparser is not None:
                clause, sentence = mention.sentence, mention.sentence.sent
                span = Span(start=clause.start_char, end=clause.end_char)
                # a clause of a sentence telling two incidents (detect.sequence.incident_clauses) is placed by
                # the names it holds, not by those of the other clause
                own = [
                    p
                    for p in places
                    if not (sentence.start_char <= p.start < sentence.end_char)
                    or clause.start_char <= p.start < clause.end_char
                ]
                location = geoparser.locate(spacy_doc, own, span, dateline_place=dateline_place)
                if location is not None and location.country:
                    location.country = lexicon.country_name(location.country) or location.country
                    _as_unit_of_its_country(location, lexicon)
                    others = geoparser.listed_with(spacy_doc, own, location)
                    for other in others:
                        other.country = location.country
                        _as_unit_of_its_country(other, lexicon)
            if location is None and territory is not None:
                # a story about a territory ACLED codes as a province ("HONG KONG, 6 January 2021 - Police
                # arrested 53 activists"): wherever in it, the event is in that province
                location = Location(country=territory.country)
                _in_the_territory(location, territory)
            locations.append(location)
            listed.append(others)
        doc.locations = locations
        doc.listed_places = listed
        return doc


@stages.register("flashpoint.code.v1")
class CodeStage:
    """Each mention coded in isolation: type, actors, date, fatalities, place."""

    requires: ClassVar[tuple[str, ...]] = (
        "article", "clean", "anchor", "source", "spacy_doc", "mentions", "locations", "listed_places",
        "default_country",
    )  # fmt: skip
    assigns: ClassVar[tuple[str, ...]] = ("coded",)

    def __init__(self, *, no_date_offset_days: int) -> None:
        self.no_date_offset_days = no_date_offset_days
        self._coder: EventCoder | None = None

    def initialize(self, resources: Resources) -> None:
        reader = ParticipantReader(resources.actors, resources.lexicon)
        words = resources.cues.words
        self._coder = EventCoder(
            reader,
            words.attempt_heads,
            words.mob_nouns,
            no_date_offset_days=self.no_date_offset_days,
            long_ago_nouns=words.long_ago_nouns,
            duration_nouns=words.duration_nouns,
            crowd_police_countries=words.crowd_police_countries,
            membership_nouns=words.membership_nouns,
        )

    def __call__(self, doc: ArticleDoc) -> ArticleDoc:
        coder = _needs(self._coder, "initialize()")
        spacy_doc = _needs(doc.spacy_doc, "annotate")
        body_start = doc.clean.body_start if doc.clean is not None else 0
        ctx = ArticleContext(doc.article.id, doc.anchor, doc.source, doc.default_country, body_start)
        doc.coded = []
        for mention, location, others in zip(doc.mentions, doc.locations, doc.listed_places, strict=True):
            item = coder.code(mention, spacy_doc, location, ctx)
            item.listed_with = others
            doc.coded.append(item)
        coder.attribute(doc.coded, spacy_doc)
        coder.identify_victims(doc.coded, spacy_doc)
        return doc


@stages.register("flashpoint.segment.v1")
class SegmentStage:
    """One event per incident, with its note, confidence and stable id; evidence quotes the original text."""

    requires: ClassVar[tuple[str, ...]] = ("clean", "spacy_doc", "headline", "coded")
    assigns: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self, *, anchored_min_sentences: int, confidence_weights: dict[str, float]) -> None:
        expected = feature_names()
        if set(confidence_weights) != expected:
            missing = ", ".join(sorted(expected - set(confidence_weights))) or "-"
            unknown = ", ".join(sorted(set(confidence_weights) - expected)) or "-"
            raise ConfigError(f"confidence_weights: missing {missing}; unknown {unknown}")
        self.anchored_min_sentences = anchored_min_sentences  # articles this long must date or place events
        self.confidence_weights = dict(confidence_weights)

    def initialize(self, resources: Resources) -> None:
        """Nothing heavy."""

    def __call__(self, doc: ArticleDoc) -> ArticleDoc:
        spacy_doc = _needs(doc.spacy_doc, "annotate")
        anchored = not doc.headline and sum(1 for _ in spacy_doc.sents) >= self.anchored_min_sentences
        events = []
        items = split_listed_places(segment(doc.coded, anchored=anchored, headlines=doc.headline))
        if anchored and doc.anchor is not None:
            items = _without_recalled_incidents(items, doc.anchor)
        for item in items:
            event = item.event
            event.notes = write_note(event)
            event.confidence = confidence(item, self.confidence_weights, headline=doc.headline)
            events.append(event.assign_id())
        if doc.clean is not None:
            for event in events:  # evidence quotes the original text, not the truecased one
                for evidence in event.evidence:
                    evidence.text = doc.clean.text[evidence.start : evidence.end]
        doc.events = events
        return doc


# a whole article reports incidents of its last weeks: one it dates longer before its publication than
# this, beside an incident of its own time, is background it recalls ("Bokkos is one of the communities
# attacked on Christmas Eve last year", "On January 6, eight DRG men were killed" in a March story)
RECALLED_AFTER_DAYS = 60


def _without_recalled_incidents(items: list[CodedMention], anchor: dt.date) -> list[CodedMention]:
    """The events of a whole article without those dated well before it, when it reports a recent one."""

    def recent(item: CodedMention) -> bool:
        date = item.event.event_date
        return date is None or (anchor - date).days <= RECALLED_AFTER_DAYS

    if not any(recent(item) for item in items):
        return items  # a report on an old incident newly told (a massacre a rights group documented)
    return [item for item in items if recent(item)]


def _named_actors(doc: Doc, actors: ActorTable) -> list[ActorEntry]:
    """The alias table's entries for the armed groups the text names: their countries ("NPA": Philippines)
    and regions are context for its place names."""
    return [
        entry
        for ent in doc_entities(doc)
        if ent.label_ == ACTOR_LABEL and (entry := actors.get(ent.ent_id_)) is not None
    ]


def _named_country(doc: Doc, lexicon: ActorLexicon) -> str | None:
    """Without a gazetteer answer, the country most named (or most often the nationality) in the text."""
    counts: Counter[str] = Counter()
    for ent in doc_entities(doc):
        if ent.label_ in ("GPE", "NORP"):
            country = lexicon.country_name(ent.text) or lexicon.country_of_demonym(ent.text)
            if country:
                counts[country] += 1
    return counts.most_common(1)[0][0] if counts else None


def _as_unit_of_its_country(location: Location, lexicon: ActorLexicon) -> None:
    """A territory ACLED codes as an admin1 unit ("Hong Kong", in China): its own first-level units (Hong
    Kong's districts, "Yau Tsim Mong") are ACLED's admin2."""
    unit = lexicon.territories.get(location.country or "")
    if unit is None:
        return
    if location.location is not None and location.admin1 != unit.admin1:
        location.admin2 = location.admin1
    _in_the_territory(location, unit)


def _in_the_territory(location: Location, unit: Territory) -> None:
    """Code the location in the territory's country and province; a location named by no more than the
    territory gets its point, at province precision, as ACLED codes it."""
    if location.location is None:
        location.location, location.geo_precision = unit.admin1, 3
        location.latitude, location.longitude = unit.latitude, unit.longitude
    location.country, location.admin1 = unit.country, unit.admin1


def _main_country(places: list[PlaceMention]) -> str | None:
    """The country the article is mostly about: the one its resolved places fall in most often."""
    counts = Counter(p.country for p in places if p.country)
    return counts.most_common(1)[0][0] if counts else None
