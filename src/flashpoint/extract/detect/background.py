"""Cues that tell no incident of their own: grievances a protest names, accidents and crimes with no armed
actor, a criminal case's follow-up, captives held, a speech's venue."""

from __future__ import annotations

from spacy.tokens import Span, Token

from flashpoint.extract.cues import CueHit, CueLexicon, WordLists
from flashpoint.extract.detect.claims import governors
from flashpoint.extract.detect.crowds import (
    CROWD_TRIGGERS,
    CROWD_WORDS,
    demand_of_crowd,
    done_by_a_crowd,
    holds_an_occasion,
)
from flashpoint.extract.detect.dating import dated, is_named_march
from flashpoint.extract.detect.grammar import CAUSE_MARKS, TOLL_VERBS, climb_noun_phrase, is_below
from flashpoint.extract.fatalities.other_deaths import GRIEVANCE_VERBS, is_grievance
from flashpoint.nlp.memo import span_entities

CASE_FILING_VERBS = frozenset({"register", "lodge", "file", "book"})


# what police do with a crime they are told of: "investigating the murder of a businessman"
INVESTIGATING_VERBS = frozenset({"investigate", "probe"})


# the plain words for a killing as a case; a "suicide attack" or a "shooting" probed is still the attack
CASE_KILLING_NOUNS = frozenset({"murder", "murders", "killing", "killings"})


def investigated_killing(words: WordLists, hits: list[CueHit], tokens: list[Token]) -> bool:
    """'Police said they were investigating the murder of a businessman', 'a probe into the killing': in a
    snippet that names no armed actor and no crowd, a killing told as the case the police work on is a crime
    report, no political violence."""
    for hit in hits:
        if hit.category != "t:kill":
            continue
        root = hit.root(tokens)
        if root.lower_ not in CASE_KILLING_NOUNS:
            continue
        head = root.head
        if root.dep_ == "dobj" and head.lemma_.lower() in INVESTIGATING_VERBS:
            return True
        into_a_case = head.lower_ == "into" and head.head.lemma_.lower() in words.legal_case_nouns
        if root.dep_ == "pobj" and into_a_case:
            return True
    return False


def in_a_criminal_case(words: WordLists, hit: CueHit, tokens: list[Token]) -> bool:
    """A cue that only names what a criminal case is about ('registered a murder case', 'a case of murder
    was registered', 'attack suspects'), or an arrest joined to filing one: no incident of its own."""
    root = hit.root(tokens)
    head = root.head
    if root.dep_ in ("compound", "amod") and head.lemma_.lower() in words.legal_case_nouns:
        return True
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in words.legal_case_nouns:
        return True
    return hit.category in ("t:arrest", "m:intervention") and _case_follow_up(words, root)


def _case_follow_up(words: WordLists, arrest: Token) -> bool:
    """'police registered a case against 120 people and arrested eleven of them', 'a murder case was
    registered and three men were arrested': an arrest joined to the filing of a criminal case is the law
    taking its course after a crime (ACLED codes no routine criminal arrest), no event of its own."""
    joined = [c for c in arrest.children if c.dep_ == "conj"]
    if arrest.dep_ == "conj":
        joined.append(arrest.head)
    return any(
        verb.lemma_.lower() in CASE_FILING_VERBS
        and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in words.legal_case_nouns
            for c in verb.children
        )
        for verb in joined
    )


VENUE_SPEECH_VERBS = frozenset({"tell", "address", "say", "speak"})


def speech_venue(words: WordLists, hit: CueHit, tokens: list[Token]) -> bool:
    """'"The enemy will pay a price," he told a rally in Beirut', 'said at a rally', 'addressed a gathering':
    a protest noun named only as the audience or venue of a speech, in a sentence with no day of its own,
    is where words were said, no demonstration the report tells ('addressed a rally of 10,000 supporters
    in Lahore on Sunday' names its day and stays one)."""
    if hit.category != "t:protest":
        return False
    root = hit.root(tokens)
    head = root.head
    audience = root.dep_ in ("dobj", "dative") and head.lemma_.lower() in VENUE_SPEECH_VERBS
    spoken_at = head.head.lemma_.lower() in VENUE_SPEECH_VERBS
    venue = root.dep_ == "pobj" and head.lower_ in ("at", "to") and spoken_at
    return (audience or venue) and not dated(words, root.sent)


