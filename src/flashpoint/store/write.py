"""The write side of the store: one article and its events, inside the caller's transaction.

Every function takes a `Connection` inside the caller's transaction; none commits. Any exception leaves
the caller to roll the whole article back.

The statements are SQLAlchemy Core: rows come back as plain `Row`s and
changes go out as UPDATEs. The ORM's unit of work (identity map, attribute history, flush) cost more than
SQLite spent storing the rows, and the write path needs none of it: it reads a row, decides, and writes.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from typing import Any, NamedTuple

from sqlalchemy import Connection, Row, bindparam, delete, insert, select, update

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
StoredRow = Row[Any]  # a row of `events`, `articles` or `event_articles`, read by column name

ARTICLES = table_of(ArticleRow)
EVENTS = table_of(EventRow)
LINKS = table_of(EventArticleRow)
HISTORY = table_of(EventHistoryRow)

# Built once: SQLAlchemy caches the compiled SQL, but building the statement objects on each call cost as
# much as running them. The UPDATEs name their key "key_id": a bound parameter may not share a column's name.
_ADD_ARTICLE = insert(ARTICLES)
_ADD_EVENT = insert(EVENTS)
_ADD_LINKS = insert(LINKS)
_ADD_HISTORY = insert(HISTORY)
_ARTICLE = select(ARTICLES).where(ARTICLES.c.id == bindparam("id"))
_STORED_ARTICLES = select(ARTICLES.c.id).where(ARTICLES.c.id.in_(bindparam("ids", expanding=True)))
_EVENT = select(EVENTS).where(EVENTS.c.event_id == bindparam("event_id"))
_REWRITE_EVENT = (
    update(EVENTS)
    .where(EVENTS.c.event_id == bindparam("key_id"))
    .values({name: bindparam(name) for name in EVENT_COLUMNS if name != "event_id"})
)
_SET_STATUS = (
    update(EVENTS)
    .where(EVENTS.c.event_id == bindparam("key_id"))
    .values(status=bindparam("status"), updated_at=bindparam("updated_at"))
)
_LINKS = (
    select(LINKS).where(LINKS.c.event_id.in_(bindparam("event_ids", expanding=True))).order_by(LINKS.c.id)
)
_CANDIDATES = (
    select(EVENTS)
    .where(
        EVENTS.c.status == ACTIVE,
        EVENTS.c.country == bindparam("country"),
        EVENTS.c.event_date.between(bindparam("first"), bindparam("last")),
        EVENTS.c.event_id.not_in(
            select(LINKS.c.event_id).where(LINKS.c.article_id == bindparam("article_id"))
        ),
    )
    .order_by(EVENTS.c.created_at, EVENTS.c.event_id)
    .limit(MAX_CANDIDATES)
)


def _change(event_id: str, change: str, at: dt.datetime, detail: str = "") -> dict[str, object]:
    return {"event_id": event_id, "change": change, "at": at, "detail": detail}


def _record(conn: Connection, history: History) -> None:
    if history:
        conn.execute(_ADD_HISTORY, history)


def article_row(conn: Connection, article_id: str) -> StoredRow | None:
    return conn.execute(_ARTICLE, {"id": article_id}).first()


def event_row(conn: Connection, event_id: str) -> StoredRow | None:
    return conn.execute(_EVENT, {"event_id": event_id}).first()


def follow_alias(conn: Connection, row: StoredRow) -> StoredRow:
    """The surviving event of `row` (itself unless it was merged into another)."""
    for _ in range(MAX_ALIAS_HOPS):
        if not row.status.startswith(MERGED_PREFIX):
            return row
        target = event_row(conn, row.status.removeprefix(MERGED_PREFIX))
        if target is None:
            return row
        row = target
    return row


def links_of(conn: Connection, event_ids: list[str]) -> dict[str, list[StoredRow]]:
    links: dict[str, list[StoredRow]] = {event_id: [] for event_id in event_ids}
    if not event_ids:
        return links
    for link in conn.execute(_LINKS, {"event_ids": event_ids}):
        links[link.event_id].append(link)
    return links


def load_event(conn: Connection, row: StoredRow) -> Event:
    return event_from_row(row, links_of(conn, [row.event_id])[row.event_id])


def upsert_article(
    conn: Connection,
    article: Article,
    clean: CleanArticle | None,
    *,
    stored: bool,
    status: ArticleStatus,
    reason: str | None,
    now: dt.datetime,
    run_id: int | None = None,
) -> None:
    """Insert the article, or update it when `stored` (what the caller's `article_row` found)."""
    values = article_fields(article, clean)
    values.update(status=status.value, reason=reason, updated_at=now)
    if run_id is not None:
        values["run_id"] = run_id
    if stored:
        conn.execute(update(ARTICLES).where(ARTICLES.c.id == article.id).values(values))
    else:
        conn.execute(_ADD_ARTICLE, [{"id": article.id, "created_at": now, **values}])


def detach_article(conn: Connection, article_id: str, now: dt.datetime) -> None:
    """An article came back with new content: withdraw what it said before.

    Events it alone reported are retracted (kept, never deleted); events other articles also reported
    lose its links and record the change.
    """
    event_ids = list(
        conn.scalars(select(LINKS.c.event_id).where(LINKS.c.article_id == article_id).distinct())
    )
    if not event_ids:
        return
    conn.execute(delete(LINKS).where(LINKS.c.article_id == article_id))
    remaining = links_of(conn, event_ids)
    history: History = []
    for event_id in event_ids:
        row = event_row(conn, event_id)
        if row is None or row.status != ACTIVE:
            continue
        if remaining[event_id]:
            _set_status(conn, event_id, ACTIVE, now)
            history.append(
                _change(event_id, "updated", now, f"article {article_id} changed; its report withdrawn")
            )
        else:
            _set_status(conn, event_id, RETRACTED, now)
            history.append(_change(event_id, RETRACTED, now, f"article {article_id} changed; no report left"))
    _record(conn, history)


def save_events(
    conn: Connection,
    article_id: str,
    events: list[Event],
    *,
    now: dt.datetime,
    options: ResolveOptions,
) -> SaveResult:
    result = SaveResult(article_id=article_id)
    history: History = []
    for event in events:
        _save_event(conn, article_id, _prepared(conn, article_id, event), now, options, result, history)
    _record(conn, history)
    return result


def _prepared(conn: Connection, article_id: str, event: Event) -> Event:
    """A copy tied to this article: its id among article_ids, only stored articles referenced, an event_id."""
    ev = event.model_copy()  # shallow: the fields changed below are replaced, never changed in place
    article_ids = ev.article_ids if article_id in ev.article_ids else [*ev.article_ids, article_id]
    others = [a for a in article_ids if a != article_id]
    known = {article_id}
    if others:
        known.update(conn.scalars(_STORED_ARTICLES, {"ids": others}))
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
    conn: Connection,
    article_id: str,
    ev: Event,
    now: dt.datetime,
    options: ResolveOptions,
    result: SaveResult,
    history: History,
) -> None:
    existing = event_row(conn, ev.event_id)
    if existing is not None:
        target = follow_alias(conn, existing)
        links = links_of(conn, [target.event_id])[target.event_id]
        if target.status == RETRACTED:
            _rewrite(conn, target, ev, status=ACTIVE, now=now)
            again = f"reported again by article {article_id}"
            history.append(_change(target.event_id, "updated", now, again))
            _link(conn, target.event_id, ev, links)
            result.created.append(target.event_id)
        else:
            stored = event_from_row(target, links)
            detail = f"article {article_id} reported it again"
            _merge_into(conn, target, stored, links, ev, now, history, detail=detail)
            if target.event_id not in result.created:
                result.merged.append(target.event_id)
        return
    candidates = _candidates(conn, ev, article_id)
    decision = resolve(ev, [c.event for c in candidates], options=options)
    if decision.target_id is not None:
        chosen = next((c for c in candidates if c.event.event_id == decision.target_id), None)
        if chosen is None:  # the resolver only picks from the candidates we gave it
            raise RuntimeError(f"resolver chose unknown event {decision.target_id}")
        detail = f"absorbed {ev.event_id} from article {article_id} (score {decision.score:.2f})"
        _merge_into(conn, chosen.row, chosen.event, chosen.links, ev, now, history, detail=detail)
        _insert(conn, ev, now, status=f"{MERGED_PREFIX}{chosen.row.event_id}")
        history.append(_change(ev.event_id, "merged", now, f"into {chosen.row.event_id}"))
        result.merged.append(chosen.row.event_id)
        return
    _insert(conn, ev, now, status=ACTIVE)
    _link(conn, ev.event_id, ev, ())  # a new event has no links yet
    history.append(_change(ev.event_id, "created", now, f"from article {article_id}"))
    result.created.append(ev.event_id)


