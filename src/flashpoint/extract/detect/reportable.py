"""Whether a trigger word reports an incident that happened: not negated, hypothetical, habitual, a trend
or an aggregate ("a spate of attacks", "intensified its attacks in recent months")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from flashpoint.extract.cues import CueHit, CueLexicon, WordLists
from flashpoint.extract.detect.claims import between_sides
from flashpoint.extract.detect.crowds import (
    crowd_is_acting,
    crowd_of_armed_men,
    held_elsewhere,
    lodged,
    private_gathering,
    protest_grievance,
    waiting_crowd,
)
from flashpoint.extract.detect.dating import (
    dated,
    days_apart,
    entity_names_a_day,
    is_date_entity,
    period_of,
    set_long_before,
    since_today,
    year,
)
from flashpoint.extract.detect.grammar import (
    NOUN_PHRASE_DEPS,
    clause_verb,
    governing_verb,
    infinitive,
    is_participle_clause,
    negated,
    own_clause,
    placed,
)
from flashpoint.extract.detect.weapons import AIR_WAR_CATEGORIES, interception_tally, weapon_snatched
from flashpoint.extract.fatalities.tolls import updates_toll
from flashpoint.nlp.memo import span_entities, span_text
from flashpoint.nlp.model import ACTOR_LABEL


def live_hits(
    cues: CueLexicon,
    hits: list[CueHit],
    tokens: list[Token],
    sent: Span,
    *,
    headline: bool,
    caption: bool = False,
    acts: frozenset[int] = frozenset(),
) -> list[tuple[CueHit, Token]]:
    """The hits whose trigger word is used reportably, with that word; `acts` are the token indices of
    every cue in the sentence (what an attempt tried may be a modifier: 'tried to break into')."""
    rooted = [(hit, hit.root(tokens)) for hit in hits]
    # a night's interception count placed nowhere: none of the sentence's air-war words is an incident
    tally = any(interception_tally(root) for _, root in rooted)
    return [
        (hit, root)
        for hit, root in rooted
        if not (tally and hit.category in AIR_WAR_CATEGORIES)
        and reportable(
            cues,
            root,
            sent,
            headline=headline,
            caption=caption,
            acts=acts,
            gathering=hit.category == "t:protest",
            measure=hit.category == "t:change_group",
        )
        and not did_not_happen(cues.words, hit.category[2:], root)
        and not weapon_snatched(cues.words, hit, root)
    ]


def reportable(
    cues: CueLexicon,
    root: Token,
    sent: Span,
    *,
    headline: bool,
    caption: bool = False,
    acts: frozenset[int] = frozenset(),
    gathering: bool = False,
    measure: bool = False,
) -> bool:
    """False for negated, hypothetical, habitual, generic or trend uses of a trigger; `gathering`: the
    trigger names a protest; `measure`: a change to a group's activity, which an order given makes."""
    words = cues.words
    if negated(root):
        return False
    if _casualties_as_people(root):
        return False
    for child in root.children:  # "no one was hurt", "nobody has been arrested"
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and (
            child.lower_ in ("nobody", "none", "nothing")
            or any(d.dep_ == "det" and d.lower_ == "no" for d in child.children)
        ):
            return False
    modal = any(child.lower_ in words.modals for child in root.children if child.dep_ in ("aux", "auxpass"))
    unreal = modal or _shares_modal(words, root) or _infinitive_under_modal(words, root)
    if unreal and not (measure and _announced_change(cues, root)):
        return False
    if (
        _under_irrealis(words, root)
        and not _attempted(words, root, acts)
        and not (measure and _given_order(words, root))
    ):
        return False
    for ancestor in [root, *list(root.ancestors)[:3]]:
        if any(c.dep_ == "mark" and c.lower_ in words.background_marks for c in ancestor.children):
            return False
        if ancestor.dep_ in ("ROOT",) or _circumstance_clause(ancestor):
            break  # "rebels vow a new offensive as rockets kill 30": no vow governs the 'as' clause
    if not_this_incident(cues, root) or state_of_a_place(cues, root):
        return False
    if _spells_out_a_term(words, root):
        return False
    if _opens_a_period(words, root if root.pos_ in ("VERB", "AUX") else governing_verb(root)):
        return False
    if _tells_a_periods_start(words, root):
        return False
    if cues.is_trigger_word("protest", root) and lodged(words, root):
        return False
    if names_updated_toll(root):
        return True
    if caption:
        # a photo caption shows its scene: the small model often parses its present-tense verb as a
        # noun ("riot police fire tear gas"), so the parse around the cue says little
        return not _habitual(words, root)
    if root.dep_ == "conj" and not headline and _shares_present(root) and not dated(words, sent):
        return False  # "bandits, who raid villages, kill residents and kidnap for ransom": what they do
    if root.pos_ in ("NOUN", "PROPN"):
        if root.lemma_.lower() in words.crowd_nouns:
            # "since the strike began, two protesters have died": the crowd's perfect sums a period up
            verb = governing_verb(root)
            trend = verb.tag_ == "VBN" and _perfect_trend(words, verb)
            return crowd_is_acting(root, headline=headline) and not trend
        return _noun_trigger_reported(words, root, headline=headline, gathering=gathering)
    if (root.tag_ in ("VBZ", "VBP") or _present_passive(root)) and not headline and not dated(words, sent):
        # habitual present ("the TTP mostly targets soldiers", "Nikopol is shelled almost daily");
        # headlines and dated captions ("Riot police fire tear gas ..., Tuesday") use it for the past
        return False
    if not headline and present_beside_past(root):
        # "Ecuador recorded 4,619 homicides ..., as gangs fight for control of trafficking routes": a
        # present beside a past in running text is what goes on, whatever day the sentence names
        return False
    if _present_estimate(root) and not headline:
        return False  # "Gangs are estimated to control about 80% of Port-au-Prince": a standing state
    if present_relative(root) and not headline:
        return False  # "gunmen from a gang that controls parts of the area opened fire on Sunday": what
        # the noun is, not the dated incident the main clause tells
    if root.dep_ == "relcl" and _present_progressive(root) and not headline and not dated(words, sent):
        # "in Guerrero, where the CJNG and the Sinaloa Cartel are fighting for control": a relative clause
        # describing a place or group by what goes on there (a main clause's "police are conducting raids"
        # reports the operation under way)
        return False
    claimed = root.dep_ == "pcomp" and root.head.head.lemma_.lower() in words.report_governors
    # a gerund as a thing ("successful in eliminating leaders"), unless claimed or the subject of a fight
    # between two named sides ("fighting broke out between the army and the RSF")
    sided = root.dep_ == "nsubj" and between_sides([root]) is not None
    # "..., with both sides signing an agreement": a gerund with its own subject after "with" tells what
    # happened
    absolute = root.head.lower_ == "with" and any(c.dep_ == "nsubj" for c in root.children)
    # a gerund joined by 'and' to a subject gerund is a subject too ("sniping and shelling continue to
    # claim lives": things that go on, not an incident)
    subject_conj = root.dep_ == "conj" and root.head.tag_ == "VBG" and root.head.dep_ in ("csubj", "nsubj")
    gerund_dep = root.head.dep_ if subject_conj else root.dep_
    # a headline's subject gerund whose verb counts what it did ("Shelling on Damascus suburb claims 9
    # lives") tells one incident; uncounted ("sniping and shelling continue to claim lives") it goes on
    gerund_verb = root.head.head if subject_conj else root.head
    counted = headline and gerund_dep in ("csubj", "nsubj") and _takes_a_count(gerund_verb)
    if (
        root.tag_ == "VBG"
        and gerund_dep in ("pcomp", "pobj", "csubj", "nsubj")
        and not (claimed or sided or absolute or counted)
    ):
        return False
    if root.tag_ in ("VBN",) and _perfect_trend(words, root, trigger=True):
        return False
    perfect_told = root.dep_ in ("xcomp", "ccomp") and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in root.children
    )
    if perfect_told and root.head.tag_ == "VBN" and _perfect_trend(words, root.head):
        # "have repeatedly claimed to have targeted American warships": what a perfect summing up a
        # period says was done is of that period too ("have repeatedly been told to surrender" tells
        # no deed)
        return False
    if _periods_toll(words, root):
        return False
    if _FIRST_PART_OF_PERIOD.search(span_text(root.sent)):
        return False  # "killed or injured more than 600 civilians in the first ten months of this year"
    if _in_summed_incidents(cues, root):
        return False
    if _aim_of_habit(words, root):
        return False
    return not _habitual(words, root)