CAPTIVE_STATE_WORDS = frozenset({"hostage", "hostages", "captive", "captives"})


def held_captive(hit: CueHit, tokens: list[Token]) -> bool:
    """'searching for a New Zealand pilot held hostage by the rebels': 'held hostage' as a bare participle
    right after the person it describes tells a standing state (taken long before), no abduction of this
    report; 'rebels held five workers hostage' or 'five workers were held hostage' still tell the taking."""
    root = hit.root(tokens)
    doc = root.doc
    if root.lower_ in CAPTIVE_STATE_WORDS and root.i > 0:
        root = doc[root.i - 1]  # the lone 'hostage' cue of the same words
    if hit.category != "t:abduct" or root.lemma_.lower() not in ("hold", "keep") or root.i == root.sent.start:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in root.children) or root.i + 2 >= len(doc):
        return False
    before, after = doc[root.i - 1], doc[root.i + 1]
    # the small model may read 'pilot held' as subject and past verb: the agent after 'hostage' shows the
    # passive participle ("a pilot held hostage by the rebels")
    participle = root.tag_ == "VBN" or doc[root.i + 2].lower_ == "by"
    return (
        participle
        and before.pos_ in ("NOUN", "PROPN")
        and before.i > root.sent.start
        and after.lower_ in CAPTIVE_STATE_WORDS
    )


def violence_exploded(words: WordLists, hit: CueHit, tokens: list[Token]) -> bool:
    """'Protests exploded across the country', 'with Hong Kong protests exploding to new levels', 'violence
    exploded after the vote': what explodes is one of the violence nouns, a figure for the unrest growing,
    no explosive (the unrest, or a killing told with it, is what the sentence reports)."""
    if hit.category != "t:explode":
        return False
    root = hit.root(tokens)
    if root.lemma_.lower() != "explode":
        return False
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if root.dep_ == "acl":  # "protests exploding": the participle describes the noun that explodes
        subjects.append(root.head)
    return any(s.lemma_.lower() in words.violence_nouns or s.lower_ in words.violence_nouns for s in subjects)


def describes_captives(hit: CueHit, tokens: list[Token]) -> bool:
    """'relatives of detained preachers', 'the release of abducted students': a participle that says who
    the people are reports no arrest or abduction of its own (after a determiner, preposition or adjective:
    "carried away and detained activists" is a verb the small model reads as one). Detainees right after the
    verb whose object they are ("agreed to release detained activists") are people held before; a hostage
    freed ("ASG frees kidnapped trader") still reports the kidnapping."""
    root = hit.root(tokens)
    before = root.doc[root.i - 1] if root.i > 0 else None
    held = ("DET", "ADP", "ADJ", "NUM", "PRON", "PUNCT", *(("VERB",) if hit.category != "t:abduct" else ()))
    return (
        hit.category in ("t:arrest", "t:abduct", "m:intervention")
        and root.dep_ == "amod"
        and root.tag_ == "VBN"
        and (before is None or before.pos_ in held)
    )


def without_avenged_mishaps(words: WordLists, hits: list[CueHit], tokens: list[Token]) -> list[CueHit]:
    """'residents vandalised the office and torched a police van after a road accident killed a student':
    an accident or crime told only in what a crowd's violence followed is its cause, not the report, so
    neither it nor the deaths in its clause are the event (a blast that kills 'after a gas leak' has no
    crowd). Burning or attacking done by ordinary people (mob_nouns: 'boda boda riders burned a police post
    after a colleague was killed in a road accident') is a crowd's violence too."""
    crowd_acts = {h.root(tokens).i for h in hits if h.category == "m:violence_by_crowd"}
    crowd_acts |= {
        root.i
        for h in hits
        if h.category in ("t:loot", "t:attack")
        and (root := h.root(tokens)).pos_ == "VERB"
        and done_by_a_crowd(words, root)
    }
    if not crowd_acts:
        return hits
    mishap_clauses = [
        clause
        for h in hits
        if h.category in ("s:accident", "s:crime")
        and (clause := _cause_clause(h.root(tokens))) is not None
        and clause.head.i in crowd_acts
    ]
    return [h for h in hits if not any(is_below(h.root(tokens), c) for c in mishap_clauses)]


