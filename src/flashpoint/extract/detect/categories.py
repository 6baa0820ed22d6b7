"""Which categories a sentence's live triggers leave: the incident among its causes, aims, earlier steps
and frames ("set fire to vehicles after the arrest of a leader" is the arson, not the arrest)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from flashpoint.extract.cues import CueHit, CueLexicon, WordLists
from flashpoint.extract.detect.dating import after_or_before, days_apart
from flashpoint.extract.detect.grammar import (
    CAUSE_MARKS,
    TOLL_VERBS,
    clause_verb,
    governing_verb,
    infinitive,
    is_below,
    standing_in,
    subject_sharer,
)
from flashpoint.extract.detect.reportable import armed_side_of_come_under, present_relative
from flashpoint.extract.fatalities.other_deaths import counted_stretch
from flashpoint.extract.fatalities.tolls import TOLL
from flashpoint.extract.fatalities.victims import of_objects
from flashpoint.extract.participants import speakers_of
from flashpoint.nlp.numbers import parse_count

# strategic steps that a clause set a day or more apart only dates an incident by
ASIDE_STEPS = frozenset({"t:agreement", "t:change_group", "t:arrest", "t:transfer", "t:base"})


def in_days_apart_clause(words: WordLists, token: Token) -> bool:
    """A cue in a clause set a stretch of time before or after the main one ('a day after the army
    suspended talks'), as a verb or as a noun it governs."""
    return days_apart(words, token if token.pos_ in ("VERB", "AUX") else governing_verb(token))


def in_counted_days_apart_clause(words: WordLists, token: Token) -> bool:
    """A cue in a clause set a counted stretch apart ('a day after', 'two days before', 'hours after'), not
    one after a time of day ('on Thursday night after crowds gathered' is the same evening)."""
    verb = token if token.pos_ in ("VERB", "AUX") else governing_verb(token)
    return days_apart(words, verb) and any(
        m.i > 0 and counted_stretch(m.doc[m.i - 1]) for m in after_or_before(verb)
    )


def answered_incident(noun: Token, verb: Token) -> bool:
    """An incident named as known ('the attacks', 'these clashes') or as a bare plural ('attacks by gunmen')
    after which `verb` was done: 'imposed a curfew after the attacks', 'following attacks by gunmen'; a
    counted one ('after two attacks') is told here."""
    known = any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that") for c in noun.children
    )
    bare_plural = noun.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in noun.children)
    prep = noun.head
    return (
        (known or bare_plural)
        and noun.dep_ == "pobj"
        and prep.lower_ in ("after", "following")
        and prep.head == verb
    )


def without_changed_activities(hits: list[CueHit], tokens: list[Token]) -> list[CueHit]:
    """'announced they would extend their attacks to ships in the Indian Ocean': the attacks a change to a
    group's activity (a verb + object frame) widens or shifts are the activity changed, no incident."""
    changers = {h.start for h in hits if h.category == "t:change_group" and "+" in h.phrase}
    if not changers:
        return hits
    return [
        h
        for h in hits
        if h.category == "t:change_group"
        or not h.category.startswith("t:")
        or not (
            (root := h.root(tokens)).pos_ == "NOUN"
            and root.dep_ in ("dobj", "obj")
            and root.head.i in changers
        )
    ]


def without_past_deeds(
    words: WordLists, categories: set[str], hits: list[CueHit], tokens: list[Token], arrest: Token
) -> set[str]:
    """'Police arrested a man who had bombed a bus', 'arrested 4 suspects over the killing of a doctor': what
    the arrested did (a relative clause on them, or the deed the arrest was for) is why they were arrested,
    not part of the event. Cue categories found only there are dropped, except a crowd's: arresting people
    "who marched" is a protest with intervention."""
    kept = {"arrest", "protest", "riot"}
    for hit in hits:
        if not hit.category.startswith("t:"):
            continue
        root = hit.root(tokens)
        clause = next((a for a in [root, *root.ancestors] if a.dep_ in ("relcl", "acl")), None)
        in_clause = clause is not None and arrest not in clause.subtree
        if not in_clause and not _arrested_for(words, root, arrest):
            kept.add(hit.category[2:])
    crowd_hits = [h for h in hits if h.category in ("t:protest", "t:riot")]
    if crowd_hits and all(_covered_by_reporters(words, h.root(tokens)) for h in crowd_hits):
        # "detained 2 journalists covering a protest": the arrested reported on the crowd, they were not it
        kept -= {"protest", "riot"}
    return categories & kept