# what may stand between an incident word and the toll it names: nouns ("Aleppo shelling death toll"), a
# headline's colon ("Yemen wedding air strike: toll rises to 21")
MAX_WORDS_BEFORE_TOLL = 3


def names_updated_toll(root: Token) -> bool:
    """The incident word right before a toll that rises names the incident whose count is updated: "Aleppo
    shelling death toll rises to 8" (the parser makes 'shelling' a gerund subject), "Yemen wedding air
    strike: toll rises to 21" (the strike hung on the update as a stray dependent). Only nouns or a colon
    stand between the word and 'toll', and the toll is the update's subject (or the gerund's object)."""
    sent = root.sent
    ahead = root.doc[root.i + 1 : min(root.i + 2 + MAX_WORDS_BEFORE_TOLL, sent.end)]
    toll = next((t for t in ahead if t.lower_ == "toll"), None)
    if toll is None or not (toll.dep_ == "nsubj" or toll.head == root) or not updates_toll(sent):
        return False
    between = root.doc[root.i + 1 : toll.i]
    return all(t.pos_ in ("NOUN", "PROPN") or t.text == ":" for t in between)


# categories that name a result, which an attempt does not have: taking a place
RESULT_CATEGORIES = frozenset({"territory_gain", "territory_regain"})


def not_this_incident(cues: CueLexicon, token: Token) -> bool:
    """A cue word that names an earlier incident, or a crowd that is no demonstration ("a gathering of
    soldiers was attacked")."""
    return (
        _earlier_incident(cues.words, token)
        or protest_grievance(cues, token)
        or crowd_of_armed_men(cues, token)
        or _future_incident(cues.words, token)
        or private_gathering(cues, token)
        or waiting_crowd(cues, token)
        or _rumoured(cues.words, token)
    )


def _rumoured(words: WordLists, token: Token) -> bool:
    """A deed told in what a rumour or accusation says ('after rumours that he had kidnapped a child'):
    what a crowd believed, no incident of its own."""
    return token.dep_ in ("acl", "ccomp") and token.head.lemma_.lower() in words.rumour_nouns


def _future_incident(words: WordLists, token: Token) -> bool:
    """An event noun said to be planned or upcoming ("deployed riot officers ahead of planned opposition
    protests", "detained 5 activists ahead of an unsanctioned rally", "arrested party leaders prior to a
    youth rally"): it has not happened."""
    if token.pos_ in ("VERB", "AUX"):  # a frame's verb: "announced a blockade from Thursday"
        return any(c.dep_ == "dobj" and _announced_to_start(words, c) for c in token.children)
    if token.pos_ != "NOUN":
        return False
    awaited = (
        token.dep_ == "pobj"
        and token.head.lower_ in ("of", "to")
        and token.head.head.lower_ in ("ahead", "prior")
    )
    return (
        awaited
        or any(c.dep_ == "amod" and c.lower_ in words.future_modifiers for c in token.children)
        or _subject_of_modal(words, token)
        or _announced_to_start(words, token)
    )


def _announced_to_start(words: WordLists, noun: Token) -> bool:
    """'The BNP has announced a three-day blockade from Thursday', 'called a strike starting Monday': an
    event noun announced to begin on a named day is a plan, not held (a weekday there is the next one)."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in words.announcing_verbs:
        return False
    for word in (*noun.children, *noun.head.children):
        if word.lower_ not in ("from", "starting", "beginning"):
            continue
        if any(t.lower_ in words.weekday_words or t.lower_ == "tomorrow" for t in word.subtree):
            return True
    return False


def _subject_of_modal(words: WordLists, noun: Token) -> bool:
    """An event noun whose verb is under a modal ('another rally would be held on Friday', 'the march will
    take place on Sunday'): announced, not held. A modal perfect ('the attack could have been carried out by
    IS') guesses at a past incident, which did happen."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    auxiliaries = [c for c in noun.head.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lower_ in words.modals for c in auxiliaries) and not any(
        c.lemma_.lower() == "have" for c in auxiliaries
    )


