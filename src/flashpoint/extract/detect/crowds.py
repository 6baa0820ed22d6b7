"""Protests and crowds: when a gathering was held, when a crowd acts, and what is done to it."""

from __future__ import annotations

from spacy.tokens import Token

from flashpoint.extract.cues import CueHit, CueLexicon, WordLists
from flashpoint.extract.detect.dating import day_of
from flashpoint.extract.detect.grammar import NOUN_PHRASE_DEPS, clause_verb, negated, placed
from flashpoint.extract.detect.mention import EventMention
from flashpoint.extract.fatalities.other_deaths import GRIEVANCE_VERBS
from flashpoint.nlp.memo import span_entities


def waiting_crowd(cues: CueLexicon, token: Token) -> bool:
    """'Parents gathered at the campus gate waiting for news of their children': people who gather to wait
    hold no demonstration."""
    return cues.is_trigger_word("protest", token) and any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in cues.words.waiting_verbs for c in token.children
    )


def protest_grievance(cues: CueLexicon, token: Token) -> bool:
    """A cue inside what a demonstration is against ('staged a demonstration against the killing of a young
    man in a fake encounter'): the grievance, however deep in its noun phrase, happened before the protest."""
    for noun in [token, *token.ancestors]:
        if noun.dep_ not in NOUN_PHRASE_DEPS:
            return False
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ in PROTEST_CAUSE_PREPOSITIONS and noun is not token:
            protested = prep.head  # "protested against", "a protest against", "staged a protest against"
            held = [c for c in protested.children if c.dep_ in ("dobj", "nsubjpass")]
            return any(cues.is_trigger_word("protest", t) for t in [protested, *held])
    return False


def private_gathering(cues: CueLexicon, token: Token) -> bool:
    """A gathering said to be private or of a family ('arrested 78 activists at a private gathering'): people
    met, no one demonstrated; so does one told in a clause on a private place ('arrested 41 activists at a
    private home where they had gathered for a meeting') or held at one ('a gathering at the home of X')."""
    holders = [token]
    if token.dep_ == "relcl":  # the place the clause is on, or the noun whose place it names ('a home in X')
        holders.append(token.head)
        if token.head.dep_ == "pobj" and token.head.head.dep_ == "prep":
            holders.append(token.head.head.head)
    return cues.is_trigger_word("protest", token) and (
        any(
            c.dep_ in ("amod", "compound") and c.lower_ in cues.words.private_modifiers
            for holder in holders
            for c in holder.children
        )
        or _gathering_at_home(token)
    )


# a person's own premises, where people who gather meet in private
PRIVATE_PLACES = frozenset({"home", "house", "residence", "apartment"})


def _gathering_at_home(token: Token) -> bool:
    """'police raided a gathering at the home of an activist': people gathered in a private home met, no
    one demonstrated ('a protest outside the minister's home' is still one: only a gathering)."""
    places = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("at", "in") for g in c.children]
    return token.lemma_.lower() == "gathering" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in PRIVATE_PLACES for g in places
    )


def held_elsewhere(noun: Token) -> bool:
    """'A similar sit-in was held in Gwadar': one gathering likened to the one told, held at a named place in
    a sentence with no time at all, is the same day's in another town (ACLED codes one event per town); a
    time makes it another day's ('a similar protest last month')."""
    verb = noun.head
    singular = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    if not singular or noun.dep_ not in ("nsubjpass", "dobj") or verb.lemma_.lower() not in HOLDING_VERBS:
        return False
    # how long something lasted ("for several hours") is no time of it
    timed = any(
        ent.label_ in ("DATE", "TIME") and ent.root.head.lower_ != "for" for ent in span_entities(noun.sent)
    )
    return placed(verb) and not timed


def lodged(words: WordLists, protest: Token) -> bool:
    """'Pakistan lodges (a strong) protest with India': a government's note, not a demonstration (the small
    model often tags 'lodges' a noun and 'protest' a verb: the words before it are read, not the parse)."""
    before = protest.doc[max(protest.sent.start, protest.i - 3) : protest.i]
    return any(t.lemma_.lower() in words.diplomatic_verbs for t in before)