def _cause_clause(token: Token) -> Token | None:
    """The head of the 'after'/'following' phrase or clause holding the token ("torched a van after a road
    accident killed a student": 'killed', hanging on 'torched'), else None."""
    node = token
    while node.head != node:
        if node.dep_ == "pobj" and node.head.lower_ in CAUSE_MARKS:
            return node.head
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CAUSE_MARKS for c in node.children):
            return node
        node = node.head
    return None


def real_suppressors(words: WordLists, hits: list[CueHit], tokens: list[Token]) -> list[CueHit]:
    """Drop cue hits that are not what they look like: suppressors that are verbs ("gunmen stormed the
    university" is no storm) or nouns of violence ("an outbreak of violence"); arrests that are phrasal verbs
    ("held up signs"); modifiers naming the source of the report ("according to vigilantes"); crowd words
    describing a unit ("riot police"); violence that did not happen ("took the town without a fight")."""
    kept = []
    for hit in hits:
        root = hit.root(tokens)
        # "held up signs"; a frame checked its own particles ("picked up a student"), and a cue phrase its
        # own ("rounded up dozens of young men"), unless a gerund tells how raiders took people ("stormed
        # the village, shooting sporadically and rounding up women and children")
        phrasal = any(c.dep_ == "prt" for c in root.children)
        own_particle = " " in hit.phrase and root.tag_ != "VBG"
        if hit.category == "t:arrest" and "+" not in hit.phrase and not own_particle and phrasal:
            continue
        if (
            hit.category == "m:violence_by_crowd"
            and root.pos_ == "NOUN"
            and any(
                c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and not hit.start <= c.i < hit.end
                for c in root.children
            )
        ):
            continue  # "at the Solovetsky stone": a monument's name, no stone thrown ("Molotov" is thrown)
        if (
            hit.category in ("t:riot", "t:protest", "m:violence_by_crowd")
            and root.dep_ in ("compound", "amod")
            and (root.head.lower_ in words.unit_nouns or _next_word(root) in words.unit_nouns)
        ):
            continue  # "riot police fired tear gas": the police are no rioters
        if (
            hit.category in ("t:riot", "t:protest")
            and root.dep_ in ("compound", "amod")
            and root.head.lemma_.lower() in words.organiser_nouns
        ):
            continue  # "abducted a protest organizer": who leads a protest, no crowd of this event
        if hit.category.startswith("t:") and root.ent_type_ in ("DATE", "TIME") and not is_named_march(root):
            continue  # "On 7 March 2023": a month, not a march
        if hit.category.startswith("t:") and root.dep_ == "pobj" and root.head.lower_ == "without":
            continue  # "without fighting", "without casualties"
        if hit.category == "t:kill" and _dead_handed_over(root):
            continue  # "exchanged prisoners and dead fighters": the bodies change hands, nobody is killed
        if hit.category.startswith(("t:", "m:")) and any(
            _alleged_of(t, words.involvement_nouns) for t in (root, *root.ancestors)
        ):
            continue  # "a man accused of kidnapping", "suspected of killing a policeman": an allegation, and
            # all it tells ("accusing him of attacking protesters": no crowd of this event)
        if hit.category == "t:protest" and _gathers_things(words, root):
            continue  # "women who were gathering firewood": they collect something, no crowd gathers
        if hit.category == "t:arrest" and holds_an_occasion(words, root):
            continue  # "held a march", "a rally was held", "held talks": no one taken into custody
        if hit.category.startswith("m:") and _attribution(words, root):
            continue  # "according to vigilantes": a source, not a mob
        if hit.category == "m:mob" and (person := _reporter_head(root)) != root and _reports(words, person):
            continue  # "a leader of a local vigilante group told Reuters": the source's group, no mob
        if hit.category.startswith("s:"):
            if (
                hit.category == "s:accident"
                and root.dep_ == "dobj"
                and root.head.lemma_.lower() in DELIVERY_VERBS
            ):
                continue  # "a helicopter dropped a cylinder of chlorine": the cylinder is the weapon
            if hit.category == "s:crime" and _alleged(root):
                continue  # "a man accused of theft", "a suspected thief": the victim's alleged crime
            if (
                hit.category == "s:crime"
                and _caught_doing(root)
                and not any(h.category == "t:arrest" for h in hits)
            ):
                # "killed a man after catching him stealing a motorcycle": the deed the victim was caught at
                # is why the crowd turned on him (police who arrest men caught stealing act on a crime)
                continue
            if root.pos_ in ("VERB", "AUX") and root.lemma_.lower() in words.noun_only_suppressors:
                continue
            if hit.category == "s:accident" and _hyphened_modifier(root):
                continue  # "raped a flood-affected woman", "in the quake-hit district": who or where, no
                # accident of this incident
            if hit.category == "s:denial" and _charged_with_no_incident(words, hits, root):
                continue  # "a mob accusing two brothers of blasphemy set fire to churches": the charge is
                # no incident, so the accusation denies none; it tells why the crowd acted
            of_what = [g for c in root.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            violence = words.violence_nouns
            if any(g.lemma_.lower() in violence or g.lower_ in violence for g in of_what):
                continue
        kept.append(hit)
    return kept


# what a disaster did to the people or places it names ('flood-affected', 'quake-hit', 'drought-stricken')
STRUCK_BY_WORDS = frozenset({"affected", "hit", "stricken", "ravaged", "displaced", "battered", "prone"})


def _hyphened_modifier(word: Token) -> bool:
    """'flood-affected', 'quake-hit': the word opens a hyphenated modifier of what a disaster struck (not
    'a flood-induced landslide', which is the accident)."""
    doc = word.doc
    return (
        word.i + 2 < len(doc)
        and doc[word.i + 1].text == "-"
        and not doc[word.i + 1].whitespace_
        and not word.whitespace_
        and doc[word.i + 2].lower_ in STRUCK_BY_WORDS
    )


# verbs that deliver a weapon onto a target: what they drop or fire is a munition, not an accident
DELIVERY_VERBS = frozenset({"drop", "fire", "launch", "lob", "hurl", "throw"})


# verbs whose objects change hands: the dead they take ("retrieved dead soldiers") died earlier
HANDOVER_VERBS = frozenset(
    {"exchange", "swap", "release", "hand", "return", "retrieve", "recover", "repatriate", "collect", "bury"}
)


# accusation words whose charge follows "of": "accusing two men of blasphemy", "accusations of torture"
ACCUSATION_WORDS = frozenset({"accuse", "accusation", "accusations", "allegation", "allegations"})


def _charged_with_no_incident(words: WordLists, hits: list[CueHit], accusation: Token) -> bool:
    """An accusation whose charge (the first object of "of", on the accusation or on the accused) is no
    event cue and no violence noun: an offence like blasphemy or theft, not a denied attack."""
    if accusation.lemma_.lower() not in ACCUSATION_WORDS and accusation.lower_ not in ACCUSATION_WORDS:
        return False
    holders = [accusation, *(c for c in accusation.children if c.dep_ == "dobj")]
    charges = [
        g for h in holders for c in h.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
    ]
    charge = min(charges, key=lambda t: t.i, default=None)
    if (
        charge is None
        or charge.lemma_.lower() in words.violence_nouns
        or charge.lower_ in words.violence_nouns
    ):
        return False
    return not any(h.category.startswith("t:") and h.start <= charge.i < h.end for h in hits)


def _gathers_things(words: WordLists, verb: Token) -> bool:
    """A gathering verb with a direct object: people collecting something, not a crowd."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in words.object_gathering_verbs
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def _next_word(token: Token) -> str:
    """The next word's lowercase form ('riot police' parsed as 'riot' -> 'chase' in a caption)."""
    doc = token.doc
    return doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""


def _dead_handed_over(token: Token) -> bool:
    """'dead' describing bodies that are exchanged, returned or buried."""
    if token.lower_ != "dead" or token.dep_ != "amod":
        return False
    noun = token.head
    while noun.dep_ == "conj":  # "prisoners and dead fighters"
        noun = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in HANDOVER_VERBS


def _alleged(token: Token) -> bool:
    """A crime word that is only alleged against someone: 'accused of theft', 'suspected thieves'."""
    if any(c.lower_ in ("suspected", "alleged", "presumed") for c in token.children):
        return True
    return _alleged_of(token)


def _caught_doing(token: Token) -> bool:
    """The deed someone was caught at: 'after catching him stealing', 'a youth caught stealing a phone'."""
    return token.dep_ in ("xcomp", "ccomp") and token.head.lemma_.lower() == "catch"


def _alleged_of(token: Token, involvement: frozenset[str] = frozenset()) -> bool:
    """What someone is accused or suspected of: 'a man accused of kidnapping', 'suspected of killing',
    'beat a man on suspicion of theft', 'on suspicion of their involvement in two explosions' (through one
    of `involvement` nouns)."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in involvement:
        token = head.head
        head = token.head
    return (
        token.dep_ in ("pobj", "pcomp")
        and head.lower_ == "of"
        and head.head.lemma_.lower() in ("accuse", "suspect", "suspected", "accused", "suspicion")
    )


def _reporter_head(token: Token) -> Token:
    """The head of the noun phrase a word modifies, up through 'of' ('a leader of a local vigilante group'
    from 'vigilante'): the person the phrase names, who may be the one who reports."""
    return climb_noun_phrase(token, ("compound", "amod"), ("NOUN", "PROPN"), ("NOUN", "PROPN"))


def _reports(words: WordLists, person: Token) -> bool:
    """The person is who reports: the subject of a speech verb, or the phrase right before one (the small
    model often hangs a trailing 'a leader of a vigilante group told Reuters' on a place as an apposition)."""
    after = person.right_edge.i + 1
    if after < len(person.doc):
        follows = person.doc[after]
        if follows.pos_ == "VERB" and follows.lemma_.lower() in words.speech_verbs:
            return True
    return _attribution(words, person)


def _attribution(words: WordLists, token: Token) -> bool:
    """The noun is who reports: 'according to vigilantes', 'vigilantes said'."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    return token.dep_ == "nsubj" and head.lemma_.lower() in words.speech_verbs


def without_grievances(words: WordLists, hits: list[CueHit], tokens: list[Token]) -> list[CueHit]:
    """In a protest report, the violence protested against is the grievance, not the event: "a rally
    against the arrest of the leader", "protested over the killing of a student", "marched after a man was
    shot dead"; nor is an accident protested over ("a demonstration over the train crash") a report of an
    accident."""
    # a crowd's own violence reports it too ("residents set fire to a police station after a suspect died in
    # custody"), when no weapon or fight of its own is told ("the explosion put the house on fire")
    crowd_violence = any(
        h.category == "m:violence_by_crowd" and done_by_a_crowd(words, h.root(tokens)) for h in hits
    ) and not any(h.category in ARMED_VIOLENCE_TRIGGERS for h in hits)
    if not crowd_violence and not any(h.category in CROWD_TRIGGERS for h in hits):
        return hits
    kept = []
    demonstrated = any(h.category == "t:protest" for h in hits)
    # the crowd's words: its triggers, its violence ("threw stones after the government suspended talks") and
    # what is used on it ("after police fired teargas" tells the protest)
    crowd = {i for h in hits if h.category in CROWD_WORDS for i in range(h.start, h.end)}
    for hit in hits:
        crowd_cue = hit.category in ("t:protest", "t:riot", "m:mob")
        root = hit.root(tokens)
        if (
            hit.category[:2] in ("t:", "m:", "s:")
            and not crowd_cue
            and (
                _in_grievance(words, root)
                or _misparsed_reduced_relative(words, root)
                or _in_cause_clause(root, crowd)
            )
        ):
            continue
        if demonstrated and hit.category == "t:riot" and _demanded_for(hit.root(tokens)):
            continue  # "demonstrated calling for an amnesty for the January 8 rioters": whom the crowd backs
        kept.append(hit)
    return kept


def _misparsed_reduced_relative(words: WordLists, token: Token) -> bool:
    """A subjectless past verb right after a grievance noun describes that noun, wherever the parser hangs it:
    "demanding justice for a trainee doctor raped and murdered at the college" ('raped' put on the main
    verb)."""
    verb = token.head if token.dep_ == "conj" else token
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return before is not None and before.pos_ == "NOUN" and _in_grievance(words, before)


def _demanded_for(token: Token) -> bool:
    """A noun named as whom a demand is for: 'an amnesty for the rioters', 'the release of the rioters'."""
    head = token.head
    if token.dep_ != "pobj" or head.lower_ not in ("for", "of"):
        return False
    return head.head.lemma_.lower() in ("amnesty", "pardon", "release", "freedom", "justice", "support")


def _suffered_in_relative_clause(token: Token) -> bool:
    """A passive relative clause or participle says what befell the noun it describes ("a doctor who was
    raped and murdered", "a man killed by police"); an active one what the noun did ("protesters who stormed
    the embassy"), no grievance."""
    clause = token.head if token.dep_ == "conj" else token
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children)
    return (clause.dep_ == "relcl" and passive) or (clause.dep_ == "acl" and clause.tag_ == "VBN")


