"""Wire-headline furniture the small parser misreads.

- Agency revision tags in brackets ("(Updating toll, quotes)", "(Adds details)", "[Corrected 07/31/02]") say
  how a story was revised, never what happened; parsed with the title they hang on its last words. They are
  blanked with spaces of the same length: character offsets never move, and evidence spans still point into
  the original text. (Revision prefixes, "UPDATE 2-", are left as written: blanking them changed the parse of
  titles the model reads no better without them, and the fatality counter already reads past them.)
- A trailing attribution ("Bomb kills 3 in Bajaur - website", "Dozens of Taliban killed - ministry", "in
  southern Somalia - AFRICOM") names who reported the incident. The parser makes it the verb's object (a
  dead more, or a side) or the noun the last place modifies (the place lost). After parsing it is re-hung on
  the title's root (`HeadlineAttributions`); its words stay in the sentence, so a force that reports its own
  operation ("- army") is still there to be read. (Cutting it into a sentence of its own was tried and
  dropped: it cost more UCDP actor matches than it fixed.)
- A verbless headline on bodies found ("Bodies of 6 men found in Zacatecas") is parsed with the bodies as
  its root and the participle as a clause on the men ("men found"), so no one found anything. The
  participle is made the root and the bodies its passive subject (`rehang_found_bodies`), as in "Six
  bodies found in Zacatecas".
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from flashpoint.nlp.memo import span_text

# "(Updating toll, quotes)", "(Adds details)", "(Recasts with ...)", "[Corrected 07/31/02]"
_REVISION_TAG = re.compile(
    r"\((?:Updat|Adds?\b|Recast|Rewrite|Writethr|Correct|Refil|Repeat|Changes\b|Edits?\b)[^()\n;]{0,80}\)"
    r"|\[(?:Corrected|Updated)[^\[\]\n;]{0,40}\]"
)


def blank_wire_tags(text: str) -> str:
    """The text with agency revision tags in brackets replaced by spaces of the same length."""
    if "(" not in text and "[" not in text:
        return text
    return _REVISION_TAG.sub(_blank, text)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


# --- trailing attributions -------------------------------------------------------------------------------

ATTRIBUTION_COMPONENT = "flashpoint_headline_attributions"
# a spaced dash before the attribution ("... in Bajaur - website"), or a colon after the title's last word
_SPACED_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
MAX_ATTRIBUTION_TOKENS = 5
MIN_TITLE_WORDS = 3  # "Pakistan: Bomb kills 3": a leading place, not a title before an attribution
MAX_HEADLINE_TOKENS = 40  # a longer sentence is prose, where a dash opens an aside
# entities that are the title's own, never a reporter: "- Mosul, Nineveh province, Iraq", "- 10 July 2017"
_NOT_REPORTERS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"})


@lru_cache(maxsize=1)
def attribution_words() -> frozenset[str]:
    """The bundled nouns that end an attribution (`data/attribution_words.txt`), read once."""
    lines = (resources.files("flashpoint") / "data" / "attribution_words.txt").read_text("utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def trailing_part(sent: Span) -> Span | None:
    """The short part after a headline sentence's last spaced dash or colon, without it: "website" in "Bomb
    kills 3 in Bajaur - website", "DPR operational command", "AFRICOM". None when the sentence has none: the
    part has one to five words, no verb but "say", no place or date, and at least three words stand before
    it (so "Pakistan: Bomb kills 3" has none)."""
    text = span_text(sent)
    if ": " not in text and not any(f" {dash} " in text for dash in _SPACED_DASHES):
        return None  # no separator at all (most sentences): spare building their tokens
    tokens = [t for t in sent if not t.is_space]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in _SPACED_DASHES:
        tokens.pop()  # the "." or ";" that ends the sentence
    if not tokens or len(tokens) > MAX_HEADLINE_TOKENS:
        return None
    cut = next((k for k in range(len(tokens) - 1, 0, -1) if _separator(tokens[k])), None)
    if cut is None or cut < MIN_TITLE_WORDS or not 0 < len(tokens) - cut - 1 <= MAX_ATTRIBUTION_TOKENS:
        return None
    part = sent.doc[tokens[cut + 1].i : tokens[-1].i + 1]
    if any(t.pos_ in ("VERB", "AUX") and t.lemma_ != "say" for t in part):
        return None
    if any(ent.label_ in _NOT_REPORTERS for ent in part.ents):
        return None
    return part


def trailing_attribution(
    sent: Span, words: frozenset[str], outlets: frozenset[str] = frozenset()
) -> Span | None:
    """The trailing part of a headline sentence (`trailing_part`) when it names a reporter and no side: a
    news outlet ("AFP", one of `outlets`), or words all of `words` ("website", "state TV", "local officials
    say"; a nationality may stand before them, "Iraqi state TV"). None otherwise."""
    part = trailing_part(sent)
    if part is None:
        return None
    if span_text(part) in outlets:
        return part
    named = [t for t in part if t.lemma_ != "say" and t.lower_ not in ("the", "a")]
    if named and all(t.lower_ in words or t.ent_type_ == "NORP" for t in named):
        return part
    return None


# the tagger's present-tense and gerund verbs: a title with one reads actively ("Bomb kills nine")
ACTIVE_VERB_TAGS = frozenset({"VBZ", "VBP", "VBG"})


def object_of_passive(part: Span) -> bool:
    """The trailing part is the object of a headline passive, whose subject names the victims: "Two police
    officers shot dead in Karachi: police" parsed as the officers shooting the police. Whoever reports it,
    the victims are the title's subject; a title with an active verb ("Bomb kills nine") is left alone."""
    head = next((t for t in part if t.head.i < part.start or t.head.i >= part.end), None)
    if head is None or head.dep_ not in ("dobj", "obj") or head.head.tag_ not in ("VBN", "VBD"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.head.children):
        return False
    return not any(t.tag_ in ACTIVE_VERB_TAGS for t in part.sent if t.i < part.start)


def swallowed_place(part: Span) -> bool:
    """The trailing part took the title's place as its modifier: "in southern Somalia - AFRICOM" parsed as
    "in [Somalia AFRICOM]". Whatever the part names, the place is the title's."""
    head = next((t for t in part if t.head.i < part.start or t.head.i >= part.end), None)
    if head is None or head.dep_ != "pobj":
        return False
    return any(
        t.i < part.start and t.head.i in range(part.start, part.end) and t.ent_type_ in ("GPE", "LOC")
        for t in part.sent
    )


def _separator(token: Token) -> bool:
    doc = token.doc
    if token.text == ":":
        return bool(token.whitespace_)
    spaced = bool(token.whitespace_) and token.i > 0 and bool(doc[token.i - 1].whitespace_)
    return token.text in _SPACED_DASHES and spaced


def reattach_attribution(part: Span) -> None:
    """Hang an attribution on its sentence's root as a `meta` dependent, so it is neither the verb's object
    ("Dozens of Taliban killed - ministry": no one killed a ministry) nor the noun a place modifies ("in
    Sambisa forest - DHQ", "in southern Somalia - AFRICOM"); a title word the parser hung on the attribution
    takes the attribution's place. Left as parsed when the attribution holds the sentence's root ("Bomb
    kills 3 in Quetta - officials say"): the title hangs on it, and re-hanging the title's words on one of
    them would close a loop."""
    sent = part.sent
    root = sent.root
    inside = range(part.start, part.end)
    heads = [t for t in part if t.head.i not in inside]
    if len(heads) != 1 or root.i in inside or heads[0].head.i == heads[0].i:
        return
    head = heads[0]
    old_head, old_dep = head.head, head.dep_
    orphans = [t for t in sent if t.i < part.start and t.head.i in inside and not t.is_punct]
    for mark in sent.doc[sent.start : part.start]:
        if mark.is_punct and mark.head.i in inside:  # the dash or colon before it
            mark.head = root
            mark.dep_ = "punct"
    if orphans:
        heir = orphans[-1]
        if old_head.i in {t.i for t in heir.subtree}:
            return  # re-hanging the word would close a loop
        before = sent.doc[heir.i - 1]
        if heir.pos_ == "NOUN" and before.dep_ == "pobj" and before.pos_ in ("PROPN", "NOUN"):
            # "in Magway clash - report": the parser closed the phrase at "Magway"; the noun after the
            # preposition's object is its head ("Magway clash"), not a second object of the verb
            old_head, old_dep = before.head, "pobj"
            before.head = heir
            before.dep_ = "compound"
        heir.head = old_head
        heir.dep_ = old_dep
        for orphan in orphans[:-1]:
            orphan.head = heir
    head.head = root
    head.dep_ = "meta"


@Language.factory(ATTRIBUTION_COMPONENT, default_config={"outlets": []})
def make_headline_attributions(nlp: Language, name: str, outlets: list[str]) -> HeadlineAttributions:
    return HeadlineAttributions(attribution_words(), frozenset(outlets))


class HeadlineAttributions:
    """Last in the pipeline: a headline sentence's trailing part re-attached (`reattach_attribution`) when it
    names a reporter and no side, took the title's place, or is the object of a headline passive. A side that
    reports ("- army", "- DPR command") after an active title stays as parsed: read as the verb's object it is
    often the party UCDP and ACLED code."""

    def __init__(self, words: frozenset[str], outlets: frozenset[str]) -> None:
        self.words = words
        self.outlets = outlets

    def __call__(self, doc: Doc) -> Doc:
        if not any(t.text == ":" or t.text in _SPACED_DASHES for t in doc):
            return doc
        for sent in doc.sents:
            part = trailing_part(sent)
            if part is None:
                continue
            _cut_entities_at(part)
            reporter = trailing_attribution(sent, self.words, self.outlets) is not None
            if reporter or swallowed_place(part) or object_of_passive(part):
                reattach_attribution(part)
        return doc


def _cut_entities_at(part: Span) -> None:
    """An entity the model ran across the dash or colon before a trailing part ("Kano - Nigerian" in "kill
    five police in Kano - Nigerian police say") keeps only its words after the mark: the words before it
    belong to the title, where they may name its place."""
    doc = part.doc
    crossing = [ent for ent in doc.ents if ent.start < part.start < ent.end]
    if not crossing:
        return
    kept = [ent for ent in doc.ents if ent not in crossing]
    kept += [Span(doc, part.start, ent.end, label=ent.label_) for ent in crossing]
    doc.ents = sorted(kept, key=lambda ent: ent.start)


# --- headline passives on bodies -------------------------------------------------------------------------

FOUND_BODIES_COMPONENT = "flashpoint_headline_found_bodies"
# what a headline says was found or left ("Bodies of 6 men found"): the objects of the bodies-found frame
BODY_NOUNS = frozenset({"body", "bodies", "corpse", "corpses", "torso", "torsos"})
# the participles that tell bodies found or left, the verbs of the bodies-found frame in data/event_cues.json
BODY_FINDING_VERBS = frozenset(
    {"find", "discover", "locate", "recover", "unearth", "exhume", "leave", "dump", "abandon", "throw"}
)


def found_bodies_participle(sent: Span) -> Token | None:
    """The participle of a verbless headline "Bodies of 6 men found in Zacatecas" that the parser hung on
    the people after 'of' ("men found"), leaving the bodies as the sentence's root. None otherwise: a
    headline with a verb of its own ("Bodies of 6 men killed in raid returned to families") is parsed with
    that verb as its root, and a participle of any other verb ("Bodies of soldiers killed in Kunar") is
    the people's."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.lower_ not in BODY_NOUNS:
        return None
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for people in (c for c in prep.children if c.dep_ == "pobj"):
            for participle in people.children:
                if (
                    participle.dep_ == "acl"
                    and participle.tag_ == "VBN"
                    and participle.lemma_.lower() in BODY_FINDING_VERBS
                ):
                    return participle
    return None


def rehang_found_bodies(participle: Token) -> None:
    """Make the participle its sentence's root and the bodies (the old root) its passive subject."""
    bodies = participle.sent.root
    participle.head = participle
    participle.dep_ = "ROOT"
    bodies.head = participle
    bodies.dep_ = "nsubjpass"


@Language.component(FOUND_BODIES_COMPONENT)
def headline_found_bodies(doc: Doc) -> Doc:
    """After parsing: each verbless headline on bodies found gets its participle as root
    (`found_bodies_participle`)."""
    if not any(t.lower_ in BODY_NOUNS for t in doc):
        return doc
    for sent in doc.sents:
        participle = found_bodies_participle(sent)
        if participle is not None:
            rehang_found_bodies(participle)
    return doc
