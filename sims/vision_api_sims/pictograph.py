"""Simulator of the Pictograph Exports API (`specs/pictograph.yaml`) and of its storage host.

`build_datasets` makes the data (datasets of small JPEG images with annotated
objects), `create_app` serves the exports API over it: `X-API-Key` keys with roles,
export jobs that go pending -> processing -> completed (or failed) as an injectable
clock moves, names with any character addressed as percent-encoded path segments,
real ZIP archives. `create_storage_app` serves those archives from a second host
at signed, expiring URLs, with Range support; `serve_with_storage` runs both.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import hmac
import io
import json
import random
import stat
import time
import uuid
import zipfile
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import unquote

import uvicorn
from PIL import Image, ImageDraw
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from vision_api_sims.checked import validation_middleware
from vision_api_sims.kit import (
    CANONICAL,
    Profile,
    RecordedRequest,
    SignedStorage,
    create_storage_app,
    job_timing,
    raw_path,
    recorded_app,
    serve_with_storage,
    vary_optional,
    with_extras,
)
from vision_api_sims.server import start

__all__ = [
    "API_PREFIX",
    "BUCKET",
    "DEFAULT_KEYS",
    "EXPORT_STATUSES",
    "IMAGE_STATUSES",
    "SPEC_PATH",
    "Annotation",
    "Archive",
    "Dataset",
    "ExportJob",
    "ExportStore",
    "ImageRecord",
    "GENERATIONS",
    "RecordedRequest",
    "build_archive",
    "build_datasets",
    "create_app",
    "create_storage_app",
    "image_jpeg",
    "main",
    "new_storage",
    "serve_with_storage",
]

API_PREFIX = "/api/v1/developer/exports"
# Which servers of the vendor's this one behaves like (see `specs/pictograph.yaml`):
# the page's bare answers, the `{"export": ...}` envelopes SDKs up to 1.60 read, or the
# current servers' `{"data": ...}` envelopes, paged lists and `?dataset=` paths.
GENERATIONS = ("page", "legacy-envelope", "current")
SPEC_PATH = Path(__file__).resolve().parent / "specs" / "pictograph.yaml"
BUCKET = "pictograph-exports"
EXPORT_STATUSES = ("pending", "processing", "completed", "failed")
IMAGE_STATUSES = ("complete", "in_review", "new")
# Key -> role. Members may do everything but delete, which needs admin or owner.
DEFAULT_KEYS: Mapping[str, str] = {"pk_live_member": "member", "pk_live_admin": "admin", "pk_live_owner": "owner"}
DELETE_ROLES = frozenset({"admin", "owner"})
IMAGE_SIZE = (96, 72)  # pixels of the JPEGs, and so the space of the bounding boxes

Clock = Callable[[], float]
WallClock = Callable[[], datetime]


# --- datasets -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImageRecord:
    """An image of a dataset; `status` is its review status (one of IMAGE_STATUSES)."""

    id: int
    file_name: str
    width: int
    height: int
    status: str


@dataclass(frozen=True, slots=True)
class Annotation:
    """A box around an object of class `category` in image `image_id`, in pixels."""

    id: int
    image_id: int
    category: str
    bbox: tuple[int, int, int, int]  # x, y, width, height


@dataclass(frozen=True, eq=False)
class Dataset:
    """Images and their annotations; `classes` in the order of their COCO category ids."""

    name: str
    classes: tuple[str, ...]
    images: tuple[ImageRecord, ...]
    annotations: tuple[Annotation, ...]
    seed: int

    @functools.cached_property
    def annotations_by_image(self) -> dict[int, tuple[Annotation, ...]]:
        grouped: dict[int, list[Annotation]] = {image.id: [] for image in self.images}
        for annotation in self.annotations:
            grouped[annotation.image_id].append(annotation)
        return {image_id: tuple(found) for image_id, found in grouped.items()}

    def category_id(self, name: str) -> int:
        return self.classes.index(name) + 1


class _DatasetPlan(NamedTuple):
    name: str
    images: int
    classes: tuple[str, ...]
    file_name: str  # format with the image's index


# Names chosen to be awkward in paths: a space, a slash, a `#`, non-ASCII, an emoji.
_PLANS = (
    _DatasetPlan("street-scenes", 60, ("car", "person", "bicycle", "truck", "traffic light"), "frame_{:04d}.jpg"),
    _DatasetPlan("parking lots/west #2", 24, ("car", "truck", "person"), "cam west ü-{:03d}.jpg"),
    _DatasetPlan("Kreuzung Süd 🚦", 8, ("car", "person", "bicycle", "dog"), "kreuzung_{:03d}.jpg"),
)
_STATUS_WEIGHTS = (0.6, 0.25, 0.15)  # complete, in_review, new


@functools.lru_cache(maxsize=8)
def build_datasets(seed: int = 11) -> tuple[Dataset, ...]:
    """The deterministic datasets the simulator serves (see _PLANS).

    `new` images are not annotated yet; the others have one to seven objects each.
    """
    rng = random.Random(seed)
    datasets = []
    width, height = IMAGE_SIZE
    for plan in _PLANS:
        images: list[ImageRecord] = []
        annotations: list[Annotation] = []
        for index in range(1, plan.images + 1):
            status = rng.choices(IMAGE_STATUSES, weights=_STATUS_WEIGHTS)[0]
            image = ImageRecord(index, plan.file_name.format(index), width, height, status)
            images.append(image)
            for _ in range(0 if status == "new" else rng.randint(1, 7)):
                box_w, box_h = rng.randint(6, 40), rng.randint(6, 30)
                bbox = (rng.randint(0, width - box_w), rng.randint(0, height - box_h), box_w, box_h)
                annotations.append(Annotation(len(annotations) + 1, index, rng.choice(plan.classes), bbox))
        datasets.append(Dataset(plan.name, plan.classes, tuple(images), tuple(annotations), seed))
    return tuple(datasets)


_PALETTE = ((220, 60, 60), (60, 160, 60), (60, 90, 220), (220, 170, 40), (170, 60, 200), (40, 180, 180))


@functools.lru_cache(maxsize=1024)
def image_jpeg(dataset: Dataset, image_id: int) -> bytes:
    """The image as a small JPEG, its objects outlined; the same bytes every time."""
    shade = (image_id * 37 + len(dataset.name)) % 90
    image = Image.new("RGB", IMAGE_SIZE, (110 + shade, 120, 130 + shade // 2))
    draw = ImageDraw.Draw(image)
    for annotation in dataset.annotations_by_image[image_id]:
        x, y, w, h = annotation.bbox
        colour = _PALETTE[(dataset.category_id(annotation.category) - 1) % len(_PALETTE)]
        draw.rectangle((x, y, x + w - 1, y + h - 1), outline=colour)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=75)
    return out.getvalue()


# --- archives -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Archive:
    """A finished export: the ZIP's bytes and what it holds."""

    data: bytes
    image_count: int
    annotation_count: int

    @property
    def file_size(self) -> int:
        return len(self.data)


