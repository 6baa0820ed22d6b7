"""Geoparsing a spaCy doc: every place mention with its resolution, and the place of an event.

gazetteer = Gazetteer.load(settings)
geoparser = Geoparser(gazetteer)
places = geoparser.parse(doc)                          # list[PlaceMention], in text order
location = geoparser.locate(doc, places, event_span)   # Location | None
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from flashpoint.geo.gazetteer import SPECIFICITY, Candidate, Gazetteer
from flashpoint.geo.names import admin_key
from flashpoint.geo.rank import RankWeights, Resolution, Resolver
from flashpoint.geo.recognize import LOCATIVE_PREPOSITIONS, RecognitionOptions, ToponymRecognizer
from flashpoint.geo.regions import CompassRegions
from flashpoint.nlp.memo import doc_text
from flashpoint.schema import Location, PlaceMention, Span

_NEAR = re.compile(
    r"\b(?:near(?:by)?|outskirts\s+of|outside|vicinity\s+of|close\s+to|around|suburbs?\s+of|suburban|\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:of|from))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A place written as the reference point of a relative position: "in Wadi al-Shay, 25 kilometres south-west
# of Kirkuk", "south of the city of Kirkuk", "30 km from Bocaranga". The place it locates lies near it, so in
# its country, whatever namesake abroad that place's own name has.
_RELATIVE_ANCHOR = re.compile(
    r"\b(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+of"
    r"|(?:km|kilomet(?:re|er)s?|miles)\s+(?:\(\d+\s+\w+\)\s+)?from)"
    r"\s+(?:the\s+(?:(?:provincial\s+|regional\s+)?(?:capital|city|town|village)\s+of\s+)?)?$",
    re.IGNORECASE,
)
_PART_OF = re.compile(r"^\s*(?:area|region|areas|district|tehsil|valley|border\s+area)\b", re.IGNORECASE)
# ("the town of Beryslav in the southern Kherson region" names a town, it points back to none)
_ANAPHORA = re.compile(
    r"\b(?:the\s+same\s+(?:district|area|region|town|city|village|province|agency)|the\s+(?:district|area|region|town|city|village|agency)\b(?!\s+of\b)|nearby|there\b|the\s+vicinity)",
    re.IGNORECASE,
)
# The kind word a note may put between a name and its brackets: "Kunduz city (Kunduz)", "Machil sector
# (Kupwara, Jammu and Kashmir)", "the Tirah valley (Khyber, Khyber Pakhtunkhwa)", "the Kato mountains
# (Cukurca, Hakkari)", "Ain al-Asad air base (Heet, Anbar)".
_KINDS = (
    "city|town|village|township|district|LGA|county|raion|regency|area|camp|sector|valley|tehsil|mountains?"
    "|hills|forest|air ?base"
    # local units notes name a place by: "Tole kebele (West Wellega, Oromia)", "Bani chiefdom (Kailahun,
    # Eastern)", "Kanoma ward (Maru, Zamfara)", "Bashali groupement (Masisi, North Kivu)"
    "|kebele|woreda|chiefdom|ward|groupement|commune|municipality"
    # "at the Shambhu border (Patiala, Punjab)": a crossing point a note names before its admin units
    "|border|crossing|junction|bridge|checkpoint"
)
# Event-note style "near Boni (Douentza, Mopti)": the text before a place that sits in the parenthetical of
# another name, which the place contains.
_NOTE_CONTAINER = re.compile(rf"[A-Z][\w'’.-]*(?:\s+(?:{_KINDS}))?\s*\((?:[^()]*,\s*)?$")
_BRACKET_AFTER_NAME = re.compile(rf"(?:\s+(?:{_KINDS}))?\s*\([^()]*")
# an all-capital bracket ("Khyber Pakhtunkhwa (KP)", "Azad Jammu and Kashmir (AJK)") is the name's
# abbreviation, not the admin units a note puts after a place
_NOTE_BRACKET = re.compile(rf"(?:\s+(?:{_KINDS}))?\s*\((?![A-Z]+\))[A-Z][^()]*\)")
# ... though the unit it abbreviates still says which country the sentence is in: "in Palai Union Council of
# Malakand District in Khyber Pakhtunkhwa (KP)" is no Palai in India
_ABBREVIATED = re.compile(r"\s*\([A-Z]+\)")
# "Kandahar's Spin Boldak district": a place in the possessive names the province that holds the district
# after it
_POSSESSIVE = re.compile(r"['’]s\s+")
# The name a note writes before its bracketed admin units, "Hombori (Douentza, Mopti)", "the Datta Khel area
# (North Waziristan, ...)", "Mocimboa da Praia (Cabo Delgado)": ACLED's own name of the location.
_NAME_BEFORE_BRACKET = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:[ -](?:(?:al|el|ad|ar|az|ash|da|de|do|dos|das|del|di|du|la|le|e|i|ul|ud|ur"
    r"|wa)[ -])?[A-Z][\w'’.-]*){0,3})"
    rf"(?:\s+(?P<kind>{_KINDS}))?\s*\((?P<units>[^()]*)$"
)
# "in Kyiv's |Shevchenkivskyi district", "Dhaka's Mohammadpur": a part of a town named by its town
_OWNED_BY_TOWN = re.compile(r"\b(?P<town>[A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s\s+$")
_POSSESSIVE_NAME = re.compile(r"(?P<town>[A-Z][^'’]*)['’]s\s+\S")
_NAME_BEFORE_BRACKET_CLOSED = re.compile(_NAME_BEFORE_BRACKET.pattern.removesuffix("$") + r"\)")
# A note's own word on where it codes an event that took place elsewhere or at sea: "signed a peace agreement
# in Doha (coded as N'Djamena, N'Djamena)", "in the Gulf of Aden (coded as Aden, Aden)": the town, then its
# admin units as a note's bracket writes them.
_CODED_AS_PLACE = re.compile(r"\(coded as (?P<name>[A-Z][^(),]*?)(?:,\s*(?P<units>[^()]*))?\)")
_GLUED_COMPASS = re.compile(r"\b(North|South)(east|west)\b", re.IGNORECASE)
_BRACKET_UNITS = re.compile(rf"(?:\s+(?P<kind>{_KINDS}))?\s*\((?P<units>[A-Z][^()]*)\)")
# Buildings and institutions named after their town: a note's "Karachi Police Office (Sindh)" or "Dhaka
# University (Dhaka)" is coded to the town, as ACLED codes no building as a location.
_BUILDING_WORDS = frozenset(
    {"court", "office", "university", "college", "school", "hospital", "mosque", "church", "temple", "club",
     "prison", "jail", "airport", "stadium", "secretariat", "assembly", "headquarters", "cantonment", "base",
     "academy", "campus", "market", "bazaar", "station", "lines", "complex", "house"}
)  # fmt: skip
# "Barmal district (Paktika)", "Tonj North county (Warrap)", "Brovarskyi raion (Kyiv)": the name is an admin2
_DISTRICT_WORDS = frozenset({"district", "LGA", "county", "raion", "regency"})
_DISTRICT_ANAPHORA = re.compile(r"\bthe\s+(?:same\s+)?(?:district|agency)\b", re.IGNORECASE)
# Where a spokesman spoke: "said in Islamabad", "told reporters in", "said at a news conference in".
# Only filler words may stand between the speech word and the preposition, so "Police said 3 policemen were
# killed in Bannu" keeps Bannu as the place of the killing.
# a place naming a round of diplomacy: "ahead of the Paris talks", "the Minsk agreement", "the Doha deal"
_TALKS_VENUE = re.compile(
    r"\s+(?:peace\s+)?(?:talks|summit|conference|agreements?|accords?|deal|process|negotiations|protocol|format)\b",
    re.IGNORECASE,
)
_SPEECH = re.compile(
    r"\b(?:said|says|told|announced|added|stated|statement|spokesman|spokesperson|spokeswoman|"
    r"press\s+conference|reporters|briefing)"
    r"(?:\s+(?:on|late|early|at|in|a|an|the|\w+day|news|press|conference|briefing|reporters|journalists|"
    r"statement|issued|here|there|later|earlier|today|yesterday|night|morning|evening|afternoon)){0,6}"
    r"\s+(?:in|from|at)\s+$",
    re.IGNORECASE,
)

# a place that only names a speaker's jurisdiction: "said Papua police spokesman Ignatius ...", "Bastar range
# Inspector General P Sundarraj said": the official's beat, not where the incident happened
_SPEAKER_TITLE = re.compile(
    r"\s+(?:(?:police|army|military|range|zone|zonal|district|provincial|regional|county|city|deputy)\s+){0,3}"
    r"(?:spokes(?:man|woman|person)|inspector[\s-]+general|(?:police\s+)?chief|commander|superintendent|"
    r"commissioner)\b",
    re.IGNORECASE,
)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|according\s+to)\s+$", re.IGNORECASE)
# where the wounded or the dead were carried: "the injured were airlifted to Raipur", "their bodies were flown
# to Dekai", "was evacuated to Timika": a hospital's town, not the incident's; so is where a vehicle was
# going ("a bus about to leave for General Santos City", "a convoy bound for Kabul"), or where people fled
# ("a resident who fled with her family to Petion-Ville")
_CARRIED_TO = re.compile(
    r"\b(?:(?:airlifted|air-lifted|flown|rushed|shifted|evacuated|referred|fled|fleeing)\s+(?:\w+\s+){0,3}?to|"
    r"(?:leave|leaving|left|bound|headed|heading)\s+for)\s+(?:the\s+|a\s+)?(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)
# a place that only says what office a person named before holds or held ("Naeem Baluch, the former governor
# of Helmand"): the person's description, not where the incident was
_OFFICE_OF = re.compile(
    r",\s+(?:the\s+|a\s+)?(?:former\s+|ex-|deputy\s+|then\s+)?(?:provincial\s+|district\s+)?"
    r"(?:governor|mayor|chief\s+minister|minister|police\s+chief|administrator|commissioner|senator|"
    r"lawmaker|legislator|MP|mp)\s+(?:of|for)\s+(?:the\s+)?$"
)
_SAID_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:said|says|told|added)\b", re.IGNORECASE)


class Geoparser:
    """Recognise and resolve place names; link an event to its place. Holds no per-document state."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        *,
        weights: RankWeights | None = None,
        recognition: RecognitionOptions | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.recognizer = ToponymRecognizer(gazetteer, options=recognition)
        self.resolver = Resolver(gazetteer, weights)
        self.compass_regions = CompassRegions.load()

    def resolve(
        self, doc: Doc, actor_countries: Iterable[str] = (), actor_regions: Iterable[str] = ()
    ) -> list[Resolution]:
        toponyms = self.recognizer(doc)
        codes = {code for name in actor_countries if (code := self.gazetteer.country_code(name))}
        text = doc_text(doc)
        resolutions = self.resolver.resolve(text, toponyms, codes, actor_regions)
        return [self._as_region(text, res) for res in resolutions]

    def _as_region(self, text: str, res: Resolution) -> Resolution:
        """A country named with a compass word that means one of its units ("NW Pakistan") as that unit."""
        country = res.candidate
        if country is None or country.feature != "country":
            return res
        before, after = text[max(0, res.toponym.start - 20) : res.toponym.start], text[res.toponym.end :]
        unit = self.compass_regions.unit(country.country, before, after[:40])
        found = [] if unit is None else self.gazetteer.candidates(unit, country.country_code)
        admin1 = next((c for c in found if c.feature == "admin1"), None)
        return res if admin1 is None else replace(res, candidate=admin1)

    def parse(
        self, doc: Doc, actor_countries: Iterable[str] = (), actor_regions: Iterable[str] = ()
    ) -> list[PlaceMention]:
        """All place mentions in text order; unresolved ones keep name None. `actor_countries` (country
        names) are where the armed groups the text names fight, `actor_regions` (first-level units) where
        they mostly do: context, like a country or a province the text names."""
        return [self._mention(res) for res in self.resolve(doc, actor_countries, actor_regions)]

    @staticmethod
    def _mention(res: Resolution) -> PlaceMention:
        t, c = res.toponym, res.candidate
        if c is None:
            return PlaceMention(text=t.text, start=t.start, end=t.end, score=round(res.score, 3))
        return PlaceMention(
            text=t.text,
            start=t.start,
            end=t.end,
            name=c.name,
            feature=c.feature,
            country=c.country or None,
            country_code=c.country_code or None,
            admin1=c.admin1,
            admin2=c.admin2,
            latitude=round(c.latitude, 4) if c.latitude is not None else None,
            longitude=round(c.longitude, 4) if c.longitude is not None else None,
            geonameid=c.geonameid if c.geonameid > 0 else None,
            population=c.population,
            score=round(res.score, 3),
        )

    # --- event location ----------------------------------------------------------------------------

    def locate(
        self,
        doc: Doc,
        places: Sequence[PlaceMention],
        event_span: Span,
        *,
        dateline_place: str | None = None,
    ) -> Location | None:
        """The place of the incident described at `event_span` (ACLED geo_precision rules)."""
        location = self._locate(doc, places, event_span, dateline_place=dateline_place)
        return None if location is None else self._with_point(location)

    def listed_with(self, doc: Doc, places: Sequence[PlaceMention], location: Location) -> list[Location]:
        """The other places of a list the event's place stands in: "protested in Dakar and Ziguinchor",
        "rallies in Lahore, Karachi and in Peshawar". ACLED codes each place of such a report as an event of
        its own. Only a list the parse joins and the words between the names allow (commas, "and", "or", a
        repeated "in"), of towns and districts of the place's country, none of them the place's own units
        ("in Kotli, Azad Kashmir", a note's "(Jos North, Plateau)")."""
        if location.evidence is None or location.geo_precision is None or location.geo_precision > 2:
            return []
        text = doc_text(doc)
        chosen = next((p for p in places if p.start == location.evidence.start), None)
        span = doc.char_span(location.evidence.start, location.evidence.end, alignment_mode="expand")
        if chosen is None or span is None or not _at_a_place(doc, chosen):
            return []
        head = span.root
        members = list(head.conjuncts)
        if head.dep_ == "pobj":  # "in Dakar and in Ziguinchor": the prepositions are the list
            members += head.head.conjuncts
        # "in Lahore, Karachi and in Peshawar": a preposition in the list stands for its object, and "the
        # southern city of Ziguinchor" for the name
        members += [g for m in members if m.dep_ in ("conj", "prep") for g in m.children if g.dep_ == "pobj"]
        members += [
            name
            for m in members
            if m.lemma_.lower() in _TOWN_NOUNS
            for of in m.children
            if of.dep_ == "prep" and of.lower_ == "of"
            for name in of.children
            if name.dep_ == "pobj"
        ]
        own_units = {admin_key(name) for name in (chosen.admin1, chosen.admin2) if name}
        after, joined_after = _list_neighbours(text, places, chosen, members, forward=True)
        # the list may open before the place chosen ("in Lakki Marwat, Bannu and Dera Ismail Khan" placed in
        # Bannu): its earlier names are places of the list too
        before, joined_before = _list_neighbours(text, places, chosen, members, forward=False)
        joined = joined_after or joined_before
        listed = [
            place
            for place in after + before
            if place.name is not None
            and place.feature in ("city", "admin2")
            and place.country == chosen.country
            and admin_key(place.name) not in own_units | {admin_key(chosen.name or "")}
        ]
        if not joined:
            return []
        found: list[Location] = []
        for place in listed:
            if all(admin_key(place.name or "") != admin_key(f.location or "") for f in found):
                found.append(self._with_point(self._location(text, place)))
        return found

    def _with_point(self, location: Location) -> Location:
        """A district GeoNames lists no town in (Quissanga, Mozambique; a third of all districts) has no
        point of its own: its province's point stands in, at the province's precision (ACLED's
        geo_precision 3, the centre of a larger area), so the event still shows on a map."""
        if location.latitude is not None or location.admin1 is None or location.admin2 is None:
            return location
        code = self.gazetteer.country_code(location.country) if location.country else None
        key = admin_key(location.admin1)
        unit = next(
            (
                c
                for c in self.gazetteer.candidates(location.admin1, code)
                if c.feature == "admin1" and admin_key(c.name) == key and c.latitude is not None
            ),
            None,
        )
        if unit is None or unit.latitude is None or unit.longitude is None:
            return location
        return location.model_copy(
            update={
                "latitude": round(unit.latitude, 4),
                "longitude": round(unit.longitude, 4),
                "geo_precision": 3,
            }
        )

    def _locate(
        self,
        doc: Doc,
        places: Sequence[PlaceMention],
        event_span: Span,
        *,
        dateline_place: str | None = None,
    ) -> Location | None:
        """The place of the incident described at `event_span`.

        Prefers the most specific place in the event's sentence (not the dateline, not where a spokesman
        spoke); "the same district", "the area", "nearby" and sentences without a place resolve to the
        place in focus (the most recent specific place before the sentence). With only a country known,
        the Location has the country and no coordinates.
        """
        text = doc_text(doc)
        sent_start, sent_end = _sentence_bounds(doc, event_span)
        dateline_at = _dateline_start(text, dateline_place)
        usable = [
            p
            for p in places
            if p.name is not None
            and p.start != dateline_at
            and not _is_speech_place(text, p)
            and not self._capital_for_its_state(doc, p)
            and not _home_of(doc, p)
            and not _across_border(doc, p)
        ]
        in_sentence = [p for p in usable if sent_start <= p.start < sent_end]
        in_office = [p for p in in_sentence if _office_of(text, p)]
        if in_office and (len(in_office) < len(in_sentence) or any(p.start < sent_start for p in usable)):
            # the office a person holds is no place of the incident when the sentence names another, or the
            # story one before it
            in_sentence = [p for p in in_sentence if p not in in_office]
            usable = [p for p in usable if p not in in_office]
        sentence_text = text[sent_start:sent_end]
        coded = self._coded_as(sentence_text, sent_start)
        if coded is not None:
            return coded
        specific = [p for p in in_sentence if p.feature in ("city", "admin2", "admin1")]
        dateline = next((p for p in places if p.name is not None and p.start == dateline_at), None)
        if (
            specific
            and dateline is not None
            and dateline.feature in ("city", "admin2", "admin1")
            and all(_in_solidarity(doc, p, specific) for p in specific)
        ):
            # "AMMAN - Thousands marched near the embassy in solidarity with Gaza": the only place the
            # sentence names is whom the crowd stands with; the dateline's is where the reporter saw it
            return self._location(text, dateline)
        if (
            specific
            and all(_in_solidarity(doc, p, specific) for p in specific)
            and any(p not in specific and not _in_solidarity(doc, p, in_sentence) for p in in_sentence)
        ):
            # "marched in Djibouti (Djibouti) in solidarity with Palestinians in Gaza": the only town or unit
            # the sentence names is whom the crowd stands with; the other name (a capital called like its
            # country, or the country alone) is where it marched
            specific = []
        containers = [p for p in specific if _NOTE_CONTAINER.search(text[max(0, p.start - 80) : p.start])]
        if containers and not any(_names_before(text, c, p) for c in containers for p in specific):
            # "near Boni (Douentza, Mopti)" with Boni unknown: the nearest known container, never a place
            # named elsewhere in the sentence ("on the Abuja-Kaduna road near Katari (Kachia, Kaduna)")
            best = self._unit_in_bracket_country(
                text, max(containers, key=lambda p: (_specificity(p), -p.start))
            )
            return self._noted(text, self._location(text, best, anaphoric=True), best, is_name=False)
        if specific and not _only_context(sentence_text, specific):
            # a name followed by its admin units in brackets is the place a note codes the event to:
            # "in the Rivera Hernandez neighbourhood of San Pedro Sula (San Pedro Sula, Cortes)"
            noted = {p.start for p in specific if _NOTE_BRACKET.match(text, p.end)}
            # places in two countries: the one the sentence says the event was at, not one inside a name
            # or a subject ("Naga National Council president shot at ... in Dimapur District": Dimapur)
            located = (
                {p.start for p in specific if _at_a_place(doc, p)}
                if len({p.country for p in specific}) > 1
                else set()
            )
            holders = _possessive_holders(text, specific)
            causes = (
                {p.start for p in specific if _in_solidarity(doc, p, specific)}
                if len(specific) > 1
                else set()
            )
            origins = {p.start for p in specific if _launched_from(doc, p) or _origin_of_people(doc, p)}
            abbreviated = {p.country for p in specific if _ABBREVIATED.match(text, p.end)}
            # "near the village of Wadi al-Shay, south of Kirkuk city" after a lead in Kirkuk: of places in
            # two countries, a namesake abroad (Wadi, India) loses to one in the country of the place told
            # last, whatever preposition holds it
            told = [p for p in usable if p.start < sent_start and p.feature in ("city", "admin2", "admin1")]
            home = told[-1].country if told and len({p.country for p in specific}) > 1 else None
            anchors = {
                p.country for p in specific if _RELATIVE_ANCHOR.search(text[max(0, p.start - 60) : p.start])
            }
            if home is None and len({p.country for p in specific}) > 1 and len(anchors) == 1:
                # "in Wadi al-Shay, 25 kilometres south-west of Kirkuk" with nothing told before: the place a
                # relative position is measured from names the country (not Wadi, India)
                home = next(iter(anchors))
            sides = {p.country for p in specific}
            if home is None and len(sides) == 2:
                # "on the highway between Juliaca and Puno, in the country's southern Andes": two places of
                # one country against a lone name abroad (Andes, Colombia) put the sentence in that country
                names = {c: {admin_key(p.name or "") for p in specific if p.country == c} for c in sides}
                (fewer, _), (more, country) = sorted((len(n), c) for c, n in names.items())
                if fewer == 1 and more >= 2:
                    home = country
            beyond = _ends_beyond_the_unit(doc, specific)
            road_ends = {p.start for p in specific if _end_of_a_road(text, p)}
            best = max(
                specific,
                key=lambda p: (
                    p.start in noted,
                    not abbreviated or p.country in abbreviated,
                    p.start not in causes,
                    p.start not in origins,
                    home is None or p.country == home,
                    p.start in located,
                    p.start not in holders,
                    p.start not in road_ends,
                    p.start not in beyond,
                    _specificity(p),
                    -_distance(p, event_span),
                ),
            )
            district = _district_named_before(text, best, specific) if best.start in noted else None
            if district is not None:
                # "the Dangam district of Kunar (Kunar)": a district named inside the bracket's unit
                return self._location(text, district)
            if best.start in noted:
                moved = self._in_bracket_country(text, best)
                if moved is best:
                    moved = self._in_bracket_admin1(text, best)
                if moved is not best:  # its bracket's own units, read in that country, are the containers
                    return self._noted(text, self._location(text, moved), moved, is_name=True)
            inside = [c for c in containers if _names_before(text, c, best)]
            elsewhere = inside and not any(
                c.country == best.country and admin_key(c.admin1 or c.name) == admin_key(best.admin1)
                for c in inside
            )
            if best.start in noted and elsewhere:
                # "Kani (Kani, Sagaing)" read as Kani in Japan: the last bracketed unit names the country, and
                # the place is the most specific unit of the brackets in that country; so too when the name
                # lies in another admin1 than its brackets ("Dahiyeh, Beirut (Baabda, Mount Lebanon)")
                own = [c for c in inside if c.country == inside[-1].country]
                unit = max(own, key=_specificity)
                return self._noted(text, self._location(text, unit, anaphoric=True), unit, is_name=False)
            if best.start in noted:
                return self._noted(text, self._location(text, best), best, is_name=True)
            return self._location(text, best)
        if not specific:
            bracketed = self._bracket_only(text, sent_start, sentence_text)
            if bracketed is not None:
                return bracketed
        focus = self._focus(text, usable, sent_start)
        if focus is not None and (_ANAPHORA.search(sentence_text) or not specific):
            if _DISTRICT_ANAPHORA.search(sentence_text) and focus.feature == "city":
                district = self._admin2_of(focus)
                if district is not None:
                    return _location_from_candidate(district, 2, Span(start=focus.start, end=focus.end))
            if _NOTE_BRACKET.match(text, focus.end):
                return self._noted(text, self._location(text, focus, anaphoric=True), focus, is_name=True)
            return self._location(text, focus, anaphoric=True)
        if specific:
            best = max(specific, key=lambda p: (_specificity(p), -_distance(p, event_span)))
            return self._location(text, best)
        # with no country in the sentence, the ones the story has told so far are in focus, not one named
        # later in its background ("cocaine produced in neighbouring Colombia")
        countries = (
            [p for p in in_sentence if p.feature == "country"]
            or [p for p in usable if p.feature == "country" and p.start < sent_start]
            or [p for p in usable if p.feature == "country"]
        )
        # a wire story whose body names no place at all ("SEOUL, Dec 10 - Tens of thousands rallied outside
        # the National Assembly"; "AZAZ, Syria, May 5 - A car bomb exploded in the northern town"): the
        # dateline's place is where the reporter saw it
        dateline = next((p for p in places if p.name is not None and p.start == dateline_at), None)
        if dateline is not None and dateline.feature not in ("city", "admin2", "admin1"):
            dateline = None
        if dateline is not None:  # the dateline's own country ("AZAZ, Syria,") names no other place
            countries = [c for c in countries if not 0 <= c.start - dateline.end <= 3]
        # "Sirnak, 4 July 2022 - PKK militants clashed with Turkish troops in the mountains": the body names
        # only the dateline's country, and a wire datelines a story from a provincial town when its reporter
        # or source is there; a capital is where the bureaus sit, whatever the story's place
        if (
            dateline is not None
            and countries
            and all(c.country == dateline.country for c in countries)
            and not self._is_capital(dateline)
        ):
            return self._location(text, dateline)
        if countries:
            country = self._country_of_incident(doc, countries)
            return Location(country=country.country, evidence=Span(start=country.start, end=country.end))
        if dateline is not None:
            return self._location(text, dateline)
        return None

    def _is_capital(self, place: PlaceMention) -> bool:
        return place.name is not None and any(
            c.capital and c.geonameid == place.geonameid
            for c in self.gazetteer.candidates(place.name, place.country_code)
        )

    def _country_of_incident(self, doc: Doc, countries: Sequence[PlaceMention]) -> PlaceMention:
        """'Emirati soldiers killed in Yemen': a country that is the object of a locative preposition is
        where the incident was, not a country that only modifies a noun ('in Indian shelling', 'in India
        border fire': whose the fire was)."""

        def located(place: PlaceMention) -> bool:
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is None:
                return False
            root = span.root
            if self.gazetteer.demonym_country(place.text) is not None:
                # "in a Mexican city on the U.S. border": the nationality of the place named
                place_noun = root.head
                return (
                    root.dep_ in ("amod", "compound")
                    and place_noun.lemma_.lower() in _TOWN_NOUNS
                    and place_noun.dep_ == "pobj"
                    and place_noun.head.lower_ in LOCATIVE_PREPOSITIONS
                )
            return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS

        named = [p for p in countries if self.gazetteer.demonym_country(p.text) is None]
        # else a country the text names over a nationality, which says whose the forces were ("Turkish
        # airstrike kills 14 militants in northern Iraq - General Staff", where the parse loses the 'in')
        return next((p for p in countries if located(p)), (named or countries)[0])

    def _coded_as(self, sentence: str, sent_start: int) -> Location | None:
        """The place a note says it codes the event to, "(coded as Bangui, Bangui)": the town of that name
        (else the biggest district or province of it) in the admin1 its last unit names (in any admin1 when
        the unit is unknown), with the admin2 as written."""
        for coded in _CODED_AS_PLACE.finditer(sentence):
            units = [unit.strip() for unit in (coded["units"] or "").split(",") if unit.strip()]
            places = [c for c in self.gazetteer.candidates(coded["name"]) if c.feature in _PRECISION]
            admin1s = {
                (c.country_code, admin_key(c.name))
                for c in (self.gazetteer.candidates(units[-1]) if units else [])
                if c.feature == "admin1"
            }
            if admin1s:
                places = [
                    c
                    for c in places
                    if (c.country_code, admin_key(c.name if c.feature == "admin1" else c.admin1)) in admin1s
                ]
            if not places:
                continue
            start = sent_start + coded.start("name")
            place = min(places, key=lambda c: _PRECISION[c.feature])  # the town before its namesake province
            location = _location_from_candidate(
                place, _PRECISION[place.feature], Span(start=start, end=coded.end("name") + sent_start)
            )
            admin2 = units[-2] if len(units) >= 2 and admin1s and place.feature == "city" else None
            return location.model_copy(update={"admin2": admin2}) if admin2 else location
        return None

    def _bracket_only(self, text: str, sent_start: int, sentence: str) -> Location | None:
        """'in Panyijiar (Panyijiar, Unity)' with neither name found as a place (the model tags no 'Unity'):
        a note's bracket whose last unit is the admin1 of one country only still locates the event, at the
        name it follows, in that admin1 (and the written admin2)."""
        for before in _NAME_BEFORE_BRACKET_CLOSED.finditer(sentence):
            units = [unit.strip() for unit in before["units"].split(",") if unit.strip()]
            if not 1 <= len(units) <= 3:
                continue
            admin1s = {
                c.country_code: c for c in self.gazetteer.candidates(units[-1]) if c.feature == "admin1"
            }
            if len(admin1s) != 1:
                continue
            [unit] = admin1s.values()
            start = sent_start + before.start("name")
            return Location(
                country=unit.country,
                admin1=unit.admin1 or unit.name,
                admin2=units[-2] if len(units) >= 2 else None,
                location=before["name"],
                latitude=round(unit.latitude, 4) if unit.latitude is not None else None,
                longitude=round(unit.longitude, 4) if unit.longitude is not None else None,
                geo_precision=3,
                evidence=Span(start=start, end=start + len(before["name"])),
            )
        return None

    def _in_bracket_country(self, text: str, place: PlaceMention) -> PlaceMention:
        """'Tripoli (Tripoli, North)': a note's (admin2, admin1) bracket names the units of one country (here
        Lebanon's North governorate and its Tripoli district); a name read in another country (Tripoli,
        Libya) is read again in that one, when the bracket fits no other country."""
        bracket = _BRACKET_UNITS.match(text, place.end)
        units = [unit.strip() for unit in bracket["units"].split(",")] if bracket else []
        if len(units) < 2:
            return place
        admin1s = [c for c in self.gazetteer.candidates(units[-1]) if c.feature == "admin1"]
        homes = {
            c.country_code: c.name
            for c in admin1s
            if any(
                d.feature in ("city", "admin2") and admin_key(d.admin1) == admin_key(c.name)
                for d in self.gazetteer.candidates(units[-2], c.country_code)
            )
        }
        if len(homes) != 1 or place.country_code in homes:
            return place
        [(home, admin1)] = homes.items()
        found = [
            c
            for c in self.gazetteer.candidates(place.text, home)
            if c.feature in ("city", "admin2") and admin_key(c.admin1) == admin_key(admin1)
        ]
        if not found:
            return place
        return _read_as(place, found[0])

    def _in_bracket_admin1(self, text: str, place: PlaceMention) -> PlaceMention:
        """'La Democracia (La Democracia, Huehuetenango)' first read as the larger La Democracia of Escuintla:
        the last unit of a note's bracket names an admin1 of the place's own country, other than the place's,
        and the name is read again as its namesake in that admin1 when the gazetteer has one."""
        bracket = _BRACKET_UNITS.match(text, place.end)
        units = [unit.strip() for unit in bracket["units"].split(",") if unit.strip()] if bracket else []
        if not units or not place.country_code or place.feature not in ("city", "admin2"):
            return place
        admin1 = next(
            (c for c in self.gazetteer.candidates(units[-1], place.country_code) if c.feature == "admin1"),
            None,
        )
        if admin1 is None or admin_key(admin1.name) == admin_key(place.admin1):
            return place
        found = [
            c
            for c in self.gazetteer.candidates(place.text, place.country_code)
            if c.feature in ("city", "admin2") and admin_key(c.admin1) == admin_key(admin1.name)
        ]
        if not found:
            return place
        return _read_as(place, max(found, key=lambda c: c.feature == place.feature))

    def _unit_in_bracket_country(self, text: str, place: PlaceMention) -> PlaceMention:
        """'Ain al-Hilweh camp (Saida, South)': a bracketed unit read in another country (Saida, Algeria) is
        read again in the one country whose admin1, named by the bracket's last unit, holds a town or district
        of its name (Lebanon's South)."""
        opening, close = text.rfind("(", 0, place.start), text.find(")", place.end)
        if opening < 0 or close < 0 or ")" in text[opening : place.start]:
            return place
        units = [unit.strip() for unit in text[opening + 1 : close].split(",") if unit.strip()]
        if len(units) < 2 or text[place.start : place.end].strip() != units[-2]:
            return place
        admin1s = [c for c in self.gazetteer.candidates(units[-1]) if c.feature == "admin1"]
        if any(c.country_code == place.country_code for c in admin1s):
            return place
        found = [
            d
            for c in admin1s
            for d in self.gazetteer.candidates(place.text, c.country_code)
            if d.feature in ("city", "admin2") and admin_key(d.admin1) == admin_key(c.name)
        ]
        if len({d.country_code for d in found}) != 1:
            return place
        return _read_as(place, found[0])

    def _noted(self, text: str, location: Location, place: PlaceMention, *, is_name: bool) -> Location:
        """A note's location as the note writes it: "Hombori (Douentza, Mopti)" is located at Hombori (the
        name, as written, even when only its bracketed container is known) in admin2 Douentza. `place` is
        the noted name (`is_name`) or the bracketed unit the location falls back to. In a bracket of two or
        three units the last is the admin1 and the one before it the admin2; once the last unit is the place's
        admin1, that admin2 is ACLED's own and is taken as written ("Imphal (Imphal West, Manipur)" where
        GeoNames puts the town in Imphal East; "Sidakan (Soran, Erbil)" where GeoNames has no Soran
        district)."""
        written: str | None
        units: str | None
        kind: str | None
        if is_name:
            bracket = _BRACKET_UNITS.match(text, place.end)
            written = place.text
            units, kind = (bracket["units"], bracket["kind"]) if bracket else (None, None)
            owner = _OWNED_BY_TOWN.search(text, max(0, place.start - 40), place.start)
            if owner is not None:  # "Kyiv's Shevchenkivskyi district (Kyiv City)": "Kyiv's" is read below
                written = f"{owner['town']}'s {written}"
        else:
            before = _NAME_BEFORE_BRACKET.search(text, max(0, place.start - 120), place.start)
            close = text.find(")", place.start)
            written, kind = (before["name"], before["kind"]) if before else (None, None)
            units = before["units"] + text[place.start : close] if before and close > 0 else None
        update: dict[str, str] = {}
        if written and _building_of(written, location.location):
            # "the Islamabad High Court (...)", "Karachi Police Office (Sindh)": located at the town, in the
            # admin2 its bracket writes ("Gao airport (Gao, Gao)")
            location = self._town_of_building(written, location, place.country_code) or location
            written = None
        owner = _POSSESSIVE_NAME.match(written) if written else None
        town = self._town_in(owner["town"], location, place.country_code) if owner else None
        if town is not None:
            # "Dhaka's Mohammadpur area (Dhaka)", "Tripoli's Ain Zara area (Tripoli)": a part of a town the
            # text names by its town is coded to the town, as ACLED codes a town's parts
            location, written = town, None
        # "to The Hague (South Holland)", where the model's name leaves out the article the place's name has
        article_only = written is not None and (location.location or "").lower() == f"the {written.lower()}"
        if written and location.location != written and not article_only:
            update["location"] = written
        admin2 = self._bracket_admin2(units, location, place.country_code, written, kind) if units else None
        if admin2 is not None and admin2 != location.admin2:
            update["admin2"] = admin2
        return location.model_copy(update=update) if update else location

    def _town_of_building(
        self, written: str, location: Location, country_code: str | None
    ) -> Location | None:
        """The town a building is named after ('Karachi' of 'Karachi Police Office'), in its admin1."""
        words = written.split()
        for k in range(len(words) - 1, 0, -1):
            town = self._town_in(" ".join(words[:k]), location, country_code)
            if town is not None:
                return town
        return None

    def _town_in(self, name: str, location: Location, country_code: str | None) -> Location | None:
        """The town of that name in the location's admin1, located at the town."""
        if location.admin1 is None:
            return None
        for cand in self.gazetteer.candidates(name, country_code):
            if cand.feature == "city" and admin_key(cand.admin1) == admin_key(location.admin1):
                return _location_from_candidate(cand, 1, location.evidence or Span(start=0, end=0))
        return None

    def _bracket_admin2(
        self,
        units_text: str,
        location: Location,
        country_code: str | None,
        written: str | None,
        kind: str | None,
    ) -> str | None:
        units = [unit.strip() for unit in units_text.split(",") if unit.strip()]
        if not 1 <= len(units) <= 3 or location.admin1 is None:
            return None
        admin1_key = admin_key(location.admin1)
        # "(Mezam, Northwest)": a note may glue the compass words GeoNames writes apart ("North-West")
        spellings = dict.fromkeys([units[-1], _GLUED_COMPASS.sub(r"\1 \2", units[-1])])
        if not any(
            c.feature == "admin1" and admin_key(c.name) == admin1_key
            for spelling in spellings
            for c in self.gazetteer.candidates(spelling, country_code)
        ):
            return None  # the last unit is no admin1 of the place: no (admin2, admin1) bracket
        if len(units) == 1:
            # the admin1 alone: the name before it is the admin2 when it is one ("Barmal district (Paktika)",
            # "Intan Jaya (Papua)"), in the note's spelling
            if written is None:
                return None
            if kind in _DISTRICT_WORDS:  # "Dara district (Panjshir)": a note's district is the admin2,
                return written  # known to the gazetteer or not
            if not self._is_admin2(written, admin1_key, country_code):
                return None
            return written if location.admin2 is None else None
        # the note's own unit and spelling: "(San Roman, Puno)", not GeoNames' "Provincia de San Román";
        # "near Sidakan (Soran, Erbil)" in ACLED's Soran district, which GeoNames lacks
        return units[-2]

    def _is_admin2(self, name: str, admin1_key: str, country_code: str | None) -> bool:
        return any(
            c.feature == "admin2" and admin_key(c.admin1) == admin1_key
            for c in self.gazetteer.candidates(name, country_code)
        )

    def _capital_for_its_state(self, doc: Doc, place: PlaceMention) -> bool:
        """'a Yazidi force that Ankara considers an affiliate of the PKK', 'a charge Kigali denies': a
        national capital that is the subject of a verb of saying or judging stands for its government; it
        is still a place named, but nothing happened there."""
        token = _name_head(doc, place)
        if token is None or token.dep_ != "nsubj" or token.head.lemma_.lower() not in STANCE_VERBS:
            return False
        return any(c.capital and c.primary for c in self.gazetteer.candidates(place.text))

    @staticmethod
    def _focus(text: str, places: Sequence[PlaceMention], before: int) -> PlaceMention | None:
        """The most recent town or district before `before`; a note's bracketed units defer to the name
        they follow ("the Datta Khel area (North Waziristan, ...)" keeps Datta Khel in focus)."""
        earlier = [p for p in places if p.start < before and p.feature in ("city", "admin2")]
        if not earlier:
            return None
        focus = earlier[-1]
        named = [p for p in earlier if p.feature == "city" and _names_before(text, focus, p)]
        return named[-1] if named else focus

    def _admin2_of(self, place: PlaceMention) -> Candidate | None:
        if not place.admin2:
            return None
        for cand in self.gazetteer.candidates(place.admin2, place.country_code):
            if cand.feature == "admin2" and admin_key(cand.admin1) == admin_key(place.admin1):
                return cand
        return None

    @staticmethod
    def _location(text: str, place: PlaceMention, *, anaphoric: bool = False) -> Location:
        if place.feature == "city":
            before = text[max(0, place.start - 40) : place.start]
            after = text[place.end : place.end + 20]
            near = bool(_NEAR.search(before) or _PART_OF.match(after)) or anaphoric
            precision = 2 if near else 1
        elif place.feature == "admin2":
            precision = 2
        else:
            precision = 3
        return Location(
            country=place.country,
            admin1=place.admin1,
            admin2=place.admin2,
            location=place.name,
            latitude=place.latitude,
            longitude=place.longitude,
            geo_precision=precision,
            geonameid=place.geonameid,
            evidence=Span(start=place.start, end=place.end),
        )


