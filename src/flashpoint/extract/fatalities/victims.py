"""Which tokens are the dead of a death word: the victims it governs ("killed four soldiers", "four
soldiers were killed"), trailing attributions and headline parts that are not, and attackers who died."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from flashpoint.extract.fatalities.deaths import (
    DEATH_LEMMAS,
    DYING_LEMMAS,
    FOUND_DEAD_NOUNS,
    INJURY_LEMMAS,
    LIFE_NOUNS,
    LOST_LIFE_VERBS,
    MARTYRDOM_NOUNS,
    PERPETRATOR_NOUNS,
    death_lemma,
    injured,
    shot_dead,
    side_of_dead,
)
from flashpoint.extract.fatalities.lists import (
    GENERIC_DEAD,
    LISTED_VICTIM_POS,
    REPORTING_LEMMAS,
    along_with,
    conjuncts,
    two_groups,
)
from flashpoint.extract.fatalities.numbers import (
    COUNTED_THINGS,
    NOT_PEOPLE,
    age_as_person,
    number_near,
    the_person,
)
from flashpoint.nlp.headlines import trailing_part
from flashpoint.nlp.numbers import parse_count

# nouns that carry their own count of the dead: "10 deaths", "25 dead", "12 bodies"
COUNTED_DEATH_NOUNS = frozenset({"death", "dead", "fatality", "fatalities", "body", "corpse"})


ONE_PERSON_SUBJECTS = frozenset({"he", "she"})


# nouns that only count what their 'of' names ("dozens of soldiers", "scores of protesters")
QUANTITY_NOUNS = frozenset(
    {"dozen", "dozens", "score", "scores", "hundred", "hundreds", "thousand", "thousands"}
)


def one_person_died(death: Token) -> bool:
    """'died' said of one person: 'He later died', 'The man was injured and later died in hospital' (the
    subject shared with the verb it is joined to), 'a trader, who later died'."""
    if death.lemma_.lower() not in DYING_LEMMAS:
        return False
    holders = (death, death.head) if death.dep_ == "conj" else (death,)
    subject = next((c for h in holders for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ == "who" and subject.head.dep_ == "relcl":
        return subject.head.head.tag_ == "NN"
    return subject.lower_ in ONE_PERSON_SUBJECTS or the_person(subject)


def one_taken_along(victim: Token, death: Token) -> bool:
    """The singular subject of a passive death verb that took others with it ("a police constable was
    killed along with two civilians"): one person, counted beside the others."""
    return (
        victim.dep_ == "nsubjpass"
        and victim.head == death
        and victim.tag_ in ("NN", "NNP")
        and victim.ent_type_ not in NOT_PEOPLE
        and any(True for _ in along_with(death))
    )


def _verbless_list_head(noun: Token) -> Token | None:
    """'Two soldiers, three militants killed in gunfight', 'Woman, child killed in shelling': a headline
    lists its dead with a comma and no verb but the participle on the last item, and the parser makes the
    first item the head and the last its apposition. The head, when it has no verb of its own ("2 rebels
    died, 4 soldiers wounded" tells two things). When the parser reads the incident noun after the list as
    its verb ("6 militants, 2 soldiers killed in Tirah clash": 'clash' a present verb with two subjects that
    no 'and' joins), the first item is the subject before the comma."""
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.left_edge.i > 0:
        return _subject_before_comma(noun)
    if noun.dep_ != "appos" or head.i >= noun.i or noun.left_edge.i == 0:
        return None
    comma = noun.doc[noun.left_edge.i - 1]
    if comma.text != "," or comma.head != head:
        return None
    return head if head.dep_ == "ROOT" or head.head.pos_ not in ("VERB", "AUX") else None


def _subject_before_comma(noun: Token) -> Token | None:
    """The subject of the same verb that ends right before the comma opening `noun`'s phrase, if any."""
    comma = noun.doc[noun.left_edge.i - 1]
    if comma.text != ",":
        return None
    return next(
        (
            s
            for s in noun.head.children
            if s.dep_ == noun.dep_
            and s.i < comma.i
            and s.right_edge.i in (comma.i - 1, comma.i)
            and comma.head == s
        ),
        None,
    )


def _counted_whole(noun: Token) -> Token:
    """'11 members of the regime forces killed in Aleppo': the parser hangs a headline's participle on the
    group after 'of' or 'from', but the count is on the part taken from it. The group keeps a count of its
    own unless the part outnumbers it ("two of the 11 soldiers killed" is 11 dead, "five people from one
    family killed" is five)."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ not in ("of", "from") or of.head.pos_ not in ("NOUN", "NUM"):
        return noun
    part_count = number_near(of.head)
    if part_count is None:
        return noun
    whole_count = number_near(noun)
    return of.head if whole_count is None or part_count > whole_count else noun


def _listed_dead(first: Token, last: Token) -> tuple[Token, ...]:
    """The dead of a headline's verbless list of two: both counted groups of different dead, or two
    different single people ("Woman, child"); only the first when the last breaks its count down ("20
    people, 13 policemen", "ten villagers, four women")."""
    counted = [any(c.dep_ == "nummod" for c in n.children) for n in (first, last)]
    if all(counted):
        return (first, last) if two_groups(first, last) else (first,)
    lemmas = (first.lemma_.lower(), last.lemma_.lower())
    if counted[0] and last.tag_ == "NN" and two_groups(first, last):
        return (first, last)  # "2 Indian soldiers, Pakistani villager killed": one more, of other dead
    single = all(n.tag_ == "NN" or (n.tag_ == "NNP" and n.lower_ == n.lemma_.lower()) for n in (first, last))
    people = not any(lemma in GENERIC_DEAD for lemma in lemmas)
    return (first, last) if not any(counted) and single and people and lemmas[0] != lemmas[1] else (last,)


def _others_beside(victim: Token) -> Iterable[Token]:
    """'killing Abu Sayed and 5 other protesters' where the parser hangs the second noun on another word of
    the sentence: the counted 'N other ...' written right after a victim is more dead."""
    doc, after = victim.doc, victim.i + 1
    if (
        after + 2 >= len(doc)
        or doc[after].lower_ != "and"
        or doc[after + 2].lower_ not in ("other", "others")
    ):
        return
    count = doc[after + 1]
    if count.like_num and count.ent_type_ not in ("DATE", "TIME", "MONEY"):
        other = doc[after + 2]
        noun = other if other.lower_ == "others" else other.head
        if noun not in list(conjuncts(victim)):
            yield noun


def whose_lives(lives: Token) -> Token | None:
    """The people whose lives are meant: "the lives of 12 soldiers" -> "soldiers"."""
    for prep in (c for c in lives.children if c.dep_ == "prep" and c.lower_ == "of"):
        for person in (c for c in prep.children if c.dep_ == "pobj"):
            return person
    return None


def _takes_object(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "obj") and not _reporter_as_object(c) for c in verb.children)


def _reporter_as_object(noun: Token) -> bool:
    """A headline's trailing attribution the parser made the verb's object: "3 soldiers killed - military",
    "Dozens of Taliban killed in air strikes - ministry". Who reported the dead is none of them."""
    if noun.dep_ not in ("dobj", "obj") or not noun.head.tag_.startswith("VB"):
        return False
    part = trailing_part(noun.sent)
    if part is None or not part.start <= noun.i < part.end or part.start < noun.head.i:
        return False
    # not when it took the title's own object as its modifier ("Kill Two Senior Commanders - Army")
    title_words = noun.doc[noun.head.i + 1 : part.start]
    return not any(t.head.i in range(part.start, part.end) and not t.is_punct for t in title_words)


def victims_of(death: Token) -> Iterable[Token]:
    """Nouns whose members died in the clause headed by `death`."""
    for victim in _nouns_of_the_dead(death):
        if not _trailing_attribution(victim):
            yield victim
        elif (glued := _glued_before_source(victim)) is not None:
            yield glued


def _glued_before_source(source: Token) -> Token | None:
    """'claims killing party leader - paper': the parser makes the victim a compound of the source after
    the dash; the victim is the noun right before the dash."""
    if source.i < 2 or not source.doc[source.i - 1].is_punct:
        return None
    before = source.doc[source.i - 2]
    if before.head == source and before.dep_ == "compound" and before.pos_ == "NOUN":
        return before
    return None


def _nouns_of_the_dead(death: Token) -> Iterable[Token]:
    if death.pos_ == "NOUN" or death.tag_ == "VBG":  # "the killing of four soldiers", "claim killing of two"
        for victim in of_objects(death):
            yield victim
            yield from (c for c in victim.children if c.dep_ == "conj")
        yield from _victims_named_by_copula(death)
    of_whom = any(c.dep_ == "prep" and c.lower_ == "of" for c in death.children)  # counted above
    if death_lemma(death) in FOUND_DEAD_NOUNS and death.tag_ == "NN" and not of_whom:
        # "found a body", "Corpse found in a bag", "a woman's body": one dead (not "the body", who may be
        # one counted before)
        owners = [c for c in death.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
        determiners = {c.lower_ for c in death.children if c.dep_ in ("det", "poss")}
        if owners or determiners <= {"a", "an", "another"}:
            yield owners[0] if owners else death
    counted = any(c.dep_ == "nummod" for c in death.children)  # "10 deaths", "at least 25 dead"
    if counted and death.pos_ in ("NOUN", "ADJ") and death_lemma(death) in COUNTED_DEATH_NOUNS:
        yield death
    # headline passive without its auxiliary: "Soldier killed as ...", "says nine killed, six hurt"
    # (not when a verb joined to it takes the object both share: "a mob beat and burned to death a butcher")
    headline_passive = (
        death.tag_ in ("VBD", "VBN")
        and not _takes_object(death)
        and not any(_takes_object(c) for c in death.children if c.dep_ == "conj" and c.pos_ == "VERB")
    )
    # ... or with its agent: "says civilian killed by Indian shelling"; the subject of a 'dead' that takes an
    # object shot them ("Two gunmen on a motorcycle shot dead a headman", 'shot' misread as a noun)
    shooter = death.lower_ == "dead" and any(c.dep_ in ("dobj", "obj") for c in death.children)
    lost_lives = death.lemma_.lower() in LOST_LIFE_VERBS
    # a passive takes no object: one the parser gives it is the subject of the next clause of unpunctuated
    # text ("a cadre was killed in Dantewada District on March 15 a 12 bore rifle and a tiffin bomb were
    # recovered": the rifle is no victim)
    passive = any(c.dep_ == "auxpass" for c in death.children)
    for child in death.children:
        if child.lower_ in MARTYRDOM_NOUNS or (lost_lives and child.lower_ in LIFE_NOUNS):
            continue  # what "embraced" takes in "embraced shahadat" is no victim, nor the lives "lost"
        if (passive and child.dep_ in ("dobj", "obj")) or _reporter_as_object(child):
            continue
        if child.dep_ in ("dobj", "obj") and _object_of_a_later_act(child):
            continue
        if (
            child.dep_ in ("dobj", "nsubjpass", "obj")
            or (child.dep_ == "oprd" and age_as_person(child))
            or (
                child.dep_ == "nsubj"
                and not shooter
                and (death_lemma(death) in DYING_LEMMAS | {"dead"} or headline_passive)
            )
        ):
            yield child
            yield from conjuncts(child)
            yield from _others_beside(child)
    yield from _subject_read_as_speech_object(death)
    fronted = _subject_read_as_apposition(death)
    if fronted is not None:
        yield fronted
        yield from conjuncts(fronted)
    has_object = _takes_object(death)
    if death.pos_ == "VERB" and not has_object and not passive:
        # "lynched and burned 13 men": the verbs share the object the parser gives the last one ("killed and
        # injured 12 people" is one count for both, so no death toll); a passive shares none ("16 people were
        # killed and the attackers drove away 3,000 head of cattle": the cattle are the next clause's)
        shared = (c for c in death.children if c.dep_ == "conj" and c.pos_ == "VERB")
        for verb in (v for v in shared if v.lemma_.lower() not in INJURY_LEMMAS):
            for child in verb.children:
                if (
                    child.dep_ in ("dobj", "obj")
                    and child.lower_ not in MARTYRDOM_NOUNS | LIFE_NOUNS
                    and child.lemma_.lower() not in COUNTED_THINGS
                ):
                    yield child
                    yield from conjuncts(child)
    if death.pos_ == "VERB" and has_object:
        # "killing two policemen, three guards and four drivers" with the later nouns hung on the verb
        # ... but not those after a verb of its own joined to it: "killed two militants and recovered two
        # rifles and three grenades" (the small model hangs the last item of the haul on "killed")
        later_verbs = [c.i for c in death.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        for noun in (c for c in death.children if c.dep_ == "conj" and c.pos_ in LISTED_VICTIM_POS):
            if any(i < noun.i for i in later_verbs) or _bare_common_noun(noun):
                continue
            yield noun
            yield from conjuncts(noun)
        yield from along_with(death)
    if death.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in death.children):
        yield from along_with(death)  # "the governor was killed along with two others"
    if (
        death.lemma_ == "kill" and death.tag_ in ("VBZ", "VBD") and not _takes_object(death)
    ):  # headlines the parser misreads: "Indian firing kills Pakistani boy" (boy as npadvmod)
        yield from (c for c in death.children if c.dep_ in ("npadvmod", "oprd") and c.pos_ == "NOUN")
    if (
        death.dep_ in ("acl", "amod", "relcl")
        and death.head.pos_ in ("NOUN", "PROPN", "NUM")
        and not has_object  # "bombed the village, killing 17 civilians": the dead are the object
        # "a mob of several hundred people tortured and beat to death a manager": a verb that shares the
        # object of the verb joined to it is the doer's, the parser only hung it on its subject
        and not any(_takes_object(c) for c in death.children if c.dep_ == "conj" and c.pos_ == "VERB")
        and not (counted and death_lemma(death) in COUNTED_DEATH_NOUNS)  # "Kurram: 11 dead"
        and not _names_own_dead(death)  # "a gun battle in which 5 militants were killed": not the battle
    ):
        first = _verbless_list_head(death.head)
        yield from (_counted_whole(death.head),) if first is None else _listed_dead(first, death.head)
    if death.lemma_ == "dead" and death.dep_ in ("acomp", "oprd", "xcomp", "ccomp"):
        # "two soldiers were found dead"; "Attack leaves two dead" names the dead as the object
        roles = ("dobj",) if any(c.dep_ == "dobj" for c in death.head.children) else ("nsubj", "nsubjpass")
        if roles != ("dobj",) and any(c.dep_ in ("nsubj", "nsubjpass", "nummod") for c in death.children):
            roles = ()  # the parser made the dead the subject of 'dead' itself, or counted 'dead' itself:
            # in "fighting left at least 26 men dead" and "CJNG battle leaves 4 dead" the subject is no victim
        for child in death.head.children:
            if child.dep_ in roles:
                yield child
                yield from conjuncts(child)  # "leaving two guards and one fighter dead"
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in death.children)
    if (
        death.tag_ == "VBN"
        and death.dep_ in ("xcomp", "ccomp", "oprd", "conj")
        and death.head.pos_ == "VERB"
        and not own_subject  # "A child was killed ..., a spokesman said": the speaker did not die
    ):
        # "Five Kashmiris reported killed", "Three said killed in shelling"
        for child in death.head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                yield child
    # "Three guerrillas killed"; not when the verb takes a common noun as object, which makes its subject the
    # doer ("a mob stoned to death a woman", the verb misread as a participle); a name may be a misparsed
    # credit line ("UN peacekeeper killed in ambush ... The Associated Press")
    doer = any(c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PRON") for c in death.children)
    # "Four Iraqi soldiers killed fighting with Islamic State": the parser makes the participle a past verb
    # with the gerund as its object, but what one kills is never a gerund
    gerund_object = any(c.dep_ in ("dobj", "obj") and c.tag_ == "VBG" for c in death.children)
    passive = death.tag_ in ("VBN", "JJ") or (death.tag_ == "VBD" and gerund_object)
    if death.dep_ == "ROOT" and passive and not shooter and not doer:
        for child in death.children:
            if child.dep_ in ("nsubj", "npadvmod") and not injured(child):
                yield child


def _trailing_attribution(noun: Token) -> bool:
    """'Army kills 50 militants in north-western Iraq - website', '25 fighters killed: commander': a
    headline's source, set off by a spaced dash or a colon at its end (`trailing_part`), which the parser may
    hang on the verb as one more victim. A bare noun there is no one killed."""
    part = trailing_part(noun.sent)
    if part is None or not part.start <= noun.i < part.end:
        return False
    return not any(c.dep_ in ("nummod", "det", "poss") for c in noun.children)


# what a headline's second verb does to people it does not kill ("kill five, detain 12 militants")
NON_LETHAL_ACTS = INJURY_LEMMAS | frozenset(
    {"detain", "arrest", "capture", "nab", "rescue", "free", "abduct", "kidnap"}
)


def _object_of_a_later_act(noun: Token) -> bool:
    """'Iraqi Kurds kill five, detain 12 IS militants': the parser reads the second verb, after a comma, as a
    noun modifying its object and hangs that object on 'kill'. Those people were detained, not killed."""
    return any(
        c.dep_ in ("nmod", "compound", "amod")
        and c.i < noun.i
        and c.lemma_.lower() in NON_LETHAL_ACTS
        and c.i > noun.sent.start
        and noun.doc[c.i - 1].text == ","
        for c in noun.children
    )


def _bare_common_noun(noun: Token) -> bool:
    """A singular common noun with no count, article or owner: in "Gunmen kill five police, ceasefire in
    doubt" it opens a headline's second clause, it is no one listed among the dead."""
    return noun.tag_ == "NN" and not any(c.dep_ in ("nummod", "det", "poss") for c in noun.children)


def _victims_named_by_copula(death: Token) -> Iterable[Token]:
    """'12 people from one family are the victims of a massacre by warplanes', 'five civilians were among the
    victims of the killing': the subject of the copula is who died."""
    victims = death.head.head if death.dep_ == "pobj" and death.head.lower_ == "of" else None
    if victims is None or victims.lemma_.lower() != "victim":
        return
    copula = victims.head
    if victims.dep_ == "pobj" and copula.lower_ == "among":
        copula = copula.head
    elif victims.dep_ != "attr":
        return
    if copula.lemma_ == "be":
        yield from (c for c in copula.children if c.dep_ == "nsubj")


def _subject_read_as_speech_object(death: Token) -> Iterable[Token]:
    """'The ISPR said four security personnel and nine attackers were killed': the small model makes the
    first counted subject of the passive the object of the speech verb, left with the 'and' that joins it
    to the rest, which stays the passive's subject."""
    subject = next((c for c in death.children if c.dep_ == "nsubjpass"), None)
    speech = death.head
    if subject is None or death.dep_ != "ccomp" or speech.lemma_.lower() not in REPORTING_LEMMAS:
        return
    for noun in speech.children:
        joined = any(c.dep_ == "cc" and c.lower_ == "and" for c in noun.children)
        counted = any(c.dep_ == "nummod" for c in noun.children)
        if noun.dep_ == "dobj" and noun.i < subject.i and joined and counted and noun.i < death.i:
            yield noun


def _subject_read_as_apposition(verb: Token) -> Token | None:
    """'In Kherson Oblast, a 64-year-old man was killed when ...': the small model hangs the subject of a
    passive on the place of the phrase fronted before it, as that place's apposition, and leaves the verb
    with no subject. The apposition that ends right before the passive's auxiliary is its subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    auxiliaries = [c.i for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i]
    if not auxiliaries:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            for appos in (c for c in place.children if c.dep_ == "appos"):
                if appos.right_edge.i + 1 == min(auxiliaries) and appos.pos_ in ("NOUN", "PROPN", "NUM"):
                    return appos
    return None


def _names_own_dead(clause: Token) -> bool:
    """A relative clause whose subject is a noun of its own, not 'who' or 'that': the clause names its dead
    ('the clash in which 5 militants were killed'), the noun it describes did not die."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT") for c in clause.children)