def _earlier_incident(words: WordLists, token: Token) -> bool:
    """An event noun that names another, earlier incident as background or sums a period up: 'near the
    scene of a 2017 chemical attack', 'talks started despite the air strikes', 'a deal ending eight weeks of
    fighting', 'after a series of attacks'."""
    if period_of(words, token) or _likened_undated(words, token):
        return True
    since = token.head.head if token.dep_ == "relcl" and token.head.dep_ == "pobj" else None
    if since is not None and since.lower_ == "since" and not since_today(words, since):
        return True  # "protests every Friday since September 30, when forces killed dozens": a period's start
    for noun in [token, *token.ancestors]:
        if noun.dep_ not in NOUN_PHRASE_DEPS:
            return days_apart(words, noun) if noun is not token else set_long_before(words, noun)
        if noun.pos_ not in ("NOUN", "PROPN") and noun.tag_ != "VBG":
            continue
        if any(c.ent_type_ == "DATE" and c.shape_ == "dddd" for c in noun.children):
            return True  # "the 2017 attack"
        if (
            noun is token
            and noun.tag_ == "NNS"
            and any(c.dep_ == "det" and c.lower_ in ("these", "those", "such") for c in noun.children)
        ):
            return True  # "were killed in these attacks": the ones a report counted, summed up
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ in words.concessive_preps:
            return True
        if noun is token and set_long_before(words, noun):
            return True  # "restored ties two decades after the massacre", "two years after a bombing killed"
        # the cue itself, or a prepositional cue on it ("the death in custody")
        own = noun.i == token.i or (token.pos_ == "ADP" and token.head.i == noun.i)
        if own and noun.dep_ == "pobj" and head.lower_ == "since" and not since_today(words, head):
            return True  # "shaken by protests since the death in custody of a woman": a period's start
        answered = head.lower_ in ("for", "to") and head.head.lemma_.lower() in words.answer_nouns
        if noun.dep_ == "pobj" and answered:
            return True  # "attacked border posts in retaliation for the air strikes"
        if noun is token and noun.dep_ == "dobj" and head.lemma_.lower() in words.fleeing_verbs:
            return True  # "looted the houses of residents after they fled clashes"
        period = head.head.lemma_.lower()
        if (
            noun.dep_ == "pobj"
            and head.lower_ == "of"
            and (period in words.duration_nouns or period in words.trend_nouns)
        ):
            return True  # "after eight weeks of fighting", "following a series of attacks": summed up
    return False


def _likened_undated(words: WordLists, token: Token) -> bool:
    """'Residents held a similar protest last month': an event noun likened to the incident told names
    another one of its kind; with no day named in the sentence it is background ('In a similar attack on
    Tuesday, ...' names a day and stays an incident)."""
    # the small model hangs a fronted comparative on a noun as an adverb ("Earlier protests this month left
    # 20 dead"); on a verb it dates the clause ("Earlier in the evening, militants had abducted ...")
    fronted = token.pos_ in ("NOUN", "PROPN")
    if not any(
        (c.dep_ == "amod" or (fronted and c.dep_ == "advmod" and c.i < token.i))
        and c.lower_ in words.likeness_words
        for c in token.children
    ):
        return False
    if held_elsewhere(token):
        return False
    return not any(
        is_date_entity(ent) and entity_names_a_day(words, ent) for ent in span_entities(token.sent)
    )


def _announced_change(cues: CueLexicon, verb: Token) -> bool:
    """'the Houthis announced they would extend their attacks to ships in the Indian Ocean': a group's widened
    or shifted operations (frame 'widen_operations') that it announced, with 'would' or 'will', are made by
    the announcement (ACLED codes the change on the announcement's day); a measure announced for later ('he
    will extend the night-time curfew', a threat to PLOVER) is taken when it is, and a wish or a threat said
    ('said it would retaliate') is no announcement."""
    _, verbs, objects = cues.frames["widen_operations"]
    widened = verb.lemma_.lower() in verbs and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in objects for c in verb.children
    )
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    head = verb.head
    return (
        widened
        and verb.dep_ == "ccomp"
        and head.lemma_.lower() in ("announce", "declare")
        and head.tag_ == "VBD"
        and any(c.lower_ in ("would", "will", "'ll") for c in verb.children if c.dep_ == "aux")
    )


def _shares_modal(words: WordLists, verb: Token) -> bool:
    """'said it would extend the curfew and deploy more troops': a bare verb joined by 'and' to a modal one,
    with no subject or auxiliary of its own, is under the same modal (a past 'and deployed' is told as
    done). An alternative ('They must all leave or die', a report title UCDP cites for killings) is left as
    it was read: on the dev gold every such 'or' stood for events the report told."""
    while verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ in ("VERB", "AUX"):
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            return False
        if not any(c.dep_ == "cc" and c.lower_ == "and" for c in verb.head.children):
            return False
        verb = verb.head
        if any(c.lower_ in words.modals for c in verb.children if c.dep_ in ("aux", "auxpass")):
            return True
    return False


def _infinitive_under_modal(words: WordLists, verb: Token) -> bool:
    """'said the government would continue with the offensive to liberate the remaining areas', 'will launch
    a push to retake the town': a to-infinitive that a modal verb governs, or that the aim of a noun it takes
    spells out, is as unreal as that verb (a plan, no area liberated)."""
    if not infinitive(verb) or verb.dep_ not in ("xcomp", "advcl", "acl", "relcl"):
        return False
    head = verb.head
    # "will launch a new push to retake the town": the aim of a noun the modal verb takes
    while (head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "pobj")) or head.dep_ == "prep":
        head = head.head
    return head.pos_ in ("VERB", "AUX") and any(
        c.lower_ in words.modals for c in head.children if c.dep_ in ("aux", "auxpass")
    )


def _after_present_relative(token: Token) -> bool:
    """'have been plagued by armed bandits who kill, abduct for ransom and loot villages': a bare present
    verb with no subject of its own right after a present relative clause's verb, only a comma or 'and'
    between, is that clause's next verb, however the parse hung it (here on the main verb 'plagued')."""
    if token.dep_ != "conj" or token.tag_ not in ("VBP", "VB") or token.i == 0:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children):
        return False
    before = token.doc[token.i - 1]
    if before.dep_ in ("punct", "cc") and before.i > 0:
        before = token.doc[before.i - 1]
    return present_relative(before)


def _shares_present(token: Token) -> bool:
    """A conjunct with no subject or auxiliary of its own whose chain of conjuncts goes back to the present
    tense verb of a relative clause ('bandits, who raid villages, kill residents and kidnap for ransom'):
    what a group does, as that verb says. A present main clause is left as read: Syrian monitors' titles
    tell the day's news in it ('the Front begins attacks and regain areas it lost')."""
    if _after_present_relative(token):
        return True
    while token.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children
    ):
        token = token.head
        if token.tag_ in ("VBZ", "VBP") and token.pos_ == "VERB":
            return token.dep_ == "relcl"
    return False