# what may stand between two names of a list of places: "Dakar and Ziguinchor", "Lahore, Karachi and in
# Peshawar", "Kisumu or Homa Bay"
_LIST_GAP = re.compile(
    r"\s*(?P<comma>,)?\s*(?:(?P<conj>and|or)\s+)?(?:(?:in|at)\s+)?"
    r"(?:(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:city|town|village|district|capital|port)\s+of\s+)?"
)
# ACLED's geo_precision of a place by its kind: a town 1, a district 2, a province 3
_PRECISION = {"city": 1, "admin2": 2, "admin1": 3}
# what a nationality may say the incident's place is: "in a Mexican city", "in an Afghan village"
_TOWN_NOUNS = frozenset(
    {"city", "town", "village", "province", "state", "district", "region", "capital", "port"}
)


def _names_before(text: str, container: PlaceMention, place: PlaceMention) -> bool:
    """`place` is the name whose parenthetical holds `container`: "Mir Ali (North Waziristan, ...)"."""
    if place.end > container.start:
        return False
    between = text[place.end : container.start]
    return bool(_BRACKET_AFTER_NAME.fullmatch(between))


def _read_as(place: PlaceMention, cand: Candidate) -> PlaceMention:
    """The mention read as another gazetteer place of its name."""
    return place.model_copy(
        update={
            "name": cand.name,
            "feature": cand.feature,
            "country": cand.country,
            "country_code": cand.country_code,
            "admin1": cand.admin1,
            "admin2": cand.admin2,
            "latitude": cand.latitude,
            "longitude": cand.longitude,
            "geonameid": cand.geonameid,
            "population": cand.population,
        }
    )