def crowd_of_armed_men(cues: CueLexicon, noun: Token) -> bool:
    """'a gathering of soldiers': a crowd noun whose members are armed men, not demonstrators."""
    words = cues.words
    if noun.lemma_.lower() not in words.crowd_nouns and not cues.is_trigger_word("protest", noun):
        return False
    return any(
        prep.lower_ == "of" and any(p.lemma_.lower() in words.armed_nouns for p in prep.children)
        for prep in noun.children
        if prep.dep_ == "prep"
    )


def crowd_is_acting(noun: Token, *, headline: bool) -> bool:
    """'protesters marched', 'police dispersed protesters': a crowd noun tied to a reported (past) action."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if any(child.dep_ == "neg" for child in verb.children):
        return False
    if verb.tag_ == "VB" and verb.dep_ == "xcomp":
        verb = verb.head  # "police managed to halt a rally"
    return verb.tag_ in ("VBD", "VBN") or (headline and verb.tag_ in ("VBZ", "VBP", "VBG"))


def done_by_armed_men(words: WordLists, hit: CueHit, tokens: list[Token]) -> bool:
    """A protest cue whose own subject is armed men ('militants blocked the highway'): no crowd protests.
    Only the subject noun counts, not a party named beside it ('PTI supporters blocked the road')."""
    verb = clause_verb(hit.root(tokens), stop_at_subject=True)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":  # "militants attacked a station and blocked the highway": the
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # subject of the first verb
    return any(c.lemma_.lower() in words.armed_nouns for c in subjects)


def crowd_removed(words: WordLists, tokens: list[Token], protest_roots: set[int]) -> bool:
    """'police removed climate activists from the village', 'evicted the protesters', 'removed a sit-in'
    (the protest itself, a cue rooted at `protest_roots`): carrying the crowd of a protest off is an
    intervention, whether or not anyone was detained."""
    return any(
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in words.crowd_removal_verbs
        and told(verb)
        and any(
            c.lemma_.lower() in words.removable_crowds or c.i in protest_roots for c in _removed_ones(verb)
        )
        for verb in tokens
    )


def joins_a_protest(verb: Token, protest_roots: set[int]) -> bool:
    """'joined a march', 'joined the protesters', 'joined in the sit-in': taking part in a demonstration (a
    cue rooted at `protest_roots`), not joining a group."""
    if verb.lemma_.lower() != "join":
        return False  # "imposed a blockade" restricts others, it takes part in nothing
    joined = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    joined += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
    return any(c.i in protest_roots for c in joined)


def _removed_ones(verb: Token) -> list[Token]:
    """Whom a removal verb carries off: its object, its passive subject ("protesters were removed"), or, for a
    passive conjoined to the crowd's own act, that act's subject ("activists glued themselves to a road and
    were removed by police")."""
    removed = [_counted_ones(c) for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    passive = any(c.dep_ in ("auxpass", "agent") for c in verb.children)
    if not removed and passive and verb.dep_ == "conj":
        removed = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return removed


def _counted_ones(noun: Token) -> Token:
    """The people a quantity counts ('dozens of climate activists', 'hundreds of protesters'), or the noun."""
    if noun.ent_type_ != "CARDINAL" and noun.pos_ != "NUM":
        return noun
    counted = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return next((g for g in counted if g.dep_ == "pobj"), noun)


PROTEST_CAUSE_PREPOSITIONS = frozenset({"against", "over"})


PROTEST_CAUSE_NOUNS = frozenset({"solidarity", "support", "protest", "memory", "defence", "defense"})


# "stag": the small model lemmatizes "staged" ("staged a march") as "stag"
HOLDING_VERBS = frozenset(
    {"hold", "stage", "stag", "organise", "organize", "lead", "launch", "maintain", "mount"}
)


# what police do to a gathering they end: the arrests made doing it are made at a demonstration
CLEARING_VERBS = frozenset({"remove", "clear", "dismantle", "disperse", "break"})


PROTEST_CAUSE_VERBS = frozenset(
    {"demand", "protest", "denounce", "condemn", "decry", "call", "oppose", "reject", "mark", "commemorate"}
)


def protest_with_cause(hit: CueHit, tokens: list[Token]) -> bool:
    """A weak protest cue that says what the crowd wanted, or that someone held, is a demonstration:
    "people marched against violence", "marched in solidarity with Gaza", "held a march"."""
    if hit.category != "t:protest":
        return False
    root = hit.root(tokens)
    held = root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in HOLDING_VERBS
    if root.pos_ in ("NOUN", "PROPN") and held:
        return True  # "held a march", "a march was staged", "held the Aurat March"
    if root.pos_ != "VERB" or root.tag_ not in ("VBD", "VBN"):
        return False
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in PROTEST_CAUSE_PREPOSITIONS:
            return True
        if child.dep_ == "prep" and any(g.lemma_.lower() in PROTEST_CAUSE_NOUNS for g in child.children):
            return True
        if child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in PROTEST_CAUSE_VERBS:
            return True
    return False


def crowd_described(hit: CueHit, tokens: list[Token]) -> bool:
    """A weak protest verb in a past relative clause on a noun ("fired on worshippers who chanted slogans",
    "arrested students who marched"): the people the incident befell were demonstrating at the time, not
    before it ("who had marched")."""
    if hit.category != "t:protest":
        return False
    verb = next((t for t in (hit.root(tokens), *hit.root(tokens).ancestors) if t.pos_ == "VERB"), None)
    return (
        verb is not None
        and verb.dep_ == "relcl"
        and verb.tag_ == "VBD"
        and verb.head.dep_ in ("dobj", "pobj", "nsubjpass")
        and not any(c.dep_ == "aux" for c in verb.children)
    )


def protest_occasion(hit: CueHit, tokens: list[Token]) -> bool:
    """A weak protest noun naming the occasion of the act: "detained several people during a vigil",
    "arrested truckers taking part in the blockade", "removing the blockade, arresting 100 people". ACLED
    codes arrests at a demonstration as a protest with intervention, not as arrests."""
    if hit.category != "t:protest":
        return False
    root = hit.root(tokens)
    if root.pos_ in ("NOUN", "PROPN") and root.dep_ == "dobj" and root.head.lemma_.lower() in CLEARING_VERBS:
        return True  # "removing the convoy blockade, arresting more than 100 people"
    if root.pos_ in ("NOUN", "PROPN") and root.dep_ == "npadvmod" and _takes_part(root.head):
        return True  # "detained women taking part in a BYC long march": the small model hangs the march on
        # the verb
    if root.pos_ not in ("NOUN", "PROPN") or root.dep_ != "pobj":
        return False
    preposition = root.head
    if preposition.lower_ in ("during", "at") and preposition.head.pos_ in ("VERB", "AUX"):
        return True
    governor = preposition.head
    if preposition.lower_ in ("of", "in") and governor.lemma_.lower() == "participant":
        return True  # "police detained participants of a march": the people of the protest, taken at it
    taking_part = _takes_part(governor)
    joining = governor.lemma_.lower() in ("participate", "join") or governor.lower_ == "part"
    return preposition.lower_ == "in" and (taking_part or joining)


def _takes_part(verb: Token) -> bool:
    """'took part', 'taking part'."""
    return verb.lemma_.lower() == "take" and any(c.lower_ == "part" for c in verb.children)


def joined(hit: CueHit, tokens: list[Token]) -> bool:
    """A weak protest noun people took part in: "thousands took part in the Pride march", "joined the
    rally"."""
    if hit.category != "t:protest":
        return False
    root = hit.root(tokens)
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    if root.dep_ == "dobj" and root.head.lemma_.lower() == "join":
        return True
    if root.dep_ != "pobj" or root.head.lower_ != "in":
        return False
    governor = root.head.head
    taking_part = governor.lemma_.lower() == "take" and any(c.lower_ == "part" for c in governor.children)
    return taking_part or governor.lemma_.lower() == "participate" or governor.lower_ == "part"


def crowd_toll(hits: list[CueHit], tokens: list[Token]) -> bool:
    """'One protester was killed.', 'Two demonstrators were injured.': the toll of the crowd just reported,
    every death or injury said of protesters."""
    crowd = {h.root(tokens) for h in hits if h.category == "t:protest"}
    harms = [h.root(tokens) for h in hits if h.category in ("t:kill", "t:injure")]
    others = [
        h
        for h in hits
        if h.category.startswith("t:") and h.category not in ("t:kill", "t:injure", "t:protest")
    ]
    return (
        bool(harms)
        and not others
        and all(any(c in crowd for c in r.children if c.dep_ in ("nsubj", "nsubjpass")) for r in harms)
    )


def no_force_used(hit: CueHit, tokens: list[Token]) -> bool:
    """'No arrests were reported', 'police did not fire tear gas', 'marched peacefully before dispersing': an
    intervention or crowd-control word that names no force used on the crowd (a crowd that disperses, with
    no object and no passive, leaves on its own)."""
    if hit.category not in ("m:intervention", "m:crowd_control"):
        return False
    word = hit.root(tokens)
    if negated(word) or any(c.dep_ == "det" and c.lower_ == "no" for c in word.children):
        return True
    if word.dep_ in ("dobj", "obj", "nsubjpass") and negated(word.head):
        return True
    return (
        word.pos_ == "VERB"
        and word.lemma_.lower() == "disperse"
        and not any(c.dep_ in ("dobj", "obj", "nsubjpass", "auxpass", "agent") for c in word.children)
    )


def fires_crowd_control(verb: Token, hits: list[CueHit], tokens: list[Token]) -> bool:
    """'Police fired tear gas', 'shot rubber bullets': a firing verb whose object is a crowd-control weapon
    tells how the crowd was met, not a new attack."""
    crowd_control = {h.root(tokens) for h in hits if h.category == "m:crowd_control"}
    return any(child in crowd_control for child in verb.children if child.dep_ in ("dobj", "obj", "conj"))


# what security forces fire when they fire on no one named: the shots themselves, or the crowd
FIRED_AT_NO_ONE = frozenset({"fire", "shot", "bullet", "round", "ammunition", "crowd", "they", "them"})


def fired_on_the_crowd(hits: list[CueHit], tokens: list[Token]) -> bool:
    """'Police opened fire, killing two', 'soldiers fired live bullets', 'police shot dead two protesters':
    told right after a protest, security forces firing at no one else the sentence names fired on its
    crowd."""
    forces = {h.root(tokens) for h in hits if h.category == "m:security_target"}
    crowd = {h.root(tokens) for h in hits if h.category == "t:protest"}
    acts = [h.root(tokens) for h in hits if h.category.startswith("t:") and h.category != "t:protest"]
    shooters = {
        v for v in acts if v.pos_ == "VERB" and any(c in forces for c in v.children if c.dep_ == "nsubj")
    }
    if not shooters or any(h.category not in ("t:attack", "t:kill", "t:injure") for h in hits if
                           h.category.startswith("t:") and h.category != "t:protest"):  # fmt: skip
        return False
    for act in acts:
        if act not in shooters and not shooters & {act.head, act.head.head}:
            return False  # a harm of its own, not the firing's
        targets = [c for c in act.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        aims = [c for c in act.children if c.lower_ in ("on", "at")]
        targets += [g for c in aims for g in c.children if g.dep_ == "pobj"]
        for target in targets:
            if target not in crowd and target.lemma_.lower() not in FIRED_AT_NO_ONE and not target.like_num:
                return False  # "opened fire on a car that ignored a checkpoint"
    return True


def hurt_by_crowd_control(hit: CueHit, hits: list[CueHit], tokens: list[Token]) -> bool:
    """'Police fired rubber bullets, injuring 20': the harm a clause on the crowd-control firing tells is
    what that firing did to the crowd, no new attack."""
    if hit.category not in ("t:injure", "t:kill"):
        return False
    harm = hit.root(tokens)
    return harm.dep_ == "advcl" and fires_crowd_control(harm.head, hits, tokens)


def denied(token: Token) -> bool:
    """'carried them away without arrests', 'no one was detained': the cue names what did not happen."""
    return negated(token) or (token.dep_ == "pobj" and token.head.lower_ == "without")


def told(token: Token) -> bool:
    """Said of what happened, not a description inside a noun phrase or a demand: not 'demanded the release
    of demonstrators detained in May'."""
    chain = [token, *token.ancestors]
    return not any(t.dep_ in ("acl", "relcl") or t.lemma_.lower() in GRIEVANCE_VERBS for t in chain)


def likened_gathering(words: WordLists, mention: EventMention, lead: EventMention) -> bool:
    """'A similar sit-in was held in Gwadar' after sit-ins told on Sunday: a gathering likened to the one
    before, held in another town with no time of its own, was held the same day (`held_elsewhere`)."""
    trigger = mention.trigger
    crowd = {category[2:] for category in CROWD_TRIGGERS}
    return (
        day_of(lead) is not None
        and bool(mention.categories & crowd)
        and any(c.dep_ == "amod" and c.lower_ in words.likeness_words for c in trigger.children)
        and held_elsewhere(trigger)
    )


def holds_an_occasion(words: WordLists, verb: Token) -> bool:
    """'hold' whose object (or passive subject) is an occasion, not a person."""
    if verb.lemma_.lower() != "hold":
        return False
    if verb.dep_ in ("acl", "amod") and verb.head.lemma_.lower() in words.held_occasions:
        return True  # "the march held on Sunday" read as a modifier
    # a named occasion the model splits keeps its head noun in an apposition: "held the Pashtun Qaumi Jirga"
    return any(
        c.dep_ in ("dobj", "nsubjpass") and _hyphenated_lemma(n) in words.held_occasions
        for c in verb.children
        for n in (c, *(a for a in c.children if a.dep_ == "appos"))
    )


def _hyphenated_lemma(token: Token) -> str:
    """The lemma of a hyphenated word the tokenizer split: 'sit-ins' is 'sit-in', where the last piece's
    own lemma is 'in'."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{token.lemma_.lower()}"
    return token.lemma_.lower()


def baton_charge(hits: list[CueHit], tokens: list[Token]) -> bool:
    """'police charged students at a protest with batons': a charge with batons is a baton charge, crowd
    control, wherever the parse hangs the batons."""
    roots = [h.root(tokens) for h in hits if h.category == "m:intervention"]
    charged = any(t.lemma_.lower() == "charge" and t.pos_ == "VERB" for t in roots)
    return charged and any(t.lemma_.lower() == "baton" for t in roots)


def crowd_demands(words: WordLists, tokens: list[Token]) -> bool:
    """'Depositors stormed a bank branch demanding access to their savings': ordinary people (mob_nouns) who
    act while demanding something make a demand in public, which is what a demonstration is."""
    return any(
        t.lemma_.lower() == "demand"
        and t.tag_ == "VBG"
        and t.dep_ in ("advcl", "acl")
        and any(c.dep_ == "nsubj" and c.lower_ in words.mob_nouns for c in t.head.children)
        for t in tokens
    )


def crowd_attacks(hits: list[CueHit], tokens: list[Token]) -> bool:
    """'Protesters attacked Syrian nationals and damaged their shops': a crowd word that is the subject of an
    attack or damage verb is the crowd's own violence (not 'protested against an attack')."""
    crowd = {h.root(tokens).i for h in hits if h.category in CROWD_TRIGGERS and h.root(tokens).pos_ == "NOUN"}
    return any(
        h.category in ("t:attack", "t:loot")
        and h.root(tokens).pos_ == "VERB"
        and any(c.dep_ == "nsubj" and c.i in crowd for c in h.root(tokens).children)
        for h in hits
    )


def done_by_a_crowd(words: WordLists, verb: Token) -> bool:
    """The verb's subject is ordinary people of a place or a trade ("residents set fire to ...")."""
    return any(c.dep_ == "nsubj" and c.lower_ in words.mob_nouns for c in verb.children)


def demand_of_crowd(verb: Token, crowd: set[int]) -> Token:
    """The crowd's word when `verb` is the participle saying what the crowd wanted ("demonstrated in Tel Aviv
    calling for a deal after six hostages were found dead": the parser hangs the cause on 'calling'), else
    `verb` itself."""
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "xcomp") and verb.head.i in crowd:
        return verb.head
    return verb


CROWD_TRIGGERS = frozenset({"t:protest", "t:riot"})


# a crowd's triggers, its violence and what is used on it
CROWD_WORDS = CROWD_TRIGGERS | {"m:crowd_control", "m:violence_by_crowd"}
