"""A walk of any list operation of a vendor whose lists share one page shape (Hasty's
`{meta: {total}, items}`): the spec names the shape once (`x-walk-any`), and
generation writes the vendor's `iter_items(client, operation, *path, **params)`."""

from __future__ import annotations

import inspect
import typing
from collections.abc import Mapping
from types import ModuleType
from typing import Any

from . import filters
from .errors import ParameterError
from .walks import OffsetList, WalkOptions


def any_list(
    operation: ModuleType, params: Mapping[str, Any], *, items: str, total: str
) -> tuple[OffsetList[Any], WalkOptions, dict[str, Any]]:
    """The walk's table entry, options and filters, for an operation checked to be a
    list of that shape (offset and limit, the items and the total where the spec says)."""
    call = getattr(operation, "sync", None)
    answer = typing.get_type_hints(call).get("return") if callable(call) else None
    takes = inspect.signature(call).parameters.keys() if callable(call) else set()
    fields = {items.split(".")[0], total.split(".")[0]}
    if not fields <= set(getattr(answer, "__annotations__", ())) or not {"offset", "limit"} <= takes:
        name = getattr(operation, "__name__", operation)
        raise ParameterError("operation", f"{name} is not a list of {items} with a {total}")
    options, query = filters.split(operation, params)
    return OffsetList(operation, items=items, total=total), options, query