def _location_from_candidate(cand: Candidate, precision: int, evidence: Span) -> Location:
    return Location(
        country=cand.country,
        admin1=cand.admin1,
        admin2=cand.admin2,
        location=cand.name,
        latitude=round(cand.latitude, 4) if cand.latitude is not None else None,
        longitude=round(cand.longitude, 4) if cand.longitude is not None else None,
        geo_precision=precision,
        geonameid=cand.geonameid if cand.geonameid > 0 else None,
        evidence=evidence,
    )


def _dateline_start(text: str, dateline_place: str | None) -> int | None:
    """Where the dateline's place name sits ("KADUNA, Nigeria, Nov 12 (Reuters) -"): only that mention is
    ignored; the same name in the story still counts."""
    if not dateline_place:
        return None
    at = text[:300].lower().find(dateline_place.strip().lower())
    return at if at >= 0 else None


# links from a name up to the noun a locative preposition governs: "in [Bannu] district's Domel area",
# "on the outskirts of [Kabul]"
_NAME_LINKS = frozenset({"compound", "poss", "amod", "nmod", "appos", "conj", "case"})


# "the Dhaka-Aricha highway", "the Kisumu-Kakamega road", "the Dhaka-Rajshahi rail line": a route named by
# the towns it joins
_ROUTE_NOUNS = r"(?:highway|road|motorway|expressway|freeway|railway|rail line|railroad|route|corridor)"
_ROUTE_AFTER = re.compile(rf"\s*[-\u2013]\s*(?:[A-Z][\w'.]*\s+){{0,2}}?(?:[A-Z][\w'.]*)\s+{_ROUTE_NOUNS}\b")
_ROUTE_BEFORE = re.compile(r"[A-Z][\w'.]*\s*[-\u2013]\s*$")
_ROUTE_NOUN_AFTER = re.compile(rf"\s+{_ROUTE_NOUNS}\b")


