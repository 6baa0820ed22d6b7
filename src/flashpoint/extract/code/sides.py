"""Who the two sides of a mention are, as its sentence names them: the trigger's agent and patient, a
weapon's owner, a clash's partner, a place's taker, the one armed group named, a force's country."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from flashpoint.actors.roles import Role, inter_of, state_force_name
from flashpoint.extract.code.syntax import (
    announces,
    attack_by,
    bare_man,
    blamed,
    clash_partner_tokens,
    in_allegation,
    inside_what_was_hit,
    is_speaker,
    joined_act,
    modifier_chain,
    owner_of_taken_side,
    police_district,
    set_apart,
    taken_from,
    trigger_roots,
    witnessing,
)
from flashpoint.extract.detect import EventMention, between_sides
from flashpoint.extract.fatalities import finds_the_dead
from flashpoint.extract.participants import (
    Participant,
    ParticipantReader,
    agent_of,
    appointed_by,
    cause_or_identity,
    patient_of,
    sender_of,
    used_weapon,
)
from flashpoint.nlp.memo import doc_entities, span_entities
from flashpoint.nlp.model import ACTOR_LABEL

# words whose 'to X' (or 'hands of X') names who receives a place handed over without a fight
TRANSFER_WORDS = frozenset({"hand", "handover", "cede", "transfer", "surrender", "give", "relinquish"})


# verbs whose subject takes the place over ("X took control of the town", "X entered the town")
TAKE_WORDS = frozenset({"take", "seize", "capture", "enter", "occupy", "assume"})


class SideReader:
    """Reads the two sides of a mention from its sentence (the base of `EventCoder`): the agent and the
    patient of its trigger, a weapon's owner, a clash's partner, the one armed group named, a force's country,
    and the actor ACLED codes on the event's day."""

    reader: ParticipantReader
    duration_nouns: frozenset[str]

    def clash_partner(self, mention: EventMention, doc: Doc) -> Participant | None:
        """The first side a clash word of the event names as fought 'with', resolved."""
        for token in clash_partner_tokens(mention):
            partner = self.reader.from_token(token, doc)
            if partner is not None:
                return partner
        return None

    def as_on(
        self, name: str | None, inter: int | None, on: dt.date | None, role: Role | None = None
    ) -> tuple[str | None, int | None]:
        """The actor ACLED codes on the event's day: after taking Kabul (15 August 2021) the Taliban are the
        state's forces (a successor in the actor table), and the Taliban's police are the state's police."""
        successor = self.reader.actors.current(name, on) if name else None
        if successor is None:
            return name, inter
        if role == Role.POLICE and successor.inter == 1 and successor.country:
            return state_force_name(Role.POLICE, successor.country), successor.inter
        return successor.name, successor.inter

    def _clash_partners(self, mention: EventMention, doc: Doc) -> list[Participant]:
        """The armed sides the event's own clash verb takes: the trigger or a verb joined to it ('raided the
        camp and clashed with militants'; not 'executed civilians after clashes with Fano', an earlier
        fight)."""
        tokens = list(mention.sentence)
        clashes = (h.root(tokens) for h in mention.hits if h.category == "t:clash")
        own = (r for r in clashes if r == mention.trigger or (joined_act(r) and r.head == mention.trigger))
        patients = (patient_of(r) for r in own)
        found = (self.reader.from_token(p, doc) for p in patients if p is not None)
        return [f for f in found if f is not None and f.is_armed]

    def participants(
        self, mention: EventMention, doc: Doc, body_start: int = 0
    ) -> tuple[Participant | None, Participant | None]:
        """Actor1 (perpetrator or claimant) and actor2 (target) from the parse, then from the sentence."""
        sent = mention.sentence
        roots = trigger_roots(mention)
        actor1: Participant | None = None
        actor2: Participant | None = None
        if mention.claim_subject is not None:
            actor1 = self.reader.from_token(mention.claim_subject, doc)
        weapons: list[Token] = list(roots)  # nouns that may name the state that fired ("Indian shelling")
        leader: Participant | None = None  # the subject the partners were named with
        partners: list[Participant] = []  # "FAMa and Wagner forces clashed with JNIM": Wagner fought beside
        for root in roots:
            if actor1 is None and not finds_the_dead(root):
                agent = agent_of(root)
                if agent is not None:
                    # "Indian shelling kills three" parsed with "Indian" the gerund's subject: the modifier
                    # of a bombardment, whose nationality is a state's force (as in `_weapon_owner`)
                    bombardment = bool(mention.categories & {"airstrike", "shell"})
                    misread_modifier = bombardment and root.tag_ == "VBG" and agent.i == root.i - 1
                    actor1 = self.reader.from_token(agent, doc) or self.reader.state_agent(
                        agent, nationality=misread_modifier
                    )
                    weapons.append(agent)
                    partners, leader = self._partners(agent, actor1, doc), actor1
            if actor2 is None:
                patient = patient_of(root)
                if patient is not None:
                    candidate = self.reader.from_token(patient, doc)
                    if candidate is not None and (
                        actor1 is None or candidate.name != actor1.name or candidate.role != actor1.role
                    ):
                        actor2 = candidate
        if actor2 is None or actor2.inter == 7:
            # "raided Jenin refugee camp and clashed with Palestinian militants": the place raided is not the
            # other side when the raiders fought an armed one
            foe = next((f for f in self._clash_partners(mention, doc) if not same_side(f, actor1)), None)
            actor2 = foe or actor2
        attacker = next((a for root in roots if (a := attack_by(root, roots)) is not None), None)
        found = self.reader.from_token(attacker, doc) if attacker is not None else None
        fought_off = found is not None and found.is_armed and "disrupt" not in mention.categories
        if fought_off and not same_side(found, actor1):
            # "police repulsed an attack by TTP militants": who made the attack is actor 1, the defenders 2;
            # an attack foiled before it began is the foilers' deed (Disrupted weapons use)
            actor1, actor2 = found, actor1
        if (
            actor1 is None
            and (actor2 is None or actor2.inter == 7)
            and (sides := between_sides(roots)) is not None
            and sides[0] is sides[1]
            and (crowd := self.reader.from_token(sides[0], doc)) is not None
            and crowd.inter in (5, 6, 7)
            and not crowd.is_named
        ):
            # "clashes between Hausa and Yoruba traders ... left one person dead": one noun for two crowds,
            # each the other's foe; the dead are their toll, not the target of an attack
            actor1, actor2 = crowd, self.reader.from_token(sides[1], doc)
        elif actor1 is None and actor2 is None and (sides := between_sides(roots)) is not None:
            # "clashes broke out between Military Forces of Iraq and YBS militiamen": the sides as written
            first, second = (self.reader.from_token(side, doc) for side in sides)
            if first is not None and second is not None and not same_side(first, second):
                actor1, actor2 = first, second
        elif (
            not (actor2 is not None and actor2.is_armed and actor2.is_named)
            and (sides := between_sides(roots)) is not None
        ):
            # "fighting broke out between Fano militia and the ENDF ..., with six people killed including two
            # civilians caught in the crossfire": two armed sides named as the fight's are its sides, whoever
            # its dead were ("clashes between government forces and Houthi fighters killed eight fighters":
            # the unnamed fighters killed are no side of their own)
            first, second = (self.reader.from_token(side, doc) for side in sides)
            both_armed = first is not None and second is not None and first.is_armed and second.is_armed
            if both_armed and first is not None and not same_side(first, second):
                actor1, actor2 = first, second
        if actor1 is not None and actor1.name is None and actor1.is_armed and not actor1.is_state:
            # "an Al Shabaab suicide bomber blew himself up ... before gunmen opened fire": the named group
            # that did a part of the incident is its actor, not the unnamed gunmen
            for root in roots:
                agent = agent_of(root) or (root if root.dep_ == "nsubj" and root.pos_ == "NOUN" else None)
                named = self.reader.from_token(agent, doc) if agent is not None else None
                if named is not None and named.name and named.inter in (2, 3):
                    actor1 = named
                    break
        if actor2 is None and mention.categories & TERRITORY_CATEGORIES:
            # "wrested control of a camp from a separatist militia": who lost the place is actor 2
            loser = next((t for root in roots if (t := taken_from(root)) is not None), None)
            found = self.reader.from_token(loser, doc) if loser is not None else None
            if found is not None and found.is_armed and not same_side(found, actor1):
                actor2 = found
        allies: list[Participant] = []
        if actor1 is not None and partners:
            # "soldiers and police opened fire on protesters": one state's forces act together, as allies
            allies = [
                p for p in partners if actor1.is_state and p.is_state and p.country in (None, actor1.country)
            ]
            foes = [p for p in partners if not any(p is a for a in allies)]
            beside = partners
            # "Al Shabaab and SNA forces clashed": the conjuncts fought each other; "the Malian army and
            # Wagner fighters took control of Kidal": forces that take a place together are allies
            took_together = bool(mention.categories & TERRITORY_CATEGORIES)
            if actor2 is None and took_together:
                allies = partners
            elif actor2 is None:
                actor2 = foes[0] if foes else None
                beside = allies
            state = next((p for p in beside if p.is_state), None) if not actor1.is_state else None
            if state is not None and actor1 is leader and "agreement" not in mention.categories:
                # "Wagner Group fighters and FAMa soldiers killed 20 civilians": a state's forces acting with
                # an allied group lead it, as ACLED codes them (actor 1, the group associated)
                actor1, beside = state, [actor1, *(p for p in beside if p is not state)]
                allies = beside
            if named := [p.name for p in beside if p.name and p.name != actor1.name]:
                actor1.assoc = "; ".join(dict.fromkeys([*([actor1.assoc] if actor1.assoc else []), *named]))
        # "Five civilians died in Turkish shelling": the dead read as the subject are the victims, and the
        # means may still name who fired
        victims_first = (
            actor1 is not None
            and actor1.inter == 7
            and (actor2 is None or same_side(actor2, actor1))
            and not mention.categories & {"protest", "riot"}
        )
        if actor1 is None or victims_first:
            # "killed in military operations", "died in an army raid": the means names who acted
            weapons += [
                g
                for root in roots
                for c in root.children
                if c.dep_ == "prep" and c.lower_ in ("in", "during", "by")
                for g in c.children
                if g.dep_ == "pobj"
            ]
            # "Woman, child killed in Indian shelling" parsed with "shelling" the root and "Indian" the
            # object of a preposition before it
            weapons += [
                before
                for root in roots
                if root.i > 0
                and (before := root.nbor(-1)).dep_ == "pobj"
                and before.head.lower_ in ("in", "during", "by")
                and self.reader.lexicon.country_of_demonym(before.text)
            ]
            # a nationality on a bomb or a riot is whose country it happened in or who the bomber or rioters
            # were, not a state's force ("a Pakistani suicide bomber", "Palestinian riots"); on shelling or a
            # drone strike it is, bombs or not ("Russian guided aerial bombs hit a hypermarket")
            from_the_air = mention.categories & {"airstrike", "shell"}
            civilian_means = (
                mention.modifiers & {"suicide", "ied"} and not from_the_air
            ) or mention.categories & {
                "protest",
                "riot",
            }
            owner = self._weapon_owner(weapons, nationality_means_state=not civilian_means)
            if victims_first and owner is not None:
                actor1, actor2 = owner, actor1
            elif not victims_first:
                actor1 = owner
                if owner is not None and actor2 is None:
                    actor2 = self._owners_rival(owner, sent, doc)
        if actor1 is None or actor2 is None:
            taken = {p.start for p in (actor1, actor2, *allies) if p is not None}
            # who found the dead is no side of the killing ("Police find bodies of three men")
            finders = {a.i for r in roots if finds_the_dead(r) and (a := agent_of(r)) is not None}
            for token in sent:
                if (
                    token.pos_ not in ("NOUN", "PROPN")
                    or token.dep_ in ("compound", "poss")
                    or token.idx < body_start
                    or appointed_by(token)  # "a Taliban-appointed scholar": the scholar, no Taliban
                ):
                    continue  # "a gendarme's wife" is a civilian, not the gendarmerie
                if is_speaker(token) and not announces(token, roots):
                    continue
                if set_apart(token, roots, self.duration_nouns):
                    continue  # "exchanged gunfire, a day after a passenger convoy was ambushed": that day's
                if owner_of_taken_side(token, taken):
                    continue  # "personnel of the Punjab Police's Elite Force": the service is the side itself
                if in_allegation(token) or witnessing(token) or token.i in finders:
                    continue  # "executed 2 men accused of spying for the government": no side of the killing
                if blamed(token):
                    continue  # "shot dead a leader, the council said, blaming FARC dissidents": the group
                    # blamed is who did it (`_attribute_own`), never the target
                if sender_of(token) is not None or used_weapon(token):
                    # "a drone launched by the Houthis", "Houthi forces launched a drone": a weapon someone
                    # sent, no state's aircraft
                    continue
                candidate = self.reader.from_token(token, doc)
                if candidate is None or candidate.start in taken:
                    continue
                if same_side(candidate, actor1) or same_side(candidate, actor2):
                    continue
                acting = (
                    candidate.inter in (2, 3, 4, 5, 6, 8)
                    and candidate.role != Role.CIVILIANS
                    and not inside_what_was_hit(token, roots)
                    and not self._owned_thing(token, candidate)
                )
                if actor1 is None and acting:
                    actor1 = candidate
                elif actor2 is None:
                    actor2 = candidate
                taken.add(candidate.start)
        # "an airstrike targeted Kataib Hezbollah positions, killing 3 fighters": the fighters killed are
        # the named group aimed at
        unnamed_fighters = (
            actor2 is not None and actor2.name is None and actor2.is_armed and not actor2.is_state
        )
        if actor2 is None or actor2.role == Role.CIVILIANS or unnamed_fighters:
            # "a suicide bomber targeting a police van killed two people": the force aimed at is the target
            aimed = next((t for t in sent if t.lemma_.lower() == "target" and t.pos_ == "VERB"), None)
            target = (
                next((c for c in aimed.children if c.dep_ == "dobj"), None) if aimed is not None else None
            )
            found = self.reader.from_token(target, doc) if target is not None else None
            if (
                found is not None
                and found.is_armed
                and not same_side(found, actor1)
                and (found.name is not None or not unnamed_fighters)
            ):
                actor2 = found
        if any(_stateless_force(p) for p in (actor1, actor2)):
            # "exploded under an Israeli army vehicle ..., injuring 7 soldiers": the soldiers are that army's
            named = [p for p in self.sentence_roles(sent, doc) if p.name and p.inter == 1 and p.country]
            actor1, actor2 = (_of_named_force(p, named) for p in (actor1, actor2))
        from_afar = bool(mention.categories & {"airstrike", "shell"})
        if actor2 is None and actor1 is not None and (actor1.is_state or from_afar):
            # "police shot and killed a man": a man or men the state's forces kill, described by nothing
            # more than a count or an age, are civilians (not "5 men linked to Maute", not "a navy man");
            # of the place's country, which is not the force's when it strikes abroad ("Russian shelling
            # killed a man in Kherson"); so are those a rocket or drone of any side kills ("a Houthi drone
            # struck an apartment building, killing one man")
            bare = next((t for t in sent if t.dep_ in ("dobj", "nsubjpass") and bare_man(t)), None)
            if bare is not None:
                actor2 = Participant(bare.text, bare.idx, bare.idx + len(bare.text), None, 7, Role.CIVILIANS)
        # A named group's victims that are themselves the group: "three TTP militants were killed by police"
        if actor1 is None and actor2 is not None and actor2.is_armed and not actor2.is_state:
            # a force that tells of the dead killed them ("3 TTP militants were killed, police said");
            # officials who tell of them are no side ("killing two Taliban members, local officials said")
            state = next(
                (p for p in self.sentence_roles(sent, doc, officials_told=False) if p.is_state), None
            )
            if state is not None:
                actor1 = state
        return self._the_one_group(actor1, actor2, doc), self._the_one_group(actor2, actor1, doc)

    def party_of_members(self, participant: Participant | None) -> Participant | None:
        """A party's arrested workers or supporters are the party ('police arrested dozens of PTI workers':
        PTI), the converse of party_as_protesters (a party that rallies is its members protesting)."""
        if participant is None or not participant.partisan or participant.assoc is None:
            return participant
        entry = self.reader.actors.lookup(participant.assoc.split("; ")[0])
        if entry is None or not self.reader.lexicon.is_party(entry.name):
            return participant
        return Participant(participant.text, participant.start, participant.end, entry.name, entry.inter,
                           country=entry.country, count=participant.count)  # fmt: skip

    def _the_one_group(
        self, side: Participant | None, other: Participant | None, doc: Doc
    ) -> Participant | None:
        """Unnamed 'militants' or 'rebels' facing another side, in a text that names one non-state armed
        group (a party is none) and not as that other side, are that group: "an operation against TTP
        militants ... 5 militants were killed", "security forces killed 12 militants ... BLA militants fired
        first". Gunmen and attackers stay unidentified: ACLED names who attacked only when a source does."""
        if side is None or other is None or side.name is not None or side.role != Role.UNIDENTIFIED_ARMED:
            return side
        if not side.text or side.text.split()[-1].lower() not in GROUP_MEMBER_NOUNS:
            return side
        groups = {p.name: p for p in self._named_armed_groups(doc)}
        if len(groups) != 1 or other.name in groups:
            return side
        group = next(iter(groups.values()))
        group.text, group.start, group.end, group.count = side.text, side.start, side.end, side.count
        return group

    def _named_armed_groups(self, doc: Doc) -> list[Participant]:
        """The named non-state armed actors of a text, in order; political parties are none."""
        found = []
        for ent in (e for e in doc_entities(doc) if e.label_ == ACTOR_LABEL):
            named = self.reader.named_actor(ent)
            if named is None or named.inter not in (2, 3, 4):
                continue
            if named.inter == 3 and self.reader.lexicon.is_party(named.name or ""):
                continue
            found.append(named)
        return found

    def homonym_force(
        self, participant: Participant | None, home: str | None, doc: Doc
    ) -> Participant | None:
        """A foreign rebel group's abbreviation heading state-force words in another country is that country's
        forces: "SNA troops" in Somalia are the Somali National Army, not the Syrian National Army."""
        p = participant
        if p is None or not p.name or p.inter not in (2, 3) or not p.country or not home or p.country == home:
            return p
        if not (p.text.isupper() and len(p.text) <= 6):
            return p
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        head = span.root.head if span is not None and span.root.dep_ == "compound" else None
        role = self.reader.lexicon.role_of(head.lemma_) if head is not None and head.pos_ == "NOUN" else None
        if role not in (Role.MILITARY, Role.POLICE):
            return p
        return Participant(head.text, head.idx, head.idx + len(head.text), None, inter_of(role), role, home)

    def _owned_thing(self, token: Token, candidate: Participant) -> bool:
        """A group named on a thing or post in a prepositional phrase ("a bomb attached to a Taliban
        vehicle", "in the office of the Taliban governor") owns what was hit; it did not do the hitting."""
        if candidate.name is None or token.dep_ != "pobj" or token.ent_type_:
            return False
        return token.lower_ in self.reader.lexicon.owned_things

    def receiver_first(
        self, mention: EventMention, doc: Doc, actor1: Participant | None, actor2: Participant | None
    ) -> tuple[Participant | None, Participant | None]:
        """ACLED's actor 1 of a non-violent transfer is who takes the place: the receiver of 'handed over the
        camp to the army', 'ceded the town to X', 'leaving it in the hands of X') or the subject that takes it
        ('... and the Arakan Army took control of the town'); the giver is actor 2."""
        for token in mention.sentence:
            if token.lemma_.lower() in TAKE_WORDS and token.pos_ == "VERB":
                # "troops abandoned their base and the Arakan Army took control of the town"
                taker = next((c for c in token.children if c.dep_ == "nsubj"), None)
                found = self.reader.from_token(taker, doc) if taker is not None else None
                if found is not None and found.is_armed and not same_side(found, actor1):
                    return found, actor1 if actor1 is not None else actor2
            if token.lemma_.lower() not in TRANSFER_WORDS:
                continue
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "of"):
                    receiver = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    found = (  # "handed over four villages to Azerbaijan": the country's forces take them
                        self.reader.from_token(receiver, doc) or self.reader.state_agent(receiver)
                        if receiver is not None
                        else None
                    )
                    if found is not None and found.is_armed and not same_side(found, actor1):
                        return found, actor1 if actor1 is not None else actor2
        return actor1, actor2

    def _partners(self, agent: Token, actor1: Participant | None, doc: Doc) -> list[Participant]:
        """Other actors named in the subject: its conjuncts ("FAMa and Wagner forces"), or a second actor
        name in the same noun phrase when the parse fused them ("Al Shabaab and Somali army forces")."""
        found = [self.reader.from_token(c, doc) for c in agent.conjuncts]
        subject = doc[agent.left_edge.i : agent.right_edge.i + 1]
        if actor1 is not None and actor1.role == Role.ETHNIC_MILITIA:  # "Dinka and Nuer youths clashed"
            for word in subject:
                group = self.reader.lexicon.ethnic_group(word.text) if word.dep_ == "conj" else None
                if group is not None and group != actor1.group and word.head.i < agent.i:
                    found.append(Participant(word.text, word.idx, word.idx + len(word.text), None, 4,
                                             Role.ETHNIC_MILITIA, actor1.country, group=group))  # fmt: skip
        for ent in span_entities(subject):
            if ent.label_ == "ACTOR" and any(t.lower_ == "and" for t in subject):
                found.append(self.reader.from_token(ent.root, doc))
        if actor1 is not None and actor1.is_armed:
            # "India and Pakistan exchanged fire", "Indian and Pakistani troops": each country its own forces;
            # "Taliban and Pakistani border forces clashed": beside an armed group too
            for word in subject:
                if word.dep_ == "conj" and word.i != agent.i:
                    found.append(self.reader.state_agent(word, nationality=True))
        partners: list[Participant] = []
        for partner in found:
            if partner is None or (actor1 is not None and same_side(partner, actor1)):
                continue
            if not any(same_side(partner, p) for p in partners):
                partners.append(partner)
        return partners

    def _owners_rival(self, owner: Participant, sent: Span, doc: Doc) -> Participant | None:
        """The other side joined to who fired: "Pakistan and India trade heavy fire" parsed with "trade" a
        noun whose modifier is "Pakistan and India"."""
        word = next((t for t in sent if t.idx == owner.start), None)
        for other in word.conjuncts if word is not None else ():
            found = self.reader.from_token(other, doc) or self.reader.state_agent(other, nationality=True)
            if found is not None and found.is_armed and not same_side(found, owner):
                return found
        return None

    def _weapon_owner(
        self, nouns: list[Token], *, nationality_means_state: bool = True
    ) -> Participant | None:
        """'A Turkish drone strike', 'Russian shelling', 'a Myanmar military airstrike', 'killed in police
        operations': who fired (a state's military unless the modifier names another force)."""
        lexicon = self.reader.lexicon
        for root in nouns:
            if police_district(root):
                continue  # "exploded in the second police district of Jalalabad": where, fired by no one
            if root.pos_ != "NOUN" and root.tag_ != "VBG":  # "Indian shelling kills": shelling read as a verb
                # "killed in Indian shelling", "died in military shelling" parsed with the modifier the
                # preposition's object and "shelling" a verb or the headline's root beside it: the modifier
                # still names who fired
                after = root.nbor(1) if root.i + 1 < len(root.doc) else None
                if after is None or not any(n.i == after.i for n in nouns):
                    continue
                country = lexicon.country_of_demonym(root.text)
                force = lexicon.role_of(root.lower_)
                if force in STATE_FORCES or (nationality_means_state and country):
                    role = force if force in STATE_FORCES else Role.MILITARY
                    return Participant(
                        root.text, root.idx, root.idx + len(root.text), None, inter_of(role), role, country
                    )
                continue
            people = lexicon.role_of(root.lemma_.lower())
            if people is not None and people not in STATE_FORCES:
                # "Palestinian protesters", "Two Palestinian gunmen were killed in a firefight with Israeli
                # forces": a nationality on people other than a state's forces says who they are, no force
                continue
            modifiers = [c for c in modifier_chain(root) if not cause_or_identity(c)]
            countries = [
                lexicon.country_of_demonym(c.text) or lexicon.country_name(c.text) for c in modifiers
            ]
            forces = [lexicon.role_of(c.lower_) for c in modifiers]
            country = next((found for found in countries if found), None)
            force = next((role for role in forces if role in STATE_FORCES), None)
            if force is None and (country is None or not nationality_means_state):
                continue
            named = zip(modifiers, countries, forces, strict=True)
            owner = next(c for c, found, role in named if found or role)
            role = force or Role.MILITARY
            return Participant(
                owner.text, owner.idx, owner.idx + len(owner.text), None, inter_of(role), role, country
            )
        return None

    def war_country(
        self, mention: EventMention, doc: Doc, actor1: Participant | None, actor2: Participant | None
    ) -> str | None:
        """The country a placeless agreement between sides of two countries is coded in: the one whose named
        rebel or militia group is a side or is named in the sentence ("the Houthis and the Saudi-led coalition
        agreed to a truce" in Yemen, "Israel and Lebanon agreed to a ceasefire to end the war between Israel
        and Hezbollah" in Lebanon): ACLED codes a war's agreements where the war is fought. Between two states
        whose war `war_theatres.tsv` lists, both named in the sentence, the war's country ("Russia and Ukraine
        exchanged 75 prisoners of war each": Ukraine, the first side named or not)."""
        sides = [p for p in (actor1, actor2) if p is not None]
        homes = {p.country for p in sides if p.country}
        lexicon = self.reader.lexicon
        named_countries = {
            country for ent in span_entities(mention.sentence) if (country := lexicon.country_name(ent.text))
        }
        theatre = lexicon.war_theatre(homes | named_countries)
        if len(homes) != 2:
            return theatre
        named = (
            found
            for ent in span_entities(mention.sentence)
            if ent.label_ == ACTOR_LABEL and (found := self.reader.named_actor(ent)) is not None
        )
        return _non_state_home(sides, homes) or _non_state_home(named, homes) or theatre

    def sentence_roles(  # type: ignore[no-untyped-def]
        self, sent, doc: Doc, officials_told: bool = True
    ) -> list[Participant]:
        """The participants a sentence names; without `officials_told`, not unnamed officials who only tell
        of the event ("local officials said"), while a force that does stays ("the military said")."""
        found: list[Participant] = []
        for token in sent:
            if token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound":
                participant = self.reader.from_token(token, doc)
                if (
                    participant is not None
                    and not officials_told
                    and participant.role == Role.STATE_OTHER
                    and is_speaker(token)
                ):
                    continue
                if participant is not None:
                    found.append(participant)
        return found


