"""Handing a page's body to a columnar walk before it is decoded into typed models.

A walk's fetch goes through the generated operation, which decodes the body with
`types.loads_json` and builds the typed page. While `capture()` is active (set only by
a columnar walk, around its own fetches), `loads_json` raises `RawBody` with the bytes
instead. It derives from BaseException so that no `except Exception` on the way (the
operation's lenient parsing, a helper's checks) takes it for a failure; the columnar
walk catches it around the fetch and reads the bytes with pyarrow's JSON reader (C++),
several times faster than decoding into Python objects first.

Imported by every package's `types.py`, so it imports nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_CAPTURING: ContextVar[bool] = ContextVar("vision_api_columnar_capture", default=False)


class RawBody(BaseException):
    """The body of a page, handed to the columnar walk that asked for it."""

    def __init__(self, content: bytes) -> None:
        super().__init__("raw page body")
        self.content = content


def capturing() -> bool:
    return _CAPTURING.get()


@contextmanager
def capture() -> Iterator[None]:
    token = _CAPTURING.set(True)
    try:
        yield
    finally:
        _CAPTURING.reset(token)
