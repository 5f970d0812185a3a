"""Contains some shared types for properties"""

from collections.abc import Callable, Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum
from http import HTTPStatus
from types import MappingProxyType
from typing import IO, TYPE_CHECKING, BinaryIO, Generic, Literal, TypeVar

if TYPE_CHECKING:
    from uuid import UUID

import json
from datetime import datetime
from typing import Any

import msgspec
from attrs import define

from ._runtime.columnar.capture import RawBody, capturing

_DECODE = msgspec.json.Decoder().decode


def loads_json(content: bytes) -> Any:
    """Decode a JSON response body: msgspec (C, 2-3x faster than the standard library, and
    exact for integers of any size, which orjson turns into floats beyond 64 bits), the
    standard library for what it refuses (NaN and Infinity, which some servers send).
    A columnar walk reading its pages itself takes the bytes instead (see `capture.py`)."""
    if capturing():
        raise RawBody(content)
    try:
        return _DECODE(content)
    except msgspec.DecodeError:
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


_Parsed = TypeVar("_Parsed")


def parse_strictly(from_dict: Callable[[Any], _Parsed], src: Any) -> _Parsed:
    """`from_dict(src)` with strict parsing on: what `strict_parsing()` does, without the
    generator-based context manager, which costs more than a small model's whole parse."""
    token = _STRICT.set(True)
    try:
        return from_dict(src)
    finally:
        _STRICT.reset(token)


_E = TypeVar("_E", bound=Enum)


def enum_member(cls: type[_E], value: Any) -> _E:
    """`cls(value)`: a dict lookup for a listed value (calling the enum class costs 5-10x
    more); an unlisted one goes through the class, whose `_missing_` keeps it."""
    member = cls._value2member_map_.get(value)
    return member if member is not None else cls(value)  # type: ignore[return-value]


# UUIDs seen lately: pages repeat the same dataset, status and user IDs on every item,
# and a dict lookup costs a twentieth of `UUID(...)`. UUIDs are immutable, so sharing
# one is safe; the cache is emptied when full, so it stays small (under 1 MiB).
_UUIDS: "dict[str, UUID]" = {}
_UUIDS_MAX = 4096


def parse_uuid(value: Any) -> "UUID":
    """`UUID(value)`, from the cache of recently seen IDs when it is there."""
    try:
        return _UUIDS[value]
    except (KeyError, TypeError):
        pass
    from uuid import UUID  # noqa: PLC0415 - `uuid` imports `platform`: only APIs with UUIDs pay for it

    uuid = UUID(value)
    if len(_UUIDS) >= _UUIDS_MAX:
        _UUIDS.clear()
    _UUIDS[value] = uuid
    return uuid


def parse_datetime(value: Any) -> datetime:
    """A datetime field: `fromisoformat`, read as the fast decoder (_runtime/fastdecode.py,
    msgspec) reads it, so a page gives the same datetimes whichever path read it. The two
    differ only past microseconds, where msgspec rounds and `fromisoformat` truncates: such
    a value is rounded here too. RFC 3339 allows a lowercase "t" and "z", which
    `fromisoformat` does not."""
    parsed = datetime.fromisoformat(value.upper())
    # "YYYY-MM-DDTHH:MM:SS.fffffff" is 27 characters: anything shorter has no 7th digit.
    if len(value) > 26 and (dot := value.find(".", 19)) != -1:
        fraction = value[dot + 1 : dot + 12]
        if len(fraction) - len(fraction.lstrip("0123456789")) > 6:
            return _rounded(value, parsed)
    return parsed


def _rounded(value: str, parsed: datetime) -> datetime:
    try:
        import msgspec  # noqa: PLC0415 - rare: sub-microsecond timestamps only

        return msgspec.convert(value, datetime)
    except (ImportError, ValueError):
        return parsed


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


def status_of(code: int) -> HTTPStatus | int:
    """The answer's status as an `HTTPStatus`, or the plain number for one the standard
    does not name (a server's 299 is still a success, not a crash)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


__all__ = [
    "NO_UNPARSED",
    "UNSET",
    "enum_member",
    "status_of",
    "parse_strictly",
    "parse_uuid",
    "parsing_strictly",
    "strict_parsing",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
]
