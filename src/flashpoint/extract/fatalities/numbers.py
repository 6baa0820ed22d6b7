"""Which number counts a noun: digits and count words next to the dead ("14 dead", "killing five"), and
ACLED's figures for vague ones ("several" 3, "dozens" 12, "hundreds" 100)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from flashpoint.extract.fatalities.deaths import KILL_VERBS, PERPETRATOR_NOUNS
from flashpoint.extract.fatalities.lists import listed_with_count
from flashpoint.nlp.numbers import parse_count
from flashpoint.text.dates import MONTHS

# entity types a singular victim noun cannot have (a person, a nationality or a mislabelled word can)
NOT_PEOPLE = frozenset(
    {"GPE", "LOC", "FAC", "ORG", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL",
     "EVENT", "LAW", "LANGUAGE", "WORK_OF_ART"}
)  # fmt: skip


# words between a count and its death word ("three more said killed"), hedges before a count ("kills at least
# two") and entity types a count cannot have
COUNT_FILLERS = frozenset(
    {"more", "other", "others", "people", "persons", "said", "reported", "feared", "believed", "were", "are",
     "being", "found", "left", "leaves", "leave", "all"}
)  # fmt: skip


COUNT_FILLER_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "VBN"})


COUNT_HEDGES = frozenset({"at", "least", "up", "to", "nearly", "about", "around", "over", "some", "almost"})


NOT_A_COUNT = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})


VAGUE_COUNTS = frozenset({"many", "several", "some", "dozens", "scores", "hundreds", "more", "others"})


# what "dozens of" or "hundreds of" may count besides people
COUNTED_THINGS = frozenset(
    {"home", "house", "building", "structure", "hut", "shop", "vehicle", "car", "truck", "round", "shell",
     "rocket", "missile", "bomb", "acre", "hectare", "cattle", "livestock", "cow", "goat", "head", "property",
     "village", "tent", "weapon", "gun", "rifle", "kilometre", "kilometer", "mile", "metre", "meter"}
)  # fmt: skip


# words that make "a"/"an" open a plural count, not one person: "a few soldiers", "a dozen policemen"
PLURAL_QUANTIFIERS = frozenset(
    {"few", "couple", "dozen", "handful", "number", "lot", "host", "score", "hundred", "thousand", "series",
     "total", "group"}
)  # fmt: skip


# "a mother of two", "a father of five": the count after them is their children
PARENTS = frozenset({"mother", "father", "parent"})


PARTITIVE_PRONOUNS = frozenset({"them", "whom", "those"})


def _partitive_of_pronoun(count: Token) -> bool:
    """A count taken out of a group already told through a pronoun ("five of them", "two of whom")."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in PARTITIVE_PRONOUNS for g in c.children)
        for c in count.children
    )


# people counted as one group whose size follows 'of' ("a family of five", "a group of 12 farmers")
COUNTED_GROUPS = frozenset({"family", "household", "group"})


def _bare_number_object(token: Token) -> bool:
    """'Gunmen kill 45, injure 95': a number of up to three digits standing alone as a verb's object is a
    count of people, even when the model calls it a date (no day, month or year is ever what was killed)."""
    alone = token.ent_iob_ == "B" and (
        token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I"
    )
    return token.dep_ == "dobj" and token.is_digit and len(token.text) <= 3 and alone


AGE_UNITS = frozenset({"year", "month"})


def age_as_person(token: Token) -> bool:
    """'a 17-year-old', 'an 80-year-old': an age with its own 'a'/'an' used as a noun (the parser makes
    'old' the head, with the unit hung on it), which names one person."""
    return (
        token.lower_ == "old"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
        and any(c.lemma_.lower() in AGE_UNITS for c in token.children)
    )