def _in_cause_clause(token: Token, crowd: set[int]) -> bool:
    """The word lies in what a demonstration followed: "marched after a police officer was acquitted of the
    shooting", "rioted after the police shooting of a teenager", "protested after a blast killed two
    traders", the clause hanging on the demonstration's own word ("rallied", "held a protest"; not "protests
    disband after IS carries out a bombing": the bombing ended them). Not when the clause names the crowd or
    what was used on it ("clashed with police after officers fired on them", "was cut short after police
    fired teargas"): then it tells the demonstration itself."""
    node = token
    for _ in range(8):
        on_prep = node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in CAUSE_MARKS
        on_verb = node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CAUSE_MARKS for c in node.children
        )
        if on_prep or on_verb:
            followed = demand_of_crowd(node.head.head if on_prep else node.head, crowd)
            demonstrated = followed.i in crowd or any(
                c.i in crowd and c.dep_ == "dobj" for c in followed.children
            )
            return demonstrated and not any(
                t.i in crowd or t.lower_ in ("they", "them") for t in node.subtree
            )
        if node.head is node:
            return False
        node = node.head
    return False


def _in_grievance(words: WordLists, token: Token) -> bool:
    """A grievance, or a word inside one through 'of', 'for', a noun modifier or a relative clause ("to mourn
    the victims of the Urumqi fire", "demanding justice for a doctor who was raped and murdered"), or in what
    befell the person whose kin protest ("relatives of a man who was shot dead by police held a sit-in")."""
    if _befell_kin(words, token) or _mourned(words, token):
        return True
    for _ in range(6):
        if is_grievance(token):
            return True
        # "demanding justice for a classmate who was killed": the parser hangs 'for' on the verb
        demanded_for = token.head.lower_ == "for" and token.head.head.lemma_.lower() in GRIEVANCE_VERBS
        if token.dep_ == "pobj" and demanded_for:
            return True
        if token.dep_ == "pobj" and token.head.lower_ in ("of", "for"):
            token = token.head.head
        elif token.dep_ in ("nmod", "compound") or _suffered_in_relative_clause(token):
            token = token.head
        else:
            # "marched over the train crash that killed 57 people": the crash is what is protested (not
            # "water cannon against protesters who stormed the embassy": the crowd's own deed)
            return token.dep_ == "relcl" and token.lemma_.lower() in TOLL_VERBS and is_grievance(token.head)
    return False