def _iso(moment: datetime) -> str:
    """RFC 3339 in UTC with a `Z`, to the second, as on the vendor page."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _select(
    dataset: Dataset, class_filter: Sequence[str] | None, status_filter: str | None
) -> tuple[list[ImageRecord], list[Annotation]]:
    """Images with the status asked for, and their annotations of the classes asked for.

    Inferred: a class filter drops annotations, not images, so images without those
    classes stay in the archive as negative examples.
    """
    images = [image for image in dataset.images if status_filter is None or image.status == status_filter]
    wanted = set(class_filter) if class_filter else None
    annotations = [
        annotation
        for image in images
        for annotation in dataset.annotations_by_image[image.id]
        if wanted is None or annotation.category in wanted
    ]
    return images, annotations


def _hostile_members(archive: zipfile.ZipFile, stamp: tuple[int, int, int, int, int, int]) -> None:
    """Members a safe extractor must refuse: parent traversal, an absolute path, a symlink."""
    archive.writestr(zipfile.ZipInfo("../evil.txt", stamp), b"written outside the destination\n")
    archive.writestr(zipfile.ZipInfo("/tmp/evil", stamp), b"written to an absolute path\n")
    archive.writestr(zipfile.ZipInfo("images/../../evil2.txt", stamp), b"traversal hidden in a subfolder\n")
    link = zipfile.ZipInfo("images/link.jpg", stamp)
    link.create_system = 3  # Unix, so extractors read the mode bits below
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    archive.writestr(link, b"/etc/passwd")


def build_archive(
    dataset: Dataset,
    *,
    name: str,
    include_images: bool,
    class_filter: Sequence[str] | None,
    status_filter: str | None,
    created: datetime,
    hostile: bool = False,
) -> Archive:
    """The export ZIP: `annotations.json` (COCO-like) and, if asked, `images/<file_name>`."""
    images, annotations = _select(dataset, class_filter, status_filter)
    classes = [c for c in dataset.classes if not class_filter or c in class_filter]
    coco = {
        "info": {
            "description": f"Pictograph export {name!r} of dataset {dataset.name!r}",
            "version": "1.0",
            "date_created": _iso(created),
        },
        "images": [
            {"id": i.id, "file_name": i.file_name, "width": i.width, "height": i.height, "status": i.status}
            for i in images
        ],
        "annotations": [
            {
                "id": a.id,
                "image_id": a.image_id,
                "category_id": dataset.category_id(a.category),
                "bbox": list(a.bbox),
                "area": a.bbox[2] * a.bbox[3],
                "iscrowd": 0,
            }
            for a in annotations
        ],
        "categories": [{"id": dataset.category_id(c), "name": c, "supercategory": "object"} for c in classes],
    }
    # A fixed timestamp keeps the bytes, and so file_size, the same for the same export.
    stamp = created.astimezone(UTC).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        info = zipfile.ZipInfo("annotations.json", stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, json.dumps(coco, ensure_ascii=False, indent=2).encode("utf-8"))
        if include_images:
            for image in images:
                # JPEGs do not shrink: stored, not deflated.
                archive.writestr(zipfile.ZipInfo(f"images/{image.file_name}", stamp), image_jpeg(dataset, image.id))
        if hostile:
            _hostile_members(archive, stamp)
    return Archive(out.getvalue(), len(images), len(annotations))


# --- storage host -------------------------------------------------------------------

ACCESS_ID = "exports@pictograph-simulator.iam.gserviceaccount.com"


def new_storage(wall_clock: WallClock, secret: bytes = b"pictograph-simulator-secret") -> SignedStorage:
    """The object store behind the signed download URLs (the kit's GCS-like store)."""
    return SignedStorage(wall_clock, bucket=BUCKET, access_id=ACCESS_ID, secret=secret)


# --- export jobs --------------------------------------------------------------------


@dataclass(eq=False)
class ExportJob:
    """One export; its status follows from the clock (see `status`)."""

    id: str
    dataset: Dataset
    name: str
    include_images: bool
    class_filter: list[str] | None
    status_filter: str | None
    started: float  # the clock's reading at creation
    created_at: datetime
    pending_seconds: float
    processing_seconds: float
    failure: str | None  # decided at creation, reported once the processing time is over
    hostile: bool
    archive: Archive | None = field(default=None, repr=False)

    @property
    def storage_key(self) -> str:
        return f"exports/{self.id}.zip"

    @property
    def dataset_id(self) -> str:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"pictograph-simulator:{self.dataset.name}"))

    @property
    def finished_at(self) -> datetime:
        return self.created_at + timedelta(seconds=self.pending_seconds + self.processing_seconds)

    def status(self, now: float) -> str:
        elapsed = now - self.started
        if elapsed < self.pending_seconds:
            return "pending"
        if elapsed < self.pending_seconds + self.processing_seconds:
            return "processing"
        return "failed" if self.failure is not None else "completed"