def _covered_by_reporters(words: WordLists, noun: Token) -> bool:
    """A crowd noun named only as what someone covers or reports on: 'journalists covering a protest', 'for
    reporting on a local protest', 'filming the rally'."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "about"):
        noun = noun.head
    return noun.dep_ in ("dobj", "obj", "prep") and noun.head.lemma_.lower() in words.coverage_verbs


def _involvement(words: WordLists, noun: Token) -> bool:
    return noun.lemma_.lower() in words.involvement_nouns


def _arrested_for(words: WordLists, noun: Token, arrest: Token) -> bool:
    """A deed named as what an arrest was for: 'over the killing of a doctor', 'on murder charges', 'in
    connection with the attack', 'for his involvement in a blast' (through 'of', 'with', 'in' after one of
    `involvement_nouns` and noun modifiers, as a grievance is found), on the
    arrest or on whom it took ('arrested 4 suspects over ...')."""
    for _ in range(4):
        prep = noun.head
        on_arrest = prep.head == arrest or (prep.head.dep_ == "dobj" and prep.head.head == arrest)
        if (
            noun.dep_ == "pobj"
            and on_arrest
            and (prep.lower_ in words.arrest_cause_preps or noun.lower_ == "connection")
        ):
            return True
        if noun.dep_ == "pobj" and prep.lower_ in ("of", "with"):  # "the killing of", "connection with"
            noun = prep.head
        elif noun.dep_ == "pobj" and prep.lower_ == "in" and _involvement(words, prep.head):
            noun = prep.head  # "for his alleged involvement in a bomb blast"
        elif noun.dep_ in ("nmod", "compound"):
            noun = prep
        else:
            return False
    return False


def armed_agent(words: WordLists, verb: Token) -> bool:
    """The verb's doer is armed: 'shot by militants', 'ULFA cadres fired at', 'Al-Shabab members charged
    a camp, inflicting casualties' (the object of a participle hanging on the doer's verb)."""
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":
        verb = verb.head
    if verb.dep_ == "pobj" and verb.head.lower_ == "under" and verb.head.head.lemma_.lower() == "come":
        return armed_side_of_come_under(words, verb.head.head, verb)  # "came under fire from militants"
    if verb.pos_ != "VERB":
        return False
    # "Maoist cadres beat and shot a village headman": a second verb without a subject has the first's
    verb = subject_sharer(clause_verb(verb, stop_at_subject=True))
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    doers = [speakers_of(d) or d for d in doers]  # 'Jamaat-ul-Ahrar announced that it had merged'
    # "the last contingent of the East African Community regional force withdrew": a unit acts for its force
    doers += [g for d in doers if d.lemma_.lower() in FORCE_UNIT_NOUNS for g in of_objects(d)]
    named = (t for d in doers for t in (d, *(c for c in d.children if c.dep_ in ("amod", "compound"))))
    return any(t.ent_type_ == "ACTOR" or t.lemma_.lower() in words.armed_nouns for t in named)


# nouns of a part of a force that act for the force named after 'of' ("a contingent of Kenyan police")
FORCE_UNIT_NOUNS = frozenset({"contingent", "battalion", "detachment", "convoy", "column", "squad", "unit"})


def operation_against_armed(words: WordLists, verb: Token) -> bool:
    """'launched an operation against NRF fighters' (or 'against NRF positions'): an operation or offensive
    aimed at armed men is fighting in the place it names (a new operation announced with no foe named stays a
    change of activity)."""
    # the foe may be named on what the operation targets: "against NRF positions", "against TTP hideouts"
    return any(
        foe.ent_type_ == "ACTOR" or foe.lemma_.lower() in words.armed_nouns
        for obj in verb.children
        if obj.dep_ in ("dobj", "obj")
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ == "against"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for foe in (pobj, *(c for c in pobj.children if c.dep_ in ("compound", "amod", "poss")))
    )


def finite_past(verb: Token, *, headline: bool = False) -> bool:
    """A clause's own past-tense verb: 'fighters entered the town', 'the town was entered'; in a headline
    its present tense ('air and missile strikes target Kafr Hamra')."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj", "ccomp"):
        return False
    auxiliary = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return (
        verb.tag_ == "VBD" or (verb.tag_ == "VBN" and auxiliary) or (headline and verb.tag_ in ("VBZ", "VBP"))
    )


