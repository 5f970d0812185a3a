"""Hasty argument checks and request shapes, for the helpers and the CLI."""

from __future__ import annotations

import inspect
import os
import typing
from collections.abc import Callable, Iterator, Mapping, Sequence
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple, TypeVar
from uuid import UUID

from ._runtime.errors import ParameterError, ParameterTypeError, UnexpectedResponseError
from ._runtime.http import VendorInfo
from ._runtime.polling import JobSpec
from ._runtime.validate import check_str
from ._runtime.walks import OffsetList, WalkOptions
from .models import (
    CreateExportRequest,
    CreateLabelRequest,
    ExportFormat,
    Job,
    LabelRef,
    UpdateLabelRequest,
    UploadUrlList,
)
from .types import UNSET, Unset

VENDOR = VendorInfo(package="hasty_client", distribution="hasty-client", env_prefix="HASTY")
DEFAULT_BASE_URL = "https://api.hasty.ai"
API_KEY_HEADER = "X-Api-Key"
# The page states no batch maximum; the vendor's public client sends at most 100 labels.
LABEL_BATCH = 100
UPLOAD_URL_BATCH = 50  # `count` of the upload-URL operation is 1..50 (spec)
DEFAULT_WAIT_TIMEOUT = 1800.0
T = TypeVar("T")
LabelT = TypeVar("LabelT", CreateLabelRequest, UpdateLabelRequest)


def listing(operation: ModuleType, unit: str = "items") -> OffsetList[Any]:
    """The walk of a `{meta, items}` list operation, refused here if it is not one. No
    page maximum: the page states none; a server that clamps sends fewer, the walk follows."""
    call = getattr(operation, "sync", None)
    answer = typing.get_type_hints(call).get("return") if callable(call) else None
    takes = inspect.signature(call).parameters.keys() if callable(call) else set()
    if not {"meta", "items"} <= set(getattr(answer, "__annotations__", ())) or not {"offset", "limit"} <= takes:
        raise ParameterError("operation", f"{getattr(operation, '__name__', operation)} is not a {{meta, items}} list")
    return OffsetList(operation, items="items", total="meta.total", unit=unit)


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


def uuid(name: str, value: object) -> UUID:
    if isinstance(value, UUID):
        return value
    if isinstance(value, str):
        try:
            return UUID(value)
        except ValueError:
            raise ParameterError(name, f"not an id: {value!r}") from None
    raise ParameterTypeError(name, f"expected a UUID or str, got {type(value).__name__}")


def export_request(
    fmt: ExportFormat | str, export_name: str | None, dataset_ids: Sequence[UUID | str] | None
) -> CreateExportRequest:
    known = [f.value for f in ExportFormat]
    if fmt not in known:  # an unknown value (even as an ExportFormat pseudo-member) is not sent
        raise ParameterError("format", f"expected one of {', '.join(known)}, got {fmt!r}")
    return CreateExportRequest(
        format_=ExportFormat(fmt),
        export_name=optional(export_name),
        dataset_id=UNSET if dataset_ids is None else [uuid("dataset_ids", d) for d in dataset_ids],
    )


def job_spec(job_id: UUID, describe: Callable[[Any], str] = lambda s: str(s.status)) -> JobSpec[Any]:
    def failure(status: Any) -> str | None:
        if str(status.status).upper() != "FAILED":
            return None
        extra = getattr(getattr(status, "meta", None), "additional_properties", {})
        return str(extra.get("error") or "the job failed")

    done = ("DONE", "COMPLETED")  # exports say DONE, automated labeling jobs COMPLETED
    return JobSpec(str(job_id), is_done=lambda s: str(s.status).upper() in done, failure=failure, describe=describe)


def labeling_progress(status: Any) -> str:
    progress = status.progress if isinstance(status.progress, float | int) else None
    return f"{status.status}" + (f" {progress:.0%}" if progress is not None else "")


def export_url(job: Job) -> str:
    url = None if isinstance(job.meta, Unset) else job.meta.url
    if not isinstance(url, str) or not url:
        raise UnexpectedResponseError(f"export {job.id} is {job.status} but has no download URL")
    return url