def _failure(dataset: Dataset, class_filter: Sequence[str] | None, status_filter: str | None) -> str | None:
    """Why an export of these filters would fail, if it would."""
    unknown = sorted(set(class_filter or ()) - set(dataset.classes))
    if unknown:
        listed = ", ".join(repr(c) for c in unknown)
        return (
            f"Unknown class(es) in class_filter: {listed}; dataset {dataset.name!r} has: {', '.join(dataset.classes)}"
        )
    if status_filter is not None and status_filter not in IMAGE_STATUSES:
        return f"Unknown image status {status_filter!r} in status_filter; valid: {', '.join(IMAGE_STATUSES)}"
    return None


class ExportStore:
    """The export jobs of every dataset; archives are built when a job is first seen completed."""

    def __init__(
        self,
        datasets: Sequence[Dataset],
        storage: SignedStorage,
        *,
        clock: Clock,
        wall_clock: WallClock,
        seed: int,
        pending_seconds: float,
        processing_seconds: float,
    ) -> None:
        self.datasets = {dataset.name: dataset for dataset in datasets}
        self.storage = storage
        self.clock = clock
        self.wall_clock = wall_clock
        self.pending_seconds = pending_seconds
        self.processing_seconds = processing_seconds
        self.fail_exports = False  # every new export fails, for tests of the failure path
        self.hostile_zip = False  # new exports' archives carry members a safe extractor must refuse
        self.jobs: dict[tuple[str, str], ExportJob] = {}  # (dataset, name) -> job, in creation order
        self._rng = random.Random(seed)

    def create(
        self,
        dataset: Dataset,
        name: str,
        *,
        include_images: bool = False,
        class_filter: list[str] | None = None,
        status_filter: str | None = None,
    ) -> ExportJob:
        """A new pending job; the caller has checked that the name is free."""
        failure = _failure(dataset, class_filter, status_filter)
        if failure is None and self.fail_exports:
            failure = "Export failed: the simulator was told to fail every export (fail_exports)"
        job = ExportJob(
            id=str(uuid.UUID(int=self._rng.getrandbits(128), version=4)),
            dataset=dataset,
            name=name,
            include_images=include_images,
            class_filter=class_filter,
            status_filter=status_filter,
            started=self.clock(),
            created_at=self.wall_clock(),
            pending_seconds=self.pending_seconds,
            processing_seconds=self.processing_seconds,
            failure=failure,
            hostile=self.hostile_zip,
        )
        self.jobs[(dataset.name, name)] = job
        return job

    def get(self, dataset_name: str, name: str) -> ExportJob | None:
        return self.jobs.get((dataset_name, name))

    def delete(self, job: ExportJob) -> None:
        del self.jobs[(job.dataset.name, job.name)]
        self.storage.delete(job.storage_key)

    def status(self, job: ExportJob) -> str:
        """The job's status now; a job seen completed for the first time gets its archive."""
        status = job.status(self.clock())
        if status == "completed" and job.archive is None:
            job.archive = build_archive(
                job.dataset,
                name=job.name,
                include_images=job.include_images,
                class_filter=job.class_filter,
                status_filter=job.status_filter,
                created=job.finished_at,
                hostile=job.hostile,
            )
            self.storage.put(job.storage_key, job.archive.data, f"{job.name}.zip", "application/zip")
        return status


