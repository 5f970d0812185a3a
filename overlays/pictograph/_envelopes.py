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

import httpx

from ._runtime.errors import ResponseValidationError
from ._runtime.lenient import check_parsed, empty_body, parse_failure
from .models import DownloadUrl, Export, ExportListEnvelope, ExportSummary, Pagination
from .types import loads_json

M = TypeVar("M")

# Keys that wrap one object or one list; a bare record of the page never has them.
_OBJECT_KEYS = ("data", "export")
_LIST_KEYS = ("data", "exports")


def _body(operation: str, response: httpx.Response) -> Any:
    if not response.content:
        raise empty_body(operation, "a JSON body", response)
    try:
        return loads_json(response.content)
    except ValueError as error:
        raise parse_failure(operation, error, response) from error


def _model(operation: str, response: httpx.Response, build: Callable[[Any], M]) -> M:
    body = _body(operation, response)
    if isinstance(body, Mapping):
        body = next((body[key] for key in _OBJECT_KEYS if isinstance(body.get(key), Mapping)), body)
    try:
        parsed = build(body)
    except Exception as error:
        raise parse_failure(operation, error, response) from error
    check_parsed(operation, parsed, response)
    return parsed


def export(response: httpx.Response) -> Export:
    return _model("get_export", response, Export.from_dict)


def download_url(response: httpx.Response) -> DownloadUrl:
    return _model("get_export_download_url", response, DownloadUrl.from_dict)


def _invalid(problem: str, response: httpx.Response, where: str = "") -> ResponseValidationError:
    return ResponseValidationError(
        "list_exports", where, problem, status_code=response.status_code, body=response.content
    )


def export_page(response: httpx.Response, seen: set[str]) -> ExportListEnvelope:
    """One answer of `list_exports` as the current servers' envelope, holding only the
    exports not in `seen` (and adds them to it).

    A bare list is the page's, which is not paged: there is no more after it. A server
    that ignores `offset` answers the same exports again: a page of none new ends the walk.
    """
    body = _body("list_exports", response)
    pagination: Any = {"has_more": False}
    raw: Any = body
    if isinstance(body, Mapping):
        raw = next((body[key] for key in _LIST_KEYS if isinstance(body.get(key), list)), None)
        if raw is None:
            keys = ", ".join(sorted(map(str, body))) or "none"
            raise _invalid(f"expected a list of exports, bare or under 'data' or 'exports'; got an object with keys {keys}", response)
        pagination = body.get("pagination") if isinstance(body.get("pagination"), Mapping) else body
    if not isinstance(raw, list):
        raise _invalid(f"expected a list of exports, got {type(raw).__name__}", response)
    fresh: list[ExportSummary] = []
    for index, item in enumerate(raw):
        try:
            summary = ExportSummary.from_dict(item)
        except Exception as error:
            raise _invalid(str(error), response, f"[{index}]") from error
        if str(summary.id) not in seen:
            seen.add(str(summary.id))
            fresh.append(summary)
    return ExportListEnvelope(
        data=fresh, pagination=Pagination(total=pagination.get("total"), has_more=pagination.get("has_more"))
    )
