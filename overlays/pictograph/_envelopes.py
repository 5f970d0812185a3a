"""Reading any server generation's answer into the page's models.

The page shows bare objects; legacy servers wrap them as `{"export": ...}` /
`{"exports": [...]}`, current servers as `{"data": ...}` with `pagination` on lists
(see the generations table in `specs/pictograph.yaml`). The generated operations
parse each documented shape as a union, but a lenient model parse accepts any object,
so a union cannot tell the shapes apart: the helpers read the body here instead,
recognising each envelope by its key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
import httpx

from ._runtime.errors import ResponseValidationError
from ._runtime.lenient import check_parsed, empty_body, parse_failure
from .models import DownloadUrl, Export, ExportCreated, ExportSummary
from .types import loads_json

M = TypeVar("M")

# Keys that wrap one object or one list; a bare record of the page never has them.
_OBJECT_KEYS = ("data", "export")
_LIST_KEYS = ("data", "exports")


@attrs.frozen
class ListPage:
    """One answer of `list_exports`, whatever its envelope."""

    items: list[ExportSummary]
    has_more: bool | None = None  # None: the server did not say
    total: int | None = None


def _body(operation: str, response: httpx.Response) -> Any:
    if not response.content:
        raise empty_body(operation, "a JSON body", response)
    try:
        return loads_json(response.content)
    except ValueError as error:
        raise parse_failure(operation, error, response) from error


def _inner(body: Any) -> Any:
    if isinstance(body, Mapping):
        for key in _OBJECT_KEYS:
            if isinstance(body.get(key), Mapping):
                return body[key]
    return body


def _model(operation: str, response: httpx.Response, build: Callable[[Any], M]) -> M:
    try:
        parsed = build(_inner(_body(operation, response)))
    except ResponseValidationError:
        raise
    except Exception as error:
        raise parse_failure(operation, error, response) from error
    check_parsed(operation, parsed, response)
    return parsed


def export(operation: str, response: httpx.Response) -> Export:
    return _model(operation, response, Export.from_dict)


def created(response: httpx.Response) -> ExportCreated:
    return _model("create_export", response, ExportCreated.from_dict)


def download_url(operation: str, response: httpx.Response) -> DownloadUrl:
    return _model(operation, response, DownloadUrl.from_dict)


def _optional(value: Any, kind: type[M]) -> M | None:
    # bool is an int: never read a has_more flag as a total, or the other way round.
    if isinstance(value, kind) and (kind is bool or not isinstance(value, bool)):
        return value
    return None


def export_page(response: httpx.Response) -> ListPage:
    operation = "list_exports"
    body = _body(operation, response)
    pagination: Any = {}
    raw: Any = body
    if isinstance(body, Mapping):
        raw = next((body[k] for k in _LIST_KEYS if isinstance(body.get(k), list)), None)
        if raw is None:
            keys = ", ".join(sorted(map(str, body))) or "none"
            problem = f"expected a list of exports, bare or under 'data' or 'exports'; got an object with keys {keys}"
            raise ResponseValidationError(
                operation, "", problem, status_code=response.status_code, body=response.content
            )
        pagination = body.get("pagination") if isinstance(body.get("pagination"), Mapping) else body
    if not isinstance(raw, list):
        problem = f"expected a list of exports, got {type(raw).__name__}"
        raise ResponseValidationError(operation, "", problem, status_code=response.status_code, body=response.content)
    items: list[ExportSummary] = []
    for index, item in enumerate(raw):
        try:
            items.append(ExportSummary.from_dict(item))
        except Exception as error:
            raise ResponseValidationError(
                operation, f"[{index}]", str(error), status_code=response.status_code, body=response.content
            ) from error
    return ListPage(items, _optional(pagination.get("has_more"), bool), _optional(pagination.get("total"), int))