# --- the HTTP app -------------------------------------------------------------------


@dataclass(frozen=True)
class Behaviour:
    """What this server answers where the page is silent, read once from the profile.

    `generation` picks the vendor's server generation (paths and envelopes); the rest
    are answers each generation may give: statuses of creates and deletes, error body
    shapes, how far a list page is capped, per-record variance (optional fields absent
    or null, fields the page does not list, a status value the page does not list).
    """

    generation: str
    create_status: int
    delete_status: int
    error_shape: str
    page_cap: int
    unlisted_status: bool
    records: random.Random | None  # per-record variance; None keeps every record canonical

    @classmethod
    def of(cls, profile: Profile) -> Behaviour:
        generation = profile.choose("pictograph.generation", GENERATIONS)
        # Current servers wrap errors in {"error": {...}, "detail": ...} (vendor SDK 1.69).
        shapes = ("envelope", "detail", "message") if generation == "current" else ("detail", "message", "envelope")
        return cls(
            generation=generation,
            create_status=profile.choose("pictograph.create.status", (201, 200, 202)),
            delete_status=profile.choose("pictograph.delete.status", (204, 200, 202)),
            error_shape=profile.choose("pictograph.errors", shapes),
            page_cap=profile.choose("pictograph.list.page_cap", (1000, 3, 1)),
            unlisted_status=profile.flag("pictograph.status.unlisted"),
            records=profile.rng("pictograph.records"),
        )


def _behaviour(request: Request) -> Behaviour:
    return request.app.state.behaviour  # type: ignore[no-any-return]


def _fail(request: Request, message: str, status: int, code: str, headers: Mapping[str, str] | None = None) -> Response:
    """An error in the shape this server uses."""
    shape = _behaviour(request).error_shape
    if shape == "message":
        body: dict[str, Any] = {"message": message}
    elif shape == "envelope":
        body = {"error": {"code": code, "message": message, "details": None}, "detail": message}
    else:
        body = {"detail": message}
    return JSONResponse(body, status_code=status, headers=headers)


def _invalid(request: Request, *errors: dict[str, Any]) -> JSONResponse:
    return JSONResponse({"detail": list(errors)}, status_code=422)


def _error(loc: Sequence[str | int], msg: str, kind: str) -> dict[str, Any]:
    return {"loc": list(loc), "msg": msg, "type": kind}


def _wrap(request: Request, record: Any, key: str = "export") -> Any:
    """`record` in the envelope of this server's generation (`key`: the legacy one)."""
    generation = _behaviour(request).generation
    if generation == "current":
        return {"data": record}
    return {key: record} if generation == "legacy-envelope" else record


# Optional fields a server may leave out or send as null; counts stay on completed exports
# (the page's examples show them there), an error message on failed ones.
_OPTIONAL_ALWAYS = ("class_filter", "completed_at")
_OPTIONAL_UNTIL_DONE = ("image_count", "annotation_count", "file_size")


