"""Logging through `logging`, off unless switched on; every line redacted.

`<PREFIX>_LOG` or `VISION_API_LOG` = debug | info switches the package's logging to
stderr on (console commands show retries and waits at info without being asked).
Whatever the handlers, the package's own records and httpx's (which name signed
storage URLs, `signature=` and all) pass through a filter that redacts URLs and the
secrets it is told about, so no handler anywhere, the user's own included, sees them.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable

from .progress import print_above
from .redact import redact_text, scrub

LOG_ENV = "VISION_API_LOG"
# httpx logs each request at info, with its full URL.
HTTPX_LOGGERS = ("httpx",)


def get_logger(package: str) -> logging.Logger:
    return logging.getLogger(package)


class RedactingFilter(logging.Filter):
    """Rewrites a record's message with URLs redacted and the given secrets removed."""

    def __init__(self, secrets: Callable[[], Iterable[str]] = tuple) -> None:
        super().__init__()
        self.secrets = secrets

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = scrub(redact_text(message), self.secrets())
        if clean != message:
            record.msg, record.args = clean, None
        return True


class LineHandler(logging.Handler):
    """Writes each record as a line on stderr above any progress bar shown."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            print_above(self.format(record))
        except Exception:  # a log line must never break the work it describes
            self.handleError(record)


def redact_logs(package: str) -> None:
    """Put the redacting filter on the package's logger and on httpx's (once each).

    Logger filters run before any handler, propagated ones included, and the record
    they rewrite is the one every handler gets.
    """
    for name in (package, *HTTPX_LOGGERS):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in logger.filters):
            logger.addFilter(RedactingFilter())


def show_on_stderr(package: str, level: int, prefix: str = "%(asctime)s %(name)s %(levelname)s ") -> LineHandler:
    """Send the package's records at `level` and above to stderr (one handler, however often called)."""
    redact_logs(package)
    logger = get_logger(package)
    if logger.level == logging.NOTSET or logger.level > level:
        logger.setLevel(level)
    for handler in logger.handlers:
        if isinstance(handler, LineHandler):
            return handler
    handler = LineHandler()
    handler.setFormatter(logging.Formatter(prefix + "%(message)s"))
    logger.addHandler(handler)
    return handler


def configure_from_env(package: str, env_prefix: str) -> None:
    """Redact every log line, and switch logging to stderr on when the environment asks."""
    redact_logs(package)
    level_name = os.environ.get(f"{env_prefix}_LOG") or os.environ.get(LOG_ENV)
    if not level_name:
        return
    level = logging.getLevelName(level_name.upper())
    if isinstance(level, int):
        get_logger(package).setLevel(level)
        show_on_stderr(package, level)
