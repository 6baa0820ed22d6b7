"""Fatality counts by ACLED's conservative rules, on sentences parsed by the real spaCy model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from flashpoint.extract.fatalities import (
    adds_to_toll,
    count_fatalities,
    counts_bodies_only,
    counts_other_dead,
    kills_only_perpetrators,
    kills_perpetrators,
    toll_update_figure,
    updates_toll,
)
from flashpoint.pipeline import Pipeline


def _count(pipeline: Pipeline, text: str) -> int | None:
    resources = pipeline.resources
    doc = resources.nlp(resources.analysis_text(text))
    return count_fatalities(list(doc.sents), attempt_heads=resources.cues.words.attempt_heads)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("Militants killed four soldiers in an ambush.", 4),
        ("Two hundred people were killed.", 200),
        # headline passives without their auxiliary
        ("Soldier killed as the two armies exchange fire on the border", 1),
        ("Officials say nine killed, six hurt in the attack.", 9),
        # the wounded are not dead
        ("Five killed, six wounded in shelling of border villages.", 5),
        ("11 people killed, five injured by shelling in the north, officials say", 11),
        # nouns that carry their own count
        ("At least 25 dead in border clashes.", 25),
        # the parser hangs the count on the first word of a two-word modifier
        ("Gunmen shot dead two boda boda riders in Mandera.", 2),
        ("Both sides report 10 deaths in clashes.", 10),
        # a wire prefix is not part of the number
        ("UPDATE 1-Nine killed in attacks on villages.", 9),
        ("No soldier killed in the border firing, the army said.", 0),
        # vague quantities
        ("Several policemen were killed in the raid.", 3),
        ("Dozens of civilians were killed in the bombing.", 12),
        # things are no people, even where the parser hangs them on the killing verb
        ("Troops kill 7 in a raid on a village, torch hundreds of homes", 7),
        # aircraft and missiles are shot down, people are gunned down
        ("Air defence shot down several missiles over the capital.", None),
        ("Gunmen gunned down two traders in the market.", 2),
        # headlines tell a killing in the present
        ("Security forces gun down five suspected militants in the north", 5),
        ("Mob beats man to death over theft claim", 1),
        # a headline lists its dead with a comma: two groups add up, a breakdown of the first does not
        ("Two soldiers, three militants killed in gunfight in the north", 5),
        ("Woman, child killed in shelling across the border", 2),
        ("20 people, 13 policemen killed in blast", 20),
        ("2 Indian soldiers, Pakistani villager killed in border firing", 3),
        ("Ten villagers, four women killed in raid on market", 10),
        ("2 rebels died, 4 soldiers wounded in the clash", 2),
        # the participle hangs on the group a counted part is taken from; the part outnumbers a counted group
        ("11 members of the regime forces killed in the northern countryside", 11),
        ("Five people from one family killed in shelling", 5),
        ("Two of the 11 soldiers killed in the ambush were officers", 11),
        # the subject of a copula is who were the victims of a killing, not of any attack
        ("12 persons from one family are the victims of a massacre carried out by warplanes", 12),
        ("Five civilians were among the victims of the massacre", 5),
        ("Five civilians were the victims of an air strike on a market", None),
        # a headline's source after a spaced dash or a colon is no one killed
        ("Army kills 50 Islamic State militants in north-western Iraq - website", 50),
        ("25 Iraq fighters killed thwarting IS assault: commander", 25),
        ("Suicide bomber kills 12 at mosque - Afghan TV", 12),
        ("Gunmen kill policeman: officials", 1),
        ("Taleban claim responsibility for killing party leader - paper", 1),
        # a bare noun after the dead opens a clause of its own
        ("Gunmen kill five north Nigeria police, ceasefire in doubt", 5),
        # the small model reads a headline's first noun as an interjection
        ("Boy killed in Indian firing in Kotli", 1),
        # a singular victim is one death, also when the headline parse goes astray
        ("Officials say civilian killed by shelling across the border.", 1),
        ("Villager killed in artillery firing on the border", 1),
        # one count for the dead and the wounded together is no death toll
        ("Officials say 10 soldiers killed or wounded in the raid.", None),
        ("Gunmen killed and injured 12 people in the market.", None),
        ("21 killed, many more injured as jets strafe villages", 21),
        ("Three people were injured in the blast.", None),
        # active "beat to death"; the attacker who dies with his victims counts too
        ("A mob beat to death two suspected robbers in the market.", 2),
        # the verb misread as a participle: with an object its subject is the doer, not one of the dead
        ("A mob stoned to death a woman accused of witchcraft in the village.", 1),
        # 'them' is what the harm was done to
        ("Villagers beat and set fire to two suspected kidnappers, killing them.", 2),
        ("Gunmen opened fire on five farmers in their field, killing them.", 5),
        ("Unidentified gunmen shot dead two polio workers in Bajaur.", 2),  # one count, two death words
        ("The bomber blew himself up at the gate, killing himself and two guards.", 3),
        # a list of victims is summed whatever conjunct the parser hangs each on
        ("Gunmen raided the post, killing two policemen, three guards and four drivers.", 9),
        ("The guards clashed at the border, leaving two soldiers and one fighter dead.", 3),
        # the speaker of a report is no victim of the death it reports
        ("A child was killed and two others wounded when a shell exploded, a spokesman said.", 1),
        # verbs that share one object: the parser gives it to the last one
        ("Villagers lynched and burned 6 suspected robbers in the market.", 6),
        # an unknown number is no count and no single person
        ("Four soldiers and an unknown number of rebels were killed.", 4),
        # headlines the parser misreads still say their count plainly beside the death word
        ("Air raid 'kills nine' in a border village", 9),
        ("Three more said killed in border shelling.", 3),
        ("Officials say mortar attack kills civilian", 1),
        ("Foreign fighters among 13 killed in army air strikes - report", 13),
        ("Two alleged militant dead after inter-group clashes in the tribal area", 2),
        ("Police claim killing of two militants in the port city", 2),
        # the object of "leaves ... dead" is the dead, not the attack that left them
        ("Attack on checkpost leaves two dead", 2),
        # the count hangs on "dead" itself: the named group that fought is no victim
        ("CJNG vs CU Battle Leaves 4 Dead near Tarecuato, Michoacán", 4),
        ("Gunmen killed on Monday in the market", None),
        # one person with two titles; the killing a lynched man was accused of is not this event's
        ("Gunmen shot dead a social leader and human rights defender in the town.", 1),
        ("Residents lynched a man suspected of killing a child.", 1),
        ("Residents stoned and burned 13 suspected gang members to death.", 13),
        # a count joined to the first victim is its own group's
        ("On 2 May 2023, gunmen killed a tribal elder and 3 of his guards in Wana.", 4),
        ("A suicide bomber killed a minister along with 5 others.", 6),
        ("A suicide bomber killed the minister along with 5 others.", 6),
        # a vague count alone as the object; a bracketed place is never one of the dead
        ("Security forces opened fire on protesters in Almaty (Almaty), killing several.", 3),
        ("Gunmen killed an Indigenous leader in Douradina (Douradina, Mato Grosso do Sul).", 1),
        # the attacker killed in a clause of its own is one more
        ("A man attacked the police station, killing 2 police officers before he was shot dead.", 3),
        # two harm verbs sharing one victim count it once, and the crowd that did it is no victim
        ("A mob beat and burned to death a butcher in the market.", 1),
        # a definite attacker is one more death; a definite victim may be one counted before
        ("The attacker was killed.", 1),
        ("The bomber died on the spot.", 1),
        # bodies found: a body is one dead, a counted one as many; whose body it was is not one more
        ("They find a woman's body in a vacant lot.", 1),
        ("Three corpses are abandoned in the city.", 3),  # the small model's lemma of 'corpses' is 'corps'
        ("Soldiers recover body of rebel killed in clash", 1),
        # one person named by a pronoun: the object of a death verb, or the subject of 'died'
        ("Gunmen opened fire on a policeman escorting a polio team, killing him.", 1),
        ("The man was severely injured and later died in hospital.", 1),
        ("Gunmen shot a trader in the market. He later died of his injuries.", 1),
        ("Weeks after the allegation of killing him, warplanes killed two fighters in Hama.", 2),
        # 'both' counts two; a count the parser hangs on a leading noun modifier is still the noun's
        ("Both attackers died.", 2),
        ("Rebels stormed a base in Rask. 11 IRGC and police members and 18 militants were killed.", 29),
        # burned alive is a killing; 'killing him' is the one person named, not one more
        ("Residents burned alive 13 suspected gang members in the street.", 13),
        ("A mob assaulted and set alight a suspected thief, killing him.", 1),
        ("Gunmen shot dead a trader in the market, killing him instantly.", 1),
        ("Militants said they attempted to assassinate the prime minister.", None),
        # a toll update's figure is the new total, the later dead it names already in it
        ("The toll rose to nine on Sunday after four of the wounded died in hospital.", 9),
        ("An initial toll of 12 was raised to 17 on Monday after more bodies were found.", 17),
        # a long name of the incident before 'rose to'; 'at a' starts a place, no count of one
        (
            "The death toll from a suicide bombing at a Shi'ite mosque in the western Afghan city of Herat "
            "rose to nine on Friday.",
            9,
        ),
        # a name after "or" is the group's other name, no victim of its own
        ("A drone strike killed three members of the Kurdistan Workers' Party, or PKK, on Sunday.", 3),
        # 'no one' is nobody, not one; a hyphenated age before 'to death' or 'dead' is the victim's
        ("A roadside bomb wounded three policemen. No one was killed in the blast.", 0),
        ("A mob beat a 35-year-old man to death in the village on Monday.", 1),
        ("Gunmen shot a 20-year-old student dead outside his home.", 1),
        # a toll raised by a participle; an earlier toll the sentence revises is no more dead
        ("A fourth officer died in hospital on Tuesday, raising the toll to four.", 4),
        (
            "At least 16 inmates were killed in clashes on Tuesday, the authority said, revising an earlier "
            "toll of 10.",
            16,
        ),
        ("The army gave an initial toll of 12 dead after the attack.", 12),
        # who reported the toll, listed before 'said', are no dead of it; counted rescuers are
        ("Jets bombed a market in the town on Monday, killing six people, rescuers and a monitor said.", 6),
        ("Shelling hit the village on Monday, killing two civilians and three rescuers.", 5),
        # a count taken out of the dead through a pronoun is a part of them, no more dead
        ("Six people were killed, five of them Chinese nationals.", 6),
        ("Gunmen attacked a bus, killing six people, four of them women.", 6),
        # a family or a group counts its members, not one person
        ("A family of four was killed when a shell hit their house.", 4),
        ("Gunmen killed a group of 12 farmers near the village.", 12),
        # the lives an attack claims or takes are its dead, counted on "lives" or on whose lives they were
        ("Landmine blast claims 8 lives in Kohlu", 8),
        ("The bombing claimed the lives of 12 soldiers in Kabul.", 12),
        ("Blast claims life of policeman in Quetta", 1),
        # a person the verb names, then a counted group after a headline's comma: one more
        ("Car bomb kills governor of Aden, six guards", 7),
        ("Bomb kills policeman, two civilians in Quetta", 3),
        # an age with its own "a" names one person, though the model tags it a date
        ("Gendarmes shot dead a 17-year-old during a protest.", 1),
        ("Gunmen killed an 80-year-old in Quetta.", 1),
        ("Police arrested a 17-year-old in Quetta.", None),
        # a passive death shares no object with the clause joined to it: the cattle driven away are no dead
        ("Officials said 16 people were killed and the raiders drove away 3,000 head of cattle.", 16),
        # one side's dead (told by a partitive) and other dead that another source counts add up
        (
            "Kyrgyz officials said one of their border guards was killed, while Tajik officials reported "
            "that two Tajik civilians died.",
            3,
        ),
        # a source correcting its own toll gives the count
        ("Authorities first reported 18 inmates killed and later corrected the toll to 31.", 31),
    ],
)
def test_count_fatalities(pipeline: Pipeline, text: str, deaths: int | None) -> None:
    assert _count(pipeline, text) == deaths


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("Militants shot and killed a tribal elder in Wana. Fatalities: 1.", 1),  # the tally is the total
        ("Militants and soldiers clashed in Wana. 7 fatalities reported.", 7),
        # of a range ACLED keeps the lowest figure
        ("An air strike hit a school in Gaza City. Fatality figures vary between 20 and 93.", 20),
    ],
)
def test_a_tally_sentence_gives_the_total(pipeline: Pipeline, text: str, deaths: int) -> None:
    assert _count(pipeline, text) == deaths


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "adds"),
    [
        ("Two attackers also died.", True),
        ("1 TPNPB member was also killed.", True),
        ("At least 20 people were killed.", False),
    ],
)
def test_a_later_sentence_that_adds_dead(pipeline: Pipeline, text: str, adds: bool) -> None:
    resources = pipeline.resources
    doc = resources.nlp(resources.analysis_text(text))
    assert adds_to_toll(next(iter(doc.sents))) is adds


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "perpetrators"),
    [
        ("The attacker was killed.", True),
        ("Two gunmen were shot dead by police.", True),
        ("All six attackers were killed in the exchange of fire.", True),
        ("Two of the attackers were killed in the exchange of fire.", True),
        ("Security forces later killed 4 militants in the area.", False),  # maybe another fight
        ("The attackers fled.", False),
    ],
)
def test_kills_perpetrators(pipeline: Pipeline, text: str, perpetrators: bool) -> None:
    resources = pipeline.resources
    sent = next(resources.nlp(resources.analysis_text(text)).sents)
    assert kills_perpetrators(sent) is perpetrators


def test_n_other_victims_written_after_a_named_one_are_counted_whatever_the_parse() -> None:
    # the parse the small model gave a long note: "5 other protesters" hung on "students", not on "killing"
    rows = [
        ("Police", 1, "nsubj", "NOUN", "NNS", "police"),
        ("fired", 1, "ROOT", "VERB", "VBD", "fire"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("students", 2, "pobj", "NOUN", "NNS", "student"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("killing", 1, "advcl", "VERB", "VBG", "kill"),
        ("Ali", 5, "dobj", "PROPN", "NNP", "Ali"),
        ("and", 3, "cc", "CCONJ", "CC", "and"),
        ("5", 10, "nummod", "NUM", "CD", "5"),
        ("other", 10, "amod", "ADJ", "JJ", "other"),
        ("protesters", 3, "conj", "NOUN", "NNS", "protester"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    words, heads, deps, pos, tags, lemmas = (list(column) for column in zip(*rows, strict=True))
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    assert count_fatalities([doc[:]]) == 6


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # a range of the dead with no 'range' or 'vary': ACLED keeps the lowest figure
        ("Police fired on the crowd. Reports said between 6 and 11 people were killed.", 6),
        ("Reports put the death toll between 7 and 11.", 7),
        ("Gunmen stormed the village, killing between 12 and 20 people.", 12),
        # a span of days or years is no range of the dead
        ("Gunmen killed four people in attacks between 3 and 5 May.", 4),
        # a word that starts like a month is no month: "marchers", "mayors"
        ("Police fired on the crowd, killing between 3 and 5 marchers.", 3),
    ],
)
def test_a_range_of_the_dead_counts_its_lowest_figure(pipeline: Pipeline, text: str, deaths: int) -> None:
    assert _count(pipeline, text) == deaths


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the toll as 'it' or 'the figure' in a clause of its own (a semicolon opens a new sentence)
        ("it rose to nine after three more bodies were found in the bush on Tuesday morning.", 9),
        ("The figure rose to 23 on Monday as rescuers searched the rubble.", 23),
        ("The toll rose to five.", 5),
        # a headline's present or bare verb
        ("Death toll reaches to 30 in attack on pilgrims", 30),
        ("Death toll in Quetta blasts rise to 12", 12),
        ("Market blast death toll mounts to 40", 40),
    ],
)
def test_a_toll_told_as_it_rising_is_an_update(pipeline: Pipeline, text: str, figure: int) -> None:
    sent = next(iter(pipeline.resources.nlp(text).sents))
    assert updates_toll(sent) and toll_update_figure(sent) == figure


def test_it_rising_to_no_count_is_no_toll(pipeline: Pipeline) -> None:
    sent = next(iter(pipeline.resources.nlp("It rose to power in 2010 after a coup.").sents))
    assert not updates_toll(sent)


@pytest.mark.parametrize(
    "text", ["The toll could rise to 50, officials said.", "The toll is expected to rise to 20."]
)
def test_a_toll_that_may_rise_is_no_update(pipeline: Pipeline, text: str) -> None:
    assert not updates_toll(next(iter(pipeline.resources.nlp(text).sents)))


@pytest.mark.slow
def test_a_later_sentence_naming_one_of_the_dead_is_no_lower_figure(pipeline: Pipeline) -> None:
    # ACLED keeps the lowest of conflicting tolls; a soldier named after the count is one of the counted
    text = (
        "Three militants were killed and a soldier was martyred during an operation in Mir Ali on Thursday, "
        "the military said. The statement added that Sepoy Akbar Ali, 23, embraced martyrdom while fighting "
        "bravely."
    )
    events = pipeline.extract_text(text, None)
    assert [e.fatalities for e in events] == [4]


@pytest.mark.slow
def test_a_later_sentence_with_a_lower_unnamed_count_still_conflicts(pipeline: Pipeline) -> None:
    text = (
        "Five people were killed in a bomb blast in a market in Quetta on Monday, police said. A hospital "
        "official said three people were killed in the blast."
    )
    events = pipeline.extract_text(text, None)
    assert [e.fatalities for e in events] == [3]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("His body was found the next day in Ununio with signs of beating.", 1),
        ("Police recovered her body from a river near Moshi.", 1),
        ("Gunmen shot dead a trader in Kano. His body was found near the market.", 1),
        ("Gunmen shot dead two traders in Kano. His body was found near the market.", 2),
    ],
)
def test_the_body_of_the_one_told_of_found_counts_one_death_once(
    pipeline: Pipeline, text: str, deaths: int
) -> None:
    assert _count(pipeline, text) == deaths


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("Militants attacked a convoy, and two of the attackers were killed in the ensuing gunbattle.", True),
        ("Gunmen attacked a wedding, killing five guests, and two of the attackers were killed.", False),
        ("Militants attacked the convoy.", False),
    ],
)
def test_kills_only_perpetrators(pipeline: Pipeline, text: str, only: bool) -> None:
    resources = pipeline.resources
    sent = next(resources.nlp(resources.analysis_text(text)).sents)
    assert kills_only_perpetrators(sent) is only


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "bodies_only"),
    [
        ("Rescuers pulled the bodies of a family of five from a burned house.", True),
        ("Police found the bodies of three men who had been shot dead.", False),
        ("Five people were killed.", False),
    ],
)
def test_counts_bodies_only(pipeline: Pipeline, text: str, bodies_only: bool) -> None:
    resources = pipeline.resources
    sent = next(resources.nlp(resources.analysis_text(text)).sents)
    assert counts_bodies_only(sent) is bodies_only


@pytest.mark.slow
@pytest.mark.parametrize(
    ("before", "later", "other"),
    [
        # one side's dead, then the other side's, told by a partitive: the fight's other dead
        ("Two soldiers were killed.", "Troops killed 11 of the insurgents.", True),
        # a bare count may hold anyone's dead
        ("Five people were killed.", "Troops killed 11 of the insurgents.", False),
        ("Three militants were killed.", "Troops killed 3 of the militants.", False),
    ],
)
def test_a_later_sentence_that_counts_the_other_sides_dead_by_a_partitive(
    pipeline: Pipeline, before: str, later: str, other: bool
) -> None:
    nlp = pipeline.resources.nlp
    assert counts_other_dead([next(nlp(before).sents)], next(nlp(later).sents)) is other