def _vary(request: Request, record: dict[str, Any], status: str) -> dict[str, Any]:
    rng = _behaviour(request).records
    optional = [*_OPTIONAL_ALWAYS, *(() if status == "completed" else _OPTIONAL_UNTIL_DONE)]
    if status != "failed":
        optional.append("error_message")
    if record.get("class_filter") is not None:
        optional.remove("class_filter")  # null and absent both mean "all classes": never drop a filter
    return with_extras(vary_optional(record, optional, rng), rng)


def _shown_status(request: Request, status: str) -> str:
    # A queued export reported with a status the page does not list, as servers add them.
    return "queued" if status == "pending" and _behaviour(request).unlisted_status else status


def _vendor_fields(job: ExportJob, generation: str) -> dict[str, Any]:
    """What the vendor's SDKs read beyond the page's fields (models/export.py:Export):
    the dataset's id is `project_id` in SDKs up to 1.60, `dataset_id` in 1.69."""
    return {
        "dataset_id" if generation == "current" else "project_id": job.dataset_id,
        "dataset_name": job.dataset.name,
        "format": "pictograph",
        "status_filter": job.status_filter,
    }


def _record(request: Request, job: ExportJob, status: str, page_shape: dict[str, Any]) -> dict[str, Any]:
    """An export as this server shows it: the page's fields, plus the vendor's own on
    later generations (whose records are full records everywhere)."""
    if _behaviour(request).generation == "page":
        record = page_shape
    else:
        record = {
            **_detail_record(job, status),
            **_summary_record(job, status),
            **_vendor_fields(job, _behaviour(request).generation),
        }
    record = {**record, "status": _shown_status(request, status)}
    return _vary(request, record, status)


Endpoint = Callable[[Request], Awaitable[Response]]


def _authenticated(endpoint: Endpoint) -> Endpoint:
    """Requires a known `X-API-Key`; `Authorization: Bearer` is not accepted. Sets `request.state.role`."""

    @functools.wraps(endpoint)
    async def wrapper(request: Request) -> Response:
        keys: Mapping[str, str] = request.app.state.api_keys
        given = request.headers.get("x-api-key", "")
        role = next((r for key, r in keys.items() if hmac.compare_digest(given.encode(), key.encode())), None)
        if role is None:
            return _fail(request, "Invalid or missing API key", 401, "unauthorized")
        request.state.role = role
        return await endpoint(request)

    return wrapper


def _path_names(request: Request) -> list[str] | None:
    """The percent-decoded segments after the prefix, split on the raw path's `/` only.

    Starlette routes on the decoded path, where `parking lots%2Fwest` has become two
    segments; splitting the raw path first keeps a `/` inside a name in its name.
    """
    tail = raw_path(request).removeprefix(API_PREFIX + "/")
    try:
        return [unquote(part, errors="strict") for part in tail.split("/")]
    except UnicodeDecodeError:  # not UTF-8: no name can match
        return None


class _CreateBody(NamedTuple):
    dataset_name: str
    name: str
    include_images: bool
    class_filter: list[str] | None
    status_filter: str | None


def _text_field(body: dict[str, Any], name: str, errors: list[dict[str, Any]], *, required: bool) -> str | None:
    value = body.get(name)
    if value is None:
        if required:
            errors.append(_error(["body", name], "Field required", "missing"))
        return None
    if not isinstance(value, str):
        errors.append(_error(["body", name], "Input should be a valid string", "string_type"))
        return None
    if required and not value:
        errors.append(_error(["body", name], "String should have at least 1 character", "string_too_short"))
    return value


def _parse_create_body(raw: bytes) -> _CreateBody | list[dict[str, Any]]:
    """The body of a create, or FastAPI-style validation errors.

    Unknown fields are ignored and a null optional field counts as absent, as a
    Pydantic model with optional fields would have it.
    """
    if not raw.strip():
        return [_error(["body"], "Field required", "missing")]
    try:
        body = json.loads(raw)
    except ValueError as exc:
        return [_error(["body", getattr(exc, "pos", 0)], "JSON decode error", "json_invalid")]
    if not isinstance(body, dict):
        msg = "Input should be a valid dictionary or object to extract fields from"
        return [_error(["body"], msg, "model_attributes_type")]
    errors: list[dict[str, Any]] = []
    dataset_name = _text_field(body, "dataset_name", errors, required=True)
    name = _text_field(body, "name", errors, required=True)
    include_images = body.get("include_images")
    if include_images is None:
        include_images = False
    elif not isinstance(include_images, bool):
        errors.append(_error(["body", "include_images"], "Input should be a valid boolean", "bool_type"))
    class_filter = body.get("class_filter")
    if class_filter is not None:
        if not isinstance(class_filter, list):
            errors.append(_error(["body", "class_filter"], "Input should be a valid list", "list_type"))
        else:
            for index, item in enumerate(class_filter):
                if not isinstance(item, str):
                    errors.append(
                        _error(["body", "class_filter", index], "Input should be a valid string", "string_type")
                    )
    status_filter = _text_field(body, "status_filter", errors, required=False)
    if errors or dataset_name is None or name is None:
        return errors
    return _CreateBody(dataset_name, name, include_images, class_filter, status_filter)