def capture_aim(root: Token) -> bool:
    """'deployed troops to retake the hills', 'an attack to capture army positions was repelled', 'launched
    an offensive to seize the town': a capture in an infinitive of purpose is the aim of the act it hangs on,
    not a place taken ('went on to capture the town' tells what came next)."""
    return root.dep_ in ("advcl", "acl", "relcl") and infinitive(root) and root.head.lemma_.lower() != "go"


def goods_taken(cues: CueLexicon, hit: CueHit, tokens: list[Token]) -> bool:
    """'burned musical instruments seized from wedding halls', 'displayed weapons seized on a boat': a bare
    capture participle that describes a thing, not a place, took no territory."""
    root = hit.root(tokens)
    thing = root.head
    place_nouns = cues.frames.get(hit.category[2:], ("", frozenset(), frozenset()))[2]
    return (
        "+" not in hit.phrase
        and root.dep_ == "acl"
        and thing.pos_ == "NOUN"
        and thing.ent_type_ not in ("GPE", "LOC", "FAC")
        and thing.lemma_.lower() not in place_nouns
    )


def verb_use(hit: CueHit, words: WordLists, tokens: list[Token]) -> bool:
    """A cue weak only as a noun, used as a verb: "three soldiers martyred" (not "Martyrs' Day"); or weak
    unless it takes an object: "forces disappeared a student" (not "the owners disappeared")."""
    root = hit.root(tokens)
    if hit.phrase in words.weak_unless_transitive and root.pos_ == "VERB":
        return any(c.dep_ in ("dobj", "obj") for c in root.children)
    return hit.phrase in words.weak_unless_verb and root.pos_ == "VERB"


def fighting_killed(root: Token) -> bool:
    """The clash word is the subject of a verb of the toll: "heavy fighting left 26 men dead", "clan fighting
    killed 12 people"."""
    verb = root.head
    # (the verb of the sentence's own report: not "protested after fighting killed 12", a cause or background)
    return (
        root.dep_ == "nsubj"
        and root.pos_ in ("NOUN", "PROPN")
        and verb.lemma_.lower() in TOLL_VERBS
        and verb.dep_ in ("ROOT", "conj", "ccomp")
    )


def toll_with_figure(hit: CueHit, sent: Span) -> bool:
    """A bare 'toll' that a count follows ("Other reports put the toll at 28.", "The toll stood at 12.") is a
    death toll, so the sentence is a report of the incident's dead (a later figure conflicting with the first
    is merged into it as the lowest); not a toll road or "took a heavy toll"."""
    if hit.phrase != "toll":
        return False
    match = TOLL.search(sent.doc[hit.start : sent.end].text)
    return match is not None and match.start() == 0 and parse_count(match["n"]) is not None


# what a signing makes: "the agreement signed in Doha" is the deal itself
SIGNED_DEAL_NOUNS = frozenset(
    {"agreement", "deal", "accord", "treaty", "pact", "memorandum", "ceasefire", "truce"}
)


def signature_on_a_thing(hit: CueHit, tokens: list[Token]) -> bool:
    """'banners signed by a criminal group', 'a letter signed by 40 lawmakers': a participle that names who
    signed a thing is an author's signature, no agreement (and no cue that supports a weak one beside it)."""
    root = hit.root(tokens)
    return (
        hit.category == "t:agreement"
        and root.lemma_.lower() == "sign"
        and root.dep_ == "acl"
        and root.tag_ == "VBN"
        and root.head.lemma_.lower() not in SIGNED_DEAL_NOUNS
    )


def weak_is_supported(hit: CueHit, triggers: list[CueHit]) -> bool:
    """A weak cue opens an event only beside a second, different cue ("fired rockets", "seized the town"),
    or, a clash word, naming the two sides that fought ("fighting erupted between the army and the RSF")."""
    others = {h.category for h in triggers if h.start != hit.start}
    return len(others) >= 1


