"""The filters of a list operation, checked before its walk sends any request.

A walk passes its filters to the generated operation, whose enum parameters read
`.value`: names given as text (`image_status=["DONE"]`, or one name alone) become the
enum's members here, and a name the operation does not take is refused naming it (the
generated call would raise a bare TypeError later). The enums are open, as in answers: a
value the spec does not list yet is sent as given. Then every filter is checked against
the spec's constraints on it (`request_rules.py`).
"""

from __future__ import annotations

import functools
import inspect
import typing
from collections.abc import Mapping
from enum import Enum
from types import ModuleType
from typing import Any

from . import request_rules
from .errors import ParameterError
from .validate import check_member
from .walks import WalkOptions

__all__ = ["coerce", "split"]

_SENT_BY_THE_WALK = frozenset({"client", "offset", "limit"})


@functools.cache
def _filters(operation: ModuleType) -> dict[str, Any]:
    """The keyword parameters of an operation a walk's caller may give, and their types."""
    call = operation.sync
    hints = typing.get_type_hints(call)
    keywords = [p.name for p in inspect.signature(call).parameters.values() if p.kind is p.KEYWORD_ONLY]
    return {name: hints[name] for name in keywords if name not in _SENT_BY_THE_WALK}


def split(operation: ModuleType, params: Mapping[str, Any]) -> tuple[WalkOptions, dict[str, Any]]:
    """A walk's keyword arguments split into its options and the operation's filters
    (coerced); a name that is neither is refused."""
    options = {k: v for k, v in params.items() if k in WalkOptions.__annotations__}
    filters = {k: v for k, v in params.items() if k not in options}
    unknown = sorted(filters.keys() - _filters(operation).keys())
    if unknown:
        raise ParameterError(unknown[0], f"neither a walk option nor a filter of {operation.__name__.rsplit('.')[-1]}")
    return typing.cast(WalkOptions, options), coerce(operation, filters)


def coerce(operation: ModuleType, filters: Mapping[str, Any], *, closed: bool = False) -> dict[str, Any]:
    """The filters as the operation sends them: enum names given as text made members,
    each checked against the spec, those given as None left out. `closed` (a walk's
    `x-walk` says so): an enum value the spec does not list is refused, not sent."""
    hints = _filters(operation)
    members = {name: _enum_filter(name, value, hints[name], closed) for name, value in filters.items()}
    checked = request_rules.check(operation.__name__.rsplit(".", 1)[-1], members)
    return {name: value for name, value in checked.items() if value is not None}  # None: not sent


def _enum_filter(name: str, value: Any, hint: Any, closed: bool = False) -> Any:
    if value is None:  # not sent, as by the generated operation
        return value
    for kind in typing.get_args(hint):
        listed = typing.get_origin(kind) is list
        member = typing.get_args(kind)[0] if listed else kind
        if not (isinstance(member, type) and issubclass(member, Enum)):
            continue
        if listed and isinstance(value, str):  # one name alone, not a list of its letters
            value = [value]
        if closed:
            return [check_member(name, v, member) for v in value] if listed else check_member(name, value, member)
        try:
            return [member(v) for v in value] if listed else member(value)
        except (TypeError, ValueError):
            example = next(iter(member)).value
            raise ParameterError(name, f"expected {'a list of ' * listed}names like {example!r}") from None
    return value
