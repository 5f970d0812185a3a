"""Reading any server generation's answer into the page's models.

The page shows bare objects; legacy servers wrap them as `{"export": ...}` /
`{"exports": [...]}`, current servers as `{"data": ...}` with `pagination` on lists
(see the generations table in `specs/pictograph.yaml`). A lenient model parse accepts
any object, so the generated operations' unions cannot tell these shapes apart: the
helpers read the body here instead, recognising each envelope by its key.
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


def _body(operation: str, response: httpx.Response) -> Any:
    if not response.content:
        raise empty_body(operation, "a JSON body", response)
    try:
        return loads_json(response.content)
    except ValueError as error:
        raise parse_failure(operation, error, response) from error


def _model(operation: str, response: httpx.Response, build: Callable[[Any], M]) -> M:
    body = _body(operation, response)
    if isinstance(body, Mapping):  # a bare record of the page never has these keys
        body = next((body[key] for key in ("data", "export") if isinstance(body.get(key), Mapping)), body)
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


def export_page(response: httpx.Response, seen: set[str]) -> ExportListEnvelope:
    """One answer of `list_exports` in the current servers' envelope, with only the
    exports not in `seen` (added to it): a server that ignores `offset` answers the
    same ones again, and a page of none new ends the walk. A bare list is the page's,
    which is not paged: nothing comes after it."""
    body = _body("list_exports", response)
    raw: Any = body
    pagination: Any = {"has_more": False}
    if isinstance(body, Mapping):
        raw = next((body[key] for key in ("data", "exports") if isinstance(body.get(key), list)), None)
        pagination = body["pagination"] if isinstance(body.get("pagination"), Mapping) else body
        if raw is None:
            keys = ", ".join(sorted(map(str, body))) or "none"
            wanted = "expected a list of exports, bare or under 'data' or 'exports'"
            raise _invalid("", f"{wanted}; got an object with keys {keys}", response)
    if not isinstance(raw, list):
        raise _invalid("", f"expected a list of exports, got {type(raw).__name__}", response)
    fresh: list[ExportSummary] = []
    for index, item in enumerate(raw):
        try:
            summary = ExportSummary.from_dict(item)
        except Exception as error:
            raise _invalid(f"[{index}]", str(error), response) from error
        if str(summary.id) not in seen:
            seen.add(str(summary.id))
            fresh.append(summary)
    more, total = pagination.get("has_more"), pagination.get("total")
    return ExportListEnvelope(data=fresh, pagination=Pagination(total=total, has_more=more))


def _invalid(where: str, problem: str, response: httpx.Response) -> ResponseValidationError:
    return ResponseValidationError(
        "list_exports", where, problem, status_code=response.status_code, body=response.content
    )