def earlier_capture(hit: CueHit, tokens: list[Token]) -> bool:
    """'struck a column of rebels who had entered Chad from Libya': a capture in a pluperfect relative clause
    tells what its noun had done before the incident, not a place taken in it; one in a present relative
    clause ('gunmen from a gang that controls parts of the area') what its noun holds."""
    if hit.category not in ("t:territory_gain", "t:territory_regain"):
        return False
    root = hit.root(tokens)
    pluperfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in root.children)
    return root.dep_ == "relcl" and (pluperfect or present_relative(root))


EARLIER_TOLL_CUES = frozenset({"t:kill", "t:injure"})


def without_earlier_tolls(hits: list[CueHit], tokens: list[Token]) -> list[CueHit]:
    """'signed a ceasefire ending a land dispute that had left several people dead', 'arrested two men who
    had killed a shopkeeper': a killing or wounding in a pluperfect relative clause tells what its noun had
    done or caused before, when a trigger outside the clause reports the incident."""
    clauses = [
        verb
        for h in hits
        if h.category in EARLIER_TOLL_CUES
        and (verb := standing_in(h.root(tokens))) is not None
        and _pluperfect_relative(verb)
    ]
    if not clauses:
        return hits
    kept = [h for h in hits if not any(is_below(h.root(tokens), c) for c in clauses)]
    return kept if any(h.category.startswith("t:") for h in kept) else hits


def _pluperfect_relative(root: Token) -> bool:
    """A verb heading a relative clause in the pluperfect ('that had left', 'who had killed')."""
    return root.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in root.children)


def occasion_act(noun: Token) -> Token:
    """The act a protest noun is the occasion of (`protest_occasion`): "dispersed a march", "arrested ...
    at a march"."""
    return noun.head.head if noun.dep_ == "pobj" else noun.head


def security_doer(words: WordLists, hit: CueHit, tokens: list[Token]) -> bool:
    """'ADF militants attacked the village': a security-target word that is the subject of an active verb
    whose object is a settlement or a building names who acted, not a security target (a security place
    there, 'attacked a checkpoint', is a target word of its own; 'militants launched an assault' keeps it)."""
    if hit.category != "m:security_target":
        return False
    root = hit.root(tokens)
    while root.dep_ == "compound":
        root = root.head
    return root.dep_ == "nsubj" and any(
        c.dep_ in ("dobj", "obj")
        and (c.lemma_.lower() in words.place_targets or c.ent_type_ in ("GPE", "LOC"))
        for c in root.head.children
    )


def seizes_no_place(words: WordLists, hit: CueHit, tokens: list[Token]) -> bool:
    """'announced they had seized power', 'seized the initiative': a capture verb whose object is no place
    took no territory; nor did one that took a person ('ousted President Mohamed Bazoum in a coup')."""
    if hit.category not in ("t:territory_gain", "t:territory_regain"):
        return False
    root = hit.root(tokens)
    objects = [c for c in root.children if c.dep_ == "dobj"]
    return any(
        c.lemma_.lower() in words.abstract_seizures or _titled_person(c, words.person_titles) for c in objects
    )


def _titled_person(noun: Token, titles: frozenset[str]) -> bool:
    """A proper name that an office or rank names ('President Mohamed Bazoum', 'Lieutenant Colonel
    Damiba'): someone, not somewhere. The model tags such a name a person or, for the ranks, an
    organisation; a place it tags GPE ('General Santos') stays a place."""
    if noun.pos_ != "PROPN" or noun.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    return any(c.dep_ == "compound" and c.lower_ in titles for c in noun.children)


def main_trigger(live: list[tuple[CueHit, Token]]) -> tuple[CueHit, Token]:
    """Prefer verbs over nouns, the sentence root over embedded clauses."""

    def rank(item: tuple[CueHit, Token]) -> tuple[int, int, int]:
        _, token = item
        return (0 if token.pos_ == "VERB" else 1, 0 if token.dep_ == "ROOT" else 1, token.i)

    return min(live, key=rank)


def claimed_capture(words: WordLists, categories: set[str], trigger: Token) -> bool:
    """'On Saturday, the Arakan Army said its fighters had captured a military outpost', 'April 6 - The AA
    said it had captured a battalion base': a group's claim of ground taken, told in the pluperfect under
    the speech verb, is all the news knows of the capture; ACLED codes it on the day of the claim, so the
    day hung on the speech verb is the capture's when the clause names none of its own."""
    return (
        bool(categories)
        and categories <= TERRITORY_CLAIMS
        and trigger.dep_ == "ccomp"
        and trigger.head.lemma_.lower() in words.speech_verbs
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in trigger.children)
    )


