"""The write side of the store: one article and its events, inside the caller's transaction.

Every function takes an open `Session` inside `session.begin()`; none commits. Any exception leaves the
caller to roll the whole article back.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from typing import NamedTuple

from sqlalchemy import bindparam, delete, insert, select
from sqlalchemy.orm import Session

from flashpoint.resolve import ResolveOptions, merge_events, resolve
from flashpoint.schema import Article, ArticleStatus, CleanArticle, Event, Evidence
from flashpoint.store.base import SaveResult
from flashpoint.store.convert import (
    ARTICLE_LINK_FIELD,
    EVENT_COLUMNS,
    article_fields,
    event_from_row,
    event_values,
)
from flashpoint.store.models import ArticleRow, EventArticleRow, EventHistoryRow, EventRow, table_of
from flashpoint.store.queries import ACTIVE

log = logging.getLogger(__name__)

CANDIDATE_WINDOW = dt.timedelta(days=16)  # widest date tolerance of the resolver (month precision)
MAX_CANDIDATES = 500
MERGED_PREFIX = "merged_into:"
RETRACTED = "retracted"
MAX_ALIAS_HOPS = 32


History = list[dict[str, object]]  # event_history rows of one article's save, inserted together at its end


def _change(event_id: str, change: str, at: dt.datetime, detail: str = "") -> dict[str, object]:
    return {"event_id": event_id, "change": change, "at": at, "detail": detail}


def _record(session: Session, history: History) -> None:
    if history:
        session.execute(_ADD_HISTORY, history)


def follow_alias(session: Session, row: EventRow) -> EventRow:
    """The surviving event of `row` (itself unless it was merged into another)."""
    for _ in range(MAX_ALIAS_HOPS):
        if not row.status.startswith(MERGED_PREFIX):
            return row
        target = session.get(EventRow, row.status.removeprefix(MERGED_PREFIX))
        if target is None:
            return row
        row = target
    return row


# The queries run for every saved event, built once: SQLAlchemy caches their compiled SQL, but building the
# statement objects on each call cost as much as running them. New rows go in by Core INSERTs on the tables,
# not `session.add` nor ORM-enabled inserts: the ORM would flush them one unit of work at a time, and even
# its bulk path spent more time preparing the rows than SQLite spent storing them. The models declare no
# relationship() and no Python-side hooks, so nothing of the ORM is skipped.
_ADD_ARTICLE = insert(table_of(ArticleRow))
_ADD_EVENT = insert(table_of(EventRow))
_ADD_LINKS = insert(table_of(EventArticleRow))
_ADD_HISTORY = insert(table_of(EventHistoryRow))
_LINKS = (
    select(EventArticleRow)
    .where(EventArticleRow.event_id.in_(bindparam("event_ids", expanding=True)))
    .order_by(EventArticleRow.id)
)
_CANDIDATES = (
    select(EventRow)
    .where(
        EventRow.status == ACTIVE,
        EventRow.country == bindparam("country"),
        EventRow.event_date.between(bindparam("first"), bindparam("last")),
        EventRow.event_id.not_in(
            select(EventArticleRow.event_id).where(EventArticleRow.article_id == bindparam("article_id"))
        ),
    )
    .order_by(EventRow.created_at, EventRow.event_id)
    .limit(MAX_CANDIDATES)
)


def links_of(session: Session, event_ids: list[str]) -> dict[str, list[EventArticleRow]]:
    links: dict[str, list[EventArticleRow]] = {event_id: [] for event_id in event_ids}
    if not event_ids:
        return links
    for link in session.scalars(_LINKS, {"event_ids": event_ids}):
        links[link.event_id].append(link)
    return links


def load_event(session: Session, row: EventRow) -> Event:
    return event_from_row(row, links_of(session, [row.event_id])[row.event_id])


def upsert_article(
    session: Session,
    article: Article,
    clean: CleanArticle | None,
    *,
    row: ArticleRow | None,
    status: ArticleStatus,
    reason: str | None,
    now: dt.datetime,
    run_id: int | None = None,
) -> None:
    """Insert the article, or update `row`: what the caller's `session.get(ArticleRow, article.id)` found."""
    values = article_fields(article, clean)
    values.update(status=status.value, reason=reason, updated_at=now)
    if run_id is not None:
        values["run_id"] = run_id
    if row is None:
        session.execute(_ADD_ARTICLE, [{"id": article.id, "created_at": now, **values}])
        return
    for name, value in values.items():
        setattr(row, name, value)
    session.flush()


