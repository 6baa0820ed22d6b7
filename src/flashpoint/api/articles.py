"""POST /api/articles: code one article with the pipeline and store its events (token required)."""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from flashpoint.api.auth import require_token
from flashpoint.api.models import ArticleIn, ArticleResult, ErrorBody
from flashpoint.api.state import AppState, app_state
from flashpoint.errors import FlashpointError, InputError
from flashpoint.schema import Article
from flashpoint.settings import Settings

log = logging.getLogger(__name__)

router = APIRouter(prefix="/api", tags=["articles"])


class ProcessingFailed(InputError):
    code = "processing_failed"
    http_status = 422


def fetch_settings(settings: Settings) -> Settings:
    """URLs given to the API never reach private, loopback or link-local hosts unless settings allow it."""
    return settings.model_copy(update={"fetch_allow_private": settings.api_fetch_allow_private})


def _fetch(url: str, settings: Settings) -> Article:
    from flashpoint.sources import read_article

    return read_article(url, settings=fetch_settings(settings))


def build_article(body: ArticleIn, settings: Settings) -> Article:
    if body.url:
        article = _fetch(body.url, settings)
        article.title = body.title or article.title
        article.published = body.published or article.published
        article.source = body.source or article.source
        if body.id:
            article.id = body.id
    else:
        article = Article(
            id=body.id or "",
            text=body.text,
            html=body.html,
            title=body.title,
            published=body.published,
            source=body.source,
            origin="api",
        )
    return article.ensure_id()


def ingest(state: AppState, body: ArticleIn) -> ArticleResult:
    """Fetch (for a URL), code and store one article; failures are recorded on the article."""
    store = state.require_store()
    article = build_article(body, state.settings)
    state.pipeline()  # a pipeline that cannot be built is a server problem, not this article's
    try:
        clean, events = state.process(article)
    except FlashpointError as exc:
        store.record_failure(article, str(exc))
        raise
    except Exception as exc:
        log.exception("pipeline failed on article %s", article.id)
        reason = f"{type(exc).__name__}: {exc}"
        store.record_failure(article, reason)
        raise ProcessingFailed(f"could not code the article: {reason}") from exc
    result = store.save_article(article, clean, events)
    touched = list(dict.fromkeys([*result.created, *result.merged]))
    return ArticleResult(
        article_id=result.article_id,
        created=result.created,
        merged=result.merged,
        unchanged=result.unchanged,
        events=[store.get_event(event_id).event for event_id in touched],
    )


class UnsupportedMediaType(InputError):
    code = "unsupported_media_type"
    http_status = 415


def require_json(request: Request) -> None:
    """FastAPI dependency: the body must be declared as JSON (a form or plain text is a 415, not a 422)."""
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media != "application/json" and not media.endswith("+json"):
        shown = media or "none"
        raise UnsupportedMediaType(
            f"send the article as JSON (Content-Type: application/json), not {shown}: "
            '{"text": ...}, {"html": ...} or {"url": ...}'
        )


ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorBody} for code in (401, 403, 413, 415, 422)}


@router.post(
    "/articles",
    response_model=ArticleResult,
    dependencies=[Depends(require_token), Depends(require_json)],
    responses=ERRORS,
)
async def post_article(body: ArticleIn, state: Annotated[AppState, Depends(app_state)]) -> ArticleResult:
    """Code one article (`text`, `html` or `url`) and return the events it created or merged into.

    Needs `Authorization: Bearer <token>`. Posting the same article again changes nothing.
    """
    return await run_in_threadpool(ingest, state, body)
