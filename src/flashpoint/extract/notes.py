"""One ACLED-style sentence per event.

"On 30 December 2021, TTP clashed with Military Forces of Pakistan in North Waziristan (Khyber Pakhtunkhwa).
4 fatalities."
"""

from __future__ import annotations

from flashpoint.schema import Event

VERBS = {
    "Armed clash": "clashed with",
    "Government regains territory": "regained territory from",
    "Non-state actor overtakes territory": "took territory from",
    "Attack": "attacked",
    "Sexual violence": "sexually assaulted",
    "Abduction/forced disappearance": "abducted",
    "Air/drone strike": "carried out an air/drone strike on",
    "Suicide bomb": "carried out a suicide bombing against",
    "Shelling/artillery/missile attack": "shelled",
    "Remote explosive/landmine/IED": "detonated an explosive device against",
    "Grenade": "threw a grenade at",
    "Chemical weapon": "used a chemical weapon against",
    "Peaceful protest": "demonstrated",
    "Protest with intervention": "demonstrated and were met by",
    "Excessive force against protesters": "used lethal force against",
    "Violent demonstration": "rioted",
    "Mob violence": "attacked",
    "Arrests": "arrested",
    "Agreement": "reached an agreement with",
    "Looting/property destruction": "looted or destroyed property of",
    "Disrupted weapons use": "disrupted weapons of",
    "Headquarters or base established": "established a base",
    "Non-violent transfer of territory": "handed over territory to",
    "Change to group/activity": "changed its activity",
    "Other": "was involved in a development with",
}
ALONE = {
    "Armed clash": "were involved in an armed clash",
    "Air/drone strike": "carried out an air/drone strike",
    "Suicide bomb": "carried out a suicide bombing",
    "Remote explosive/landmine/IED": "detonated an explosive device",
    "Grenade": "threw a grenade",
    "Chemical weapon": "used a chemical weapon",
    "Protest with intervention": "demonstrated and were met by force",
    "Agreement": "reached an agreement",
    "Looting/property destruction": "looted or destroyed property",
    "Disrupted weapons use": "had weapons seized or defused",
    "Non-violent transfer of territory": "transferred territory",
    "Other": "were involved in a strategic development",
    "Government regains territory": "regained territory",
    "Non-state actor overtakes territory": "took territory",
}
NO_OBJECT = {
    "Peaceful protest",
    "Violent demonstration",
    "Headquarters or base established",
    "Change to group/activity",
}


def short_name(name: str | None) -> str:
    """ "TTP: Tehreek-i-Taliban Pakistan" -> "TTP"; other names unchanged."""
    if not name:
        return "Unidentified actors"
    head, sep, _ = name.partition(":")
    return head if sep and " " not in head else name


def write_note(event: Event) -> str:
    when = f"On {event.event_date.day} {event.event_date:%B %Y}" if event.event_date else "On an unknown date"
    if event.time_precision == 2 and event.event_date:
        when = f"Around {event.event_date.day} {event.event_date:%B %Y}"
    elif event.time_precision == 3 and event.event_date:
        when = f"In {event.event_date:%B %Y}"
    subject = short_name(event.actor1)
    verb = VERBS.get(event.sub_event_type or "Other", "was involved in an event with")
    if event.sub_event_type in NO_OBJECT or not event.actor2:
        verb = ALONE.get(
            event.sub_event_type or "Other",
            verb.rsplit(" ", 1)[0]
            if verb.endswith((" with", " of", " on", " against", " to", " at", " from", " by"))
            else verb,
        )
        target = ""
    else:
        target = f" {short_name(event.actor2)}"
    where = ""
    if event.location:
        where = f" in {event.location}"
        parent = event.admin1 if event.admin1 and event.admin1 != event.location else None
        if parent:
            where += f" ({parent})"
    elif event.country:
        where = f" in {event.country}"
    toll = (
        f". {event.fatalities} {'fatality' if event.fatalities == 1 else 'fatalities'}"
        if event.fatalities
        else ""
    )
    return f"{when}, {subject} {verb}{target}{where}{toll}."