def victim_noun(victim: Token) -> str:
    """The noun a counted victim names ('soldier' in 'two soldiers', and in the partitive 'several of its
    soldiers'), or 'people' for a bare count."""
    partitive = next(
        (g for p in victim.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None
    )
    if victim.pos_ == "NUM" or victim.like_num:
        if partitive is not None and side_of_dead({partitive.lemma_.lower()}) is not None:
            return partitive.lemma_.lower()  # "one of their border guards", "11 of the insurgents": a side's
        return "people"  # "2 of their men": a bare count may be of anyone's dead
    if partitive is not None and (victim.pos_ != "NOUN" or victim.lemma_.lower() in QUANTITY_NOUNS):
        return partitive.lemma_.lower()
    return victim.lemma_.lower()


def kills_perpetrators(sent: Span) -> bool:
    """The sentence reports the death of an attack's perpetrators: "The attacker was killed.", "Two
    gunmen were shot dead", "the bomber died", "two of the attackers were killed"."""
    return any(
        named.lower_ in PERPETRATOR_NOUNS
        for token in sent
        if death_lemma(token) in DEATH_LEMMAS or shot_dead(token, sent)
        for victim in victims_of(token)
        for named in (victim, *of_objects(victim))
    )


def kills_only_perpetrators(sent: Span) -> bool:
    """Every death the sentence tells is a perpetrator's: "militants attacked a convoy, and two of the
    attackers were killed in the ensuing gunbattle" (not "..., killing five guests, and two of the attackers
    were killed")."""
    victims = [
        victim
        for token in sent
        if death_lemma(token) in DEATH_LEMMAS or shot_dead(token, sent)
        for victim in victims_of(token)
    ]
    return bool(victims) and all(
        any(named.lower_ in PERPETRATOR_NOUNS for named in (victim, *of_objects(victim)))
        for victim in victims
    )


def of_objects(part: Token) -> Iterable[Token]:
    """The nouns after 'of' on a word: 'attackers' in 'two of the attackers', the group a count is taken
    from; 'force' in 'the last contingent of the regional force'."""
    for prep in part.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            yield from (g for g in prep.children if g.dep_ == "pobj")


# the words of a clause that blows up the one doing it: "blew himself up", "detonated herself"
_SELF_PRONOUNS = frozenset({"himself", "herself", "themselves"})


# a perpetrator told as another than the one before: "the other was shot dead", "a second attacker"
_ANOTHER_WORDS = frozenset({"other", "second", "another", "accomplice"})


def with_suicide_bombers(clauses: list[Span], total: int | None) -> int | None:
    """ACLED counts the attackers killed. A toll of victims ("blew himself up ..., killing 4 civilians") is
    taken as reported; when the text counts no victim's death, bombers who blew themselves up are dead too:
    "One blew himself up and the other was shot dead" is 2, "a suicide bomber detonated explosives, wounding
    two. A second attacker was shot dead" 2, and "blew himself up ... The attacker was killed" 1."""
    # the clauses may overlap (a sentence and the incident clause cut from it): each word is read once
    tokens = {token.i: token for sent in clauses for token in sent}
    bombers = sum(_self_detonation(verb) for verb in tokens.values())
    if not bombers:
        return total
    # the whole text's dead: a toll told in another clause or sentence ("At least 20 people were killed")
    doc = clauses[0].doc
    deaths = [
        (victim, sent)
        for sent in doc.sents
        for token in sent
        if death_lemma(token) in DEATH_LEMMAS or shot_dead(token, sent)
        for victim in victims_of(token)
    ]
    if any(v.lower_ not in PERPETRATOR_NOUNS | _ANOTHER_WORDS for v, _ in deaths):
        return total  # a victim's death is told: the toll stands as reported
    last = max(sent.end for sent in clauses)
    if any(sent.start >= last and not _told_as_another(v) for v, sent in deaths):
        return total  # "... The attacker was killed.": the bomber's death, told and counted there
    own = {v.i: v for v, _ in deaths if v.i in tokens}
    others = sum(1 for v in own.values() if _told_as_another(v))
    if others:
        return bombers + others
    return max(total or 0, bombers)


def _told_as_another(perpetrator: Token) -> bool:
    """'the other', 'a second attacker', 'his accomplice': a perpetrator other than the bomber told before."""
    return perpetrator.lower_ in _ANOTHER_WORDS or any(
        c.lower_ in _ANOTHER_WORDS for c in perpetrator.children
    )


def _self_detonation(verb: Token) -> int:
    """The bombers a verb blows up with their own charge: 'blew himself up' (1), 'two suicide bombers blew
    themselves up' (2), 'One blew himself up' (1), 'a suicide bomber detonated explosives' (1)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return 0
    lemma = verb.lemma_.lower()
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    itself = any(c.dep_ in ("dobj", "obj") and c.lower_ in _SELF_PRONOUNS for c in verb.children)
    blew_up = lemma == "blow" and itself and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    suicide_bomber = (
        subject is not None
        and subject.lemma_.lower() == "bomber"
        and any(c.lower_ == "suicide" for c in subject.children)
    )
    if not (blew_up or (lemma == "detonate" and (itself or suicide_bomber))):
        return 0
    if subject is None:
        return 1
    if subject.like_num:
        return parse_count(subject.text) or 1
    return number_near(subject) or 1