def _mourned(words: WordLists, token: Token) -> bool:
    """The word lies in whom or what a demonstration mourns or marks: 'a vigil for the victims of the
    bombing', 'in memory of those killed in the drone strike', 'to mark the anniversary of the massacre'."""
    return any(
        t.lemma_.lower() in words.mourned_nouns and t.dep_ in ("pobj", "dobj")
        for t in (token, *token.ancestors)
    )


def _befell_kin(words: WordLists, token: Token) -> bool:
    """The word lies in a clause saying what befell a person named as kin: 'the family of a man who was
    shot dead by police', 'relatives of a student killed in custody', 'their sons who went missing'."""
    if any(_said_of_own_kin(words, t) for t in (token, *token.ancestors)):
        return True
    clause = next((t for t in (token, *token.ancestors) if _suffered_in_relative_clause(t)), None)
    if clause is None:
        return False
    person = clause.head.head if clause.dep_ == "conj" else clause.head
    return person.dep_ == "pobj" and person.head.lower_ == "of" and _kin(words, person.head.head)


def _said_of_own_kin(words: WordLists, clause: Token) -> bool:
    """A relative clause on someone's own kin ('to demand news of their relatives who disappeared in
    custody', 'her son who died in detention'): active or passive, it tells what befell them."""
    kin = clause.head
    return clause.dep_ == "relcl" and _kin(words, kin) and any(c.dep_ == "poss" for c in kin.children)