def number_near(token: Token) -> int | None:
    """A count attached to `token` itself (a NUM) or to the noun it heads (never a year or a date)."""
    if age_as_person(token):
        return 1  # "gendarmes shot dead a 17-year-old": one person named by an age (tagged a date)
    if token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL") and not _bare_number_object(token):
        return None
    if token.lower_.rstrip(".") in MONTHS and any(c.like_num for c in token.children):
        return None  # a date the model did not tag ("Mar 4, 2023: Three policemen were killed"), no one
    if token.lower_ == "one" and any(c.lower_ == "no" for c in token.children if c.dep_ == "det"):
        return 0  # "No one was killed in the blast": not one death, none
    if token.like_num or token.pos_ == "NUM":
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in PARENTS:
            return None  # "a mother of two was strangled": her children, not the dead
        return parse_count(_number_words(token))
    if token.lower_ in ("himself", "herself"):
        return 1  # "killing himself and a police officer": ACLED counts the bomber or attacker too
    if token.lower_ in ("he", "she") and token.dep_ == "nsubjpass" and token.head.dep_ == "advcl":
        return 1  # "killing 2 police officers before he was shot dead": the attacker is one more
    if token.lower_ == "both" and token.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return 2  # "beat two men and set them on fire. Both died.", "..., killing both": the pronoun counts
        # two people
    for child in token.children:
        # not a count joined to the noun: "a tribal elder and 3 of his guards" is one elder and three guards
        own_count = child.dep_ == "nummod" or (child.like_num and child.dep_ != "conj")
        if own_count and _partitive_of_pronoun(child):
            return None  # "Six people were killed, five of them Chinese nationals": five of the six, no more
        if own_count and child.ent_type_ not in ("DATE", "TIME", "MONEY") and not _day_of_month(child):
            words = [t.text for t in child.subtree if t.like_num or t.lower_ in ("hundred", "thousand")]
            value = parse_count(" ".join(words) or child.text)
            if value is not None:
                return value
        if child.lower_ in ("several", "many", "dozens", "hundreds", "scores", "numerous"):
            return parse_count(child.lower_)
        if child.lower_ == "both" and child.dep_ in ("det", "predet") and token.tag_ in ("NNS", "NNPS"):
            return 2  # "Both attackers died."
    leading = [c for c in token.children if c.dep_ in ("nmod", "compound") and c.i < token.i]
    for modifier in leading:
        # "11 IRGC and police members were killed", "5 ISWAP fighters": the parser hangs the count on the
        # leading modifier, or on the first word of a modifier of two ("two boda boda riders")
        leading.extend(g for g in modifier.children if g.dep_ == "compound" and g.i < modifier.i)
        for count in (g for g in modifier.children if g.dep_ == "nummod" and g.i < modifier.i):
            if count.ent_type_ not in NOT_A_COUNT and (value := parse_count(count.text)) is not None:
                return value
    if token.lower_ in ("several", "dozens", "hundreds", "scores", "thousands"):  # "killing several"
        counted = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if any(g.lemma_.lower() in COUNTED_THINGS for g in counted):
            return None  # "torched hundreds of homes": no people
        return parse_count(token.lower_)
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lower_
        in (
            "dozens",
            "hundreds",
            "scores",
            "thousands",
            "several",
        )
    ):
        return parse_count(token.head.head.lower_)
    if any(c.lower_ in ("no", "none") for c in token.children if c.dep_ == "det"):
        return 0  # "no Pakistani soldier killed"
    if token.lower_ == "number":
        return None  # "an unknown number of fighters": no count, and no person
    if token.lemma_.lower() in COUNTED_GROUPS:
        # "pulled the bodies of a family of five from a burned house", "killed a group of 12 farmers": the
        # group counts its members
        ofs = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if not ofs and after is not None and after.lower_ == "of" and after.head == token.head:
            ofs = [after]  # "Islamic State kills family of 12": the parser hangs the 'of' on the verb
        members = [g for c in ofs for g in c.children]
        counts = [number_near(g) for g in members if g.dep_ == "pobj" and g.ent_type_ not in NOT_A_COUNT]
        if counts and counts[0]:
            return counts[0]
    # a singular person: "killed a policeman", "Woman said killed", "killed bus passenger" -> 1
    person = token.tag_ in ("NN", "NNP") and token.pos_ in ("NOUN", "PROPN")
    # a headline's first word the small model calls an interjection ("Boy killed in firing"): as a subject,
    # no interjection, but a noun
    person = person or (token.pos_ == "INTJ" and token.dep_ in ("nsubj", "nsubjpass") and token.is_title)
    # a noun whose plural is its singular, tagged plural, is one person with its own "a"/"an": "a Levies
    # personnel was killed" (not "a few soldiers", "Over a Dozen Junta Personnel Killed")
    article = next((c for c in token.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    person = person or (
        article is not None
        and token.tag_ == "NNS"
        and token.pos_ == "NOUN"
        and token.lower_ == token.lemma_.lower()
        and not any(t.lower_ in PLURAL_QUANTIFIERS for t in token.doc[article.i : token.i])
    )
    # the small model calls "Villager" a PRODUCT, and an abbreviated rank ("a DSP", "an SHO") an ORG: with
    # its own "a"/"an" it is one officer
    abbreviated_rank = token.is_upper and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children
    )
    person = person and (token.ent_type_ not in NOT_PEOPLE or abbreviated_rank)
    if person and not any(c.lower_ in ("the", "this", "that") for c in token.children):
        return 1
    if person and token.lower_ in PERPETRATOR_NOUNS:
        return 1
    if person and listed_with_count(token):
        return 1  # "killing the governor and two others", "10 personnel and the driver": one more person
    return None


def the_person(token: Token) -> bool:
    """'the driver', 'the shopkeeper': one person, named by a definite singular noun."""
    return (
        token.tag_ == "NN"
        and token.pos_ == "NOUN"
        and token.ent_type_ not in NOT_PEOPLE
        and any(c.lower_ == "the" and c.dep_ == "det" for c in token.children)
    )


def _number_words(token: Token) -> str:
    """The number a numeral token heads, in words: 'two hundred' -> 'two hundred', and only the run of
    number words around the token ("UPDATE 1-Nine killed" is nine, not one-nine)."""
    run = [token]
    for step in (-1, 1):
        i = token.i + step
        while 0 <= i < len(token.doc) and (
            token.doc[i].lower_ in ("hundred", "thousand")
            or (token.doc[i].like_num and token.doc[i].head == token)
        ):
            run.insert(0, token.doc[i]) if step < 0 else run.append(token.doc[i])
            i += step
    return " ".join(t.text for t in run)


def _day_of_month(number: Token) -> bool:
    """A day number with its month beside it that the model left out of a date entity, as in a wire
    dateline ("Srinagar, 9 May 2024 - Two militants were killed"): a date, never a count of the dead."""
    doc = number.doc
    beside = [doc[i] for i in (number.i - 1, number.i + 1) if 0 <= i < len(doc)]
    return any(t.text.istitle() and t.lower_ in MONTHS for t in (*beside, *number.subtree))


# the words that count people only roughly ("killed dozens of soldiers"), which ACLED turns into a figure
# only when no report gives one
ROUGH_COUNT_WORDS = frozenset({"several", "many", "dozens", "scores", "numerous", "hundreds"})


def counts_only_vaguely(*sents: Span) -> bool:
    """The sentences count people with a rough word and with no number ('Al Shabaab said it had killed dozens
    of soldiers'): their figure is an estimate, not a count."""
    rough = any(t.lower_ in ROUGH_COUNT_WORDS for sent in sents for t in sent)
    counted = any(
        t.like_num
        and t.dep_ in ("nummod", "dobj", "nsubj", "nsubjpass", "pobj", "conj")
        and t.ent_type_ not in NOT_A_COUNT
        for sent in sents
        for t in sent
    )
    return rough and not counted


def plain_count(death: Token) -> int | None:
    """A count written right beside a death word that the parse did not attach, as in headlines the small
    model misreads: 'Air raid "kills nine"', 'drone kills 2', 'firing kills civilian' (one), 'Three more said
    killed', 'fighters among 13 killed', 'Two alleged militant dead'."""
    doc, sent = death.doc, death.sent
    # the tagger reads the verb of "Air raid 'kills nine'" as a plural noun
    verb = death.tag_ in ("VBZ", "VBD", "VBP") or death.lower_ == "kills"
    if verb and death.lemma_.lower() in KILL_VERBS:
        i = death.i + 1
        while i < sent.end and (doc[i].is_quote or doc[i].lower_ in COUNT_HEDGES):
            i += 1
        if i >= sent.end:
            return None
        after = doc[i]
        if after.like_num and after.ent_type_ not in NOT_A_COUNT:
            return parse_count(_number_words(after))
        ends_phrase = i + 1 >= sent.end or doc[i + 1].is_punct or doc[i + 1].pos_ in ("ADP", "SCONJ", "CCONJ")
        if (
            ends_phrase
            and after.tag_ in ("NN", "JJ")
            and after.is_alpha
            and after.lower_ not in VAGUE_COUNTS
            and after.ent_type_ not in NOT_PEOPLE
        ):
            return 1  # "kills civilian", "kills militant after ...": one person, tagged as an adjective
        return None
    if death.tag_ in ("VBN", "JJ") or death.lemma_ == "dead":
        for steps, before in enumerate(reversed(sent[: death.i - sent.start])):
            if steps >= 4:
                break
            if before.like_num and before.ent_type_ not in NOT_A_COUNT:
                return parse_count(_number_words(before))
            # "Three Emirati soldiers killed": nouns, adjectives and nationalities between count and verb
            filler = before.lower_ in COUNT_FILLERS or before.tag_ in COUNT_FILLER_TAGS
            if not (filler or before.is_quote):
                break
    return None
