"""Reading responses leniently, and failing clearly when a response cannot be used.

The generated models parse on a fast path; when it fails they parse again field by
field, and a field that cannot be read keeps its raw value (reachable in the model's
`unparsed`) with a warning, once per model and field, so one odd value never costs the
other fields or the rest of a walk. A response whose top-level lists or objects cannot
be read at all is unusable: the endpoint raises `ResponseValidationError` naming the
operation and the field.
"""

from __future__ import annotations

import sys
import threading
import warnings
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
import httpx

from .errors import ResponseValidationError, UnexpectedResponseError, error_from_response

__all__ = [
    "ModelParseError",
    "ResponseFieldWarning",
    "Unparsed",
    "check_parsed",
    "not_an_object",
    "parse_failure",
    "unparsed_field",
]


class ResponseFieldWarning(UserWarning):
    """A field of a response could not be read as documented; its raw value was kept."""


class ModelParseError(Exception):
    """A model could not be built at all (its input is not an object): internal, turned
    into `ResponseValidationError` by the endpoint that was parsing."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}" if field else problem)


@attrs.frozen
class Unparsed:
    """A field kept as the server sent it: `raw`, and why it could not be read."""

    raw: Any
    problem: str
    required: bool
    structural: bool  # a list or an object, which a caller cannot do without


T = TypeVar("T")

_warned: set[tuple[str, str]] = set()
_warned_lock = threading.Lock()


def _describe(error: BaseException) -> str:
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def not_an_object(model: str, value: object) -> ModelParseError:
    return ModelParseError("", f"expected a {model} object, got {type(value).__name__}")


def unparsed_field(
    unparsed: dict[str, Unparsed],
    model: str,
    name: str,
    raw: Any,
    error: BaseException,
    *,
    required: bool,
    structural: bool,
    unset: Any,
) -> Any:
    """The value a model keeps for field `name` that failed to parse: `unset` for an
    optional field that is null (optional means absent or null), the raw value otherwise,
    recorded in `unparsed` and warned about once."""
    if raw is None and not required:
        return unset
    if isinstance(error, ModelParseError) and error.field:
        problem = f"{error.field}: {error.problem}"
    else:
        problem = error.problem if isinstance(error, ModelParseError) else _describe(error)
    unparsed[name] = Unparsed(raw, problem, required, structural)
    _warn_once(model, name, raw, problem)
    return raw


def items_that_are_objects(
    unparsed: dict[str, Unparsed], model: str, name: str, raw: Any, build: Callable[[Any], Any], *, unset: Any
) -> Any:
    """A list of objects read leniently: an item that is no object at all (a null, a
    number) is left out, and the others are kept; the raw list is recorded in `unparsed`
    (not required: the field is usable) so a walk still counts every item the server
    sent, and warned about once. Anything else wrong with the list raises, as before."""
    if raw is unset:  # an optional list, absent
        return unset
    if not isinstance(raw, list):  # a null included: `unparsed_field` reads it as absent where optional
        raise TypeError(f"expected a list, got {type(raw).__name__}")
    items = [build(item) for item in raw if isinstance(item, Mapping)]
    if len(items) < len(raw):
        problem = f"{len(raw) - len(items)} of {len(raw)} items are not objects: left out"
        unparsed[name] = Unparsed(raw, problem, False, False)
        _warn_once(model, name, raw, problem)
    return items


def items_of(value: object, kind: type[T], operation: str, where: str) -> list[T]:
    """The items of a list in a parsed answer that are what the spec says (`kind`): an
    odd one (a null kept by lenient parsing, a bool for a number) is left out with a
    warning, once per operation and field, and the rest are kept; no list reads as empty."""
    items = value if isinstance(value, list) else []
    kept = [item for item in items if isinstance(item, kind) and not (isinstance(item, bool) and kind is not bool)]
    if len(kept) < len(items):
        warn_once((operation, where), f"{operation}: odd items of {where} left out", stacklevel=3)
    return kept


def field(answer: object, path: str | None) -> Any:
    """The value at a dotted path of a model (None when absent), read as liberally as the
    model: a part the model does not declare is looked up in its `additional_properties`
    (a key the server added). One reader for every path a spec names: a page's items and
    total, a job's status, a page's flag."""
    value: Any = answer
    for part in path.split(".") if path else ():
        extra = getattr(value, "additional_properties", None)
        if hasattr(value, part):
            value = getattr(value, part)
        elif isinstance(extra, dict) and part in extra:
            value = extra[part]
        else:
            return None
    return None if path is None else value


def _warn_once(model: str, name: str, raw: Any, problem: str) -> None:
    message = f"{model}.{name}: could not read {_clip(raw)} ({problem}); the raw value is kept (see .unparsed)."
    warn_once((model, name), message + " Warned once per field.", stacklevel=3)


def warn_once(key: tuple[str, str], message: str, *, stacklevel: int) -> None:
    """A `ResponseFieldWarning`, once per process for `key` (one odd field of a page of
    thousands would otherwise say the same thing thousands of times)."""
    with _warned_lock:
        first = key not in _warned
        _warned.add(key)
    if first:
        warnings.warn(message, ResponseFieldWarning, stacklevel=stacklevel + 1)


def _clip(raw: Any) -> str:
    text = repr(raw)
    return text if len(text) <= 80 else text[:77] + "..."


def check_parsed(operation: str, result: Any, response: httpx.Response) -> None:
    """Hold the top of a parsed response to its schema where the client relies on it.

    Items deep in a page are read leniently (see above). The response's own fields
    (and those of objects directly inside it, like a page's `meta`) are what helpers
    compute with: a required one that is missing or of the wrong scalar type makes
    the response unusable (`ResponseValidationError`); an optional one of the wrong
    type is treated as absent, with a warning. One check per response: cheap.
    """
    _check_model(operation, result, response, "", depth=0)


def _check_model(operation: str, model: Any, response: httpx.Response, prefix: str, depth: int) -> None:
    if not attrs.has(type(model)):
        return
    unparsed: Mapping[str, Unparsed] = getattr(model, "unparsed", {})
    for name, field in unparsed.items():
        if field.required:
            raise ResponseValidationError(
                operation, prefix + name, field.problem, status_code=response.status_code, body=response.content
            )
    for name, kinds, required in _scalar_fields(type(model)):
        value = getattr(model, name)
        if isinstance(value, kinds) and not (isinstance(value, bool) and bool not in kinds):
            continue
        if int in kinds and isinstance(value, float) and value.is_integer():
            continue  # JSON Schema's integer: 1.0 and 1e19 are integers too
        if value is None and not required:
            continue
        if type(value).__name__ == "Unset" and not required:
            continue
        expected = " or ".join(k.__name__ for k in kinds if k.__name__ != "Unset")
        problem = f"expected {expected}, got {type(value).__name__} {_clip(value)}"
        if required:
            raise ResponseValidationError(
                operation, prefix + name, problem, status_code=response.status_code, body=response.content
            )
        kept = dict(unparsed)
        kept[name] = Unparsed(value, problem, False, False)
        setattr(model, name, _unset_of(type(model)))
        model.unparsed = kept
        _warn_once(type(model).__name__, name, value, problem)
    if depth == 0:
        for field in attrs.fields(type(model)):
            value = getattr(model, field.name)
            if attrs.has(type(value)):
                _check_model(operation, value, response, f"{prefix}{field.name}.", depth + 1)


_SCALARS: dict[str, tuple[type, ...]] = {"int": (int,), "float": (int, float), "str": (str,), "bool": (bool,)}


_ScalarFields = tuple[tuple[str, tuple[type, ...], bool], ...]
_scalar_cache: dict[type[Any], _ScalarFields] = {}


def _scalar_fields(cls: type[Any]) -> _ScalarFields:
    """(attribute, accepted types, required) of a model's scalar fields, from the
    annotations openapi-python-client writes (`int`, `float | Unset`, `None | str | Unset`)."""
    cached = _scalar_cache.get(cls)
    if cached is None:
        cached = _scalar_cache[cls] = _read_scalar_fields(cls)
    return cached


def _read_scalar_fields(cls: type[Any]) -> _ScalarFields:
    found = []
    for field in attrs.fields(cls):
        annotation = field.type if isinstance(field.type, str) else getattr(field.type, "__name__", "")
        parts = {part.strip() for part in annotation.split("|")}
        scalars = parts - {"None", "Unset"}
        if not scalars or not scalars <= _SCALARS.keys():
            continue
        kinds = tuple(dict.fromkeys(k for part in sorted(scalars) for k in _SCALARS[part]))
        optional = "Unset" in parts or "None" in parts
        found.append((field.name, kinds, not optional))
    return tuple(found)


def _unset_of(cls: type) -> Any:
    module = sys.modules[cls.__module__]
    types_module = sys.modules[module.__name__.rsplit(".models", 1)[0] + ".types"]
    return types_module.UNSET


def parse_failure(operation: str, error: BaseException, response: httpx.Response) -> ResponseValidationError:
    """The error for a success response whose body could not be parsed at all."""
    if isinstance(error, ModelParseError):
        return ResponseValidationError(
            operation, error.field, error.problem, status_code=response.status_code, body=response.content
        )
    return ResponseValidationError(
        operation, "", _describe(error), status_code=response.status_code, body=response.content
    )


def empty_body(operation: str, expected: str, response: httpx.Response) -> ResponseValidationError:
    return ResponseValidationError(
        operation, "", f"empty body where {expected} was expected", status_code=response.status_code
    )


def unexpected_status(operation: str, response: httpx.Response) -> Exception:
    """An error status reaching the parser (a client built without our hooks): the typed
    `APIError`; anything else that is not a success: `UnexpectedResponseError`."""
    if response.status_code >= 400:
        return error_from_response(response)
    return UnexpectedResponseError(f"{operation}: unexpected HTTP {response.status_code}")