def _feared_dead(root: Token, head: Token) -> bool:
    """'10 feared killed', 'many feared dead': news reports uncertain deaths this way; 'residents fear
    attacks' stays a fear."""
    return head.lemma_.lower() == "fear" and head.tag_ in ("VBN", "VBD") and root.lower_ in ("killed", "dead")


CIRCUMSTANCE_MARKS = frozenset({"as", "after", "while", "when"})


def present_beside_past(verb: Token) -> bool:
    """A present-tense clause of circumstance under a past verb ('gangs attacked Kenscoff on Monday, ..., as
    armed groups push further into areas once considered safe'): what goes on, no incident of the day."""
    return verb.tag_ in ("VBZ", "VBP") and _circumstance_clause(verb) and verb.head.tag_ == "VBD"


def _circumstance_clause(verb: Token) -> bool:
    """A clause that tells what happened meanwhile or before ('as rockets kill 30', 'after gunmen shot at a
    plane'): its event is reported in its own right, not hoped for or feared by the main clause."""
    marks = (c.lower_ for c in verb.children if c.dep_ == "mark")
    return verb.dep_ == "advcl" and any(mark in CIRCUMSTANCE_MARKS for mark in marks)


def state_of_a_place(cues: CueLexicon, token: Token) -> bool:
    """'the occupied city', 'the captured town': a territory participle describing a place is its state;
    so is 'held' ('the last major city still held by the army': who controls it, no one detained)."""
    if token.lower_ == "held" and token.dep_ in ("acl", "amod") and token.head.i < token.i:
        place = token.head
        return place.ent_type_ in ("GPE", "LOC", "FAC") or place.lower_ in cues.words.place_targets
    if _occupied_region_name(token):
        return True
    if token.dep_ != "amod" or token.tag_ not in ("VBN", "JJ"):
        return False
    return cues.is_trigger_word("territory_gain", token) or cues.is_trigger_word("territory_regain", token)


def _occupied_region_name(token: Token) -> bool:
    """'in Pakistan occupied Kashmir', 'from Indian occupied Kashmir': a region named by who holds it, written
    without its hyphen (as in texts stripped of punctuation), which the small model reads as a clause in which
    the country occupies the place: no capture. The name stands after a preposition, between two capitalised
    words."""
    i = token.i
    doc = token.doc
    if token.lower_ != "occupied" or i < 2 or i + 1 >= len(doc):
        return False
    holder, after = doc[i - 1], doc[i + 1]
    return (
        doc[i - 2].pos_ == "ADP"
        and holder.text[:1].isupper()
        and holder.pos_ in ("PROPN", "ADJ")
        and after.text[:1].isupper()
        and after.pos_ == "PROPN"
    )


def _present_estimate(verb: Token) -> bool:
    """'are estimated to control', 'is believed to hold': a bare infinitive under a present passive tells what
    is held true now, a state ('are believed to have killed' tells a past deed, and keeps its 'have')."""
    if verb.tag_ != "VB" or verb.dep_ != "xcomp" or any(c.lower_ == "have" for c in verb.children):
        return False
    head = verb.head
    return head.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in head.children)


def present_relative(verb: Token) -> bool:
    """'a gang that controls parts of the area', 'the group, which holds the town': a present-tense
    relative clause says what its noun is or does as a rule, even in a sentence that names the day of the
    incident its main clause tells."""
    return verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP")


def _present_progressive(verb: Token) -> bool:
    """'are fighting', 'is attacking': a present 'be' is the verb's own auxiliary (not 'were fighting', not
    'have been fighting')."""
    return any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _verb_read_as_noun(words: WordLists, noun: Token) -> bool:
    """A headline's verb the small model read as a noun modifying its object: 'Boko Haram raid villages',
    'gunmen torch Nigeria villages'. An armed subject stands right before it and a place after it (so 'Boko
    Haram attack victims' stays a noun phrase)."""
    if noun.dep_ not in ("compound", "nmod") or noun.head.i < noun.i or noun.i == 0:
        return False
    subject = noun.doc[noun.i - 1]
    armed = subject.ent_type_ == ACTOR_LABEL or subject.lemma_.lower() in words.armed_sides
    target = noun.head
    place = target.ent_type_ in ("GPE", "LOC", "FAC") or target.lower_ in words.place_targets
    return armed and place


def _in_a_name(word: Token) -> bool:
    """'a No Kings rally', 'the No Border camp': a capitalised word inside a sentence before another is part
    of a name, not a determiner that denies the event."""
    return word.is_title and word.i > word.sent.start and word.i + 1 < len(word.doc) and word.nbor(1).is_title


# verbs of one thing becoming another, whose "into" names what it became ("turned into armed clashes")
TURNING_VERBS = frozenset({"turn", "escalate", "spiral", "degenerate", "descend", "erupt", "devolve"})