def _end_of_a_road(text: str, place: PlaceMention) -> bool:
    """'blocked the Dhaka-Aricha highway in Savar': a town that names one end of a route is not where the
    incident on the route was; the place after 'in' is."""
    if _ROUTE_AFTER.match(text, place.end):
        return True
    return bool(_ROUTE_BEFORE.search(text[max(0, place.start - 40) : place.start])) and bool(
        _ROUTE_NOUN_AFTER.match(text, place.end)
    )


def _between_end(doc: Doc, place: PlaceMention) -> bool:
    """The name is an end of "between X and Y" ("near the border between Ghor and Daykundi")."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.dep_ in ("conj", "compound") and token.head is not token:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "between"


def _ends_beyond_the_unit(doc: Doc, places: Sequence[PlaceMention]) -> set[int]:
    """The ends of "between X and Y" outside the unit the sentence then places the event in: "near the
    border between Ghor and Daykundi, in Daykundi province" is in Daykundi, not Ghor. Ends inside that unit
    ("between Aguililla and El Aguaje, in Michoacan") stay."""
    ends = [p for p in places if _between_end(doc, p)]
    if len(ends) < 2:
        return set()
    units = [
        p
        for p in places
        if p.start > ends[-1].start and p.feature in ("admin1", "admin2") and _at_a_place(doc, p)
    ]
    if not units:
        return set()
    unit = units[0]

    def inside(place: PlaceMention) -> bool:
        mine, its = (place.admin1, unit.admin1) if unit.feature == "admin1" else (place.admin2, unit.admin2)
        return place.country == unit.country and admin_key(mine or "") == admin_key(its or "")

    if not any(inside(p) for p in ends):
        return set()
    return {p.start for p in ends if not inside(p)}


def _at_a_place(doc: Doc, place: PlaceMention) -> bool:
    """The name is (in) the object of a locative preposition: where, not whose."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(6):
        if token.dep_ in _NAME_LINKS and token.head is not token:
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
            token = token.head.head  # "the outskirts of Kabul", "a village of Dimapur"
        else:
            break
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS


