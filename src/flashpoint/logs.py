"""Logging set-up shared by the CLI and the server: messages say what happened, on stderr."""

from __future__ import annotations

import logging


def setup_logging(verbosity: int = 0) -> None:
    level = logging.WARNING if verbosity <= 0 else logging.INFO if verbosity == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