def _noun_trigger_reported(words: WordLists, noun: Token, *, headline: bool, gathering: bool = False) -> bool:
    """An event noun is an event only when it is a specific, reported occurrence.

    'a blast killed', 'rallies were held', 'staged a protest', 'claimed responsibility for the attack' are;
    'a spate of attacks', 'attacks have intensified', 'no attacks', 'US air strikes were successful' are not.
    `gathering`: the noun names a protest, which a perfect with a place tells as it goes on ('activists have
    staged rallies in Gaza'), where 'militants have carried out attacks in Bannu' sums incidents up.
    """
    plural = noun.tag_ in ("NNS", "NNPS")
    has_count = any(c.dep_ == "nummod" for c in noun.children)
    determiners = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss") and not _in_a_name(c)}
    if determiners & {"no", "any", "every", "each", "such"}:
        return False
    if any(t.lower_ in words.trend_nouns for t in [noun.head, *noun.children]):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in words.trend_nouns:
        return False
    verb = head
    if headline and _verb_read_as_noun(words, noun):
        return True
    if noun.dep_ in ("compound", "amod") and head.lemma_.lower() in words.organiser_nouns:
        return False  # "protest leaders said they would travel to Lima": who lead it, no incident
    if noun.dep_ in ("compound", "amod") and head.pos_ == "NOUN":  # "a protest march", "suicide attack"
        return _noun_trigger_reported(words, head, headline=headline) if head.dep_ != noun.dep_ else False
    toll_update = noun.lemma_.lower() == "toll" and noun.dep_ == "nsubj"
    if verb.lemma_.lower() in words.trend_verbs and not toll_update:
        return False  # "attacks rose"; but "the death toll rose to 15" updates one incident's count
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    ongoing = gathering and perfect and placed(verb) and not _perfect_trend(words, verb)
    generic = plural and not has_count and (perfect or (verb.tag_ in ("VBZ", "VBP") and not headline))
    if generic and not ongoing:
        return False
    if noun.dep_ == "nsubj" and not (plural or determiners or has_count or headline) and _characterised(verb):
        return False  # "Kidnapping for ransom has become a booming industry": the crime in general
    # subject of a reported verb: "a blast killed", "clashes erupted", "rallies were held"
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
        return verb.tag_ in ("VBD", "VBN") or (headline and verb.tag_ in ("VBZ", "VBP", "VBG"))
    if noun.dep_ == "pobj" and head.lower_ in ("to", "in") and head.head.lemma_.lower() in RESULT_VERBS:
        # "surrounded the militants, leading to an exchange of fire", "the raid resulted in a gunfight": what
        # a reported incident led to happened too
        governor = head.head
        return governor.tag_ in ("VBD", "VBN") or _participle_of_past(governor) or headline
    if noun.dep_ == "pobj" and head.lower_ in ("from", "in", "of") and head.head.lemma_.lower() == "toll":
        # "Toll from Peshawar church bomb rises to 81": the subject of the update is the toll of one incident
        toll = head.head
        update = toll.head
        reported = update.tag_ in ("VBD", "VBN") or (headline and update.tag_ in ("VBZ", "VBP"))
        return toll.dep_ == "nsubj" and update.pos_ in ("VERB", "AUX") and reported
    # "claimed responsibility for the killing of ...", "killed in an attack", "injured in the blast"
    if noun.dep_ == "pobj" and head.lower_ in ("for", "in", "during", "after", "by", "following", "of"):
        governor = head.head
        # "police reported 10 deaths in clashes": a counted toll makes the plural incidents specific
        counted_toll = False
        if governor.lemma_.lower() in words.casualty_nouns and governor.dep_ in ("dobj", "nsubjpass"):
            counted_toll = any(c.dep_ == "nummod" for c in governor.children)
            governor = governor.head  # "sustained injuries in a roadside blast": the verb of the injuries
        if governor.tag_ == "VBN" and _perfect_trend(words, governor):
            return False  # "more than 40 people have died in clashes since December": a period's toll
        if governor.lemma_.lower() in words.report_governors:
            return True
        if (
            headline
            and governor.pos_ in ("NOUN", "PROPN")
            and (governor.dep_ == "ROOT" or governor.lemma_.lower() in words.casualty_nouns)
        ):
            return True  # verbless headlines: "Casualties in clashes at Homs", "3 martyrs in raids on X"
        reported = governor.tag_ in ("VBD", "VBN") or (headline and governor.tag_ in ("VBZ", "VBP"))
        return reported and not (plural and not has_count and not counted_toll)
    if headline and noun.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN") and head.dep_ != "conj":
        # "Clashes in Hama and raids on Idlib", "11 casualties ... and airstrikes target al-Bab": the first
        # conjunct's reading holds for the rest
        return head.dep_ == "ROOT" or _noun_trigger_reported(words, head, headline=headline)
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "with"
        and head.head.lemma_.lower() in ANSWERING_VERBS
        and not gathering
    ):
        # "the calls were ignored and instead met with explosions of crude bombs", "militants responded with
        # an attack on the post": what a side answered with happened (not a protest: "the decision was met
        # with protests" sums up reactions)
        governor = head.head
        return governor.tag_ in ("VBD", "VBN") or headline
    if noun.dep_ == "pobj" and head.lower_ == "into" and head.head.lemma_.lower() in TURNING_VERBS:
        # "a land dispute between two tribes turned into armed clashes": what the dispute became happened
        return head.head.tag_ in ("VBD", "VBN") or headline
    if noun.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() == "come":
        # "a patrol came under fire from militants": an attack told from its target, when a side is armed
        # ("the government came under fire from the opposition" is criticism)
        governor = head.head
        reported = governor.tag_ in ("VBD", "VBN") or (headline and governor.tag_ in ("VBZ", "VBP"))
        return reported and armed_side_of_come_under(words, governor, noun)
    if noun.lower_ == "death" and noun.dep_ == "pobj" and head.lower_ == "to":  # "hacked a man to death"
        governor = head.head
        return governor.tag_ in ("VBD", "VBN") or (headline and governor.tag_ in ("VBZ", "VBP"))
    if noun.dep_ == "xcomp" and verb.lemma_.lower() in words.report_governors:
        return True  # "Taliban claim killing of journalist"
    if noun.dep_ == "dobj" and verb.tag_ == "VBN" and _perfect_trend(words, verb):
        return False  # "Hezbollah has exchanged near-daily fire with Israel since October 8": a period
    if noun.dep_ in ("dobj", "attr", "oprd", "xcomp"):  # xcomp: a misparsed object ("escapes bid on life")
        outer = _misparsed_compound_head(verb)
        if outer is not None:  # "carried out a drive-by shooting attack": the whole phrase is the object
            return _noun_trigger_reported(words, outer, headline=headline)
        if verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.tag_ in ("VBD", "VBN"):
            return True  # "agreed to resume the talks", "managed to storm the camp" (irrealis heads filtered)
        if _participle_of_past(verb):
            return True  # "charged a camp, inflicting casualties": the participle shares the past of its verb
        return verb.tag_ in ("VBD", "VBN") or (headline and verb.tag_ in ("VBZ", "VBP"))
    return headline and noun.dep_ in ("ROOT", "nsubj", "appos")


COPULAS = frozenset({"be", "become", "remain"})


# verbs that take, through 'to' or 'in', what an incident turned into ("leading to a gunfight")
RESULT_VERBS = frozenset({"lead", "result"})


# verbs that take, through 'with', the act a side answered with ("met with explosions of crude bombs")
ANSWERING_VERBS = frozenset({"meet", "respond", "retaliate", "react", "answer"})


def _characterised(verb: Token) -> bool:
    """A copula with a noun or adjective after it ('has become the fastest-growing industry', 'remains
    rampant'): it says what its subject is, which with a bare singular event noun is that kind of deed in
    general."""
    if verb.lemma_.lower() not in COPULAS or verb.ent_type_:
        return False  # "Iraqi forces battle IS jihadists": the group's name read as 'is'
    return any(c.dep_ in ("attr", "acomp") for c in verb.children)


