"""What the sync and async Pictograph helpers share."""

from __future__ import annotations

import enum
import uuid
import weakref
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

import httpx

from ._envelopes import ListPage
from ._runtime.errors import ConflictError, ParameterError
from ._runtime.http import VendorInfo
from ._runtime.polling import JobSpec
from ._runtime.validate import check_int, check_optional_str, check_str
from .api.exports import (
    delete_export,
    delete_export_in_dataset,
    get_export,
    get_export_download_url,
    get_export_download_url_in_dataset,
    get_export_in_dataset,
)
from .client import AuthenticatedClient
from .models import CreateExportRequest, Export, ExportStatus, ExportSummary
from .types import UNSET, Unset

T = TypeVar("T")

VENDOR = VendorInfo(package="pictograph_client", distribution="pictograph-client", env_prefix="PICTOGRAPH")
DEFAULT_BASE_URL = "https://api.pictograph.io"
API_KEY_HEADER = "X-API-Key"
# The vendor's own SDK waits 300 s by default; exports of large datasets take longer.
DEFAULT_WAIT_TIMEOUT = 1800.0


def name(parameter: str, value: object) -> str:
    """A dataset or export name. Any character goes (it is percent-encoded), except
    the two names a URL path cannot carry as a segment."""
    text = check_str(parameter, value)
    if text in (".", ".."):
        raise ParameterError(parameter, f"{text!r} cannot be addressed: URL paths resolve it as a dot segment")
    return text


def create_request(
    dataset_name: str,
    export_name: str,
    include_images: bool,
    class_filter: Sequence[str] | None,
    status_filter: str | None,
) -> CreateExportRequest:
    if not isinstance(include_images, bool):
        raise ParameterError("include_images", f"expected a bool, got {type(include_images).__name__}")
    classes: list[str] | Unset = UNSET
    if class_filter is not None:
        if isinstance(class_filter, str):
            raise ParameterError("class_filter", "expected a list of class names, got a single string")
        classes = [check_str("class_filter", c) for c in class_filter]
    status = check_optional_str("status_filter", status_filter)
    return CreateExportRequest(
        dataset_name=name("dataset_name", dataset_name),
        name=name("name", export_name),
        include_images=include_images,
        class_filter=classes,
        status_filter=UNSET if status is None else status,
    )


def idempotency_key() -> str:
    # One key per create call, sent again by every retry of it: the API can tell a
    # retry from a second create.
    return str(uuid.uuid4())


def existing_export(existing: Export, request: CreateExportRequest, conflict: ConflictError) -> Export:
    """A create answered 409 and the caller said `exist_ok=True`: the export of that name
    is theirs to reuse when it was asked for with the same settings. Another export
    under the name is still the caller's conflict.

    (A create retried after a lost answer never gets here: its idempotency key makes
    the server answer the first create again.)"""
    wanted = [] if isinstance(request.class_filter, Unset) else sorted(request.class_filter)
    found = existing.class_filter if isinstance(existing.class_filter, list) else []
    images = existing.include_images if isinstance(existing.include_images, bool) else False
    if images == request.include_images and sorted(found) == wanted:
        return existing
    raise conflict


class PathForm(enum.Enum):
    """How a server addresses one export (see the generations in `specs/pictograph.yaml`)."""

    PAGE = "/exports/{dataset_name}/{export_name}"
    QUERY = "/exports/{export_name}?dataset={dataset_name}"


# What each client learned about its server, kept for the client's life only. Keyed on
# its sync httpx client: the generated client is an unhashable attrs class.
_learned: weakref.WeakKeyDictionary[httpx.Client, PathForm] = weakref.WeakKeyDictionary()


def path_forms(client: AuthenticatedClient) -> tuple[PathForm, ...]:
    """The forms to try, in order: the one this client's server answered before, else
    the page's, then the current servers'. Only a 404 moves on to the next form."""
    known = _learned.get(client.get_httpx_client())
    return (known,) if known is not None else (PathForm.PAGE, PathForm.QUERY)


def learn(client: AuthenticatedClient, form: PathForm) -> None:
    _learned[client.get_httpx_client()] = form


def export_request(form: PathForm, dataset_name: str, export_name: str) -> dict[str, Any]:
    if form is PathForm.PAGE:
        return get_export.request_kwargs(dataset_name, export_name)
    return get_export_in_dataset.request_kwargs(export_name, dataset=dataset_name)


def download_request(form: PathForm, dataset_name: str, export_name: str) -> dict[str, Any]:
    if form is PathForm.PAGE:
        return get_export_download_url.request_kwargs(dataset_name, export_name)
    return get_export_download_url_in_dataset.request_kwargs(export_name, dataset=dataset_name)


def delete_request(form: PathForm, dataset_name: str, export_name: str) -> dict[str, Any]:
    if form is PathForm.PAGE:
        return delete_export.request_kwargs(dataset_name, export_name)
    return delete_export_in_dataset.request_kwargs(export_name, dataset=dataset_name)


def operation_name(kwargs: dict[str, Any]) -> str:
    return f"{str(kwargs['method']).upper()} {kwargs['url']}"


# The vendor's SDKs ask for 100; current servers cap a page at 1000.
DEFAULT_PAGE_SIZE = 100


def page_size(value: int) -> int:
    return check_int("page_size", value, minimum=1, maximum=1000)


class ListWalk:
    """Where the next page of `list_exports` starts, whatever the server's generation.

    `pagination.has_more` decides when a server sends it (a page shorter than asked
    for is then a capped page, not the last); else a `total`; else a full page means
    there may be more. Servers that do not page ignore `limit`/`offset` and answer the
    whole list every time: a page that brings no new export ends the walk.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.offset: int | None = 0
        self._seen: set[str] = set()

    def take(self, page: ListPage) -> list[ExportSummary]:
        """The exports of `page` not seen before; moves `offset` on (None: the walk is over)."""
        fresh = [item for item in page.items if str(item.id) not in self._seen]
        self._seen.update(str(item.id) for item in fresh)
        start = self.offset or 0
        if not fresh:
            more = False
        elif page.has_more is not None:
            more = page.has_more
        elif page.total is not None:
            more = start + len(page.items) < page.total
        else:
            more = len(page.items) == self.size
        self.offset = start + len(page.items) if more else None
        return fresh


class FirstThen(Generic[T]):
    """A status already in hand, handed out once before any new read: a wait that
    starts from it does not read the status again without the poll gap."""

    def __init__(self, first: T | None) -> None:
        self._first = first

    def take(self) -> T | None:
        first, self._first = self._first, None
        return first


def export_job(dataset_name: str, export_name: str) -> JobSpec[Export]:
    return JobSpec(
        job_id=f"{dataset_name}/{export_name}",
        is_done=lambda s: s.status == ExportStatus.COMPLETED,
        failure=lambda s: (
            (s.error_message if isinstance(s.error_message, str) else None) or "no reason given"
            if s.status == ExportStatus.FAILED
            else None
        ),
        describe=lambda s: str(s.status),
    )


def status_filter(value: ExportStatus | str | None) -> ExportStatus | Unset:
    if value is None:
        return UNSET
    known = [s.value for s in ExportStatus]
    if value not in known:  # ExportStatus() itself accepts new vendor values: not what a filter wants
        raise ParameterError("status", f"expected one of {', '.join(known)}, got {value!r}")
    return ExportStatus(value)