STATE_FORCES = (Role.MILITARY, Role.POLICE)


# members of an armed group named by what they are, not by what they did (as 'gunmen' or 'attackers' are)
GROUP_MEMBER_NOUNS = frozenset(
    {"militant", "militants", "insurgent", "insurgents", "rebel", "rebels", "fighter", "fighters", "jihadist",
     "jihadists", "terrorist", "terrorists", "guerrilla", "guerrillas", "cadre", "cadres"}
)  # fmt: skip


# the named state force a role's unnamed members belong to, by the start of its canonical name
FORCE_NAME_STARTS = {Role.MILITARY: "Military Forces of ", Role.POLICE: "Police Forces of "}


def _stateless_force(participant: Participant | None) -> bool:
    """Unnamed soldiers or police whose country the phrase does not say ('7 soldiers')."""
    return (
        participant is not None
        and participant.name is None
        and participant.role in STATE_FORCES
        and participant.country is None
    )


def _of_named_force(participant: Participant | None, named: list[Participant]) -> Participant | None:
    """Unnamed soldiers or police take the country of the one country's force of their kind that the
    sentence names ('an Israeli army vehicle'); with none or two, they stay as they are."""
    if participant is None or not _stateless_force(participant) or participant.role is None:
        return participant
    start = FORCE_NAME_STARTS[participant.role]
    countries = {p.country for p in named if (p.name or "").startswith(start)}
    if len(countries) != 1:
        return participant
    [country] = countries
    participant.country = country
    return participant


