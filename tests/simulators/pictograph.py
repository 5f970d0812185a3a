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
import contextlib
import functools
import hashlib
import hmac
import io
import json
import random
import re
import stat
import time
import uuid
import zipfile
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal, NamedTuple
from urllib.parse import quote, unquote

import uvicorn
from PIL import Image, ImageDraw
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from tests.simulators.server import RunningServer, serve, start
from tests.simulators.validation import SpecValidator, ValidationMiddleware

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
    "RecordedRequest",
    "Storage",
    "build_archive",
    "build_datasets",
    "create_app",
    "create_storage_app",
    "image_jpeg",
    "main",
    "serve_with_storage",
]

API_PREFIX = "/api/v1/developer/exports"
SPEC_PATH = Path(__file__).resolve().parents[2] / "specs" / "pictograph.yaml"
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


class Storage:
    """The object store behind signed URLs, shared by the API app and the storage app.

    URLs are signed GCS-V2 style: `Expires` (Unix seconds of the wall clock) and a
    hex HMAC-SHA256 `Signature` of the method, expiry and object path.
    """

    access_id = "exports@pictograph-simulator.iam.gserviceaccount.com"

    def __init__(self, wall_clock: WallClock, secret: bytes = b"pictograph-simulator-secret") -> None:
        self.wall_clock = wall_clock
        self.objects: dict[str, tuple[bytes, str]] = {}  # key -> (bytes, download file name)
        self._secret = secret

    def put(self, key: str, data: bytes, file_name: str) -> None:
        self.objects[key] = (data, file_name)

    def delete(self, key: str) -> None:
        self.objects.pop(key, None)

    def _signature(self, key: str, expires: int) -> str:
        message = f"GET\n{expires}\n/{BUCKET}/{key}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def sign(self, base_url: str, key: str, ttl: float) -> tuple[str, datetime]:
        """A signed URL of `key` valid for `ttl` seconds of the wall clock, and its expiry."""
        expires = int(self.wall_clock().timestamp() + ttl)
        query = f"GoogleAccessId={quote(self.access_id, safe='')}&Expires={expires}"
        url = f"{base_url.rstrip('/')}/{BUCKET}/{quote(key)}?{query}&Signature={self._signature(key, expires)}"
        return url, datetime.fromtimestamp(expires, UTC)

    def check(
        self, key: str, expires: str | None, signature: str | None
    ) -> Literal["ok", "unsigned", "bad", "expired"]:
        if expires is None or signature is None:
            return "unsigned"
        if not expires.isascii() or not expires.isdigit():
            return "bad"
        if not hmac.compare_digest(signature.encode(), self._signature(key, int(expires)).encode()):
            return "bad"
        # Valid through the second named by Expires, as GCS does.
        return "expired" if self.wall_clock().timestamp() > int(expires) else "ok"


def _xml_error(status: int, code: str, message: str, details: str = "") -> Response:
    """An error in the XML form Google Cloud Storage uses."""
    extra = f"<Details>{details}</Details>" if details else ""
    body = (
        f"<?xml version='1.0' encoding='UTF-8'?><Error><Code>{code}</Code><Message>{message}</Message>{extra}</Error>"
    )
    return Response(body, status_code=status, media_type="application/xml; charset=UTF-8")


_RANGE = re.compile(r"bytes=([0-9]*)-([0-9]*)")


def _byte_range(header: str | None, size: int) -> tuple[int, int] | Literal["ignore", "unsatisfiable"]:
    """(first, last) byte of a single `Range`; several ranges or bad syntax are ignored (RFC 9110)."""
    match = _RANGE.fullmatch(header.strip()) if header else None
    if match is None or match.group(1) == match.group(2) == "":
        return "ignore"
    first, last = match.group(1), match.group(2)
    if first == "":  # suffix: the last N bytes
        length = int(last)
        return (max(size - length, 0), size - 1) if length and size else "unsatisfiable"
    start = int(first)
    if last != "" and int(last) < start:
        return "ignore"
    end = size - 1 if last == "" else min(int(last), size - 1)
    return (start, end) if start < size else "unsatisfiable"


