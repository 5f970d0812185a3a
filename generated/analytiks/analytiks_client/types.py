"""Contains some shared types for properties"""

import json
from collections.abc import Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from contextvars import ContextVar
from http import HTTPStatus
from types import MappingProxyType
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define

from ._runtime.columnar.capture import RawBody, capturing

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is a dependency; this keeps a broken install working
    orjson = None  # type: ignore[assignment]


def loads_json(content: bytes) -> Any:
    """Decode a JSON response body: orjson when it can (2-3x faster than the standard
    library), the standard library for what orjson refuses (NaN, integers beyond 64 bits).
    A columnar walk reading its pages itself takes the bytes instead (see `capture.py`)."""
    if capturing():
        raise RawBody(content)
    if orjson is not None:
        try:
            return orjson.loads(content)
        except orjson.JSONDecodeError:
            pass
    return json.loads(content)


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# A model's `unparsed` when every field was read as documented (shared, read-only).
NO_UNPARSED: Mapping[str, Any] = MappingProxyType({})

# Set while a union tries its shapes: a model that does not fit raises instead of reading
# leniently, so the next shape gets its turn.
_STRICT: ContextVar[bool] = ContextVar("vision_api_strict_parsing", default=False)


def parsing_strictly() -> bool:
    return _STRICT.get()


@contextmanager
def strict_parsing() -> Iterator[None]:
    token = _STRICT.set(True)
    try:
        yield
    finally:
        _STRICT.reset(token)


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


__all__ = [
    "NO_UNPARSED",
    "UNSET",
    "parsing_strictly",
    "strict_parsing",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
]
