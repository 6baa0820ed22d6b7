"""Every error leaves the API as JSON ``{"error": {"code", "message"}}`` with a 4xx/5xx status.

FlashpointError subclasses carry their own ``code`` and ``http_status`` (errors.py); validation errors
become 422 ``validation``; unknown routes 404 ``not_found``.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Send

from flashpoint.errors import FlashpointError

log = logging.getLogger(__name__)

_STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "validation",
    503: "unavailable",
}


class Unauthorized(FlashpointError):
    code = "unauthorized"
    http_status = 401


def error_response(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    body: dict[str, Any] = {"error": {"code": code, "message": message, **extra}}
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers)


def _describe(errors: list[dict[str, Any]]) -> str:
    parts = []
    for err in errors[:3]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "request"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(FlashpointError)
    async def _flashpoint_error(_request: Request, exc: FlashpointError) -> JSONResponse:
        return error_response(exc.http_status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        broken = [err for err in exc.errors() if err.get("type") == "json_invalid"]
        if broken:
            where = broken[0].get("ctx", {}).get("error", "")
            detail = f" ({where})" if where else ""
            return error_response(422, "validation", f"the request body is not valid JSON{detail}")
        fields = [
            {"loc": [str(p) for p in err.get("loc", ())], "msg": str(err.get("msg", ""))}
            for err in exc.errors()
        ]
        return error_response(422, "validation", _describe(list(exc.errors())), fields=fields)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        return error_response(exc.status_code, code, message)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error in request", exc_info=exc)
        return error_response(500, "internal", "internal server error (see the server log)")


async def send_json_error(send: Send, status: int, code: str, message: str) -> None:
    """The API's JSON error, sent from raw ASGI middleware that runs before FastAPI's handlers."""
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