def detach_article(session: Session, article_id: str, now: dt.datetime) -> None:
    """An article came back with new content: withdraw what it said before.

    Events it alone reported are retracted (kept, never deleted); events other articles also reported
    lose its links and record the change.
    """
    event_ids = list(
        session.scalars(
            select(EventArticleRow.event_id).where(EventArticleRow.article_id == article_id).distinct()
        )
    )
    if not event_ids:
        return
    session.execute(delete(EventArticleRow).where(EventArticleRow.article_id == article_id))
    remaining = links_of(session, event_ids)
    history: History = []
    for event_id in event_ids:
        row = session.get(EventRow, event_id)
        if row is None or row.status != ACTIVE:
            continue
        row.updated_at = now
        if remaining[event_id]:
            history.append(
                _change(event_id, "updated", now, f"article {article_id} changed; its report withdrawn")
            )
        else:
            row.status = RETRACTED
            history.append(_change(event_id, RETRACTED, now, f"article {article_id} changed; no report left"))
    _record(session, history)


def save_events(
    session: Session,
    article_id: str,
    events: list[Event],
    *,
    now: dt.datetime,
    options: ResolveOptions,
) -> SaveResult:
    result = SaveResult(article_id=article_id)
    history: History = []
    for event in events:
        _save_event(session, article_id, _prepared(session, article_id, event), now, options, result, history)
    _record(session, history)
    return result


def _prepared(session: Session, article_id: str, event: Event) -> Event:
    """A copy tied to this article: its id among article_ids, only stored articles referenced, an event_id."""
    ev = event.model_copy()  # shallow: the fields changed below are replaced, never changed in place
    article_ids = ev.article_ids if article_id in ev.article_ids else [*ev.article_ids, article_id]
    known = {a for a in article_ids if a == article_id or session.get(ArticleRow, a) is not None}
    dropped = [a for a in article_ids if a not in known]
    if dropped:
        log.warning("event cites articles that are not stored, links dropped: %s", ", ".join(dropped))
    ev.article_ids = [a for a in article_ids if a in known]
    ev.evidence = [
        e if e.article_id else e.model_copy(update={"article_id": article_id}) for e in ev.evidence
    ]
    ev.evidence = [e for e in ev.evidence if e.article_id in known]
    ev.assign_id()
    ev.status = ACTIVE
    return ev


def _save_event(
    session: Session,
    article_id: str,
    ev: Event,
    now: dt.datetime,
    options: ResolveOptions,
    result: SaveResult,
    history: History,
) -> None:
    existing = session.get(EventRow, ev.event_id)
    if existing is not None:
        target = follow_alias(session, existing)
        if target.status == RETRACTED:
            _overwrite(target, ev, now)
            again = f"reported again by article {article_id}"
            history.append(_change(target.event_id, "updated", now, again))
            _link(session, target.event_id, ev, links_of(session, [target.event_id])[target.event_id])
            result.created.append(target.event_id)
        else:
            _merge_into(session, target, ev, now, history, detail=f"article {article_id} reported it again")
            if target.event_id not in result.created:
                result.merged.append(target.event_id)
        return
    candidates = _candidates(session, ev, article_id)
    decision = resolve(ev, [c.event for c in candidates], options=options)
    if decision.target_id is not None:
        chosen = next((c for c in candidates if c.event.event_id == decision.target_id), None)
        if chosen is None:  # the resolver only picks from the candidates we gave it
            raise RuntimeError(f"resolver chose unknown event {decision.target_id}")
        detail = f"absorbed {ev.event_id} from article {article_id} (score {decision.score:.2f})"
        _merge_into(session, chosen.row, ev, now, history, detail=detail, stored=(chosen.links, chosen.event))
        _insert(session, ev, now, status=f"{MERGED_PREFIX}{chosen.row.event_id}")
        history.append(_change(ev.event_id, "merged", now, f"into {chosen.row.event_id}"))
        result.merged.append(chosen.row.event_id)
        return
    _insert(session, ev, now, status=ACTIVE)
    _link(session, ev.event_id, ev, ())  # a new event has no links yet
    history.append(_change(ev.event_id, "created", now, f"from article {article_id}"))
    result.created.append(ev.event_id)


