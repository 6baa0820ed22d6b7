"""Generic actor roles ("soldiers", "gunmen", "villagers") and the ACLED names and inter codes they take."""

from __future__ import annotations

import re
from enum import StrEnum

from flashpoint.actors.normalize import strip_regime_years

_PARENTHETICAL = re.compile(r"\([^)]*\)")


class Role(StrEnum):
    """What a generic noun says about an actor. Values are the keys used in ``data/actor_roles.json``."""

    MILITARY = "military"
    POLICE = "police"
    STATE_OTHER = "state_other"  # officials, government, intelligence agents, prison guards
    UNIDENTIFIED_ARMED = "unidentified_armed"
    CIVILIANS = "civilians"
    PROTESTERS = "protesters"
    RIOTERS = "rioters"
    PRISONERS = "prisoners"
    ETHNIC_MILITIA = "ethnic_militia"  # "Fulani gunmen": named by the group, not listed in the roles file


ROLE_INTER: dict[Role, int] = {
    Role.MILITARY: 1,
    Role.POLICE: 1,
    Role.STATE_OTHER: 1,
    Role.UNIDENTIFIED_ARMED: 3,
    Role.RIOTERS: 5,
    Role.PROTESTERS: 6,
    Role.CIVILIANS: 7,
    Role.PRISONERS: 7,
    Role.ETHNIC_MILITIA: 4,
}

_STATE_PREFIX: dict[Role, str] = {
    Role.MILITARY: "Military Forces of",
    Role.POLICE: "Police Forces of",
    Role.STATE_OTHER: "Government of",
}

_GENERIC_LABEL: dict[Role, str] = {
    Role.UNIDENTIFIED_ARMED: "Unidentified Armed Group",
    Role.CIVILIANS: "Civilians",
    Role.PROTESTERS: "Protesters",
    Role.RIOTERS: "Rioters",
    Role.PRISONERS: "Prisoners",
}

# Country names ACLED writes with "the" after "Military Forces of" ("Military Forces of the Philippines").
_DEFINITE_COUNTRIES = frozenset(
    {
        "United States",
        "United Kingdom",
        "Philippines",
        "Democratic Republic of Congo",
        "Republic of Congo",
        "Central African Republic",
        "Netherlands",
        "United Arab Emirates",
        "Dominican Republic",
        "Czech Republic",
    }
)

# ACLED's placeholder when a generic actor cannot be tied to one country.
NO_COUNTRY = "International"


def inter_of(role: Role) -> int:
    """ACLED inter code of a role: military/police/government 1, unidentified 3, rioters 5, protesters 6,
    civilians and prisoners 7."""
    return ROLE_INTER[role]


def is_state_role(role: Role) -> bool:
    return role in _STATE_PREFIX


def state_force_name(role: Role, country: str) -> str:
    """ "Military Forces of Pakistan", "Police Forces of Pakistan", "Government of Pakistan".

    No regime years: those are ACLED's, and eval compares without them."""
    if role not in _STATE_PREFIX:
        raise ValueError(f"{role} is not a state role")
    if not country.strip():
        raise ValueError("a state force needs a country")
    country = country.strip()
    article = "the " if country in _DEFINITE_COUNTRIES else ""
    return f"{_STATE_PREFIX[role]} {article}{country}"


def ethnic_militia_name(group: str, country: str | None) -> str:
    """ "Fulani Ethnic Militia (Nigeria)", ACLED's name for an identity militia."""
    place = country.strip() if country and country.strip() else NO_COUNTRY
    return f"{group} Ethnic Militia ({place})"


def generic_name(role: Role, country: str | None) -> str:
    """ "Civilians (Pakistan)", "Protesters (Pakistan)", "Rioters (Pakistan)", "Unidentified Armed Group
    (Pakistan)"; state roles delegate to :func:`state_force_name`. Without a country: "(International)"."""
    if role in _STATE_PREFIX:
        return state_force_name(role, country or "")
    place = country.strip() if country and country.strip() else NO_COUNTRY
    return f"{_GENERIC_LABEL[role]} ({place})"


def parse_state_force(name: str) -> tuple[Role, str] | None:
    """The role and the country (as written) of a state actor name, UCDP's "Government of X" included.

    Regime years and a parenthetical alternative name are dropped; the country is not normalised
    (``ActorLexicon.country_name`` does that).

    >>> parse_state_force("Military Forces of Pakistan (2018-2022)")
    (<Role.MILITARY: 'military'>, 'Pakistan')
    >>> parse_state_force("Government of Myanmar (Burma)")
    (<Role.STATE_OTHER: 'state_other'>, 'Myanmar')
    """
    bare = strip_regime_years(name)
    for role, prefix in _STATE_PREFIX.items():
        if bare.casefold().startswith(prefix.casefold() + " "):
            country = _PARENTHETICAL.sub(" ", bare[len(prefix) :]).strip()
            return (role, " ".join(country.split())) if country else None
    return None
