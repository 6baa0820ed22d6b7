from __future__ import annotations

import pytest

from flashpoint.actors import (
    ActorLexicon,
    ActorTable,
    Role,
    ethnic_militia_name,
    generic_name,
    inter_of,
    names_match,
    parse_state_force,
    state_force_name,
)
from flashpoint.ontology import interaction_code


@pytest.mark.parametrize(
    ("role", "country", "name"),
    [
        (Role.MILITARY, "Pakistan", "Military Forces of Pakistan"),
        (Role.POLICE, "Pakistan", "Police Forces of Pakistan"),
        (Role.STATE_OTHER, "Pakistan", "Government of Pakistan"),
    ],
)
def test_state_force_name(role: Role, country: str, name: str) -> None:
    assert state_force_name(role, country) == name
    assert generic_name(role, country) == name


@pytest.mark.parametrize(
    ("role", "country", "name"),
    [
        (Role.CIVILIANS, "Pakistan", "Civilians (Pakistan)"),
        (Role.PROTESTERS, "Pakistan", "Protesters (Pakistan)"),
        (Role.RIOTERS, "Pakistan", "Rioters (Pakistan)"),
        (Role.UNIDENTIFIED_ARMED, "Pakistan", "Unidentified Armed Group (Pakistan)"),
        (Role.PRISONERS, "Pakistan", "Prisoners (Pakistan)"),
        (Role.CIVILIANS, None, "Civilians (International)"),
    ],
)
def test_generic_name(role: Role, country: str | None, name: str) -> None:
    assert generic_name(role, country) == name


@pytest.mark.parametrize("role", [Role.CIVILIANS, Role.UNIDENTIFIED_ARMED])
def test_state_force_name_rejects_non_state_roles(role: Role) -> None:
    with pytest.raises(ValueError):
        state_force_name(role, "Pakistan")


def test_state_force_needs_a_country() -> None:
    with pytest.raises(ValueError):
        generic_name(Role.MILITARY, None)


@pytest.mark.parametrize(
    ("role", "inter"),
    [
        (Role.MILITARY, 1),
        (Role.POLICE, 1),
        (Role.STATE_OTHER, 1),
        (Role.UNIDENTIFIED_ARMED, 3),
        (Role.RIOTERS, 5),
        (Role.PROTESTERS, 6),
        (Role.CIVILIANS, 7),
        (Role.PRISONERS, 7),
    ],
)
def test_inter_of(role: Role, inter: int) -> None:
    assert inter_of(role) == inter


def test_every_role_has_an_inter_code_and_a_name() -> None:
    for role in Role:
        assert 1 <= inter_of(role) <= 8
        if role != Role.ETHNIC_MILITIA:  # named by its group: ethnic_militia_name
            assert "Pakistan" in generic_name(role, "Pakistan")
    assert ethnic_militia_name("Fulani", "Nigeria") == "Fulani Ethnic Militia (Nigeria)"
    assert ethnic_militia_name("Fulani", None) == "Fulani Ethnic Militia (International)"


def test_interactions_of_common_pairs() -> None:
    assert interaction_code(2, inter_of(Role.MILITARY)) == 12
    assert interaction_code(inter_of(Role.UNIDENTIFIED_ARMED), inter_of(Role.POLICE)) == 13
    assert interaction_code(inter_of(Role.UNIDENTIFIED_ARMED), inter_of(Role.CIVILIANS)) == 37


def test_parse_state_force() -> None:
    assert parse_state_force("Police Forces of Pakistan (2018-2022)") == (Role.POLICE, "Pakistan")
    assert parse_state_force("Government of Afghanistan") == (Role.STATE_OTHER, "Afghanistan")
    assert parse_state_force("Government of Myanmar (Burma)") == (Role.STATE_OTHER, "Myanmar")
    assert parse_state_force("military forces of the United States (2021-)") == (
        Role.MILITARY,
        "the United States",
    )
    assert parse_state_force("Civilians (Pakistan)") is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Military Forces of Pakistan (2018-2022)", "Military Forces of Pakistan"),
        ("military forces of pakistan", "MILITARY FORCES OF PAKISTAN (2018-2022)"),
        ("TTP: Tehreek-i-Taliban Pakistan", "TTP"),
        ("TTP: Tehreek-i-Taliban Pakistan", "Tehreek-i-Taliban Pakistan"),
        ("TTP: Tehreek-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan"),
        ("TTP: Tehreek-i-Taliban Pakistan", "Pakistani Taliban"),
        ("Tehrik-e Taliban Pakistan", "Pakistani Taliban"),
        ("Government of Pakistan", "Military Forces of Pakistan (2018-2022)"),
        ("Government of Pakistan", "Police Forces of Pakistan"),
        (
            "Boko Haram - Jamaatu Ahli is-Sunna lid-Dawati wal-Jihad",
            "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad",
        ),
        ("Islamic State", "IS"),
        ("NPA: New People's Army", "CPP"),
        ("ASG: Abu Sayyaf Group", "Abu Sayyaf"),
        ("Civilians (Côte d'Ivoire)", "civilians (Cote d'Ivoire)"),
    ],
)
def test_names_match(table: ActorTable, a: str, b: str) -> None:
    assert names_match(a, b, table)
    assert names_match(b, a, table)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Military Forces of Pakistan", "Police Forces of Pakistan"),
        ("Military Forces of Pakistan", "Military Forces of Afghanistan"),
        ("Government of Pakistan", "Military Forces of India"),
        ("TTP: Tehreek-i-Taliban Pakistan", "Taliban"),
        ("TTP: Tehreek-i-Taliban Pakistan", "BLA: Baloch Liberation Army"),
        ("Civilians (Pakistan)", "Civilians (Afghanistan)"),
        ("Unidentified Armed Group (Pakistan)", "TTP: Tehreek-i-Taliban Pakistan"),
        ("JeM: Jaish-e-Mohammed", "JEM: Justice and Equality Movement"),
        ("", ""),
    ],
)
def test_names_do_not_match(table: ActorTable, a: str, b: str) -> None:
    assert not names_match(a, b, table)


def test_names_match_without_a_table_uses_the_abbreviation_rule_only() -> None:
    assert names_match("TTP: Tehreek-i-Taliban Pakistan", "TTP")
    assert not names_match("TTP: Tehreek-i-Taliban Pakistan", "Pakistani Taliban")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Government of DR Congo (Zaire)", "Military Forces of Democratic Republic of Congo (2019-)"),
        ("Government of Russia (Soviet Union)", "Military Forces of Russia (2000-)"),
        ("Government of Myanmar (Burma)", "Police Forces of Myanmar (2021-)"),
        ("Government of Turkey", "Military Forces of Türkiye"),
    ],
)
def test_ucdp_governments_through_the_lexicon(
    table: ActorTable, lexicon: ActorLexicon, a: str, b: str
) -> None:
    assert names_match(a, b, table, lexicon=lexicon)
    assert names_match(b, a, table, lexicon=lexicon)