TERRITORY_CATEGORIES = frozenset({"territory_gain", "territory_regain"})


def fought_with(mention: EventMention, side: Participant) -> bool:
    """`side` is the partner of the event's own clash verb: its 'with' object ('clashed with youths') or a
    subject joined to the other side's ('nomads and villagers clashed'), not someone the fight killed."""
    tokens = list(mention.sentence)
    clashes = (h.root(tokens) for h in mention.hits if h.category == "t:clash")
    for verb in clashes:
        if verb.pos_ != "VERB" or not (verb == mention.trigger or verb.head == mention.trigger):
            continue
        partners = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
        partners += [j for c in verb.children if c.dep_ == "nsubj" for j in c.conjuncts]
        if any(p.dep_ in ("pobj", "conj") and spans(p, side.start) for p in partners):
            return True
    return False


def spans(token: Token, char: int) -> bool:
    """The phrase `token` heads covers the character offset `char`."""
    right = token.right_edge
    return token.left_edge.idx <= char < right.idx + len(right)


def planted_by(part: Participant, doc: Doc) -> bool:
    """'a landmine planted by ISWAP militants', 'an IED laid by the Taliban': the side is the agent of a
    participle that describes a noun (the explosive), so it laid the device rather than ran into it."""
    span = doc.char_span(part.start, part.end, alignment_mode="expand")
    if span is None:
        return False
    return any(
        a.dep_ == "agent" and a.head.tag_ == "VBN" and a.head.dep_ == "acl" for a in span.root.ancestors
    )


def same_side(a: Participant, b: Participant | None) -> bool:
    return b is not None and ((a.name is not None and a.name == b.name) or (a.start == b.start))


def _non_state_home(participants: Iterable[Participant], homes: set[str]) -> str | None:
    """The one country of `homes` a named rebel or militia group among `participants` is from."""
    found = {p.country for p in participants if p.name and p.inter in (2, 3) and p.country in homes}
    return found.pop() if len(found) == 1 else None
