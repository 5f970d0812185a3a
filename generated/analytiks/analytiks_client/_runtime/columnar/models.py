"""Which Arrow schema a walk's items have: the package's generated `_arrow_schemas`,
found by the item's model class, and the page envelopes that carry those items."""

from __future__ import annotations

import importlib
import re
from typing import Any

import attrs

from .schema import Description, has_json

PACKAGE = __name__.split(".")[0]  # the runtime is copied to <package>/_runtime/columnar


def normalize(name: str) -> str:
    """As `scripts/arrow_schemas.py` folds schema names, so class names find them."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def generated() -> dict[str, Description]:
    module = importlib.import_module(f"{PACKAGE}._arrow_schemas")
    schemas: dict[str, Description] = module.SCHEMAS
    return schemas


def description_of(item: Any) -> Description | None:
    """The spec's schema of a typed item; None for a plain dict or a model the spec
    does not describe (its columns are then read from the values)."""
    return generated().get(normalize(type(item).__name__))


@attrs.frozen
class Envelope:
    """Where a page's items, total and has-more flag sit in the page's JSON."""

    description: Description  # the page, with the item list and its counters only
    whole: Description | None  # every field the spec gives the page (None: some are free-form)
    items: str
    total: tuple[str, ...] | None
    has_more: str | None


def _counter(description: Description, kind: str, words: tuple[str, ...]) -> tuple[str, ...] | None:
    for name, field_kind, _ in description:
        if field_kind == kind and any(w in name.lower() for w in words):
            return (name,)
    for name, field_kind, _ in description:  # one level down: Hasty's {meta: {total}}
        if isinstance(field_kind, list) and field_kind[0] == "struct":
            inner = _counter(field_kind[1], kind, words)
            if inner is not None:
                return (name, *inner)
    return None


def _only(page: Description, path: tuple[str, ...]) -> list[Any] | None:
    """The field at the head of `path`, cut down to what leads to its end (so that a
    free-form sibling of a counter, such as Hasty's `meta.search_parameters`, is not read)."""
    for name, kind, nullable in page:
        if name == path[0]:
            if len(path) == 1:
                return [name, kind, nullable]
            inner = _only(kind[1], path[1:])
            return [name, ["struct", [inner]], nullable] if inner is not None else None
    return None


def envelope_of(item: Description) -> Envelope | None:
    """The one page schema whose item list holds `item`, when there is exactly one."""
    found: list[Envelope] = []
    for page in generated().values():
        lists = [f for f in page if f[1] == ["list", ["struct", item]]]
        if len(lists) != 1:
            continue
        total = _counter(page, "int64", ("total", "count"))
        more = _counter(page, "bool", ("has_more", "hasmore"))
        kept = [lists[0], *(f for p in (total, more) if p is not None and (f := _only(page, p)) is not None)]
        flag = more[0] if more is not None and len(more) == 1 else None
        found.append(Envelope(kept, None if has_json(page) else page, lists[0][0], total, flag))
    return found[0] if len(found) == 1 else None


def row_of(item: Any) -> Any:
    """An item as the JSON it came from: what the column types describe (None for a
    null in the list, which a lenient page keeps, or an item that cannot be written
    back: it has no row, and the caller warns)."""
    if isinstance(item, dict) or item is None:
        return item
    to_dict = getattr(item, "to_dict", None)
    if to_dict is not None:
        try:
            return to_dict()
        except (AttributeError, TypeError, ValueError):  # a leniently read item whose raw values do not write
            return None
    if attrs.has(type(item)):
        return attrs.asdict(item)
    msgspec = importlib.import_module("msgspec")  # the export records of Scopix
    return msgspec.to_builtins(item)