def armed_side_of_come_under(words: WordLists, come: Token, attack: Token) -> bool:
    """Who 'came under' the attack (the subject) or whom it came from ('from TTP militants', 'by a group of
    militants') is armed: an actor, an armed noun or a force noun, or one of them modifying it ('a police
    patrol')."""
    sides = [c for c in come.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "soldiers patrolling a road came under fire": the small model makes the participle the subject
    sides += [g for c in come.children if c.dep_ == "csubj" for g in c.children if g.dep_ == "nsubj"]
    # whom it came from: "came under fire from TTP militants", "came under a gun attack by militants"
    sides += [g for h in (come, attack) for c in h.children if c.lower_ in ("from", "by") for g in c.children]
    # "by a group of militants": the group's members
    members = [g for d in sides for c in d.children if c.lower_ == "of" for g in c.children]
    sides += [g for g in members if g.dep_ == "pobj"]
    named = [t for d in sides for t in (d, *(c for c in d.children if c.dep_ in ("amod", "compound")))]
    # "came under fire from armed men": the men are armed by the word that says so
    return any(t.ent_type_ == "ACTOR" or t.lemma_.lower() in words.armed_sides for t in named) or any(
        t.dep_ == "amod" and t.lower_ == "armed" for t in named
    )


def _misparsed_compound_head(verb: Token) -> Token | None:
    """The noun a gerund modifier really belongs to: in 'a drive-by shooting attack' the small model reads
    'shooting' as a verb under 'by' (a particle of 'drive'), so 'attack' looks like its object."""
    if verb.tag_ != "VBG":
        return None
    head = verb.head
    if verb.dep_ in ("amod", "compound") and head.pos_ == "NOUN":
        return head
    if verb.dep_ == "pcomp" and head.dep_ == "prt" and head.head.pos_ == "NOUN":
        return head.head
    return None


def _irrealis_head(words: WordLists, root: Token) -> Token | None:
    """The attempt, plan, order or wish a cue stands under within its clause ("trying to take the airport",
    "ordered its fighters to carry out attacks"), if any."""
    if root.dep_ == "conj" and root.tag_ == "VBD":
        return None  # "tried to storm parliament and clashed with police": a past verb no 'to' governs
    if _past_verb_on_subject(root):
        return None
    below = root
    for ancestor in list(root.ancestors)[:3]:
        if _circumstance_clause(below):
            break  # "rebels vow a new offensive as rockets kill 30": no vow governs the 'as' clause
        if ancestor.lemma_.lower() in words.irrealis_heads:
            if _participle_read_as_verb(ancestor, below):
                return None
            # "ten feared killed in a communal clash": the deaths are reported, if uncertain
            return None if _feared_dead(root, ancestor) else ancestor
        if ancestor.lemma_.lower() in words.stopping_verbs and infinitive(ancestor):
            return ancestor  # "signed an agreement to end clashes": an aim, not this incident
        if ancestor.lemma_.lower() in words.bidding_verbs and infinitive(below) and below.head == ancestor:
            return ancestor  # "police told the militants to surrender": bidden, not done ('told reporters
            # that militants attacked' tells what was done)
        if ancestor.dep_ == "ROOT":
            break
        below = ancestor
    return None


def _given_order(words: WordLists, root: Token) -> bool:
    """'the Taliban ordered all NGOs to suspend their female employees': an authority's order given (a past
    'ordered') makes the measure it orders, unlike a plan or a wish."""
    head = _irrealis_head(words, root)
    if head is not None and head.lemma_.lower() in words.stopping_verbs and root.head == head:
        # "ordered all medical institutes to stop admitting women": to stop doing something is the measure
        # the order makes, no aim of it
        head = head.head if head.dep_ == "xcomp" and root.tag_ == "VBG" else None
    return head is not None and head.lemma_.lower() == "order" and head.tag_ == "VBD"


def _participle_read_as_verb(head: Token, below: Token) -> bool:
    """'Protesters demanding cheaper power pelted police with stones': the small model makes the participle
    the sentence's root and the finite verb its clausal object; no demand or wish takes a past-tense clause
    without 'that', so the past verb is what the subject did. So with the participle on a crowd noun left as
    the root ('protesters demanding the Prime Minister's resignation set fire to buildings'), where the small
    model may tag the past 'set' as a participle."""
    on_verbless_root = head.dep_ == "acl" and head.head.dep_ == "ROOT" and head.head.pos_ in ("NOUN", "PROPN")
    return (
        (head.dep_ == "ROOT" or on_verbless_root)
        and head.tag_ == "VBG"
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
        and below.dep_ == "ccomp"
        and (below.tag_ == "VBD" or (on_verbless_root and below.tag_ == "VBN"))
        and not any(c.dep_ in ("mark", "aux", "auxpass") for c in below.children)
    )


def _past_verb_on_subject(verb: Token) -> bool:
    """'graduates protested in Nasiriyah demanding employment': the small model hangs the past verb on its
    subject as a clause (tagging it a participle) and makes the participle after it the root; a participle
    root with a subject and no auxiliary is no finite verb, so the past verb on its subject is what the
    subject did, not what it demanded."""
    subject = verb.head
    root = subject.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and subject.dep_ == "nsubj"
        and root.dep_ == "ROOT"
        and root.tag_ == "VBG"
        and not any(c.dep_ in ("aux", "auxpass") for c in root.children)
    )


def _under_irrealis(words: WordLists, root: Token) -> bool:
    return _irrealis_head(words, root) is not None


def _attempted(words: WordLists, root: Token, acts: frozenset[int]) -> bool:
    """A cue that an attempt governs directly, which was made: what was tried ('tried to storm parliament',
    'tried to hold a march'), or its makers when what they tried is a cue too ('protesters tried to break
    into the city hall', not 'protesters seeking to breathe new life into their movement'); a capture tried
    has no result, which did_not_happen keeps out. `acts`: token indices of the sentence's cues."""
    head = _irrealis_head(words, root)
    if head is None or head.lemma_.lower() not in words.attempt_heads:
        return False
    tried = [c for c in head.children if c.dep_ == "xcomp"]  # not 'seeks funds to fight': a wish
    if any(root == t or root.head == t for t in tried):
        return True
    makers = [c for c in head.children if c.dep_ == "nsubj"]
    tried_a_cue = any(t.i in acts for act in tried for t in act.subtree)
    return tried_a_cue and any(root in maker.subtree for maker in makers)