def _kin(words: WordLists, token: Token) -> bool:
    """Relatives or fellows of a person: 'the family of', 'relatives of', 'family members of'."""
    lemma = token.lemma_.lower()
    family_member = lemma == "member" and any(c.lower_ == "family" for c in token.children)
    return lemma in words.kin_nouns or family_member


# weapons and fights: a sentence that tells one of them tells no crowd's violence
ARMED_VIOLENCE_TRIGGERS = frozenset(
    {"t:explode", "t:shell", "t:airstrike", "t:attack", "t:clash", "t:chemical"}
)


MILITARY_WEAPON_TRIGGERS = frozenset({"t:airstrike", "t:shell"})
# weapons launched and brought down: a short text that tells one is about war, whatever accident word it has
WAR_TRIGGERS = MILITARY_WEAPON_TRIGGERS | {"t:disrupt"}


# cues that someone was hurt: with one of them, a military exercise is no routine drill
HARM_TRIGGERS = frozenset({"t:kill", "t:injure"})


# cue phrases of a shooting aimed at someone, and the words that call an incident an accident
DELIBERATE_SHOOTING = frozenset(
    {"shoot dead", "gun down", "gundown", "gunned down", "gun-down", "gun attack"}
)


ACCIDENT_WORDS = frozenset({"accident", "accidental", "accidentally"})


