"""Logging through `logging`, off unless switched on by an environment variable."""

from __future__ import annotations

import logging
import os
import sys

LOG_ENV = "VISION_API_LOG"


def get_logger(package: str) -> logging.Logger:
    return logging.getLogger(package)


def configure_from_env(package: str, env_prefix: str) -> None:
    """`<PREFIX>_LOG` or `VISION_API_LOG` = debug | info switches logging to stderr on."""
    level_name = os.environ.get(f"{env_prefix}_LOG") or os.environ.get(LOG_ENV)
    if not level_name:
        return
    level = logging.getLevelName(level_name.upper())
    if not isinstance(level, int):
        return
    logger = get_logger(package)
    logger.setLevel(level)
    if not any(getattr(h, "_vision_api", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler._vision_api = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