class _Dropped(Exception):
    """Raised after part of a body was sent, so that uvicorn closes the connection."""


class _CutResponse(Response):
    """Announces the whole Content-Length, sends `cut` bytes, then drops the connection."""

    def __init__(self, *args: Any, cut: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cut = cut

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        await send({"type": "http.response.body", "body": self.body[: self.cut], "more_body": True})
        raise _Dropped(f"connection dropped after {self.cut} bytes, as asked")


def _object_response(request: Request, data: bytes, file_name: str) -> Response:
    state = request.app.state
    size = len(data)
    headers = {
        "Accept-Ranges": "bytes",
        "ETag": f'"{hashlib.md5(data).hexdigest()}"',  # GCS's ETag is the MD5
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote(file_name, safe='')}",
        "Cache-Control": "private, max-age=0",
    }
    status, body = 200, data
    wanted = "ignore" if state.ignore_range else _byte_range(request.headers.get("range"), size)
    if wanted == "unsatisfiable":
        response = _xml_error(416, "InvalidRange", "The requested range cannot be satisfied.")
        return _with_headers(response, {"Content-Range": f"bytes */{size}"})
    if wanted != "ignore":
        first, last = wanted
        status, body = 206, data[first : last + 1]
        headers["Content-Range"] = f"bytes {first}-{last}/{size}"
    if state.truncate_next and request.method == "GET":
        cut = state.truncate_next.pop(0)
        return _CutResponse(body, status_code=status, headers=headers, media_type="application/zip", cut=cut)
    return Response(body, status_code=status, headers=headers, media_type="application/zip")


def _with_headers(response: Response, headers: Mapping[str, str]) -> Response:
    for name, value in headers.items():
        response.headers[name] = value
    return response


def _refusal(request: Request, storage: Storage, key: str) -> Response | None:
    """The storage host's answer to a request it will not serve, in GCS's words."""
    if "x-api-key" in request.headers or "authorization" in request.headers:
        # Credentials of the API must never reach the storage host; refusing them makes a leak loud.
        detail = "Requests to signed URLs must not carry credentials."
        return _xml_error(400, "InvalidArgument", "Invalid argument.", detail)
    if request.app.state.fail_next:
        status = request.app.state.fail_next.pop(0)
        return _xml_error(status, "InternalError", "We encountered an internal error. Please try again.")
    expires = request.query_params.get("Expires")
    verdict = storage.check(key, expires, request.query_params.get("Signature"))
    if verdict == "unsigned":
        detail = "Anonymous caller does not have storage.objects.get access."
        return _xml_error(403, "AccessDenied", "Access denied.", detail)
    if verdict == "bad":
        message = "The request signature we calculated does not match the signature you provided."
        return _xml_error(403, "SignatureDoesNotMatch", message)
    if verdict == "expired" and expires is not None:
        expired_at = datetime.fromtimestamp(int(expires), UTC).isoformat()
        detail = f"The provided token has expired. Request signature expired at: {expired_at}"
        return _xml_error(403, "ExpiredToken", "Invalid argument.", detail)
    return None


async def _get_object(request: Request) -> Response:
    storage: Storage = request.app.state.storage
    # From the raw path: the key is checked against its signature exactly as it was signed.
    key = unquote(_raw_path(request).removeprefix(f"/{BUCKET}/"))
    refusal = _refusal(request, storage, key)
    if refusal is not None:
        return refusal
    found = storage.objects.get(key)
    if found is None:
        return _xml_error(404, "NoSuchKey", "The specified key does not exist.")
    return _object_response(request, *found)