def _created_record(job: ExportJob) -> dict[str, Any]:
    return {"id": job.id, "name": job.name, "status": "pending", "created_at": _iso(job.created_at)}


def _progress_fields(job: ExportJob, status: str) -> dict[str, Any]:
    done = job.archive if status == "completed" else None
    return {
        "image_count": done.image_count if done else None,
        "annotation_count": done.annotation_count if done else None,
        "file_size": done.file_size if done else None,
    }


def _finish_fields(job: ExportJob, status: str) -> dict[str, Any]:
    # error_message only on failed exports: the page's examples of completed ones have none.
    fields: dict[str, Any] = {"completed_at": _iso(job.finished_at) if status == "completed" else None}
    if status == "failed":
        fields["error_message"] = job.failure
    return fields


def _summary_record(job: ExportJob, status: str) -> dict[str, Any]:
    """An export as the page's list_exports shows it (the fields of the page's example)."""
    return {
        "id": job.id,
        "name": job.name,
        "dataset_name": job.dataset.name,
        "status": status,
        **_progress_fields(job, status),
        "created_at": _iso(job.created_at),
        **_finish_fields(job, status),
    }


def _detail_record(job: ExportJob, status: str) -> dict[str, Any]:
    """An export as get_export shows it (the fields of the page's example)."""
    return {
        "id": job.id,
        "name": job.name,
        "status": status,
        **_progress_fields(job, status),
        "include_images": job.include_images,
        "class_filter": job.class_filter,
        "created_at": _iso(job.created_at),
        **_finish_fields(job, status),
    }


class _Idempotency:
    """Replays the answer to a create retried with the same `Idempotency-Key` and body.

    Inferred from the vendor's SDK, which retries POSTs only with such a key.
    """

    def __init__(self) -> None:
        self.seen: dict[str, tuple[bytes, int, dict[str, Any]]] = {}  # key -> (body digest, status, answer)

    def replay(self, request: Request, key: str | None, body: bytes) -> Response | None:
        if key is None or key not in self.seen:
            return None
        digest, status, answer = self.seen[key]
        if digest != hashlib.sha256(body).digest():
            msg = "Idempotency-Key was already used with a different request body"
            return _invalid(request, _error(["header", "idempotency-key"], msg, "idempotency_key_reused"))
        return JSONResponse(answer, status_code=status)

    def remember(self, key: str | None, body: bytes, status: int, answer: dict[str, Any]) -> None:
        if key is not None:
            self.seen[key] = (hashlib.sha256(body).digest(), status, answer)


async def _create_export(request: Request) -> Response:
    store: ExportStore = request.app.state.exports
    idempotency: _Idempotency = request.app.state.idempotency
    raw = await request.body()
    key = request.headers.get("idempotency-key") or None
    replayed = idempotency.replay(request, key, raw)
    if replayed is not None:
        return replayed
    parsed = _parse_create_body(raw)
    if isinstance(parsed, list):
        return _invalid(request, *parsed)
    dataset = store.datasets.get(parsed.dataset_name)
    if dataset is None:
        return _fail(request, "Dataset not found", 404, "not_found")
    if store.get(dataset.name, parsed.name) is not None:
        message = f"An export named {parsed.name!r} already exists in dataset {dataset.name!r}"
        return _fail(request, message, 409, "conflict")
    job = store.create(
        dataset,
        parsed.name,
        include_images=parsed.include_images,
        class_filter=parsed.class_filter,
        status_filter=parsed.status_filter,
    )
    answer = _wrap(request, _record(request, job, "pending", _created_record(job)))
    status = _behaviour(request).create_status
    idempotency.remember(key, raw, status, answer)
    return JSONResponse(answer, status_code=status)


def _int_param(request: Request, name: str, default: int, minimum: int) -> int | Response:
    value = request.query_params.get(name)
    if value is None:
        return default
    if not value.isdigit() or int(value) < minimum:
        return _invalid(request, _error(["query", name], f"Input should be an integer >= {minimum}", "int_parsing"))
    return int(value)