def check_label(index: int, label: LabelT, kind: type[LabelT]) -> LabelT:
    """Geometry the API would refuse, refused here with the label's position in the list;
    an update must name its label (by `id`, or `label_id` as the vendor's code sends)."""
    where = f"labels[{index}]"
    if not isinstance(label, kind):
        raise ParameterTypeError(where, f"expected {kind.__name__}, got {type(label).__name__}")
    if isinstance(label, UpdateLabelRequest) and isinstance(label.id, Unset) and isinstance(label.label_id, Unset):
        raise ParameterError(f"{where}.id", "names no label: set `id` to the label's id")
    if isinstance(label.bbox, list) and len(label.bbox) != 4:
        raise ParameterError(f"{where}.bbox", f"needs 4 numbers [x_min, y_min, x_max, y_max], got {len(label.bbox)}")
    for n, point in enumerate(label.polygon if isinstance(label.polygon, list) else ()):
        if len(point) != 2:
            raise ParameterError(f"{where}.polygon[{n}]", f"a point is [x, y], got {len(point)} numbers")
    if isinstance(label.mask, list) and len(label.mask) % 2:
        raise ParameterError(f"{where}.mask", f"an RLE mask has an even length, got {len(label.mask)}")
    return label


def label_batches(labels: Sequence[LabelT], kind: type[LabelT]) -> Iterator[list[LabelT]]:
    """Batches the API accepts, every label checked before the first goes out."""
    return chunks([check_label(i, label, kind) for i, label in enumerate(labels)], LABEL_BATCH)


def label_refs(label_ids: Sequence[UUID | str]) -> Iterator[list[LabelRef]]:
    """The ids to delete, checked all before the first batch goes out."""
    if isinstance(label_ids, str | UUID):  # a lone id would be iterated character by character
        raise ParameterTypeError("label_ids", "expected a list of ids, got a single id")
    return chunks([LabelRef(id=uuid(f"label_ids[{n}]", v)) for n, v in enumerate(label_ids)], LABEL_BATCH)


def chunks(items: Sequence[T], size: int) -> Iterator[list[T]]:
    return (list(items[start : start + size]) for start in range(0, len(items), size))


def optional(value: T | None) -> T | Unset:
    return UNSET if value is None else value


def image_name(parameter: str, location: object, filename: str | None) -> str:
    """`filename`, or the last path segment of the URL or bucket path, without its query."""
    text = check_str(parameter, location)
    name = filename or text.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    if not name:
        raise ParameterError("filename", f"cannot name the image after {location!r}: pass filename=")
    return name


def image_files(paths: Sequence[str | os.PathLike[str]], filenames: Sequence[str] | None) -> list[tuple[Path, str]]:
    """The files to upload and the names to give them."""
    files = [Path(p) for p in paths]
    for file in files:
        if not file.is_file():
            raise ParameterError("paths", f"{file} is not a file")
    if filenames is not None and len(filenames) != len(files):
        raise ParameterError("filenames", f"{len(filenames)} names for {len(files)} files")
    return list(zip(files, filenames or [f.name for f in files], strict=True))


class Slot(NamedTuple):
    """One file of an upload: where it is PUT and the id that creates the image."""

    file: Path
    name: str
    url: str
    upload_id: UUID


def upload_slots(files: list[tuple[Path, str]], answer: UploadUrlList) -> list[Slot]:
    """Each file with its signed URL; a short or malformed answer is an error, not
    files silently left out."""
    if len(answer.items) < len(files):
        raise UnexpectedResponseError(f"get_upload_urls: {len(answer.items)} URLs for {len(files)} files")
    try:
        return [
            Slot(file, name, slot.url, UUID(slot.id))
            for (file, name), slot in zip(files, answer.items[: len(files)], strict=True)
        ]
    except ValueError as exc:
        raise UnexpectedResponseError(f"get_upload_urls: an upload id is not an id ({exc})") from None


def content_type(path: Path) -> str:
    return {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}.get(
        path.suffix.lower(), "application/octet-stream"
    )
