"""Whether two actor names denote the same actor, the way eval compares them (DESIGN.md section 7)."""

from __future__ import annotations

from flashpoint.actors.lexicon import ActorLexicon
from flashpoint.actors.normalize import canonical_compare_key, split_abbreviation, strip_regime_years
from flashpoint.actors.roles import Role, parse_state_force
from flashpoint.actors.table import ActorEntry, ActorTable


def resolve_actor(name: str, table: ActorTable) -> ActorEntry | None:
    """The table entry a (possibly regime-dated or "ABBR: Name") actor name stands for, or None."""
    bare = strip_regime_years(name)
    abbr, full = split_abbreviation(bare)
    return table.get(bare) or table.lookup(bare) or (table.lookup(full) if abbr else None)


def name_keys(name: str, table: ActorTable | None = None) -> frozenset[str]:
    """Every key a name may match on: the whole name, its "ABBR" and "Name" parts, and its table entry."""
    bare = strip_regime_years(name)
    abbr, full = split_abbreviation(bare)
    keys = {canonical_compare_key(bare), canonical_compare_key(full)}
    if abbr:
        keys.add(canonical_compare_key(abbr))
    if table is not None and (entry := resolve_actor(name, table)) is not None:
        keys.add("entry:" + canonical_compare_key(entry.name))
    keys.discard("")
    return frozenset(keys)


def names_match(
    a: str | None,
    b: str | None,
    table: ActorTable | None = None,
    *,
    lexicon: ActorLexicon | None = None,
) -> bool:
    """True when ``a`` and ``b`` name the same actor.

    Case- and accent-insensitive, regime years ignored; "ABBR: Name" matches "ABBR" or "Name"; aliases of
    one table entry match each other; UCDP's "Government of X" matches "Military Forces of X" and "Police
    Forces of X" (but military and police forces of X stay different actors). Two names that resolve to
    different table entries never match, even when their keys collide ("JeM" and "JEM"). With a
    ``lexicon``, state countries compare through it ("Government of DR Congo (Zaire)" matches "Military
    Forces of Democratic Republic of Congo").
    """
    if not a or not b:
        return False
    state_a, state_b = parse_state_force(a), parse_state_force(b)
    if state_a and state_b:
        (role_a, country_a), (role_b, country_b) = state_a, state_b
        same_force = role_a == role_b or Role.STATE_OTHER in (role_a, role_b)
        return same_force and _country_key(country_a, lexicon) == _country_key(country_b, lexicon)
    if table is not None:
        entry_a, entry_b = resolve_actor(a, table), resolve_actor(b, table)
        if entry_a is not None and entry_b is not None:
            return entry_a.name == entry_b.name
    return bool(name_keys(a, table) & name_keys(b, table))


def _country_key(country: str, lexicon: ActorLexicon | None) -> str:
    known = lexicon.country_name(country) if lexicon is not None else None
    return canonical_compare_key(known or country)