def create_storage_app(storage: Storage, *, ignore_range: bool = False) -> Starlette:
    """The storage host serving `storage`'s objects at signed URLs (GET and HEAD).

    Refusals: 400 when the request carries `X-API-Key` or `Authorization`, 403 when
    the URL is unsigned, its signature is wrong or it has expired, 404 for an unknown
    (or deleted) object, 416 for a range past the end. Switches on `app.state`, for
    tests: `ignore_range` (always answer 200 with the whole object), `fail_next`
    (statuses to answer the next requests with, one each) and `truncate_next`
    (byte counts after which the next GET responses drop the connection, one each).
    """
    requests: list[tuple[str, str]] = []
    request_log: list[RecordedRequest] = []
    app = Starlette(
        routes=[Route(f"/{BUCKET}/{{key:path}}", _get_object, methods=["GET"])],
        middleware=[Middleware(_Recorder, requests=requests, log=request_log)],
    )
    app.state.storage = storage
    app.state.ignore_range = ignore_range
    app.state.fail_next = []
    app.state.truncate_next = []
    app.state.requests = requests
    app.state.request_log = request_log
    return app


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
        storage: Storage,
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
            self.storage.put(job.storage_key, job.archive.data, f"{job.name}.zip")
        return status


# --- the HTTP app -------------------------------------------------------------------


class RecordedRequest(NamedTuple):
    method: str
    path: str  # percent-decoded, as Starlette routes on it
    raw_path: str  # as sent: what tells `a%2Fb` (one segment) from `a/b` (two)
    query: str
    headers: dict[str, str]


class _Recorder:
    """Records every request: `app.state.requests` (method, raw path) and `request_log`."""

    def __init__(self, app: ASGIApp, requests: list[tuple[str, str]], log: list[RecordedRequest]) -> None:
        self.app = app
        self.requests = requests
        self.log = log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
            raw_path = (scope.get("raw_path") or scope["path"].encode("utf-8")).decode("latin-1")
            query = scope.get("query_string", b"").decode("latin-1")
            self.requests.append((scope["method"], raw_path))
            self.log.append(RecordedRequest(scope["method"], scope["path"], raw_path, query, headers))
        await self.app(scope, receive, send)


def _raw_path(request: Request) -> str:
    raw: bytes | None = request.scope.get("raw_path")
    return raw.decode("latin-1") if raw else quote(request.scope["path"])


def _detail(message: str, status: int) -> JSONResponse:
    return JSONResponse({"detail": message}, status_code=status)


def _invalid(*errors: dict[str, Any]) -> JSONResponse:
    return JSONResponse({"detail": list(errors)}, status_code=422)


def _error(loc: Sequence[str | int], msg: str, kind: str) -> dict[str, Any]:
    return {"loc": list(loc), "msg": msg, "type": kind}


Endpoint = Callable[[Request], Awaitable[Response]]


def _authenticated(endpoint: Endpoint) -> Endpoint:
    """Requires a known `X-API-Key`; `Authorization: Bearer` is not accepted. Sets `request.state.role`."""

    @functools.wraps(endpoint)
    async def wrapper(request: Request) -> Response:
        keys: Mapping[str, str] = request.app.state.api_keys
        given = request.headers.get("x-api-key", "")
        role = next((r for key, r in keys.items() if hmac.compare_digest(given.encode(), key.encode())), None)
        if role is None:
            return _detail("Invalid or missing API key", 401)
        request.state.role = role
        return await endpoint(request)

    return wrapper


