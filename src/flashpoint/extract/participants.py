"""Who did what to whom: perpetrators and targets read off the dependency parse around a trigger.

A participant is a named actor (an ACTOR entity from the alias table), a generic role ("soldiers",
"gunmen", "villagers") to be named once the country is known, or an anaphor ("the militant group")
resolved to the most recent named armed actor in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from flashpoint.actors.lexicon import ActorLexicon
from flashpoint.actors.normalize import alias_key
from flashpoint.actors.roles import Role, inter_of
from flashpoint.actors.table import ActorTable
from flashpoint.extract.fatalities.victims import of_objects
from flashpoint.nlp.memo import doc_entities, doc_text
from flashpoint.nlp.model import ACTOR_LABEL
from flashpoint.nlp.numbers import parse_count

# Heads of definite descriptions that point back to a named group ("the militant group claimed ...").
QUANTITY_NOUNS = frozenset(
    {"hundreds", "dozens", "thousands", "scores", "tens", "millions", "group", "groups", "band", "gang"}
)
GROUP_ANAPHORS = frozenset(
    {"group", "outfit", "organisation", "organization", "movement", "faction", "militia"}
)
# "former", "retired", "ex" before a soldier, a policeman or a fighter: a civilian now, as ACLED codes such
# victims ("a former opposition fighter shot dead" is an attack on a civilian).
FORMER_WORDS = frozenset({"former", "retired", "ex", "ex-"})
# people who belong to a group without being its armed forces' nouns: "a former ANDSF member"
MEMBER_NOUNS = frozenset(
    {"member", "cadre", "leader", "commander", "official", "officer", "employee", "agent", "rebel", "fighter",
     "militant", "soldier", "guard", "spokesman", "minister", "lawmaker", "governor"}
)  # fmt: skip
# a political party's people, who are civilians when attacked (its "supporters" and "workers" are a crowd)
PARTY_PERSON_NOUNS = frozenset(
    {"leader", "member", "candidate", "councillor", "councilor", "lawmaker", "legislator", "politician",
     "official", "chief", "president", "chairman", "office-bearer", "secretary", "mna", "mpa", "senator"}
)  # fmt: skip
FORMER_ROLES = frozenset({Role.MILITARY, Role.POLICE, Role.UNIDENTIFIED_ARMED, Role.STATE_OTHER})
# "PTI supporters", "activists of the Awami League": a crowd acting for a party or movement, which ACLED
# codes as protesters or rioters with the group as associated actor.
SUPPORTER_NOUNS = frozenset(
    {"supporter", "activist", "worker", "follower", "sympathiser", "sympathizer", "partisan", "volunteer"}
)
# a rebel group's "supporters" are a crowd too ("Houthi supporters rallied"); its "activists" or "volunteers"
# may be its fighters ("seized by the activists of the Islamic State group")
REBEL_SUPPORTER_NOUNS = frozenset({"supporter"})
# nouns of a force, a unit or their members, which take the service they belong to ("personnel of the
# Punjab Police", "the Interior Ministry's special forces")
SERVICE_MEMBER_NOUNS = frozenset(
    {"personnel", "force", "unit", "member", "officer", "squad", "battalion", "brigade", "division",
     "wing", "commando", "detachment", "contingent"}
)  # fmt: skip
# verbs of demonstrating that, as a participle or relative clause on people, make them a crowd
DEMONSTRATING_VERBS = frozenset({"protest", "demonstrate", "rally"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
# verbs whose object dies, and those that need a result to kill ('shot dead', 'gunned down')
KILLING_VERBS = frozenset(
    {"kill", "murder", "behead", "execute", "slay", "assassinate", "lynch", "shoot", "gun", "hack", "stab"}
)
RESULTATIVE_VERBS = frozenset({"shoot", "gun", "hack", "stab"})
# verbs whose subject is the side that was hit ("troops suffered casualties", "two more constables
# succumbed to their wounds": the dead, never the doers of what killed them)
SUFFERING_VERBS = frozenset({"suffer", "sustain", "succumb"})
# "a patrol came under fire from militants": the verb whose subject an attack noun under 'under' hit
UNDERGOING_VERBS = frozenset({"come"})
UNDERGONE_ATTACKS = frozenset({"attack", "fire", "gunfire", "assault"})
# "two policemen lost their lives": the subject of 'lose' with one of these objects died, it killed nobody
LOST_OBJECTS = frozenset({"life", "lives"})
# verbs whose object is the weapon of the event: "used chloropicrin against Ukrainian positions"
WEAPON_USE_VERBS = frozenset({"use", "employ", "fire", "drop", "launch"})
TARGET_PREPOSITIONS = ("of", "on", "against", "at", "targeting", "with")
AIMING_PREPOSITIONS = ("on", "against", "at", "into", "toward", "towards")  # what a weapon is fired at


@dataclass(slots=True)
class Participant:
    """One side of an event."""

    text: str
    start: int  # char offsets of the phrase in the doc
    end: int
    name: str | None = None  # canonical name for named actors; None for roles until the country is known
    inter: int | None = None
    role: Role | None = None
    country: str | None = None  # nationality in the phrase ("Pakistani soldiers") or a named group's home
    count: int | None = None  # "four soldiers" -> 4
    assoc: str | None = None  # the named group a crowd stands for: "PTI supporters" -> PTI
    partisan: bool = False  # a crowd of a cause's supporters or activists, who act rather than suffer
    group: str | None = None  # the identity an ethnic militia is named by: "Fulani"

    @property
    def is_named(self) -> bool:
        return self.name is not None

    @property
    def is_state(self) -> bool:
        return self.inter == 1

    @property
    def is_armed(self) -> bool:
        return self.inter in (1, 2, 3, 4, 8)


# an ACLED note's own word on the actor it coded: "the Hafiz Gul Bahadur group (coded as TTP)"
CODED_AS = re.compile(r"\s*\(coded as (?P<name>[^()]{2,80})\)")


def _shared_person_noun(token: Token) -> Token:
    """The noun a group's name shares with the name before it: 'BNP' in 'Awami League and BNP supporters'
    names the BNP's supporters, not the party itself (else the token itself)."""
    first = token.head
    if token.dep_ == "conj" and first.dep_ in ("nmod", "compound") and first.head.pos_ == "NOUN":
        return first.head
    return token


