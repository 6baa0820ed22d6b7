"""Sample articles and events (written for these tests, no gold data) saved through the real store.

Shared by the API and browser tests. Each event's evidence points at the sentence it came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from flashpoint.schema import Article, CleanArticle, Event, Evidence
from flashpoint.store.base import Store


@dataclass
class Sample:
    article_id: str
    title: str
    source: str
    published: str
    text: str
    events: list[dict[str, object]] = field(default_factory=list)


KP = {"country": "Pakistan", "admin1": "Khyber Pakhtunkhwa"}
TTP = "TTP: Tehreek-i-Taliban Pakistan"

SAMPLES = [
    Sample(
        article_id="art-mirali",
        title="Soldiers killed in North Waziristan clash",
        source="Dawn",
        published="2022-01-15",
        text=(
            "PESHAWAR, Jan 15: Security officials said the area was tense. "
            "Four soldiers were killed when TTP militants attacked a checkpoint near Mir Ali on Friday. "
            "The military said an operation was under way."
        ),
        events=[
            {
                "evidence": (
                    "Four soldiers were killed when TTP militants attacked a checkpoint "
                    "near Mir Ali on Friday."
                ),
                "event_date": "2022-01-14",
                "event_type": "Battles",
                "sub_event_type": "Armed clash",
                "disorder_type": "Political violence",
                "actor1": TTP,
                "inter1": 2,
                "actor2": "Military Forces of Pakistan",
                "inter2": 1,
                "interaction": 12,
                **KP,
                "admin2": "North Waziristan",
                "location": "Mir Ali",
                "latitude": 32.9667,
                "longitude": 70.2833,
                "fatalities": 4,
                "confidence": 0.86,
                "notes": (
                    "On 14 January 2022, TTP militants killed 4 soldiers near Mir Ali (North Waziristan)."
                ),
            }
        ],
    ),
    Sample(
        article_id="art-peshawar",
        title="Blast at Peshawar market",
        source="The News",
        published="2022-02-03",
        text=(
            "PESHAWAR: A roadside bomb exploded in Qissa Khwani Bazaar on Wednesday, killing two passers-by. "
            "No group claimed the attack. Police cordoned off the area."
        ),
        events=[
            {
                "evidence": (
                    "A roadside bomb exploded in Qissa Khwani Bazaar on Wednesday, killing two passers-by."
                ),
                "event_date": "2022-02-02",
                "event_type": "Explosions/Remote violence",
                "sub_event_type": "Remote explosive/landmine/IED",
                "disorder_type": "Political violence",
                "actor1": "Unidentified Armed Group (Pakistan)",
                "inter1": 3,
                "actor2": "Civilians (Pakistan)",
                "inter2": 7,
                "interaction": 37,
                "civilian_targeting": "Civilians targeted",
                **KP,
                "admin2": "Peshawar",
                "location": "Peshawar",
                "latitude": 34.008,
                "longitude": 71.5785,
                "fatalities": 2,
                "confidence": 0.74,
                "notes": "On 2 February 2022, an IED killed 2 civilians in Peshawar (Khyber Pakhtunkhwa).",
            }
        ],
    ),
    Sample(
        article_id="art-quetta",
        title="Traders protest in Quetta",
        source="Dawn",
        published="2022-02-20",
        text=(
            "QUETTA: Hundreds of traders marched on Saturday against new taxes. "
            "The protest ended peacefully outside the press club."
        ),
        events=[
            {
                "evidence": "Hundreds of traders marched on Saturday against new taxes.",
                "event_date": "2022-02-19",
                "event_type": "Protests",
                "sub_event_type": "Peaceful protest",
                "disorder_type": "Demonstrations",
                "actor1": "Protesters (Pakistan)",
                "inter1": 6,
                "interaction": 60,
                "country": "Pakistan",
                "admin1": "Balochistan",
                "admin2": "Quetta",
                "location": "Quetta",
                "latitude": 30.1841,
                "longitude": 67.0014,
                "fatalities": 0,
                "confidence": 0.66,
                "notes": "On 19 February 2022, traders held a peaceful protest in Quetta (Balochistan).",
            }
        ],
    ),
    Sample(
        article_id="art-zamfara",
        title="Gunmen abduct villagers in Zamfara",
        source="Premium Times",
        published="2022-03-02",
        text=(
            "GUSAU: Residents said gunmen stormed Kaura Namoda town on Tuesday. "
            "The attackers shot dead seven villagers and abducted dozens. "
            "Separately, soldiers arrested three suspects in Gusau on Monday."
        ),
        events=[
            {
                "evidence": "The attackers shot dead seven villagers and abducted dozens.",
                "event_date": "2022-03-01",
                "event_type": "Violence against civilians",
                "sub_event_type": "Attack",
                "disorder_type": "Political violence",
                "actor1": "Unidentified Armed Group (Nigeria)",
                "inter1": 3,
                "actor2": "Civilians (Nigeria)",
                "inter2": 7,
                "interaction": 37,
                "civilian_targeting": "Civilians targeted",
                "country": "Nigeria",
                "admin1": "Zamfara",
                "admin2": "Kaura Namoda",
                "location": "Kaura Namoda",
                "latitude": 12.5939,
                "longitude": 6.5863,
                "fatalities": 7,
                "confidence": 0.81,
                "notes": "On 1 March 2022, gunmen killed 7 villagers in Kaura Namoda (Zamfara).",
            },
            {
                "evidence": "Separately, soldiers arrested three suspects in Gusau on Monday.",
                "event_date": "2022-02-28",
                "event_type": "Strategic developments",
                "sub_event_type": "Arrests",
                "disorder_type": "Strategic developments",
                "actor1": "Military Forces of Nigeria",
                "inter1": 1,
                "interaction": 10,
                "country": "Nigeria",
                "admin1": "Zamfara",
                "admin2": "Gusau",
                "location": "Gusau",
                "latitude": 12.1628,
                "longitude": 6.6614,
                "fatalities": 0,
                "confidence": 0.58,
                "notes": "On 28 February 2022, soldiers arrested 3 suspects in Gusau (Zamfara).",
            },
        ],
    ),
    Sample(
        article_id="art-kunduz",
        title="Clashes in Kunduz",
        source="Pajhwok",
        published="2022-03-10",
        text=(
            "KUNDUZ: Fighting broke out in Imam Sahib district on Wednesday. "
            "Twelve fighters died in the clash between Taliban forces and NRF fighters, officials said."
        ),
        events=[
            {
                "evidence": (
                    "Twelve fighters died in the clash between Taliban forces and NRF fighters, "
                    "officials said."
                ),
                "event_date": "2022-03-09",
                "event_type": "Battles",
                "sub_event_type": "Armed clash",
                "disorder_type": "Political violence",
                "actor1": "Military Forces of Afghanistan",
                "inter1": 1,
                "actor2": "NRF: National Resistance Front",
                "inter2": 2,
                "interaction": 12,
                "country": "Afghanistan",
                "admin1": "Kunduz",
                "admin2": "Imam Sahib",
                "location": "Imām Şāḩib",
                "latitude": 37.1844,
                "longitude": 68.9114,
                "fatalities": 12,
                "confidence": 0.79,
                "notes": (
                    "On 9 March 2022, Taliban forces clashed with NRF fighters in Imam Sahib (Kunduz); "
                    "12 killed."
                ),
            }
        ],
    ),
]


def event_of(sample: Sample, spec: dict[str, object]) -> Event:
    values = dict(spec)
    sentence = str(values.pop("evidence"))
    start = sample.text.index(sentence)
    values["event_date"] = dt.date.fromisoformat(str(values["event_date"]))
    return Event(
        **values,
        source=sample.source,
        article_ids=[sample.article_id],
        evidence=[
            Evidence(article_id=sample.article_id, start=start, end=start + len(sentence), text=sentence)
        ],
    ).assign_id()


def article_of(sample: Sample) -> tuple[Article, CleanArticle]:
    article = Article(
        id=sample.article_id,
        text=sample.text,
        title=sample.title,
        source=sample.source,
        published=dt.date.fromisoformat(sample.published),
        origin="tests",
    )
    clean = CleanArticle(
        article_id=sample.article_id,
        text=sample.text,
        title=sample.title,
        publisher=sample.source,
        published=article.published,
    )
    return article, clean


def seed(store: Store) -> dict[str, list[str]]:
    """Save every sample through the store; returns the event ids per article id."""
    ids: dict[str, list[str]] = {}
    for sample in SAMPLES:
        article, clean = article_of(sample)
        result = store.save_article(article, clean, [event_of(sample, spec) for spec in sample.events])
        ids[sample.article_id] = [*result.created, *result.merged]
    return ids
