"""Pick between actors that share a name by the country the text is about.

"UPDF" is Uganda's army and, in Bangladesh's hill tracts, the United People's Democratic Front; "PDP" is a
Nigerian and a Kashmiri party. The actor ruler tags such a mention with one entry (the later in the alias
table); this component, run after the statistical NER, re-tags it with the namesake whose country the text
names most: the country's name or demonym, one of the entry's regions, or another named actor of that
country. Without such a clue the ruler's choice stands.
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from flashpoint.actors import ACTOR_LABEL, ActorEntry, ActorLexicon, ActorTable, alias_key
from flashpoint.actors.table import abbreviation_key

COMPONENT = "flashpoint_actor_namesakes"


def namesake_config(actors: ActorTable, lexicon: ActorLexicon) -> dict[str, dict[str, list[str]]]:
    """The component's config: the shared forms, each candidate's clue words, and every actor's country.

    Small and JSON-serialisable (spaCy configs must be): only the entries that share a form get clues.
    """
    shared = actors.namesakes()
    candidates = {entry.name: entry for entries in shared.values() for entry in entries}
    return {
        "forms": {form: [entry.name for entry in entries] for form, entries in shared.items()},
        "clues": {name: sorted(_clue_words(entry, lexicon)) for name, entry in candidates.items()},
        "countries": {entry.name: entry.country for entry in actors if entry.country},
    }


def _clue_words(entry: ActorEntry, lexicon: ActorLexicon) -> set[str]:
    words = {alias_key(region) for region in entry.regions}
    if entry.country:
        words |= lexicon.country_words(entry.country)
    return words


@Language.factory(COMPONENT, default_config={"forms": {}, "clues": {}, "countries": {}})
def make_actor_namesakes(
    nlp: Language,
    name: str,
    forms: dict[str, list[str]],
    clues: dict[str, list[str]],
    countries: dict[str, str],
) -> ActorNamesakes:
    return ActorNamesakes(
        {form: tuple(names) for form, names in forms.items()},
        {actor: frozenset(words) for actor, words in clues.items()},
        countries,
    )


class ActorNamesakes:
    """Re-tag an ACTOR entity whose form several entries share with the namesake the text points to."""

    def __init__(
        self, forms: dict[str, tuple[str, ...]], clues: dict[str, frozenset[str]], countries: dict[str, str]
    ) -> None:
        self.forms = forms
        self.clues = clues
        self.countries = countries

    def __call__(self, doc: Doc) -> Doc:
        if not self.forms:
            return doc
        shared = {
            ent: names for ent in doc.ents if ent.label_ == ACTOR_LABEL and (names := self._namesakes(ent))
        }
        if not shared:
            return doc
        words = _words(doc)
        actor_countries = Counter(
            self.countries[ent.ent_id_]
            for ent in doc.ents
            if ent.label_ == ACTOR_LABEL and ent.ent_id_ in self.countries and ent not in shared
        )
        for ent, names in shared.items():
            chosen = self._choose(names, words, actor_countries)
            if chosen is not None and chosen != ent.ent_id_:
                _retag(ent, chosen)
        return doc

    def _namesakes(self, ent: Span) -> tuple[str, ...]:
        return self.forms.get(abbreviation_key(ent.text)) or self.forms.get(alias_key(ent.text), ())

    def _choose(self, names: tuple[str, ...], words: set[str], actor_countries: Counter[str]) -> str | None:
        scores = {
            name: len(self.clues.get(name, frozenset()) & words)
            + actor_countries[self.countries.get(name, "-")]
            for name in names
        }
        best = max(scores.values())
        winners = [name for name, score in scores.items() if score == best]
        return winners[0] if best > 0 and len(winners) == 1 else None


def _words(doc: Doc) -> set[str]:
    """The keys a clue may match: every word, and every entity's whole text ("south sudan")."""
    words = {token.lower_ for token in doc if token.is_alpha}
    words.update(alias_key(ent.text) for ent in doc.ents)
    return words


def _retag(ent: Span, name: str) -> None:
    # doc.ents rebuilds its spans from the tokens' entity ids, so the id is set on the tokens
    for token in ent:
        token.ent_id_ = name