# "Al Qahirah district of Taizz city (Taizz)", "the Dangam district of Kunar (Kunar)"
_DISTRICT_OF = re.compile(r"\s+district\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _district_named_before(
    text: str, noted: PlaceMention, places: Sequence[PlaceMention]
) -> PlaceMention | None:
    """A district named as 'the X district of' the noted place, inside the noted place's province."""
    return next(
        (
            p
            for p in places
            if p.feature == "admin2"
            and p.end < noted.start
            and _DISTRICT_OF.search(text[p.end : noted.start]) is not None
            and p.country == noted.country
            and admin_key(p.admin1 or "") == admin_key(noted.admin1 or noted.name or "")
        ),
        None,
    )


def _in_solidarity(doc: Doc, place: PlaceMention, places: Sequence[PlaceMention]) -> bool:
    """The name is inside what a crowd stands with ("marched through Rabat in solidarity with Palestinians
    in Gaza", "in support of farmers in Punjab"): whom the protest is for, not where it was. Read from the
    parse, or from the words when the parse hangs every phrase on the verb."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    for token in span.root.ancestors:
        if token.lemma_.lower() == "solidarity" or (
            token.lower_ == "support" and token.head.lower_ == "in" and token.dep_ == "pobj"
        ):
            return True
    text = doc_text(doc)
    before = _SOLIDARITY_WITH.search(text[max(0, place.start - 80) : place.start])
    if before is None:
        return False
    opened = place.start - 80 + before.start() if place.start >= 80 else before.start()
    # "in solidarity with Gaza in Rabat": a place named in between is the one stood with
    return not any(opened <= other.start < place.start for other in places)


# "solidarity with Palestinians in ", "in support of the people of ", "in solidarity with ": the words
# before a place stood with
_SOLIDARITY_WITH = re.compile(
    r"\b(?:solidarity with|in support of) (?:(?:[\w'-]+ ){0,3}(?:in|of) )?$", re.IGNORECASE
)


# verbs (lemmas) whose "from" names where a weapon left, not where it struck
_LAUNCH_VERBS = frozenset({"fire", "launch", "shoot", "lob"})


def _launched_from(doc: Doc, place: PlaceMention) -> bool:
    """The place a rocket or drone was fired from ("rockets fired from Gaza hit Sderot", "launched drones
    from southern Lebanon at Kiryat Shmona"): ACLED codes where it struck, another place in the sentence."""
    verb = _verb_of_from(doc, place)
    return verb is not None and verb.lemma_.lower() in _LAUNCH_VERBS


def _home_of(doc: Doc, place: PlaceMention) -> bool:
    """Where people are or hail from ("the three soldiers killed were from Punjab and Kerala", "the victims
    hailed from Sindh"): their home, not where the incident happened."""
    verb = _verb_of_from(doc, place)
    return verb is not None and verb.lemma_.lower() in ("be", "hail")


# what a government, named by its capital, says or holds ("Ankara considers", "Kigali denies")
STANCE_VERBS = frozenset(
    {"say", "consider", "regard", "view", "deny", "accuse", "blame", "claim", "insist", "designate", "brand",
     "reject", "condemn", "warn", "demand", "dispute", "call"}
)  # fmt: skip


# people named by where they came from ("construction workers from Punjab", "pilgrims from Iran")
_TRAVELLING_PEOPLE = frozenset(
    {"worker", "labourer", "laborer", "pilgrim", "tourist", "migrant", "trader", "traveller", "traveler",
     "settler", "passenger", "visitor"}
)  # fmt: skip


def _origin_of_people(doc: Doc, place: PlaceMention) -> bool:
    """'Gunmen killed four construction workers from Punjab province in Balochistan': the province the
    workers come from is their home; the incident is at the other place the sentence names."""
    holder = _verb_of_from(doc, place)
    if holder is None:
        return False
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    before = next((t for t in span.root.ancestors if t.lower_ == "from"), None) if span is not None else None
    # the small model often hangs "from" on the verb ("killed four workers from Punjab"): the noun just
    # before it is then whose home it is
    nouns = [holder] + ([doc[before.i - 1]] if before is not None and before.i > 0 else [])
    return any(noun.lemma_.lower() in _TRAVELLING_PEOPLE for noun in nouns)


def _across_border(doc: Doc, place: PlaceMention) -> bool:
    """'opened fire on the base near the border with Niger': the neighbour a border is shared with says
    where the place lies, it is not where the incident was (nor a namesake state: Niger, Nigeria)."""
    token = _name_head(doc, place)
    return (
        token is not None
        and token.dep_ == "pobj"
        and token.head.lower_ == "with"
        and token.head.head.lemma_.lower() in ("border", "frontier", "boundary")
    )


def _verb_of_from(doc: Doc, place: PlaceMention) -> Token | None:
    """The word a place's "from" hangs on ("fired from Gaza", "were from Punjab"), else None."""
    token = _name_head(doc, place)
    if token is not None and token.dep_ == "pobj" and token.head.lower_ == "from":
        return token.head.head
    return None


def _name_head(doc: Doc, place: PlaceMention) -> Token | None:
    """The token that stands for a place's whole name in the parse (above the words that only link parts
    of the name), or None when the place is no span of tokens."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    while token.dep_ in _NAME_LINKS and token.head is not token:
        token = token.head
    return token


def _possessive_holders(text: str, places: Sequence[PlaceMention]) -> set[int]:
    """Starts of the places written in the possessive just before a district of their own province
    ("Kandahar's Spin Boldak district", "Helmand's Nad Ali district"): the district is where it happened.
    Not a town's quarter ("Baghdad's Sadr City", "Mosul's Old City"), which may be read anywhere."""
    holders: set[int] = set()
    for holder in places:
        possessive = _POSSESSIVE.match(text, holder.end)
        after = next((p for p in places if possessive and p.start == possessive.end()), None)
        if (
            after is not None
            and after.feature == "admin2"
            and after.country == holder.country
            and admin_key(after.admin1) == admin_key(holder.admin1)
        ):
            holders.add(holder.start)
    return holders


def _specificity(place: PlaceMention) -> int:
    return SPECIFICITY.get(place.feature or "country", 0)


def _distance(place: PlaceMention, span: Span) -> int:
    if span.start <= place.start < span.end:
        return 0
    return min(abs(place.start - span.start), abs(place.start - span.end))


def _only_context(sentence: str, specific: Sequence[PlaceMention]) -> bool:
    """True when the sentence's places are only admin1 units and it refers back ('the same district')."""
    return all(p.feature == "admin1" for p in specific) and bool(_ANAPHORA.search(sentence))


def _is_speech_place(text: str, place: PlaceMention) -> bool:
    """Where a spokesman spoke, where diplomats meet ("ahead of the Paris talks"), whose beat an official
    quoted has, or where the wounded were carried: not the incident's."""
    return bool(
        _SPEECH.search(text[max(0, place.start - 80) : place.start])
        or _TALKS_VENUE.match(text, place.end)
        or _speakers_beat(text, place)
        or _CARRIED_TO.search(text[max(0, place.start - 60) : place.start]) is not None
    )


def _office_of(text: str, place: PlaceMention) -> bool:
    return _OFFICE_OF.search(text[max(0, place.start - 60) : place.start]) is not None


def _speakers_beat(text: str, place: PlaceMention) -> bool:
    """A place that only qualifies an official quoted as the source ('said Papua police spokesman X', 'Bastar
    range Inspector General X said'): the official's jurisdiction, not the incident's place."""
    title = _SPEAKER_TITLE.match(text, place.end)
    # only a bare title before the official's name ("Papua police spokesman Ignatius"): "the Kano police
    # spokesman, SP Kiyawa, said" names the city's police after an incident told in that city
    if title is None or not re.match(r"\s+[A-Z]", text[title.end() : title.end() + 3]):
        return False
    return bool(
        _SAID_BEFORE.search(text[max(0, place.start - 20) : place.start])
        or _SAID_AFTER.match(text[title.end() : title.end() + 80])
    )


def _sentence_bounds(doc: Doc, span: Span) -> tuple[int, int]:
    if not doc.has_annotation("SENT_START"):
        return span.start, span.end
    start, end = span.start, span.end
    for sent in doc.sents:
        if sent.end_char > span.start and sent.start_char < span.end:
            start, end = min(start, sent.start_char), max(end, sent.end_char)
    return start, end


def places_for_text(text: str, nlp: Language, geoparser: Geoparser) -> list[PlaceMention]:
    """Parse `text` with `nlp` and return its place mentions."""
    return geoparser.parse(nlp(text))


def _list_neighbours(
    text: str, places: Sequence[PlaceMention], chosen: PlaceMention, members: list[Token], *, forward: bool
) -> tuple[list[PlaceMention], bool]:
    """The places that stand in one list with `chosen`, walking after it (`forward`) or before it, as long
    as only list words stand between two names and the parse joins them; and whether an "and"/"or" joined
    any of them (a bare run of commas is no list)."""
    if forward:
        ordered = sorted((p for p in places if p.start > chosen.start), key=lambda p: p.start)
    else:
        ordered = sorted((p for p in places if p.end <= chosen.start), key=lambda p: -p.start)
    walked: list[PlaceMention] = []
    edge, joined = chosen, False
    for place in ordered:
        between = text[edge.end : place.start] if forward else text[place.end : edge.start]
        gap = _LIST_GAP.fullmatch(between)
        if gap is None or not (gap.group("comma") or gap.group("conj")):
            break
        if not any(place.start <= m.idx < place.end for m in members):
            break
        joined = joined or bool(gap.group("conj"))
        edge = place
        walked.append(place)
    return walked, joined


def _building_of(written: str, town: str | None) -> bool:
    """'Islamabad High Court', 'Karachi Police Office': a building or institution, named after its town."""
    words = written.split()
    return len(words) > 1 and words[-1].lower() in _BUILDING_WORDS and (town is None or written != town)