# the strategic gains a group claims ('said it had captured', 'said its forces had retaken')
TERRITORY_CLAIMS = frozenset({"territory_gain", "territory_regain"})


def laid_beforehand(words: WordLists, hit: CueHit, tokens: list[Token]) -> bool:
    """'"The militants had planted the explosive on the murram road overnight," he said' after the blast was
    told: an explosive set in place in the past perfect is a step before the dated incident, which the
    report already has; the laying, or the explosive it takes, opens no incident of its own."""
    word = hit.root(tokens)
    verb = word.head if word.dep_ in ("dobj", "obj", "nsubjpass") else word
    return verb.lemma_.lower() in words.laying_verbs and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in verb.children
    )


def prior_step(verb: Token) -> bool:
    """A verb in an 'after ...ing' clause: what the sentence's act followed ("after seizing the town")."""
    return verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "following")


def in_earlier_step(token: Token) -> bool:
    """A word inside an 'after ...' clause, however deep ('after announcing they had seized power')."""
    return any(
        prior_step(node) or any(c.dep_ == "mark" and c.lower_ in CAUSE_MARKS for c in node.children)
        for node in (token, *token.ancestors)
    )


def occasion(token: Token) -> bool:
    """A noun named as what another act followed: 'after the arrest of a local leader'."""
    return token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in ("after", "following")


def had_done(token: Token) -> bool:
    """A noun in a past perfect relative clause on those acted on ('arrested 5 people who had taken part in
    the protests of the previous day'): what they did before the act, which ACLED codes apart."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor.dep_ == "relcl" and any(
                c.dep_ == "aux" and c.lower_ == "had" for c in ancestor.children
            )
    return False


def followed_arrest(token: Token) -> bool:
    """An arrest named or told as what another act followed: 'after the arrest of a local leader', 'burned a
    patrol car after officers arrested a resident', 'after arresting him'."""
    after_clause = token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "following") for c in token.children
    )
    return occasion(token) or after_clause or prior_step(token)


def followed_step(verb: Token) -> Token | None:
    """The clause of a verb that another act followed: 'after police stopped the men and seized their
    weapons' (the verbs joined by 'and' share the first one's 'after'), or None."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    after = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "following") for c in verb.children
    )
    return verb if after else None


def sideless_suspension(verb: Token) -> bool:
    """Talks suspended in an agentless passive that names no sides ('talks in Jeddah brokered by Saudi
    Arabia were suspended', 'said talks had been suspended'): ACLED codes a change to a group's activity
    only with the actor that made it, and the sentence names neither who suspended the talks nor whose
    they were ('talks between the government and the ELN were suspended' and 'Petro suspended talks with
    the ELN' keep theirs)."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    talks = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return bool(talks) and not any(
        prep.dep_ == "prep" and prep.lower_ in ("between", "with") for t in talks for prep in t.subtree
    )


def agreed_withdrawal(transfer: CueHit, agreements: list[CueHit], tokens: list[Token]) -> bool:
    """A withdrawal or handover done under an agreement ("Armenian forces withdrew under the ceasefire
    agreement"): the place changes hands without a fight, whoever moves in."""
    verb = transfer.root(tokens)
    for hit in agreements:
        token = hit.root(tokens)
        if token.dep_ == "compound":
            token = token.head
        if framework(token) and token.head.head == verb:
            return True
    return False


def framework(token: Token) -> bool:
    """An agreement named as the frame of another act: 'under the ceasefire agreement', 'as part of the
    deal', 'in line with the accord', 'following a border delimitation agreement'."""
    if token.dep_ == "compound":
        token = token.head  # "ceasefire" in "the ceasefire agreement"
    head = token.head
    if token.dep_ != "pobj":
        return False
    part_of = head.lower_ == "of" and head.head.lower_ == "part"
    return (
        head.lower_ in ("under", "following", "per")
        or part_of
        or (head.lower_ == "with" and head.head.lower_ == "line")
    )


# strategic developments that an announcement makes public: the day it is announced is their day
ANNOUNCED_CATEGORIES = frozenset({"change_group", "coup", "agreement"})