def did_not_happen(words: WordLists, category: str, root: Token) -> bool:
    """A cue that types no event: one under a plan, order or wish ("ordered its fighters to carry out
    attacks"), or a capture under an attempt ("protesters trying to take the airport"): an attempted protest
    or attack still happened ("detained while trying to hold a demonstration"), an attempted capture took
    no place."""
    head = _irrealis_head(words, root)
    if head is None:
        return False
    if category == "change_group" and _given_order(words, root):
        return False  # "ordered all NGOs to suspend their female employees": the order makes the measure
    # an arrest tried holds nobody: "opened fire when officers tried to detain them"
    return head.lemma_.lower() not in words.attempt_heads or category in RESULT_CATEGORIES | {"arrest"}


def _casualties_as_people(token: Token) -> bool:
    """'The injured were taken to hospital in Imphal', 'the wounded were rushed to ...': the people hurt in
    the incident already told, named by their state; the word reports no new hurting."""
    return (
        token.lower_ in ("injured", "wounded")
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    )


def _spells_out_a_term(words: WordLists, token: Token) -> bool:
    """'265 militants were "neutralised", a term that means killed, captured or surrendered': the words a
    defining verb takes in a clause on a noun spell out what a word means, they report nothing."""
    # the small model often misreads the list ('means' as a noun, 'captured or surrendered' hung on another
    # verb), so a participle listed right after a defining word counts whatever the parse
    sent_start = token.sent.start
    for left in reversed(token.doc[max(sent_start, token.i - 8) : token.i]):
        if (
            left.lower_.removesuffix("s") in words.defining_verbs
            or left.lemma_.lower() in words.defining_verbs
        ):
            return True
        if not (left.is_punct or left.dep_ == "cc" or left.tag_ in ("VBN", "VBD")):
            break
    for below in [token, *list(token.ancestors)[:3]]:
        head = below.head
        if head is below:
            break
        defining = head.lemma_.lower() in words.defining_verbs and (
            head.dep_ in ("relcl", "acl", "advcl", "appos") or head.tag_ == "VBG"
        )
        if defining and below.dep_ in ("xcomp", "ccomp", "dobj", "attr", "oprd", "acomp"):
            return True
        if below.dep_ != "conj":
            break
    return False


def _present_passive(verb: Token) -> bool:
    """'Nikopol is shelled almost daily', 'villages are raided': a simple present passive tells what goes on,
    like the active present ('is being shelled' is under way)."""
    if verb.tag_ != "VBN":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in auxes) and not any(
        c.lower_ == "being" or c.lemma_ in ("have", "will") for c in auxes
    )


# a period counted up to now: "so far this year", "so far in 2024", "this month so far"
_SO_FAR_PERIOD = re.compile(
    r"\bso far (?:this|in|during)(?: the)? (?:year|month|week|\d{4})\b|\bthis (?:year|month|week) so far\b",
    re.I,
)


# the opening stretch of a year or a war counted up ("in the first ten months of this year", "in the first
# half of 2024", "during the first week of the war"): a toll over it sums up a period, in any tense
_FIRST_PART_OF_PERIOD = re.compile(
    r"\b(?:in|during|over) the first (?:\w+ )?(?:days|weeks|months|half|quarter|week|month|year)"
    r" of (?:this|the|last) (?:year|war|conflict)\b|\b(?:in|during|over) the first (?:\w+ )?"
    r"(?:days|weeks|months|half|quarter) of \d{4}\b",
    re.I,
)


# plural round numbers no one incident's count is told in with a perfect ("thousands have been killed")
UNCOUNTED_MULTITUDES = frozenset({"thousands", "millions"})
# what is done to people in such a toll (not "thousands have gathered", a crowd that may be there now)
HARMING_VERBS = frozenset({"kill", "wound", "injure", "abduct", "kidnap", "displace", "arrest", "detain"})


def _perfect_trend(words: WordLists, verb: Token, *, trigger: bool = False) -> bool:
    """'has intensified its attacks', 'have carried out a spate of attacks': a perfect summing up a period.
    With `trigger` the verb is the event's own cue: 'have protested' tells protests, where 'have protested
    the killings' or 'attacks have intensified' tell of other incidents (`trend_verbs`)."""
    has_perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if not has_perfect:
        return False
    if verb.lemma_.lower() in words.trend_verbs and not trigger:
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(s.lemma_.lower() in words.period_subjects for s in subjects):
        return True  # "the war in Yemen has killed more than 150,000 people"
    if verb.lemma_.lower() in HARMING_VERBS and any(
        t.lower_ in UNCOUNTED_MULTITUDES for s in subjects for t in s.subtree
    ):
        return True  # "Thousands of people have been killed": a multitude too big to count, a period's toll
    # a period word the parse hangs on the last of two coordinated verbs or counts scopes over both ("have
    # killed thousands and abducted many more over the past decade", "220 have been killed and 60,000
    # displaced in the conflict so far")
    shared = [t for c in verb.children if c.dep_ == "conj" for t in c.subtree]
    heads = [verb, *(t for t in shared if t.pos_ in ("VERB", "NUM"))]
    spans = (
        g
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("in", "during")
        for g in c.children
    )
    if any(g.dep_ == "pobj" and g.lemma_.lower() in words.period_subjects for g in spans):
        return True  # "more than 250 protesters have been killed in the crackdown"
    if _since_clause(verb) or _started_long_ago(words, verb):
        return True
    if _SO_FAR_PERIOD.search(span_text(verb.sent)):
        return True  # "43 Maoists have been killed in separate encounters ..., so far this year", however the
        # parse hangs the period (on a participle clause between)
    marks = words.trend_nouns | words.perfect_trend_words
    return any(
        (t.lower_ in marks and not _a_number_of(t) and not since_today(words, t)) or _so_far(t)
        for t in [*own_clause(verb), *shared]
    )


def _so_far(token: Token) -> bool:
    """'so far', 'thus far': a perfect counted up to now sums a period up."""
    return token.lower_ == "far" and token.i > 0 and token.doc[token.i - 1].lower_ in ("so", "thus")


def _years_span(verb: Token) -> bool:
    """'were killed in the conflict between 1985 and 2018', 'from 2011 to 2020': a toll dated by a span of
    years is a period's, no incident's."""
    doc = verb.doc
    for token in own_clause(verb):
        if token.lower_ not in ("between", "from") or token.i + 3 >= len(doc):
            continue
        first, link, second = doc[token.i + 1], doc[token.i + 2], doc[token.i + 3]
        if year(first) and link.lower_ in ("and", "to") and year(second) and first.text != second.text:
            return True
    return False