def _path_names(request: Request) -> list[str] | None:
    """The percent-decoded segments after the prefix, split on the raw path's `/` only.

    Starlette routes on the decoded path, where `parking lots%2Fwest` has become two
    segments; splitting the raw path first keeps a `/` inside a name in its name.
    """
    tail = _raw_path(request).removeprefix(API_PREFIX + "/")
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
    """An export as list_exports shows it (the fields of the page's example)."""
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

    def replay(self, key: str | None, body: bytes) -> Response | None:
        if key is None or key not in self.seen:
            return None
        digest, status, answer = self.seen[key]
        if digest != hashlib.sha256(body).digest():
            msg = "Idempotency-Key was already used with a different request body"
            return _invalid(_error(["header", "idempotency-key"], msg, "idempotency_key_reused"))
        return JSONResponse(answer, status_code=status)

    def remember(self, key: str | None, body: bytes, status: int, answer: dict[str, Any]) -> None:
        if key is not None:
            self.seen[key] = (hashlib.sha256(body).digest(), status, answer)


async def _create_export(request: Request) -> Response:
    store: ExportStore = request.app.state.exports
    idempotency: _Idempotency = request.app.state.idempotency
    raw = await request.body()
    key = request.headers.get("idempotency-key") or None
    replayed = idempotency.replay(key, raw)
    if replayed is not None:
        return replayed
    parsed = _parse_create_body(raw)
    if isinstance(parsed, list):
        return _invalid(*parsed)
    dataset = store.datasets.get(parsed.dataset_name)
    if dataset is None:
        return _detail("Dataset not found", 404)
    if store.get(dataset.name, parsed.name) is not None:
        return _detail(f"An export named {parsed.name!r} already exists in dataset {dataset.name!r}", 409)
    job = store.create(
        dataset,
        parsed.name,
        include_images=parsed.include_images,
        class_filter=parsed.class_filter,
        status_filter=parsed.status_filter,
    )
    answer = _created_record(job)
    idempotency.remember(key, raw, 201, answer)
    return JSONResponse(answer, status_code=201)


async def _list_exports(request: Request) -> Response:
    store: ExportStore = request.app.state.exports
    dataset_name = request.query_params.get("dataset_name")
    wanted = request.query_params.get("status")
    if wanted is not None and wanted not in EXPORT_STATUSES:
        msg = "Input should be 'pending', 'processing', 'completed' or 'failed'"
        return _invalid(_error(["query", "status"], msg, "enum"))
    if dataset_name is not None and dataset_name not in store.datasets:
        return _detail("Dataset not found", 404)
    records = []
    for job in list(store.jobs.values()):
        if dataset_name is not None and job.dataset.name != dataset_name:
            continue
        status = store.status(job)
        if wanted is None or status == wanted:
            records.append(_summary_record(job, status))
    return JSONResponse(records)


async def _collection(request: Request) -> Response:
    return await (_create_export(request) if request.method == "POST" else _list_exports(request))


async def _export_item(request: Request) -> Response:
    """GET/DELETE `{dataset_name}/{export_name}` and GET `.../download`, routed on the raw path."""
    names = _path_names(request)
    download = names is not None and len(names) == 3 and names[2] == "download"
    if names is None or len(names) != (3 if download else 2) or not all(names[:2]):
        return _detail("Not Found", 404)
    if download and request.method != "GET":
        return _detail("Method Not Allowed", 405)
    store: ExportStore = request.app.state.exports
    if request.method == "DELETE" and request.state.role not in DELETE_ROLES:
        return _detail("Deleting an export requires the admin or owner role", 403)
    job = store.get(names[0], names[1])
    if job is None:
        return _detail("Export not found", 404)
    if request.method == "DELETE":
        store.delete(job)
        return Response(status_code=204)
    status = store.status(job)
    if not download:
        return JSONResponse(_detail_record(job, status))
    if status != "completed" or job.archive is None:
        return _detail(f"Export is not completed (status: {status})", 409)
    return _download_url(request, job, job.archive)