async def _list_exports(request: Request) -> Response:
    store: ExportStore = request.app.state.exports
    behaviour = _behaviour(request)
    dataset_name = request.query_params.get("dataset_name")
    wanted = request.query_params.get("status")
    if wanted is not None and wanted not in EXPORT_STATUSES:
        msg = "Input should be 'pending', 'processing', 'completed' or 'failed'"
        return _invalid(request, _error(["query", "status"], msg, "enum"))
    if dataset_name is not None and dataset_name not in store.datasets:
        return _fail(request, "Dataset not found", 404, "not_found")
    records = []
    for job in list(store.jobs.values()):
        if dataset_name is not None and job.dataset.name != dataset_name:
            continue
        status = store.status(job)
        if wanted is None or status == wanted:
            records.append(_record(request, job, status, _summary_record(job, status)))
    if behaviour.generation == "page":
        return JSONResponse(records)  # the page's list is not paged: limit and offset are ignored
    limit = _int_param(request, "limit", 100, 1)
    offset = _int_param(request, "offset", 0, 0)
    if isinstance(limit, Response):
        return limit
    if isinstance(offset, Response):
        return offset
    size = min(limit, behaviour.page_cap)
    page = records[offset : offset + size]
    if behaviour.generation == "legacy-envelope":
        return JSONResponse({"exports": page})
    pagination = {"limit": size, "offset": offset, "total": len(records), "has_more": offset + len(page) < len(records)}
    return JSONResponse({"data": page, "pagination": pagination})


async def _collection(request: Request) -> Response:
    return await (_create_export(request) if request.method == "POST" else _list_exports(request))


class _Target(NamedTuple):
    job: ExportJob | None
    download: bool


def _target(request: Request) -> _Target | Response:
    """The export a request names, in the path form of this server's generation; a
    route this generation does not have answers 404 "Not Found", as FastAPI does."""
    names = _path_names(request)
    store: ExportStore = request.app.state.exports
    not_found = _fail(request, "Not Found", 404, "not_found")
    if names is None or not all(names):
        return not_found
    download = names[-1] == "download" and len(names) > 1
    if download and request.method != "GET":
        return _fail(request, "Method Not Allowed", 405, "method_not_allowed")
    names = names[:-1] if download else names
    if _behaviour(request).generation == "current":
        # /exports/{export_name}?dataset=...; without a dataset, the segment is an export id.
        if len(names) != 1:
            return not_found
        dataset = request.query_params.get("dataset")
        if dataset is None:
            return _Target(next((j for j in store.jobs.values() if j.id == names[0]), None), download)
        return _Target(store.get(dataset, names[0]), download)
    if len(names) != 2:
        return not_found
    return _Target(store.get(names[0], names[1]), download)


async def _export_item(request: Request) -> Response:
    """GET/DELETE one export and GET its download URL, routed on the raw path."""
    target = _target(request)
    if isinstance(target, Response):
        return target
    store: ExportStore = request.app.state.exports
    if request.method == "DELETE" and request.state.role not in DELETE_ROLES:
        return _fail(request, "Deleting an export requires the admin or owner role", 403, "forbidden")
    job = target.job
    if job is None:
        return _fail(request, "Export not found", 404, "not_found")
    if request.method == "DELETE":
        store.delete(job)
        return Response(status_code=_behaviour(request).delete_status)
    status = store.status(job)
    if not target.download:
        return JSONResponse(_wrap(request, _record(request, job, status, _detail_record(job, status))))
    if status != "completed" or job.archive is None:
        return _fail(request, f"Export is not completed (status: {status})", 409, "conflict")
    return _download_url(request, job, job.archive)


def _download_url(request: Request, job: ExportJob, archive: Archive) -> Response:
    state = request.app.state
    base_url: str | None = state.storage_base_url
    if base_url is None:
        raise RuntimeError("storage_base_url is not set: start the storage app and set app.state.storage_base_url")
    url, expires_at = state.storage.sign(base_url, job.storage_key, state.download_url_ttl)
    answer = {"download_url": url, "expires_at": _iso(expires_at), "file_size": archive.file_size}
    # Legacy servers answered the download URL bare (SDK 1.60 reads it bare); current ones wrap it.
    return JSONResponse({"data": answer} if _behaviour(request).generation == "current" else answer)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _fail(request, str(exc.detail), exc.status_code, "http_error", exc.headers)


def _derived_wall_clock(clock: Clock) -> WallClock:
    """UTC time that moves with `clock`, from now: a fake clock moves dates and expiries too."""
    origin, zero = datetime.now(UTC).replace(microsecond=0), clock()
    return lambda: origin + timedelta(seconds=clock() - zero)