MINE_CUES = frozenset({"landmine", "land mine", "mine"})  # phrases of the 'ied' modifier that name a mine


# accident cues that name only a site: fighting there ("seventeen killed in battles near the Baiji
# refinery") is no industrial accident
ACCIDENT_SITES = frozenset(
    {"factory", "warehouse", "refinery", "gas plant", "chemical plant", "power plant", "oil company"}
)


def routine_exercise(hits: list[CueHit], tokens: list[Token]) -> bool:
    """Every cue of the sentence is the fire of a military exercise that hurt nobody ("troops began joint
    live-fire drills, firing artillery shells into the sea"): ACLED codes no exercise. Fire in a clause of
    its own ("shelled Kharkiv as Belarus held military exercises") and an exercise that killed or wounded
    someone are news."""
    drills = [h.root(tokens) for h in hits if h.category == "m:exercise"]
    if not drills or any(h.category in HARM_TRIGGERS for h in hits):
        return False
    # the verb the exercise is the object of, or that a preposition hangs it on ("fired missiles during
    # military exercises")
    clauses = [drill.head.head if drill.dep_ == "pobj" else drill.head for drill in drills]
    triggers = [h.root(tokens) for h in hits if h.category.startswith("t:")]
    return all(any(t in clause.subtree for clause in clauses) for t in triggers)