def _download_url(request: Request, job: ExportJob, archive: Archive) -> Response:
    state = request.app.state
    base_url: str | None = state.storage_base_url
    if base_url is None:
        raise RuntimeError("storage_base_url is not set: start the storage app and set app.state.storage_base_url")
    url, expires_at = state.storage.sign(base_url, job.storage_key, state.download_url_ttl)
    return JSONResponse({"download_url": url, "expires_at": _iso(expires_at), "file_size": archive.file_size})


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)


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
    storage: Storage | None = None,
    fail_exports: bool = False,
    hostile_zip: bool = False,
    seed: int = 11,
    validator_violations: list[str] | None = None,
    spec_path: str | Path | None = None,
) -> Starlette:
    """The Pictograph Exports API over `datasets` (default: `build_datasets()`).

    `api_keys` maps each key to its role (`member`, `admin` or `owner`); only admin
    and owner may delete. A new export is pending for `pending_seconds` of `clock`,
    then processing for `processing_seconds`, then completed or failed. Dates come
    from `wall_clock`, by default UTC now moved along with `clock`, which also times
    the signed URLs (valid `download_url_ttl` seconds).

    The archives live in `storage` (`app.state.storage`, made here if not given);
    serve it with `create_storage_app` and set `app.state.storage_base_url` to its
    URL before asking for download URLs (`serve_with_storage` does both).

    Mutable switches: `app.state.exports.fail_exports` (new exports fail) and
    `app.state.exports.hostile_zip` (new archives carry `../evil.txt`, `/tmp/evil`,
    `images/../../evil2.txt` and a symlink `images/link.jpg`), also settable here.
    With `validator_violations`, every exchange is checked against the spec and
    violations are appended there. `app.state.requests` lists (method, raw path) of
    every request and `app.state.request_log` the same with query and headers.
    """
    datasets = datasets if datasets is not None else build_datasets()
    wall = wall_clock if wall_clock is not None else _derived_wall_clock(clock)
    storage = storage if storage is not None else Storage(wall)
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
    requests: list[tuple[str, str]] = []
    request_log: list[RecordedRequest] = []
    middleware = [Middleware(_Recorder, requests=requests, log=request_log)]
    if validator_violations is not None:
        # Closed object schemas: the simulator must send exactly the documented fields.
        validator = SpecValidator.cached(spec_path or SPEC_PATH, forbid_additional_properties=True)
        middleware.append(Middleware(ValidationMiddleware, validator=validator, violations=validator_violations))
    app = Starlette(
        routes=[
            Route(API_PREFIX + "/", _authenticated(_collection), methods=["GET", "POST"]),
            Route(API_PREFIX + "/{rest:path}", _authenticated(_export_item), methods=["GET", "DELETE"]),
        ],
        middleware=middleware,
        exception_handlers={HTTPException: _http_error},
    )
    app.state.api_keys = dict(api_keys)
    app.state.datasets = {dataset.name: dataset for dataset in datasets}
    app.state.exports = store
    app.state.storage = storage
    app.state.storage_base_url = storage_base_url
    app.state.download_url_ttl = download_url_ttl
    app.state.idempotency = _Idempotency()
    app.state.requests = requests
    app.state.request_log = request_log
    app.state.violations = validator_violations
    return app


@contextlib.contextmanager
def serve_with_storage(app: Starlette, *, ignore_range: bool = False) -> Iterator[tuple[RunningServer, RunningServer]]:
    """Serve `app` and a storage host for its archives; yields (api, storage) servers.

    The storage app is `app.state.storage_app`; `app.state.storage_base_url` points at it.
    """
    storage_app = create_storage_app(app.state.storage, ignore_range=ignore_range)
    with serve(storage_app) as storage_server, serve(app) as api_server:
        app.state.storage_app = storage_app
        app.state.storage_base_url = storage_server.base_url
        yield api_server, storage_server


def main(argv: Sequence[str] | None = None) -> None:
    """Serve the simulator on 127.0.0.1 for manual use, with its storage host beside it."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--pending-seconds", type=float, default=1.0)
    parser.add_argument("--processing-seconds", type=float, default=2.0)
    parser.add_argument("--hostile-zip", action="store_true")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    app = create_app(
        build_datasets(args.seed),
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