class Candidate(NamedTuple):
    """A stored event the resolver may merge into: its row and links are held, so that merging into the one
    it picks needs no second query for either."""

    row: StoredRow
    links: list[StoredRow]
    event: Event


def _candidates(conn: Connection, ev: Event, article_id: str) -> list[Candidate]:
    """Active events in the same country and date window that this article has not reported already."""
    if ev.event_date is None or not ev.country:
        return []
    window = {"first": ev.event_date - CANDIDATE_WINDOW, "last": ev.event_date + CANDIDATE_WINDOW}
    params = {"country": ev.country, "article_id": article_id, **window}
    rows = list(conn.execute(_CANDIDATES, params))
    links = links_of(conn, [r.event_id for r in rows])
    return [Candidate(r, links[r.event_id], event_from_row(r, links[r.event_id])) for r in rows]


def _insert(conn: Connection, ev: Event, now: dt.datetime, *, status: str) -> None:
    values = event_values(ev)
    values.update(status=status, created_at=now, updated_at=now)
    conn.execute(_ADD_EVENT, [values])


def _rewrite(conn: Connection, row: StoredRow, ev: Event, *, status: str, now: dt.datetime) -> None:
    """Store `ev`'s fields over the event `row`, which keeps its id and creation time."""
    values: dict[str, object] = event_values(ev)
    values.update(key_id=row.event_id, created_at=row.created_at, updated_at=now, status=status)
    del values["event_id"]
    conn.execute(_REWRITE_EVENT, values)


def _set_status(conn: Connection, event_id: str, status: str, now: dt.datetime) -> None:
    conn.execute(_SET_STATUS, {"key_id": event_id, "status": status, "updated_at": now})


def _merge_into(
    conn: Connection,
    target: StoredRow,
    current: Event,
    links: list[StoredRow],
    ev: Event,
    now: dt.datetime,
    history: History,
    *,
    detail: str,
) -> None:
    """Merge `ev` into the stored `target`, whose event and links the caller has loaded."""
    _rewrite(conn, target, merge_events(current, ev), status=target.status, now=now)
    _link(conn, target.event_id, ev, links)
    history.append(_change(target.event_id, "updated", now, detail))


def _link(conn: Connection, event_id: str, ev: Event, links: Iterable[StoredRow]) -> None:
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
        conn.execute(_ADD_LINKS, rows)