@dataclass
class ParticipantReader:
    """Reads participants from noun phrases; holds the article-level memory for group anaphora."""

    actors: ActorTable
    lexicon: ActorLexicon

    def named_actor(self, ent: Span) -> Participant | None:
        """The actor-table entry an ACTOR entity names, as a participant standing at the entity."""
        entry = self.actors.lookup(ent.ent_id_ or ent.text)
        if entry is None:
            return None
        return Participant(
            ent.text, ent.start_char, ent.end_char, entry.name, entry.inter, country=entry.country
        )

    def recent_armed_group(self, doc: Doc, before: int) -> Participant | None:
        """The last named non-state armed actor mentioned before token index `before` (anaphora)."""
        for ent in reversed([e for e in doc_entities(doc) if e.end <= before and e.label_ == ACTOR_LABEL]):
            named = self.named_actor(ent)
            if named is not None and named.inter in (2, 3, 4, 8):
                return named
        return None

    def from_token(self, token: Token, doc: Doc) -> Participant | None:
        """Resolve the noun phrase headed by `token` to a participant, or None."""
        if token.pos_ == "PRON" or token.lower_ in ("who", "which", "that"):
            return None
        if _hyphened_to(token, LINK_WORDS):
            return None  # "the Al-Qaeda-linked Group to Support ...": the name qualifies the noun after it
        if token.lower_ in QUANTITY_NOUNS:  # "hundreds of farmers", "dozens of militants"
            of_object = next(
                (
                    g
                    for c in token.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                None,
            )
            if of_object is not None:
                found = self.from_token(of_object, doc)
                if found is not None and found.count is None:
                    found.count = parse_count(token.lower_)
                return found
        if token.lemma_.lower() in CAPTIVE_WORDS:
            # "took five soldiers hostage" read as one noun: the people held are who the soldiers are
            held = next((c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
            found = self.from_token(held, doc) if held is not None else None
            if found is not None:
                return found
        owner = _of_object(token) if token.lower_ in self.lexicon.owned_things else None
        if owner is not None and owner.lemma_.lower() in PARTY_PERSON_NOUNS:
            return self.from_token(owner, doc)  # "the vehicle of a local ANP leader": the leader was targeted
        phrase = _phrase(token)
        named = self._coded_as(token, phrase) or self._named_in(phrase)
        count = _count_of(token)
        country = self._country_in(phrase)
        if named is not None:
            named.count = count
            if named.inter in (1, 2, 3) and _former(token, phrase) and self._is_person(token, phrase):
                # "a former ANDSF soldier", "an ex-NPA rebel": a civilian now ("former IS strongholds" no one)
                return Participant(
                    phrase.text, phrase.start_char, phrase.end_char, None, inter_of(Role.CIVILIANS),
                    Role.CIVILIANS, named.country or country, count,
                )  # fmt: skip
            lemma = _shared_person_noun(token).lemma_.lower()
            if named.inter == 3 and lemma in PARTY_PERSON_NOUNS and self.lexicon.is_party(named.name or ""):
                # "a JUI-F leader", "an ANP candidate": a party's people are civilians, the party associated
                return Participant(
                    phrase.text, phrase.start_char, phrase.end_char, None, inter_of(Role.CIVILIANS),
                    Role.CIVILIANS, named.country or country, count, assoc=named.name,
                )  # fmt: skip
            if named.inter != 1 and self._role_of(token, phrase) == Role.POLICE:
                named.role = Role.POLICE  # "Taliban police": the group's police, the state's once it rules
            if lemma in SUPPORTER_NOUNS and (named.inter not in (1, 2) or lemma in REBEL_SUPPORTER_NOUNS):
                return Participant(
                    phrase.text, phrase.start_char, phrase.end_char, None, inter_of(Role.PROTESTERS),
                    Role.PROTESTERS, named.country or country, count, assoc=named.name, partisan=True,
                )  # fmt: skip
            return named
        group_word = token.lemma_.lower() in GROUP_ANAPHORS or (
            token.dep_ == "compound" and token.head.lemma_.lower() in GROUP_ANAPHORS
        )
        if group_word and any(t.lower_ in ("the", "this", "that") for t in phrase):
            anaphor = self.recent_armed_group(doc, phrase.start)
            if anaphor is not None:
                anaphor.text, anaphor.start, anaphor.end = phrase.text, phrase.start_char, phrase.end_char
                return anaphor
        role = self._role_of(token, phrase)
        if role is None and country is not None and token.lower_ in self.lexicon.military_posts:
            role = Role.MILITARY  # "Russian forces attacked Ukrainian positions"
        if country is not None and token.lemma_.lower() in self.lexicon.national_forces_nouns:
            role = Role.MILITARY  # "an Israeli sniper shot dead a child": a nation's snipers are its army's
        if role == Role.UNIDENTIFIED_ARMED and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children
        ):
            anaphor = self.recent_armed_group(doc, phrase.start)  # "NRF stated that its fighters attacked"
            if anaphor is not None:
                anaphor.text, anaphor.start, anaphor.end = phrase.text, phrase.start_char, phrase.end_char
                anaphor.count = count
                return anaphor
        if role == Role.UNIDENTIFIED_ARMED and _demonstrating(token):
            role = Role.PROTESTERS  # "motorcyclists protesting a ban on motorbikes": riders, not gunmen
        partisan = role is None and token.lemma_.lower() in SUPPORTER_NOUNS and token.pos_ == "NOUN"
        if partisan:
            role = Role.PROTESTERS  # supporters of a group the alias table does not know
        if role is None and _nationals_done_to(token) and self.lexicon.country_of_demonym(token.text):
            # "killed 12 Palestinians", "three Kashmiris were killed": people named only by nationality,
            # whom something was done to, are civilians of that country
            role, country = Role.CIVILIANS, self.lexicon.country_of_demonym(token.text)
        if role is None:
            return None
        group = self._ethnic_group(token, phrase) if role != Role.PROTESTERS else None
        if group is not None:
            role = Role.ETHNIC_MILITIA
        return Participant(
            phrase.text, phrase.start_char, phrase.end_char, None, inter_of(role), role, country, count,
            partisan=partisan, group=group,
        )  # fmt: skip

    def state_agent(self, token: Token, *, nationality: bool = False) -> Participant | None:
        """A country doing violence is its armed forces: "Pakistan kills 30 militants", "India shells ...";
        with `nationality`, a nationality too ("Indian and Pakistani troops"). A short form of a country's
        name the model tags as no entity ("Pak kills 24 militants") is the country too."""
        unlabelled_name = not token.ent_type_ and token.pos_ == "PROPN"
        if token.ent_type_ not in (("GPE", "NORP") if nationality else ("GPE",)) and not unlabelled_name:
            return None
        country = self.lexicon.country_name(token.text)
        if country is None:
            return None
        return Participant(
            token.text, token.idx, token.idx + len(token.text), None, inter_of(Role.MILITARY), Role.MILITARY,
            country,
        )  # fmt: skip

    def _ethnic_group(self, token: Token, phrase: Span) -> str | None:
        """'Fulani gunmen', 'Dinka youths': the identity group an armed or crowd noun is named by."""
        if token.lemma_.lower() not in self.lexicon.ethnic_militia_heads and token.lower_ not in (
            self.lexicon.ethnic_militia_heads
        ):
            return None
        for word in phrase:
            if word.i >= token.i:
                break
            named = word.pos_ == "PROPN" and word.dep_ in ("compound", "amod", "nmod")
            # not "KADUNA -", nor the day of "On Friday gunmen killed ..." read as a compound
            named = named and word.ent_type_ not in ("GPE", "LOC", "DATE", "TIME") and not word.is_upper
            if word.ent_type_ == "NORP" or named:
                group = self.lexicon.ethnic_group(word.text)
                if group is not None:
                    return group
        return None

    def _conjunct_owns(self, root: Token, of_phrase: Token, inter: int) -> bool:
        """'police and members of Los Choneros clashed': the parse hangs 'of Los Choneros' on the first
        conjunct, but a non-state group's name after a later conjunct is that conjunct's, not the state
        force's (no police belong to a gang)."""
        conjunct_before = any(c.dep_ == "conj" and c.i < of_phrase.i for c in root.children)
        state_force = self.lexicon.role_of(root.lemma_) in (Role.POLICE, Role.MILITARY)
        return conjunct_before and state_force and inter != 1

    def _coded_as(self, token: Token, phrase: Span) -> Participant | None:
        """The actor an ACLED note says it coded a group as: "militants of the Hafiz Gul Bahadur group (coded
        as TTP)" are the TTP, when the alias table knows the name (the bracket ends the phrase or its
        'of' phrase)."""
        doc = token.doc
        text = doc_text(doc)  # doc.text joins every token again on each access
        if "coded as" not in text:
            return None
        end = doc[token.right_edge.i].idx + len(doc[token.right_edge.i])
        found = CODED_AS.match(text, end) or CODED_AS.search(text[:end], phrase.start_char)
        entry = self.actors.lookup(found["name"]) if found else None
        if entry is None:
            return None
        return Participant(phrase.text, phrase.start_char, phrase.end_char, entry.name, entry.inter,
                           country=entry.country)  # fmt: skip

    def _named_in(self, phrase: Span) -> Participant | None:
        root = phrase.root
        ents = doc_entities(phrase.doc) if root.ent_type_ == ACTOR_LABEL else ()
        # the entity the head is in
        own = next((e for e in ents if e.label_ == ACTOR_LABEL and e.start <= root.i < e.end), None)
        entry = self.actors.lookup(own.ent_id_ or own.text) if own is not None else None
        if own is not None and entry:
            # "Military Forces of Somalia and Macawisley militia": the head is inside a name, whose 'of' is
            # its own, not "fighters of the SDF"
            return Participant(
                own.text, own.start_char, own.end_char, entry.name, entry.inter, country=entry.country
            )
        for child in root.children:  # "fighters of the Syrian Democratic Forces", "members of the BLA"
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "belonging"):
                # a name that starts in the phrase, also when the parse hangs its end on the verb
                # ("jihadists from Hayat Tahrir al-Sham (HTS) attacked": 'al-Sham' read as a subject)
                inside = range(child.i + 1, child.right_edge.i + 1)
                for ent in (e for e in doc_entities(phrase.doc) if e.start in inside):
                    if ent.label_ == ACTOR_LABEL:
                        entry = self.actors.lookup(ent.ent_id_ or ent.text)
                        if entry and self._conjunct_owns(root, child, entry.inter):
                            continue
                        if entry:
                            return Participant(
                                ent.text,
                                phrase.start_char,
                                ent.end_char,
                                entry.name,
                                entry.inter,
                                country=entry.country,
                            )
        # a name the parse split ("IS Sahel militants": 'IS' hangs on the verb; "the Islamic Resistance in
        # Iraq": 'in Iraq' is a prepositional phrase) still names the phrase it overlaps
        overlapping = [
            ent
            for ent in (doc_entities(phrase.doc) if any(t.ent_type_ == ACTOR_LABEL for t in phrase) else ())
            if ent.start < phrase.end
            and ent.end > phrase.start
            and ent.label_ == ACTOR_LABEL
            and not appointed_by(phrase.doc[ent.end - 1])  # "a Taliban-appointed scholar" is no Taliban
        ]
        # "the Al-Qaeda-linked Group to Support Islam and Muslims": the group a linked name qualifies first,
        # and "the Al-Qaeda-linked group, also known as Harakat al-Shabaab al-Mujahideen" is that alias
        overlapping.sort(key=lambda ent: _hyphened_to(phrase.doc[ent.end - 1], LINK_WORDS))
        if all(_hyphened_to(phrase.doc[ent.end - 1], LINK_WORDS) for ent in overlapping):
            overlapping = [*_known_as(root), *overlapping]
        return next((named for ent in overlapping if (named := self.named_actor(ent)) is not None), None)

    def _country_in(self, phrase: Span) -> str | None:
        for t in phrase:
            if cause_or_identity(t):
                continue  # "ethnic Serb protesters" in Kosovo, "pro-Palestinian protesters" in Milan
            if t.ent_type_ in ("NORP", "GPE") or t.pos_ == "PROPN" or t.pos_ == "ADJ":
                # a two-word demonym or name first: "a Sri Lankan manager", "a New Zealand pilot", and
                # "South Sudanese traders" are not Sudan's
                pair = f"{t.text} {t.nbor().text}" if t.i + 1 < phrase.end else None
                country = pair and (self.lexicon.country_of_demonym(pair) or self.lexicon.country_name(pair))
                if country:
                    return self.lexicon.sovereign(country)
                country = self.lexicon.country_of_demonym(t.text) or self.lexicon.country_name(t.text)
                if country:
                    return self.lexicon.sovereign(country)
        return None

    def _is_person(self, token: Token, phrase: Span) -> bool:
        lemma = token.lemma_.lower()
        return lemma in MEMBER_NOUNS or self._described_role(token, phrase) is not None

    def _role_of(self, token: Token, phrase: Span) -> Role | None:
        role = self._described_role(token, phrase)
        if role in FORMER_ROLES and _former(token, phrase):
            return Role.CIVILIANS  # "a former soldier", "a retired police officer" no longer bear arms
        return role

    def _described_role(self, token: Token, phrase: Span) -> Role | None:
        if token.lemma_.lower() in SERVICE_MEMBER_NOUNS:
            owned = self._service_of(token)
            if owned is not None:
                return owned  # "the Interior Ministry's special forces", "personnel of the Punjab Police"
        # "a schoolteacher in Tank": a town's name alone, not the "tanks" its lemma reaches ("National Guard"
        # is still a role as a whole)
        name_only = _capitalised_name(token) and not self.lexicon.is_role_word(token.text)
        # Try the longest multi-word description first ("security forces", "police officer").
        words = [t for t in phrase if t.i <= token.i and t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")]
        for k in range(len(words)):
            if name_only and words[k:] == [token]:
                break
            role = self.lexicon.role_of(" ".join(w.text for w in words[k:]))
            if role is not None:
                return role
        if _plain_group_of_men(token, words):
            return Role.CIVILIANS
        titled = self._title_role(token, words)
        if titled is not None:
            return titled
        if name_only:
            return None
        role = self.lexicon.role_of(token.lemma_) or self.lexicon.role_of(token.text)
        if role is None and _police_officer(token, words):
            return Role.POLICE
        return role

    def _service_of(self, token: Token, depth: int = 0) -> Role | None:
        """The state service a force, a unit or its members belong to, named as their owner ('the Interior
        Ministry's special forces', 'personnel of the Punjab Police's Elite Force'): police when the owner
        is a police service or a ministry whose forces are police, the military when it is the army."""
        owners = [c for c in token.children if c.dep_ == "poss"] + list(of_objects(token))
        for owner in owners:
            words = [t for t in owner.subtree if t.dep_ not in ("case", "det") and t.pos_ != "PUNCT"]
            text = " ".join(t.text for t in words)
            if alias_key(text) in self.lexicon.police_ministries:
                return Role.POLICE
            owned = self._service_of(owner, depth + 1) if depth < 2 else None
            role = owned or self.lexicon.role_of(" ".join(t.text for t in words if t.i <= owner.i))
            if role in (Role.POLICE, Role.MILITARY):
                return role
        return None

    def _title_role(self, token: Token, words: list[Token]) -> Role | None:
        """'President Daniel Noboa declared ...', 'a man shot Prime Minister Robert Fico': a head of state or
        government named by title who does or suffers the sentence's main act is the government, as ACLED
        codes a president's decree or an attack on one; one only named beside the act ('a protest against
        President X', 'areas loyal to President Y') is no side."""
        main_act = token.head.pos_ == "VERB" and token.head.dep_ in ("ROOT", "conj")
        if token.pos_ != "PROPN" or token.dep_ not in ("nsubj", "dobj") or not main_act:
            return None
        title = " ".join(
            w.lower_ for w in words if w.pos_ == "PROPN" and w.i < token.i and w.lower_ in TITLE_WORDS
        )
        return Role.STATE_OTHER if title in HEAD_OF_GOVERNMENT_TITLES else None


def _demonstrating(token: Token) -> bool:
    """'motorcyclists protesting a ban', 'youths who were demonstrating': people a participle or relative
    clause says demonstrate are a crowd, whatever armed sense their noun has elsewhere ('shot dead by
    motorcyclists')."""
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in DEMONSTRATING_VERBS for c in token.children)


def _plain_group_of_men(token: Token, words: list[Token]) -> bool:
    """'a group of men attacked Syrian migrants': men counted as a group, with no word that arms or hides
    them ('armed', 'masked', 'unknown' men are an armed group), are ordinary people who may turn into a mob
    (ACLED's rioters); the coder makes them an armed group again when they shoot or abduct."""
    quantity = token.head.head if token.head.lower_ == "of" else None
    return (
        token.lower_ == "men"
        and [w.i for w in words] == [token.i]
        and quantity is not None
        and quantity.lower_ == "group"
    )


# offices whose holder, named by title, stands for the government
HEAD_OF_GOVERNMENT_TITLES = frozenset({"president", "prime minister", "premier", "chancellor"})
TITLE_WORDS = frozenset(word for title in HEAD_OF_GOVERNMENT_TITLES for word in title.split())
BROKER_WORDS = frozenset({"brokered", "mediated", "backed", "sponsored", "funded", "supported", "trained"})
# a name hyphened to one of these only says whom the group is tied to ('an Al-Qaeda-linked group'), while an
# 'IS-backed faction' may well be the group's own (BROKER_WORDS)
# what people held are called beside who they are: "took five soldiers hostage"
CAPTIVE_WORDS = frozenset({"hostage", "captive"})
LINK_WORDS = frozenset({"linked", "affiliated", "aligned", "allied", "inspired", "leaning"})
# a group's appointees are its officials or clerics, not its fighters ('a Taliban-appointed scholar')
APPOINTMENT_WORDS = frozenset({"appointed", "installed", "nominated"})


def _police_officer(token: Token, words: list[Token]) -> bool:
    """'Kosovo police said one officer was killed', 'police said two officers were shot': a bare officer hit
    in a sentence that names the police is one of theirs; an 'election officer' or 'customs officer' (a noun
    before it) is not, nor are the officers who act in it ('burned a patrol car after officers arrested a
    resident', where the crowd's target is the car)."""
    if token.lemma_.lower() != "officer" or any(w.pos_ in ("NOUN", "PROPN") for w in words if w.i < token.i):
        return False
    if token.dep_ not in ("nsubjpass", "dobj", "obj"):
        return False
    return any(t.lower_ in POLICE_WORDS for t in token.sent if t.i != token.i)


# words that name the police in a sentence, making its bare 'officers' policemen
POLICE_WORDS = frozenset({"police", "policeman", "policemen", "policewoman", "policewomen"})


def _known_as(noun: Token) -> list[Span]:
    """The actor names of 'also known as X' on the noun: another name of the same group."""
    known = (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "know")
    names = (g for k in known for c in k.children if c.lower_ == "as" for g in c.children if g.dep_ == "pobj")
    ents = doc_entities(noun.doc)
    return [e for g in names for e in ents if e.label_ == ACTOR_LABEL and e.start <= g.i < e.end]


def _of_object(token: Token) -> Token | None:
    """The noun after 'of' in 'the vehicle of a local leader'."""
    of_phrases = (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of")
    return next((g for c in of_phrases for g in c.children if g.dep_ == "pobj"), None)


def _former(token: Token, phrase: Span) -> bool:
    """'a former soldier', 'a retired police officer', 'a former government official': no longer serving;
    'former members of the Afghan security forces' too (the word sits on the members, not the forces)."""
    members = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    former_members = members is not None and any(c.lower_ in FORMER_WORDS for c in members.children)
    return former_members or any(t.lower_ in FORMER_WORDS for t in phrase if t.i < token.i)


def _nationals_done_to(token: Token) -> bool:
    """A plural nationality as the object or passive subject of a verb ("killed 12 Palestinians")."""
    return token.tag_ in ("NNS", "NNPS") and token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ == "VERB"


def _hyphened_to(token: Token, words: frozenset[str]) -> bool:
    """The token is joined by a hyphen to one of `words`: 'Iran-backed', 'Taliban-appointed'."""
    doc = token.doc
    after = [doc[i].lower_ for i in range(token.i + 1, min(len(doc), token.i + 3))]
    return after[:1] == ["-"] and len(after) > 1 and after[1] in words


def appointed_by(token: Token) -> bool:
    """A name that only appointed the person it describes: 'a Taliban-appointed scholar' is no Taliban
    fighter (while an 'IS-backed faction' may well be the group's own)."""
    return _hyphened_to(token, APPOINTMENT_WORDS)


def cause_or_identity(token: Token) -> bool:
    """A nationality word that names an identity or a cause, not the crowd's country: 'ethnic Serb',
    'pro-Palestinian', 'anti-French'."""
    doc = token.doc
    before = [doc[i].lower_ for i in range(max(0, token.i - 2), token.i)]
    if _hyphened_to(token, BROKER_WORDS):
        return True  # "a China-brokered ceasefire", "Iran-backed militias": the country only stands behind
    return bool(before) and (
        before[-1] in ("ethnic", "pro", "anti") or (before[-1] == "-" and before[:1] in (["pro"], ["anti"]))
    )


def _phrase(token: Token) -> Span:
    """The noun phrase of `token` without relative clauses and trailing prepositional phrases."""
    left = token.left_edge.i
    right = token.i
    for child in token.rights:
        if child.dep_ in ("compound", "amod", "appos", "flat") or (
            child.dep_ == "punct" and child.i == right + 1
        ):
            right = max(right, child.right_edge.i)
        else:
            break
    return token.doc[left : right + 1]


def _count_of(token: Token) -> int | None:
    """The number attached to a noun: "four soldiers", "at least 12 people", "dozens of villagers"."""
    for child in token.children:
        if child.dep_ == "nummod" or (child.like_num and child.dep_ in ("amod", "quantmod", "det")):
            words = [t.text for t in child.subtree if t.like_num or t.lower_ in ("hundred", "thousand", "-")]
            value = parse_count(" ".join(words) or child.text)
            if value is not None:
                return value
        if child.dep_ in ("amod", "det") and child.lower_ in (
            "several",
            "many",
            "dozens",
            "hundreds",
            "scores",
        ):
            return parse_count(child.lower_)
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        quantity = token.head.head
        if quantity.lower_ in ("dozens", "hundreds", "scores", "thousands", "several", "tens"):
            return parse_count(quantity.lower_)
        if quantity.like_num:
            return parse_count(quantity.text)
    return None


def headline_passive(trigger: Token) -> bool:
    """'Two militants shot dead', 'Taliban commander killed in Peshawar': a killing verb with a subject but no
    object or agent is a headline's passive without its auxiliary, and its subject is the victim ('shot'
    only with 'dead' or 'down': 'militants shot at the convoy' is active)."""
    lemma = trigger.lemma_.lower()
    if lemma not in KILLING_VERBS or trigger.tag_ not in ("VBD", "VBN"):
        return False
    children = list(trigger.children)
    if any(c.dep_ in ("dobj", "obj", "agent", "dative") for c in children):
        return False
    if any(c.dep_ == "conj" and any(g.dep_ in ("dobj", "obj") for g in c.children) for c in children):
        return False  # "lynched and burned 13 men": the verbs share the object
    if any(
        c.lower_ in ("dead", "down") and any(g.dep_ in ("dobj", "obj") for g in c.children) for c in children
    ):
        return False  # "gunmen shot dead the police chief": the parser hangs the object on 'dead'
    if lemma in RESULTATIVE_VERBS and not any(c.lower_ in ("dead", "down", "death") for c in trigger.subtree):
        return False
    return any(c.dep_ == "nsubj" for c in children)


def _undergone(trigger: Token) -> tuple[Token, Token] | None:
    """The verb and the attack noun of 'came under fire/attack', from either of them (the noun is the cue; a
    participle after it, "..., injuring 5 passengers", asks the verb)."""
    under = trigger.head
    if trigger.dep_ == "pobj" and under.lower_ == "under" and under.head.lemma_.lower() in UNDERGOING_VERBS:
        return under.head, trigger
    if trigger.lemma_.lower() in UNDERGOING_VERBS:
        attack = next(
            (
                g
                for c in trigger.children
                if c.dep_ == "prep" and c.lower_ == "under"
                for g in c.children
                if g.dep_ == "pobj" and g.lemma_.lower() in UNDERGONE_ATTACKS
            ),
            None,
        )
        return (trigger, attack) if attack is not None else None
    return None


def _suffers(trigger: Token) -> bool:
    """A verb whose subject is what was hit: 'suffered casualties', 'lost their lives'."""
    lemma = trigger.lemma_.lower()
    return lemma in SUFFERING_VERBS or (
        lemma == "lose" and any(c.dep_ in OBJECT_DEPS and c.lower_ in LOST_OBJECTS for c in trigger.children)
    )


def _named_after_adjective(word: Token) -> Token:
    """The object of 'by' or the subject when the small model took its adjective for it: in "shells fired
    by the paramilitary Rapid Support Forces (RSF) hit ..." 'paramilitary' is the object and the name the
    main verb's subject, in "the notorious paramilitary Rapid Support Forces shelled" both are subjects;
    the actor named right after the adjective is the one meant."""
    doc = word.doc
    if word.pos_ != "ADJ" or word.i + 1 >= len(doc) or doc[word.i + 1].ent_type_ != ACTOR_LABEL:
        return word
    name = next((e for e in doc_entities(doc) if e.start == word.i + 1 and e.label_ == ACTOR_LABEL), None)
    return name.root if name is not None else word


def agent_of(trigger: Token) -> Token | None:
    """The doer of a verb: active subject, or the object of 'by' in a passive."""
    undergone = _undergone(trigger)
    if undergone is not None:  # "came under fire from TTP militants": who fired is in 'from', not the subject
        return next(
            (g for h in undergone for c in h.children if c.lower_ == "from" for g in c.children),
            None,
        )
    for child in trigger.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return _named_after_adjective(grandchild)
    blamed = _blamed_on(trigger)
    if blamed is not None:
        return blamed
    if headline_passive(trigger) or _suffers(trigger):
        return None
    for child in trigger.children:
        if child.dep_ in SUBJECT_DEPS:
            # "Sudan's paramilitary Rapid Support Forces shelled": the adjective read as a subject of its own
            return speakers_of(child) or sender_of(child) or _named_after_adjective(child)
    if trigger.pos_ == "VERB":  # headline misparse: "as Nigerian troops battle ..." with troops a compound
        for child in trigger.lefts:
            if child.dep_ == "compound" and child.pos_ in ("NOUN", "PROPN"):
                return child
    if trigger.dep_ in ("amod", "compound") and trigger.i > 0:
        # headline misparse: "Regime forces shell areas in Aleppo" read as one noun phrase, the verb a
        # modifier of its object: the plural noun just before the verb, a modifier of the same noun, acts
        before = trigger.doc[trigger.i - 1]
        if before.tag_ == "NNS" and before.dep_ == "compound" and before.head in (trigger, trigger.head):
            return before
    # "... attacked a post, killing four soldiers": the subject of the governing verb
    if trigger.dep_ in ("advcl", "xcomp", "conj") and trigger.tag_ in ("VBG", "VBD", "VBN", "VB"):
        if trigger.head == trigger:
            return None
        if trigger.tag_ == "VBG" and _scene_clause(trigger.head):
            # "blew himself up as soldiers were waiting, killing 26": the participle hangs on the main verb,
            # whatever the small model attaches it to; the soldiers waiting are the scene, not the killers
            return agent_of(trigger.head.head)
        return agent_of(trigger.head)
    if used_weapon(trigger):  # "Russian forces used chloropicrin": who used the weapon
        return agent_of(trigger.head)
    return None


# participles that tell who sent a weapon on its way: "a drone launched by the Houthis", "a rocket fired by
# Hezbollah", "a bomb planted by the Taliban"
SENDING_VERBS = WEAPON_USE_VERBS | {"plant", "lay", "hurl", "throw", "lob", "fly", "detonate"}


def _blamed_on(incident: Token) -> Token | None:
    """Who an incident noun is laid on by a participle: 'a drone strike blamed on Turkey hit a car' (Turkey
    did it, as 'launched by' says); not the verb 'blamed the attack on', which a sentence of its own
    attributes."""
    if incident.pos_ not in ("NOUN", "PROPN"):
        return None
    for participle in incident.children:
        if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.lemma_.lower() != "blame":
            continue
        for prep in participle.children:
            if prep.dep_ == "prep" and prep.lower_ == "on":
                return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


# the gerund of a weapon's firing that the small model hangs on the weapon ("Artillery shelling by the RSF",
# read as artillery doing the shelling)
FIRING_GERUNDS = frozenset({"shell", "shelling", "bomb", "bombing", "fire", "firing", "strike", "striking"})
BY_DEPS = ("prep", "agent")


def sender_of(weapon: Token) -> Token | None:
    """Who sent the weapon that is a verb's subject: 'a drone launched by the Houthis struck a ship',
    'Artillery shelling by Sudan's paramilitary Rapid Support Forces ... killed 15 people'."""
    for participle in weapon.children:
        if participle.dep_ != "acl":
            continue
        if participle.tag_ == "VBG" and participle.lower_ in FIRING_GERUNDS:
            by = next((c for c in participle.children if c.lower_ == "by" and c.dep_ in BY_DEPS), None)
            doer = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            if doer is not None:
                return _named_after_adjective(doer)
        if participle.tag_ != "VBN" or participle.lemma_.lower() not in SENDING_VERBS:
            continue
        for agent in participle.children:
            if agent.dep_ == "agent":
                return next((g for g in agent.children if g.dep_ == "pobj"), None)
    return None


def speakers_of(pronoun: Token) -> Token | None:
    """Who 'they', 'we' or 'it' are in the clause a report verb takes: 'Taliban forces said they had defused
    a mine' (the forces), 'Jamaat-ul-Ahrar announced that it had merged with the TTP' (the group)."""
    if pronoun.lower_ not in ("they", "we", "it"):
        return None
    clause = pronoun.head.head if pronoun.head.dep_ == "conj" else pronoun.head
    if clause.dep_ != "ccomp":
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


# subordinators of a clause that sets the scene of the main one ("as soldiers were waiting"); not "after",
# whose clause is an incident of its own ("after soldiers attacked the hideout, killing 3")
SCENE_MARKS = frozenset({"as", "while", "when"})


def _scene_clause(verb: Token) -> bool:
    """A subordinate clause ('as soldiers were waiting for a train') under a main verb of its own."""
    return (
        verb.dep_ == "advcl"
        and verb.head != verb
        and any(c.dep_ == "mark" and c.lower_ in SCENE_MARKS for c in verb.children)
    )


def used_weapon(trigger: Token) -> bool:
    """An event noun that is the weapon a verb of use takes ("used chloropicrin", "fired mortars")."""
    return trigger.dep_ in ("dobj", "obj") and trigger.head.lemma_.lower() in WEAPON_USE_VERBS


def patient_of(trigger: Token) -> Token | None:
    """What a verb or event noun acts on: object, passive subject, or 'of'/'on'/'against' complement."""
    if headline_passive(trigger):
        return next(c for c in trigger.children if c.dep_ == "nsubj")
    undergone = _undergone(trigger)
    if undergone is not None:  # "a patrol came under fire": the subject was hit
        return next((c for c in undergone[0].children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if _suffers(trigger):  # "the army suffered casualties", "soldiers lost their lives": the subject was hit
        return next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if trigger.lemma_.lower() in WEAPON_USE_VERBS:
        # "fired artillery at Pakistani border posts": the object is the weapon, the target is aimed at
        aimed = next(
            (
                g
                for c in trigger.children
                if c.dep_ == "prep" and c.lower_ in AIMING_PREPOSITIONS
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        if aimed is not None:
            return aimed
    if _crowd_protesting(trigger):
        return trigger.head
    for child in trigger.children:
        if child.dep_ in OBJECT_DEPS:
            return child
    for child in trigger.children:
        if child.dep_ in PASSIVE_SUBJECT_DEPS:
            return child
    # "used chloropicrin against Ukrainian positions": the verb of use holds the target
    for holder in (trigger, trigger.head) if used_weapon(trigger) else (trigger,):
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS:
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj" and grandchild.ent_type_ not in ("DATE", "TIME"):
                        return grandchild  # not "On 18 July"
    # headline style "14 dead", "Three guerrillas killed in clash": the VBN modifies the noun
    if trigger.dep_ in ("acl", "amod") and trigger.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return trigger.head
    if trigger.tag_ == "VBN" and trigger.dep_ == "ROOT":
        for child in trigger.children:
            if child.dep_ in ("nsubj", "npadvmod") and child.pos_ in ("NOUN", "PROPN", "NUM"):
                return child
    return None


# verbs whose participle on a noun makes the noun a crowd ("supporters protesting the arrest of their leader")
PROTEST_PARTICIPLES = frozenset({"protest", "demonstrate", "rally", "march"})


def _crowd_protesting(trigger: Token) -> bool:
    """'police opened live fire on PTI supporters protesting the arrest of Imran Khan': a protest participle
    on the noun another verb acts on takes the grievance as its object; the crowd it describes is who was
    acted on, as without the object ('fired on supporters protesting in Chakdara')."""
    return (
        trigger.dep_ == "acl"
        and trigger.tag_ == "VBG"
        and trigger.lemma_.lower() in PROTEST_PARTICIPLES
        and trigger.head.pos_ in ("NOUN", "PROPN")
        and trigger.head.dep_ in ("pobj", "dobj")
    )


def _capitalised_name(token: Token) -> bool:
    """A proper noun written capitalised inside a sentence ("in Tank", not "TANK" or "Tanks" opening it)."""
    text = token.text
    return (
        token.pos_ == "PROPN"
        and not token.is_sent_start
        and text[:1].isupper()
        and not text.isupper()
        and text[1:].islower()
    )