def _periods_toll(words: WordLists, verb: Token) -> bool:
    """'a two-year war in Tigray that killed hundreds of thousands', 'the insurgency killed 4,000 people':
    a conflict summed up by what it did, in any tense (the perfect is `_perfect_trend`), is no incident."""
    if verb.pos_ == "ADJ" and verb.dep_ in ("oprd", "ccomp", "acomp"):
        verb = verb.head  # "the offensive left thousands dead": the cue is the state the verb left
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _years_span(verb):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and any(s.lower_ in ("that", "which") for s in subjects):
        # the relative pronoun stands for the noun the clause describes, which the parser may hang on the
        # last noun before it ("a war in the Tigray region that killed ...")
        antecedent = verb.head
        subjects.append(antecedent)
        for _ in range(2):
            if antecedent.dep_ != "pobj" or antecedent.head.dep_ != "prep":
                break
            antecedent = antecedent.head.head
            subjects.append(antecedent)
    # the toll of an incident likened to or set before the one told ("Earlier protests this month left 20
    # people dead") is that incident's
    return any(
        s.lemma_.lower() in words.period_subjects or _lasting_months(words, s) or _likened_undated(words, s)
        for s in subjects
    )


def _takes_a_count(verb: Token) -> bool:
    """The verb's object is a number or counted by one: "kills 11", "claims 9 lives", "leaves 24 dead"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any(o.like_num or any(n.dep_ == "nummod" and n.like_num for n in o.children) for o in objects)


def _lasting_months(words: WordLists, noun: Token) -> bool:
    """'Haftar's 14-month offensive on Tripoli', 'a decade-long insurgency': a thing counted in months or
    years before it is a stretch of time summed up, no incident ('a two-month-old baby' is a person's age)."""
    before = [t for t in noun.doc[noun.left_edge.i : noun.i]]
    if any(t.lower_ == "old" for t in before):
        return False
    return any(
        t.lemma_.lower() in words.long_ago_nouns
        and any(n.text in ("-", "\u2013") for n in noun.doc[max(t.i - 1, 0) : t.i + 2])
        for t in before
    )


def _in_summed_incidents(cues: CueLexicon, verb: Token) -> bool:
    """'More than 380 people were killed in these attacks': a demonstrative plural of incidents sums up the
    ones a report counted, it tells no incident of its own."""
    words = cues.words
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            demonstrative = any(
                c.dep_ == "det" and c.lower_ in ("these", "those", "such") for c in noun.children
            )
            incident = noun.lemma_.lower() in words.violence_nouns or any(
                cues.is_trigger_word(category, noun) for category in words.strong_categories
            )
            if noun.dep_ == "pobj" and noun.tag_ == "NNS" and demonstrative and incident:
                return True
    return False


def _tells_a_periods_start(words: WordLists, token: Token) -> bool:
    """'... have died in clashes since December, when the president was ousted and arrested': a clause on the
    start of a period summed up tells why the period began, long known, no incident of the report ('since
    dawn, accompanied by a new attack' starts today)."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.dep_ in ("relcl", "acl") and ancestor.head.dep_ == "pobj":
            since = ancestor.head.head
            return since.lower_ == "since" and not since_today(words, since)
    return False


def _opens_a_period(words: WordLists, verb: Token) -> bool:
    """'Clashes broke out on May 3, and more than 100 people have been killed since then': a perfect joined
    on with 'since (then)' sums up the period an outbreak opens, whose start is no incident of the report's
    own ('gunmen attacked a village, and two more have died since' still reports the attack)."""
    if verb.lemma_.lower() not in words.outbreak_verbs:
        return False
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < verb.i or conj.tag_ != "VBN":
            continue
        if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in conj.children):
            continue
        for since in conj.children:
            if since.lower_ == "since" and all(g.lower_ == "then" for g in since.children):
                return True
    return False


def _started_long_ago(words: WordLists, verb: Token) -> bool:
    """'More than 150 people have been killed in the ethnic clashes that began in early May': a perfect that
    counts its dead in a conflict started in a month or a year sums that period up ('in clashes that erupted
    on Monday' or 'on July 3' is the report's incident)."""
    for token in verb.subtree:
        if token.dep_ not in ("relcl", "acl") or token.lemma_.lower() not in words.outbreak_verbs:
            continue
        dates = [t for t in token.subtree if t.ent_type_ == "DATE"]
        today = words.weekday_words | words.times_of_day | {"today", "yesterday", "tonight"}
        if dates and not any(t.lower_ in today or (t.like_num and len(t.text) <= 2) for t in dates):
            return True
    return False


def _since_clause(verb: Token) -> bool:
    """'More than 100 people have been killed and 40,000 displaced since ethnic violence broke out on May 3':
    a clause opened by 'since' on a perfect (or its conjunct) counts from that start, a period summed up."""
    # the clause may hang on the conjunct or on a participle after it ("and thousands displaced since ..."),
    # or open the sentence before the first conjunct ("Since the strike began, two have died and dozens
    # have been injured")
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return any(t.lower_ == "since" and t.dep_ == "mark" and t.head.dep_ == "advcl" for t in verb.subtree)


def _habitual(words: WordLists, verb: Token) -> bool:
    """'usually targets', 'have often attacked', 'since 2019' - but not 'since dawn'."""
    return any(c.lower_ in words.habitual_adverbs and not since_today(words, c) for c in verb.children)


def _aim_of_habit(words: WordLists, verb: Token) -> bool:
    """'The group has increasingly used drones fitted with explosives to attack security forces': what an
    infinitive of purpose aims at under a habit is the habit's, no incident."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    governors = [a for a in list(verb.ancestors)[:4] if a.pos_ in ("VERB", "AUX")]
    return any(_habitual(words, g) for g in governors[:2])


def _participle_of_past(verb: Token) -> bool:
    """A participle clause hanging (maybe through another) on a past-tense verb."""
    return is_participle_clause(verb) and clause_verb(verb).tag_ == "VBD"


def _a_number_of(token: Token) -> bool:
    """'established a number of barracks': 'a number of' counts things, it sums up no period ('the number
    of attacks has risen' does)."""
    return token.lower_ == "number" and any(c.dep_ == "det" and c.lower_ == "a" for c in token.children)
