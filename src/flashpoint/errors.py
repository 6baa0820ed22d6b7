"""The coded error catalogue: every user-facing failure has a code and a one-line message.

``FlashpointError`` subclasses map to CLI exit code 2 and to HTTP 4xx responses.
"""

from __future__ import annotations


class FlashpointError(Exception):
    """Base of all errors caused by input or configuration (never a bug): one line, no traceback."""

    code = "error"
    http_status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(FlashpointError):
    code = "bad_input"


class EmptyInput(InputError):
    code = "empty"


class BinaryInput(InputError):
    code = "binary"


class TooLarge(InputError):
    code = "too_large"
    http_status = 413


class EncodingProblem(InputError):
    code = "encoding"


class MalformedRecord(InputError):
    code = "malformed"


class FetchError(InputError):
    code = "fetch_failed"
    http_status = 422


class ForbiddenTarget(InputError):
    code = "forbidden_target"
    http_status = 403


class NotFound(FlashpointError):
    code = "not_found"
    http_status = 404


class ConfigError(FlashpointError):
    code = "config"
