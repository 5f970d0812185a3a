"""Opening the SQLite files beside a dataset (the manifest, the shared request budget),
which several processes open at once."""

from __future__ import annotations

import functools
import os
import sqlite3
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from ..errors import VisionAPIError

# Switching a new file to WAL takes a lock SQLite does not wait for (its busy timeout
# covers reads and writes, not this): a second process opening it at the same moment
# is refused at once, so the switch is tried again for a while.
_WAL_TRIES = 100
_WAL_PAUSE = 0.02


P = ParamSpec("P")
R = TypeVar("R")


class StoreError(VisionAPIError):
    """A dataset's manifest or budget file could not be opened, read or written
    (locked for longer than a minute, unreadable, the disk full)."""


def store_errors(function: Callable[P, R]) -> Callable[P, R]:
    """`function`, with a failure of the SQLite files it uses raised as a `StoreError`:
    for the public entry points of pulls, so only `VisionAPIError`s leave them."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return function(*args, **kwargs)
        except sqlite3.Error as error:
            raise StoreError(f"{function.__name__}: the dataset's SQLite file failed: {error}") from error

    return wrapper


def open_store(path: str | os.PathLike[str], *, shared_between_threads: bool = False) -> sqlite3.Connection:
    """A connection to the SQLite file at `path` in WAL mode, autocommit (transactions
    are the caller's), waiting up to a minute for other processes' writes."""
    try:
        db = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=not shared_between_threads)
        for attempt in range(_WAL_TRIES):
            try:
                db.execute("pragma journal_mode=wal")
                return db
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or attempt == _WAL_TRIES - 1:
                    raise
                time.sleep(_WAL_PAUSE)
    except sqlite3.Error as error:
        raise StoreError(f"cannot open {os.fspath(path)}: {error}") from error
    raise AssertionError("unreachable")  # the loop returns or raises
