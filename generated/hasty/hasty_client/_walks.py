"""The Hasty lists as walks: which operations are `{meta, items}` lists, and their
filters checked (and enum names made members) before any request."""

from __future__ import annotations

import inspect
import typing
from collections.abc import Mapping
from enum import Enum
from types import ModuleType
from typing import Any

from ._runtime.errors import ParameterError, ParameterTypeError
from ._runtime.walks import OffsetList, WalkOptions


def entry(operation: ModuleType, unit: str) -> OffsetList[Any]:
    """The table entry of a Hasty list: items in `items`, the total in `meta.total`. No
    page maximum: the page states none; a server that clamps sends fewer, the walk follows."""
    return OffsetList(operation, items="items", total="meta.total", unit=unit)


def walkable(operation: ModuleType) -> OffsetList[Any]:
    """The entry of an operation a user names (`iter_items`), refused if it is not a
    `{meta, items}` list that takes `offset` and `limit`."""
    call = getattr(operation, "sync", None)
    answer = typing.get_type_hints(call).get("return") if callable(call) else None
    takes = inspect.signature(call).parameters.keys() if callable(call) else set()
    if not {"meta", "items"} <= set(getattr(answer, "__annotations__", ())) or not {"offset", "limit"} <= takes:
        raise ParameterError("operation", f"{getattr(operation, '__name__', operation)} is not a {{meta, items}} list")
    return entry(operation, "items")


def walk_params(operation: ModuleType, params: Mapping[str, Any]) -> tuple[WalkOptions, dict[str, Any]]:
    """A walk's keyword arguments split into its options and the operation's filters;
    an unknown name is refused here (the generated call would raise a TypeError later)."""
    call = operation.sync
    keywords = {p.name for p in inspect.signature(call).parameters.values() if p.kind is p.KEYWORD_ONLY}
    takes = keywords - {"client", "offset", "limit"}  # the walk sends these itself
    options = {k: v for k, v in params.items() if k in WalkOptions.__annotations__}
    filters = {k: v for k, v in params.items() if k not in options}
    unknown = sorted(filters.keys() - takes)
    if unknown:
        raise ParameterError(unknown[0], f"neither a walk option nor a filter of {operation.__name__.rsplit('.')[-1]}")
    hints = typing.get_type_hints(call)
    return typing.cast(WalkOptions, options), {k: enum_filter(k, v, hints[k]) for k, v in filters.items()}


def enum_filter(name: str, value: Any, hint: Any) -> Any:
    """An enum filter given as its strings (`image_status=["DONE"]`) as the enum members
    the generated call sends (it reads `.value`, which a str has not). The enums are
    open, as in answers: a status the spec does not list yet is sent as given."""
    for kind in typing.get_args(hint):
        listed = typing.get_origin(kind) is list
        member = typing.get_args(kind)[0] if listed else kind
        if not (isinstance(member, type) and issubclass(member, Enum)):
            continue
        if listed and isinstance(value, str):  # a lone name would be sent letter by letter
            raise ParameterTypeError(name, f"expected a list, got {value!r}")
        try:
            return [member(v) for v in value] if listed else member(value)
        except (TypeError, ValueError):
            example = next(iter(member)).value
            raise ParameterError(name, f"expected {'a list of ' * listed}names like {example!r}") from None
    return value
