"""Actors: the canonical alias table, generic role nouns, demonyms, and ACLED naming rules.

table = ActorTable.load([Path("my_actors.json")])      # bundled data/actors.json + user layers
table.lookup("Tehrik-e Taliban Pakistan").name          # "TTP: Tehreek-i-Taliban Pakistan"
nlp.add_pipe("entity_ruler", before="ner").add_patterns(table.ruler_patterns())
lexicon = ActorLexicon.load()
lexicon.role_of("policemen")                            # Role.POLICE
generic_name(Role.CIVILIANS, lexicon.country_name("Pakistani"))   # "Civilians (Pakistan)"
"""

from __future__ import annotations

from flashpoint.actors.lexicon import ActorLexicon, lemma_key, singular
from flashpoint.actors.matching import name_keys, names_match, resolve_actor
from flashpoint.actors.normalize import (
    alias_key,
    canonical_compare_key,
    fold,
    split_abbreviation,
    strip_regime_years,
)
from flashpoint.actors.roles import (
    NO_COUNTRY,
    Role,
    ethnic_militia_name,
    generic_name,
    inter_of,
    is_state_role,
    parse_state_force,
    state_force_name,
)
from flashpoint.actors.table import ACTOR_LABEL, ActorEntry, ActorTable

__all__ = [
    "ACTOR_LABEL",
    "NO_COUNTRY",
    "ActorEntry",
    "ActorLexicon",
    "ActorTable",
    "Role",
    "alias_key",
    "canonical_compare_key",
    "ethnic_militia_name",
    "fold",
    "generic_name",
    "inter_of",
    "is_state_role",
    "lemma_key",
    "name_keys",
    "names_match",
    "parse_state_force",
    "resolve_actor",
    "singular",
    "split_abbreviation",
    "state_force_name",
    "strip_regime_years",
]
