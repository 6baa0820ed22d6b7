"""ACLED's event ontology (codebook 2023): 6 event types, 25 sub-event types, disorder types, inter codes."""

from __future__ import annotations

from typing import Final

# Event types in ACLED's precedence order, each with its sub-event types in precedence order.
EVENT_TYPES: Final[dict[str, tuple[str, ...]]] = {
    "Battles": ("Government regains territory", "Non-state actor overtakes territory", "Armed clash"),
    "Protests": ("Excessive force against protesters", "Protest with intervention", "Peaceful protest"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

SUB_EVENT_TYPES: Final[dict[str, str]] = {
    sub: event_type for event_type, subs in EVENT_TYPES.items() for sub in subs
}

POLITICAL_VIOLENCE: Final = "Political violence"
DEMONSTRATIONS: Final = "Demonstrations"
STRATEGIC_DEVELOPMENTS: Final = "Strategic developments"

INTER_CODES: Final[dict[int, str]] = {
    0: "No actor",
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}


def event_type_of(sub_event_type: str) -> str:
    """The event type a sub-event type belongs to; KeyError for a name outside the ontology."""
    return SUB_EVENT_TYPES[sub_event_type]


def disorder_type_of(sub_event_type: str) -> str:
    """Derive ACLED's disorder type from the sub-event type."""
    event_type = event_type_of(sub_event_type)
    if sub_event_type == "Excessive force against protesters":
        return f"{POLITICAL_VIOLENCE}; {DEMONSTRATIONS}"
    if sub_event_type == "Mob violence":
        return POLITICAL_VIOLENCE
    if event_type in ("Protests", "Riots"):
        return DEMONSTRATIONS
    if event_type == "Strategic developments":
        return STRATEGIC_DEVELOPMENTS
    return POLITICAL_VIOLENCE


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED interaction: 10*min + max of the two inter codes, 10*code when there is one actor."""
    codes = [c for c in (inter1, inter2) if c]
    if not codes:
        return None
    if len(codes) == 1:
        return 10 * codes[0]
    low, high = sorted(codes)
    return 10 * low + high