def _inside_longer(hit: CueHit, phrase: CueHit) -> bool:
    longer = phrase.end - phrase.start > hit.end - hit.start
    return longer and phrase.start <= hit.start and hit.end <= phrase.end


def accident_or_crime(hits: list[CueHit]) -> bool:
    """The sentence names an accident, or an ordinary crime that no mob avenged (a mob lynching a thief
    is mob violence, which ACLED codes) and no one fought over (gendarmes who clash with cattle thieves or
    drug smugglers fight an armed group), and no crowd that could have caused it. A cue inside a longer
    suppressor phrase is that phrase's word ("a government shutdown" names no strike)."""
    suppressors = [h for h in hits if h.category.startswith("s:")]
    hits = [h for h in hits if not any(_inside_longer(h, s) for s in suppressors)]
    categories = {h.category for h in hits}
    if categories & CROWD_TRIGGERS:
        return False  # a crowd that "sparked a dumpster blaze" caused no accident
    if categories & MILITARY_WEAPON_TRIGGERS:
        return False  # "bombed the base, destroying missile warehouses": no warehouse fire
    if "m:war_remnant" in categories or any(h.category == "m:ied" and h.phrase in MINE_CUES for h in hits):
        # "a trooper accidentally stepped on a mine while patrolling": a landmine or a remnant of war that
        # goes off is an explosion ACLED codes (Remote explosive/landmine/IED), however unintended
        return False
    # "recovered a cache of arms, including 40 kg of ammonium nitrate": what forces seize went off in no
    # accident, whatever industrial word names it
    accident = "s:accident" in categories and "t:disrupt" not in categories
    sites_only = all(h.phrase in ACCIDENT_SITES for h in hits if h.category == "s:accident")
    if "t:clash" in categories and sites_only:
        accident = False
    # "a head constable was shot dead near a factory": a shooting aimed at someone is no industrial accident,
    # unless the text calls it one ("accidentally shot")
    said_accidental = any(h.category == "s:accident" and h.phrase in ACCIDENT_WORDS for h in hits)
    if any(h.phrase in DELIBERATE_SHOOTING for h in hits) and not said_accidental:
        accident = False
    sport = "s:sport" in categories  # "United's attack overwhelmed the visitors' defence": a game
    # "sanctions against Iran after the recent missile tests": a weapons test hits no one
    weapons_test = "s:weapons_test" in categories
    # "the battle over the federal budget intensified": a contest of politics, law or trade, not a fight
    contest = "s:contest" in categories
    return (
        accident
        or sport
        or contest
        or weapons_test
        or ("s:crime" in categories and not categories & {"m:mob", "t:clash"})
    )


def has_named_actor(cues: CueLexicon, sent: Span) -> bool:
    """An actor from the alias table, a noun that only armed actors are ('militants', 'troops'), or people
    said to be armed ('armed cattle raiders', 'armed men'; not an 'armed robbery' or 'armed robbers')."""
    return (
        any(e.label_ == "ACTOR" for e in span_entities(sent))
        or any(t.lemma_.lower() in cues.words.armed_nouns for t in sent)
        or any(_armed_people(cues, t) for t in sent)
    )


def _armed_people(cues: CueLexicon, token: Token) -> bool:
    if token.lower_ != "armed" or token.dep_ != "amod" or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    crime = cues.suppressors.get("crime", [])
    return (token.head.lemma_.lower(),) not in crime and (token.head.lower_,) not in crime


def under_denial(hits: list[CueHit], tokens: list[Token], live: list[tuple[CueHit, Token]]) -> bool:
    """'rejected accusations of bombing', 'sanctions over the missile tests': the trigger is not an event."""
    denial = {hit.root(tokens).i for hit in hits if hit.category == "s:denial"}
    return all(any(t.i in denial for t in governors(root)) for _, root in live)