class Candidate(NamedTuple):
    """A stored event the resolver may merge into: its row and links are held, so that merging into the one
    it picks needs no second query for either."""

    row: EventRow
    links: list[EventArticleRow]
    event: Event


def _candidates(session: Session, ev: Event, article_id: str) -> list[Candidate]:
    """Active events in the same country and date window that this article has not reported already."""
    if ev.event_date is None or not ev.country:
        return []
    window = {"first": ev.event_date - CANDIDATE_WINDOW, "last": ev.event_date + CANDIDATE_WINDOW}
    rows = list(session.scalars(_CANDIDATES, {"country": ev.country, "article_id": article_id, **window}))
    links = links_of(session, [r.event_id for r in rows])
    return [Candidate(r, links[r.event_id], event_from_row(r, links[r.event_id])) for r in rows]


def _insert(session: Session, ev: Event, now: dt.datetime, *, status: str) -> None:
    values = event_values(ev)
    values.update(status=status, created_at=now, updated_at=now)
    session.execute(_ADD_EVENT, [values])


def _overwrite(row: EventRow, ev: Event, now: dt.datetime) -> None:
    values = event_values(ev)
    for name in EVENT_COLUMNS:
        if name not in ("event_id", "created_at"):
            setattr(row, name, values[name])
    row.status, row.updated_at = ACTIVE, now


def _merge_into(
    session: Session,
    target: EventRow,
    ev: Event,
    now: dt.datetime,
    history: History,
    *,
    detail: str,
    stored: tuple[list[EventArticleRow], Event] | None = None,
) -> None:
    """Merge `ev` into the stored `target`; `stored` is target's links and event when already loaded."""
    if stored is None:
        links = links_of(session, [target.event_id])[target.event_id]
        stored = links, event_from_row(target, links)
    links, current = stored
    merged = merge_events(current, ev)
    values = event_values(merged)
    for name in EVENT_COLUMNS:
        if name not in ("event_id", "created_at", "updated_at", "status"):
            setattr(target, name, values[name])
    target.updated_at = now
    _link(session, target.event_id, ev, links)
    history.append(_change(target.event_id, "updated", now, detail))


def _link(session: Session, event_id: str, ev: Event, links: Iterable[EventArticleRow]) -> None:
    """event_articles rows for ev's evidence, and a bare link for each article without a span; `links` are
    the event's stored links (`links_of`), which are not added again."""
    existing = {(link.article_id, link.start, link.end, link.field) for link in links}
    wanted: list[Evidence | str] = [*ev.evidence]
    with_spans = {e.article_id for e in ev.evidence}
    wanted += [a for a in ev.article_ids if a not in with_spans]
    rows: list[dict[str, object]] = []
    for item in wanted:
        if isinstance(item, str):
            key: tuple[str, int | None, int | None, str] = (item, None, None, ARTICLE_LINK_FIELD)
            if any(k[0] == item for k in existing):
                continue
            row = {"article_id": item, "start": None, "end": None, "text": None, "field": ARTICLE_LINK_FIELD}
        else:
            key = (item.article_id, item.start, item.end, item.field)
            if key in existing:
                continue
            row = {"article_id": item.article_id, "start": item.start, "end": item.end, "text": item.text,
                   "field": item.field}  # fmt: skip
        existing.add(key)
        rows.append({"event_id": event_id, **row})
    if rows:
        session.execute(_ADD_LINKS, rows)