def create_app(
    datasets: Sequence[Dataset] | None = None,
    *,
    api_keys: Mapping[str, str] = DEFAULT_KEYS,
    clock: Clock = time.monotonic,
    wall_clock: WallClock | None = None,
    pending_seconds: float = 1.0,
    processing_seconds: float = 2.0,
    download_url_ttl: float = 3600.0,
    storage_base_url: str | None = None,
    storage: SignedStorage | None = None,
    fail_exports: bool = False,
    hostile_zip: bool = False,
    seed: int = 11,
    profile: Profile = CANONICAL,
    validator_violations: list[str] | None = None,
    spec_path: str | Path | None = None,
) -> Starlette:
    """The Pictograph Exports API over `datasets` (default: `build_datasets()`).

    `profile` chooses what the page leaves open (see `Behaviour`), first of all the
    server generation (`pictograph.generation`: page, legacy-envelope or current;
    canonical: page). `api_keys` maps each key to its role (`member`, `admin` or
    `owner`); only admin and owner may delete. A new export is pending for
    `pending_seconds` of `clock`, then processing for `processing_seconds` (both as
    the profile's `pictograph.jobs.pace` has it), then completed or failed. Dates
    come from `wall_clock`, by default UTC now moved along with `clock`, which also
    times the signed URLs (valid `download_url_ttl` seconds).

    The archives live in `storage` (`app.state.storage`, made here if not given);
    serve it with `create_storage_app` and set `app.state.storage_base_url` to its
    URL before asking for download URLs (`serve_with_storage` does both).

    Mutable switches: `app.state.exports.fail_exports` (new exports fail) and
    `app.state.exports.hostile_zip` (new archives carry `../evil.txt`, `/tmp/evil`,
    `images/../../evil2.txt` and a symlink `images/link.jpg`), also settable here;
    `app.state.faults` (the kit's `Faults`). With `validator_violations`, every
    exchange is checked against the spec and violations are appended there.
    `app.state.requests` lists (method, path) of every request and
    `app.state.request_log` the kit's `RecordedRequest`s.
    """
    datasets = datasets if datasets is not None else build_datasets()
    wall = wall_clock if wall_clock is not None else _derived_wall_clock(clock)
    storage = storage if storage is not None else new_storage(wall)
    pending_seconds, processing_seconds = job_timing(profile, "pictograph.jobs", pending_seconds, processing_seconds)
    store = ExportStore(
        datasets,
        storage,
        clock=clock,
        wall_clock=wall,
        seed=seed,
        pending_seconds=pending_seconds,
        processing_seconds=processing_seconds,
    )
    store.fail_exports = fail_exports
    store.hostile_zip = hostile_zip
    behaviour = Behaviour.of(profile)
    middleware = []
    if validator_violations is not None:
        middleware.append(validation_middleware(spec_path or SPEC_PATH, validator_violations, profile))
    app = recorded_app(
        [
            Route(API_PREFIX + "/", _authenticated(_collection), methods=["GET", "POST"]),
            Route(API_PREFIX + "/{rest:path}", _authenticated(_export_item), methods=["GET", "DELETE"]),
        ],
        middleware,
    )
    app.add_exception_handler(HTTPException, _http_error)
    app.state.behaviour = behaviour
    app.state.profile = profile
    app.state.api_keys = dict(api_keys)
    app.state.datasets = {dataset.name: dataset for dataset in datasets}
    app.state.exports = store
    app.state.storage = storage
    app.state.storage_base_url = storage_base_url
    app.state.download_url_ttl = download_url_ttl
    app.state.idempotency = _Idempotency()
    app.state.violations = validator_violations
    return app


def main(argv: Sequence[str] | None = None) -> None:
    """Serve the simulator on 127.0.0.1 for manual use, with its storage host beside it."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--pending-seconds", type=float, default=1.0)
    parser.add_argument("--processing-seconds", type=float, default=2.0)
    parser.add_argument("--hostile-zip", action="store_true")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--generation", choices=GENERATIONS, default="page")
    args = parser.parse_args(argv)
    app = create_app(
        build_datasets(args.seed),
        profile=Profile(overrides={"pictograph.generation": args.generation}),
        pending_seconds=args.pending_seconds,
        processing_seconds=args.processing_seconds,
        hostile_zip=args.hostile_zip,
    )
    storage_server = start(create_storage_app(app.state.storage))
    app.state.storage_base_url = storage_server.base_url
    print(f"storage host: {storage_server.base_url}; keys: {', '.join(f'{k} ({r})' for k, r in DEFAULT_KEYS.items())}")
    try:
        uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="info")
    finally:
        storage_server.stop()


if __name__ == "__main__":
    main()
