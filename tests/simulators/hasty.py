"""Simulator of the Hasty public API v1 (`specs/hasty.yaml`) and of its storage host.

`build_world` makes the data (workspaces, an image project with datasets, small JPEG
images, labels, classes, attributes, tags and a keypoint schema, and a video project
with segments); `create_app` serves the whole API over it, every operation of the spec
on a real in-memory model: `X-Api-Key` auth (a viewer key gets 403 on writes), errors
`{"code", "message"}`, `X-Request-ID` on every response, `{meta, items}` lists paged with
offset/limit. Query strings and bodies are checked against the spec itself, so a
malformed request gets the 400 the vendor documents.

Long-running work follows an injectable clock: export jobs go INIT -> RUNNING -> DONE
(or FAILED on demand) and then carry a signed `meta.url` to a real ZIP; automated
labeling jobs report growing `progress`. `create_storage_app` is the second host:
signed, expiring URLs for uploads (PUT) and downloads (GET, with Range), refusing
any request that carries the API key. `serve_with_storage` runs both.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import functools
import hashlib
import hmac
import io
import json
import random
import re
import time
import uuid
import zipfile
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal, NamedTuple
from urllib.parse import quote, unquote

import jsonschema  # type: ignore[import-untyped, unused-ignore]
import uvicorn
import yaml  # type: ignore[import-untyped, unused-ignore]
from PIL import Image, ImageDraw
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tests.simulators.server import RunningServer, serve, start
from tests.simulators.validation import SpecValidator, ValidationMiddleware

__all__ = [
    "BUCKET",
    "DEFAULT_KEYS",
    "IMAGE_STATUSES",
    "SPEC_PATH",
    "ApiError",
    "ExportJob",
    "HastyState",
    "LabelingJob",
    "Project",
    "RecordedRequest",
    "Storage",
    "Upload",
    "Workspace",
    "World",
    "build_export_archive",
    "build_world",
    "create_app",
    "create_storage_app",
    "image_jpeg",
    "main",
    "serve_with_storage",
    "status_id_of",
]

SPEC_PATH = Path(__file__).resolve().parents[2] / "specs" / "hasty.yaml"
BUCKET = "hasty-simulator"
# Key -> role. Viewers may read everything and write nothing (403).
DEFAULT_KEYS: Mapping[str, str] = {"hasty-key-owner": "owner", "hasty-key-viewer": "viewer"}
IMAGE_STATUSES = ("NEW", "IN PROGRESS", "TO REVIEW", "DONE", "SKIPPED", "AUTO-LABELLED", "COMPLETED")
IMAGE_SIZE = (64, 48)  # pixels of the seeded JPEGs

Clock = Callable[[], float]
WallClock = Callable[[], datetime]
Json = Any


def status_id_of(status: str) -> str:
    """The fixed ID of a default status (the API pairs every status with a `status_id`)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"hasty-simulator/status/{status}"))


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Ids:
    """Deterministic UUIDs (v4 layout) from a seeded generator."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)

    def __call__(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


class ApiError(Exception):
    """An error answer, `{"code": status, "message": message}`."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _not_found(what: str) -> ApiError:
    return ApiError(404, f"{what} not found")


# --- the spec, read once: query parameters and bodies are checked against it -------------


@dataclass(frozen=True)
class _Param:
    name: str
    required: bool
    kind: str  # JSON type of the value once parsed: integer, number, boolean, array, string
    validator: jsonschema.Draft202012Validator


@dataclass(frozen=True)
class _OpSpec:
    op_id: str
    method: str
    path: str
    status: int
    query: tuple[_Param, ...]
    body: jsonschema.Draft202012Validator | None


class _Spec:
    """The operations of `specs/hasty.yaml`, with validators for their inputs."""

    uri = "urn:hasty-spec"

    def __init__(self, spec_path: Path) -> None:
        # The C loader when PyYAML has it: the spec is large and read by every test session.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        self.doc: dict[str, Any] = yaml.load(spec_path.read_text(encoding="utf-8"), Loader=loader)
        self._registry: Registry[Any] = Registry().with_resource(self.uri, DRAFT202012.create_resource(self.doc))
        self.operations = [self._operation(path, method, op) for path, method, op in self._walk()]

    def _walk(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for path, item in self.doc["paths"].items():
            for method, op in item.items():
                yield path, method, op

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.doc
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def validator(self, schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
        # Relative `#/components/...` refs are rewritten to the registered document.
        text = json.dumps(schema).replace('"#/components/', f'"{self.uri}#/components/')
        return jsonschema.Draft202012Validator(
            json.loads(text), registry=self._registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )

    def _operation(self, path: str, method: str, op: dict[str, Any]) -> _OpSpec:
        params = [self._resolve(p) for p in op.get("parameters", [])]
        query = tuple(
            _Param(p["name"], bool(p.get("required")), self._kind(p["schema"]), self.validator(p["schema"]))
            for p in params
            if p["in"] == "query"
        )
        body = None
        if "requestBody" in op:
            body = self.validator(op["requestBody"]["content"]["application/json"]["schema"])
        status = min(int(code) for code in op["responses"] if code.startswith("2"))
        return _OpSpec(op["operationId"], method, path, status, query, body)

    def _kind(self, schema: dict[str, Any]) -> str:
        return str(self._resolve(schema).get("type", "string"))


@functools.cache
def _spec(spec_path: Path) -> _Spec:
    return _Spec(spec_path)


def _scalar(raw: str, kind: str) -> Any:
    if kind == "integer":
        return int(raw) if re.fullmatch(r"-?[0-9]+", raw) else raw
    if kind == "number":
        try:
            return float(raw)
        except ValueError:
            return raw
    if kind == "boolean":
        return {"true": True, "false": False}.get(raw.lower(), raw)
    return raw


def _parse_query(op: _OpSpec, params: Mapping[str, str]) -> dict[str, Any]:
    """Query values typed per the spec; raises ApiError(400) on a missing or malformed one."""
    values: dict[str, Any] = {}
    for param in op.query:
        raw = params.get(param.name)
        if raw is None:
            if param.required:
                raise ApiError(400, f"{param.name}: query parameter is required")
            continue
        # Arrays are comma-separated (`style: form, explode: false`).
        value = raw.split(",") if param.kind == "array" else _scalar(raw, param.kind)
        error = next(iter(param.validator.iter_errors(value)), None)
        if error is not None:
            raise ApiError(400, f"{param.name}: {error.message}")
        values[param.name] = value
    return values


def _parse_body(op: _OpSpec, raw: bytes) -> Json:
    if op.body is None:
        return None
    if not raw.strip():
        raise ApiError(400, "request body is required")
    try:
        body = json.loads(raw)
    except ValueError as exc:
        raise ApiError(400, f"request body is not valid JSON: {exc}") from None
    error = jsonschema.exceptions.best_match(op.body.iter_errors(body))
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "body"
        raise ApiError(400, f"{where}: {error.message}")
    return body


# --- storage host ------------------------------------------------------------------------


@dataclass(eq=False)
class Upload:
    """A signed upload slot; `data` is set once the file was PUT to its URL."""

    id: str
    project_id: str
    data: bytes | None = None
    used: bool = False

    @property
    def key(self) -> str:
        return f"uploads/{self.id}"


class Storage:
    """The object store behind signed URLs, shared by the API app and the storage app.

    URLs are signed GCS-V2 style: `Expires` (Unix seconds of the wall clock) and a hex
    HMAC-SHA256 `Signature` of the method, the expiry and the object path, so a URL
    signed for PUT does not allow GET and the other way round.
    """

    access_id = "uploads@hasty-simulator.iam.gserviceaccount.com"

    def __init__(self, wall_clock: WallClock, secret: bytes = b"hasty-simulator-secret") -> None:
        self.wall_clock = wall_clock
        self.objects: dict[str, tuple[Callable[[], bytes], str, str]] = {}  # key -> (bytes, file name, type)
        self.uploads: dict[str, Upload] = {}
        self._secret = secret

    def put(self, key: str, data: bytes | Callable[[], bytes], file_name: str, media_type: str) -> None:
        """Store an object; a callable is called when the object is first read (seeded images)."""
        producer = data if callable(data) else (lambda: data)
        self.objects[key] = (producer, file_name, media_type)

    def _signature(self, method: str, key: str, expires: int) -> str:
        message = f"{method}\n{expires}\n/{BUCKET}/{key}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def sign(self, base_url: str, method: Literal["GET", "PUT"], key: str, ttl: float) -> str:
        """A URL allowing `method` on `key` for `ttl` seconds of the wall clock."""
        expires = int(self.wall_clock().timestamp() + ttl)
        query = f"GoogleAccessId={quote(self.access_id, safe='')}&Expires={expires}"
        signature = self._signature(method, key, expires)
        return f"{base_url.rstrip('/')}/{BUCKET}/{quote(key)}?{query}&Signature={signature}"

    def check(
        self, method: str, key: str, expires: str | None, signature: str | None
    ) -> Literal["ok", "unsigned", "bad", "expired"]:
        if expires is None or signature is None:
            return "unsigned"
        if not expires.isascii() or not expires.isdigit():
            return "bad"
        if not hmac.compare_digest(signature.encode(), self._signature(method, key, int(expires)).encode()):
            return "bad"
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
    start_at = int(first)
    if last != "" and int(last) < start_at:
        return "ignore"
    end = size - 1 if last == "" else min(int(last), size - 1)
    return (start_at, end) if start_at < size else "unsatisfiable"


def _refusal(request: Request, method: str, key: str) -> Response | None:
    """The storage host's answer to a request it will not serve, in GCS's words."""
    if "x-api-key" in request.headers or "authorization" in request.headers:
        # The API key must never reach the storage host; refusing it makes a leak loud.
        return _xml_error(
            400, "InvalidArgument", "Invalid argument.", "Requests to signed URLs must not carry credentials."
        )
    state = request.app.state
    if state.fail_next:
        return _xml_error(
            state.fail_next.pop(0), "InternalError", "We encountered an internal error. Please try again."
        )
    storage: Storage = state.storage
    expires = request.query_params.get("Expires")
    verdict = storage.check(method, key, expires, request.query_params.get("Signature"))
    if verdict == "unsigned":
        return _xml_error(403, "AccessDenied", "Access denied.", "Anonymous caller does not have storage access.")
    if verdict == "bad":
        message = "The request signature we calculated does not match the signature you provided."
        return _xml_error(403, "SignatureDoesNotMatch", message)
    if verdict == "expired" and expires is not None:
        expired_at = datetime.fromtimestamp(int(expires), UTC).isoformat()
        return _xml_error(403, "ExpiredToken", "Invalid argument.", f"Request signature expired at: {expired_at}")
    return None


def _storage_key(request: Request) -> str:
    raw: bytes | None = request.scope.get("raw_path")
    path = raw.decode("latin-1") if raw else quote(request.scope["path"])
    # From the raw path: the key is checked against its signature exactly as it was signed.
    return unquote(path.removeprefix(f"/{BUCKET}/"))


def _object_response(request: Request, data: bytes, file_name: str, media_type: str) -> Response:
    size = len(data)
    headers = {
        "Accept-Ranges": "bytes",
        "ETag": f'"{hashlib.md5(data).hexdigest()}"',  # GCS's ETag is the MD5
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote(file_name, safe='')}",
    }
    wanted = "ignore" if request.app.state.ignore_range else _byte_range(request.headers.get("range"), size)
    if wanted == "unsatisfiable":
        response = _xml_error(416, "InvalidRange", "The requested range cannot be satisfied.")
        response.headers["Content-Range"] = f"bytes */{size}"
        return response
    if wanted == "ignore":
        return Response(data, headers=headers, media_type=media_type)
    first, last = wanted
    headers["Content-Range"] = f"bytes {first}-{last}/{size}"
    return Response(data[first : last + 1], status_code=206, headers=headers, media_type=media_type)


async def _get_object(request: Request) -> Response:
    key = _storage_key(request)
    refusal = _refusal(request, "GET", key)
    if refusal is not None:
        return refusal
    storage: Storage = request.app.state.storage
    upload = storage.uploads.get(key.removeprefix("uploads/")) if key.startswith("uploads/") else None
    if upload is not None and upload.data is not None:
        return _object_response(request, upload.data, upload.id, "application/octet-stream")
    found = storage.objects.get(key)
    if found is None:
        return _xml_error(404, "NoSuchKey", "The specified key does not exist.")
    producer, file_name, media_type = found
    return _object_response(request, producer(), file_name, media_type)


async def _put_object(request: Request) -> Response:
    key = _storage_key(request)
    refusal = _refusal(request, "PUT", key)
    if refusal is not None:
        return refusal
    storage: Storage = request.app.state.storage
    upload = storage.uploads.get(key.removeprefix("uploads/")) if key.startswith("uploads/") else None
    if upload is None:
        return _xml_error(403, "AccessDenied", "Access denied.", "Only upload slots accept PUT.")
    upload.data = await request.body()
    return Response(b"", headers={"ETag": f'"{hashlib.md5(upload.data).hexdigest()}"'})


def create_storage_app(storage: Storage, *, ignore_range: bool = False) -> Starlette:
    """The storage host: GET (and HEAD) of objects and PUT of uploads, at signed URLs.

    Refusals: 400 when the request carries `X-Api-Key` or `Authorization`, 403 when the
    URL is unsigned, its signature is wrong (or was made for another method) or it has
    expired, 404 for an unknown object, 416 for a range past the end. Switches on
    `app.state`, for tests: `ignore_range` (always answer 200 with the whole object) and
    `fail_next` (statuses to answer the next requests with, one each).
    """
    requests: list[tuple[str, str]] = []
    request_log: list[RecordedRequest] = []
    app = Starlette(
        routes=[
            Route(f"/{BUCKET}/{{key:path}}", _get_object, methods=["GET"]),
            Route(f"/{BUCKET}/{{key:path}}", _put_object, methods=["PUT"]),
        ],
        middleware=[Middleware(_Recorder, requests=requests, log=request_log)],
    )
    app.state.storage = storage
    app.state.ignore_range = ignore_range
    app.state.fail_next = []
    app.state.requests = requests
    app.state.request_log = request_log
    return app


# --- the data ----------------------------------------------------------------------------


@dataclass(eq=False)
class Workspace:
    record: dict[str, Any]
    buckets: dict[str, dict[str, Any]] = field(default_factory=dict)  # credential_id -> record


@dataclass(eq=False)
class Project:
    """A project and everything in it; records are kept in the API's own shapes."""

    record: dict[str, Any]
    datasets: dict[str, dict[str, Any]] = field(default_factory=dict)
    images: dict[str, dict[str, Any]] = field(default_factory=dict)
    labels: dict[str, dict[str, Any]] = field(default_factory=dict)
    label_values: dict[str, dict[str, Any]] = field(default_factory=dict)  # label id -> attribute id -> value
    label_classes: dict[str, dict[str, Any]] = field(default_factory=dict)
    attributes: dict[str, dict[str, Any]] = field(default_factory=dict)
    attribute_classes: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    tag_classes: dict[str, dict[str, Any]] = field(default_factory=dict)
    tag_groups: dict[str, dict[str, Any]] = field(default_factory=dict)
    image_tags: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # image id -> tag id -> tag
    keypoint_schemas: dict[str, dict[str, Any]] = field(default_factory=dict)
    keypoint_schema_classes: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    videos: dict[str, dict[str, Any]] = field(default_factory=dict)
    segments: dict[str, dict[str, Any]] = field(default_factory=dict)
    activity_types: dict[str, dict[str, Any]] = field(default_factory=dict)
    exports: dict[str, ExportJob] = field(default_factory=dict)
    labeling_jobs: dict[str, LabelingJob] = field(default_factory=dict)
    ranking_sessions: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)  # image id -> uploaded bytes (seeded ones are drawn)

    @property
    def id(self) -> str:
        return str(self.record["id"])

    def labels_of(self, image_id: str) -> list[dict[str, Any]]:
        return [label for label in self.labels.values() if label["image_id"] == image_id]


@dataclass(eq=False)
class World:
    """Everything the simulator serves; `user_id` is the key's user."""

    workspaces: dict[str, Workspace]
    projects: dict[str, Project]
    user_id: str
    seed: int


_EPOCH = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
_CLASSES = (("car", "#e6194b", "object"), ("person", "#3cb44b", "object"), ("bicycle", "#4363d8", "object"))
_STATUS_WEIGHTS = (0.2, 0.15, 0.15, 0.3, 0.05, 0.05, 0.1)  # in IMAGE_STATUSES order


def _workspace(ids: _Ids, name: str, unique: str, role: str, *, default: bool) -> Workspace:
    return Workspace(
        {
            "id": ids(),
            "name": name,
            "unique_name": unique,
            "description": f"{name} (simulator)",
            "logo_url": None,
            "is_public": False,
            "is_default": default,
            "background_color": None,
            "subscription": "basic",
            "parked_on": None,
            "user_role": role,
            "allow_support": False,
            "support_email": None,
            "feature_mounting_buckets": True,
        }
    )


def _project_record(ids: _Ids, workspace: Workspace, user: str, name: str, content: str) -> dict[str, Any]:
    return {
        "id": ids(),
        "name": name,
        "last_opened_on": None,
        "owner_id": user,
        "workspace_id": workspace.record["id"],
        "description": f"{name} (simulator)",
        "created_on": _iso(_EPOCH),
        "content_type": content,
    }


def _seed_schema(project: Project, ids: _Ids) -> None:
    """Label classes, attributes and their links, tag groups and classes, a keypoint schema."""
    for norder, (name, color, kind) in enumerate(_CLASSES):
        cid = ids()
        project.label_classes[cid] = {
            "id": cid,
            "name": name,
            "description": f"A {name}",
            "type": kind,
            "color": color,
            "icon_url": None,
            "norder": float(norder),
            "parent_id": None,
            "external_id": None,
            "use_description_as_prompt": False,
        }
    colour = _attribute(ids, "Color", "SELECTION", ["red", "blue", "black", "white"], 0)
    occluded = _attribute(ids, "Occluded", "BOOL", [], 1)
    plate = _attribute(ids, "Plate", "TEXT", [], 2)
    for attribute in (colour, occluded, plate):
        project.attributes[attribute["id"]] = attribute
    car, person, bicycle = (c["id"] for c in project.label_classes.values())
    for order, (attribute, class_id) in enumerate(
        [(colour, car), (plate, car), (occluded, car), (occluded, person), (colour, bicycle)]
    ):
        link = {
            "attribute_id": attribute["id"],
            "class_id": class_id,
            "attribute_order": float(order),
            "class_order": 0.0,
        }
        project.attribute_classes[(attribute["id"], class_id)] = link
    group: dict[str, Any] = {"id": ids(), "name": "Weather", "type": "SELECTION", "is_required": False, "norder": 0.0}
    project.tag_groups[group["id"]] = group
    for norder, (name, in_group) in enumerate([("day", True), ("night", True), ("blurry", False)]):
        tid = ids()
        project.tag_classes[tid] = {
            "id": tid,
            "name": name,
            "norder": float(norder),
            "tag_group_id": group["id"] if in_group else None,
            "tag_group_name": group["name"] if in_group else None,
        }
    schema = _keypoint_schema(ids, project.id, "Person")
    project.keypoint_schemas[schema["id"]] = schema
    project.keypoint_schema_classes[(schema["id"], person)] = {
        "keypoint_schema_id": schema["id"],
        "label_class_id": person,
        "label_class_order": 0.0,
    }


def _attribute(ids: _Ids, name: str, kind: str, values: list[str], norder: int) -> dict[str, Any]:
    return {
        "id": ids(),
        "is_required": False,
        "name": name,
        "type": kind,
        "subject_type": "LABEL",
        "default": None,
        "description": f"{name} of the object",
        "min": None,
        "max": None,
        "norder": float(norder),
        "class_count": 0,
        "prediction_type": None,
        "prediction_model": None,
        "prediction_prompt": None,
        "values": [{"id": ids(), "value": value} for value in values],
    }


def _keypoint_schema(ids: _Ids, project_id: str, name: str) -> dict[str, Any]:
    schema_id, created = ids(), _iso(_EPOCH)
    audit = {"created_by": None, "create_date": created, "updated_by": None, "update_date": created}
    classes = []
    for norder, (point, x, y) in enumerate([("Head", 50, 10), ("Left Hand", 20, 50), ("Right Hand", 80, 50)]):
        classes.append(
            {
                "id": ids(),
                "keypoint_schema_id": schema_id,
                "name": point,
                "description": None,
                "min_points": 0,
                "max_points": 1,
                **audit,
                "norder": float(norder),
                "editor_x": float(x),
                "editor_y": float(y),
            }
        )
    edges = [
        {"id": ids(), "keypoint_schema_id": schema_id, "keypoint_class_id_a": classes[0]["id"],
         "keypoint_class_id_b": classes[i]["id"], "color": "#FF2233"}
        for i in (1, 2)
    ]  # fmt: skip
    return {
        "id": schema_id,
        "name": name,
        "project_id": project_id,
        "description": "Head and hands",
        "type": "pose",
        **audit,
        "norder": 0.0,
        "keypoint_classes": classes,
        "keypoint_skeleton": edges,
        "template_id": None,
    }


def _set_audit_users(schema: dict[str, Any], user: str) -> None:
    """Audit user fields are UUIDs in the spec: filled in once the key's user exists."""
    for holder in [schema, *schema["keypoint_classes"]]:
        holder["created_by"] = holder["updated_by"] = user


def _geometry(rng: random.Random, width: int, height: int) -> dict[str, Any]:
    """A box, and for some labels a polygon or an RLE mask inside it."""
    w, h = rng.randint(6, width // 2), rng.randint(6, height // 2)
    left, top = rng.randint(0, width - w - 1), rng.randint(0, height - h - 1)
    right, bottom = left + w, top + h
    geometry: dict[str, Any] = {"bbox": [left, top, right, bottom], "polygon": None, "mask": None, "tool_used": "bbox"}
    shape = rng.random()
    if shape < 0.3:
        geometry["polygon"] = [[left, top], [right, top], [right, bottom], [left, bottom], [left, top]]
        geometry["tool_used"] = "polygon"
    elif shape < 0.5:
        # One run per row of the box: (pixel index, length) pairs, row-major over the image.
        geometry["mask"] = [v for row in range(top, bottom) for v in (row * width + left, w)]
        geometry["tool_used"] = "brush"
    return geometry


def _seed_images(project: Project, ids: _Ids, rng: random.Random, user: str) -> None:
    width, height = IMAGE_SIZE
    datasets = list(project.datasets.values())
    classes = list(project.label_classes)
    colour = next(a for a in project.attributes.values() if a["name"] == "Color")
    day_night = [t["id"] for t in project.tag_classes.values() if t["tag_group_id"]]
    for index in range(40):
        dataset = datasets[0] if index < 30 else datasets[1]
        status = rng.choices(IMAGE_STATUSES, weights=_STATUS_WEIGHTS)[0]
        moment = _iso(_EPOCH + timedelta(minutes=index))
        image = _image_record(ids(), dataset, f"frame_{index:03d}.jpg", status, moment, user, width, height)
        project.images[image["id"]] = image
        if index % 3 == 0:
            tag = {"id": ids(), "tag_class_id": day_night[index % 2], "tag_class_name": ("day", "night")[index % 2]}
            project.image_tags[image["id"]] = {tag["id"]: tag}
        for z in range(0 if status == "NEW" else rng.randint(1, 4)):
            label = _label_record(
                ids(), image["id"], rng.choice(classes), _geometry(rng, width, height), z, moment, user
            )
            project.labels[label["id"]] = label
            if label["class_id"] == classes[0]:
                project.label_values[label["id"]] = {colour["id"]: rng.choice(colour["values"])["value"]}


def _image_record(
    image_id: str,
    dataset: dict[str, Any],
    name: str,
    status: str,
    moment: str,
    user: str,
    width: int,
    height: int,
    *,
    file_format: str = "JPEG",
    mode: str = "RGB",
    external_id: str | None = None,
) -> dict[str, Any]:
    return {
        "dataset_id": dataset["id"],
        "dataset_name": dataset["name"],
        "height": height,
        "id": image_id,
        "format": file_format,
        "mode": mode,
        "name": name,
        "health_status": "OK",
        "status": status,
        "status_id": status_id_of(status),
        "is_locked": False,
        "public_url": "",
        "thumbnail_url": "",
        "uploaded_on": moment,
        "update_date": moment,
        "updated_by": user,
        "url": "",
        "width": width,
        "external_id": external_id,
        "queue_ids": [],
        "exif": {"orientation": "1"},
    }


def _label_record(
    label_id: str, image_id: str, class_id: str, geometry: dict[str, Any], z_index: int, moment: str, user: str
) -> dict[str, Any]:
    return {
        "bbox": geometry.get("bbox"),
        "class_id": class_id,
        "created_on": moment,
        "external_event_id": None,
        "image_id": image_id,
        "id": label_id,
        "mask": geometry.get("mask"),
        "polygon": geometry.get("polygon"),
        "tool_used": geometry.get("tool_used"),
        "updated_on": moment,
        "labeled_by": user,
        "z_index": z_index,
        "external_id": geometry.get("external_id"),
        "keypoints": geometry.get("keypoints"),
    }


def _seed_videos(project: Project, ids: _Ids, user: str) -> None:
    dataset = next(iter(project.datasets.values()))
    for name, color in (("walking", "#00aa00"), ("crossing", "#aa0000")):
        activity = {"id": ids(), "created_at": _iso(_EPOCH), "name": name, "color": color, "prefix": name[:2]}
        project.activity_types[activity["id"]] = activity
    walking, crossing = project.activity_types
    for index in range(3):
        video = _video_record(ids(), dataset, f"clip_{index:02d}.mp4", _iso(_EPOCH + timedelta(hours=index)))
        project.videos[video["id"]] = video
        for start_ms, end_ms, activity_id in ((0, 4000, walking), (3000, 9000, crossing)):
            segment = {
                "id": ids(),
                "video_id": video["id"],
                "start_time_ms": start_ms + index * 100,
                "end_time_ms": end_ms + index * 100,
                "activities": [activity_id],
                "prediction_id": None,
                "created_by": user,
                "created_at": _iso(_EPOCH),
            }
            project.segments[segment["id"]] = segment


def _video_record(video_id: str, dataset: dict[str, Any], name: str, moment: str) -> dict[str, Any]:
    return {
        "id": video_id,
        "name": name,
        "dataset_id": dataset["id"],
        "width": 1280,
        "height": 720,
        "format": "mp4",
        "frame_rate": 25.0,
        "public_url": "",
        "uploaded_at": moment,
        "url": "",
        "duration_ms": 12000,
        "duration_frames": 300,
        "status": "NEW",
        "status_id": status_id_of("NEW"),
        "health_status": "OK",
        "dataset_name": dataset["name"],
        "queue_ids": [],
    }


def _dataset(ids: _Ids, project: Project, name: str, norder: int) -> None:
    record: dict[str, Any] = {"id": ids(), "name": name, "norder": float(norder), "project_id": project.id}
    project.datasets[record["id"]] = record


@functools.lru_cache(maxsize=4)
def _pristine_world(seed: int) -> World:
    ids, rng = _Ids(seed), random.Random(seed)
    user = ids()
    main_ws = _workspace(ids, "Hasty Workspace", "hasty_workspace", "Owner", default=True)
    partner = _workspace(ids, "Partner Workspace", "partner_workspace", "Member", default=False)
    credential = {
        "credential_id": ids(),
        "description": "Autonomous car dashcam pictures",
        "cloud_provider": "s3",
        "created_at": _iso(_EPOCH),
        "update_at": _iso(_EPOCH),
    }
    main_ws.buckets[credential["credential_id"]] = credential
    streets = Project(_project_record(ids, main_ws, user, "Street scenes", "IMAGES"))
    _dataset(ids, streets, "train", 0)
    _dataset(ids, streets, "val", 1)
    _seed_schema(streets, ids)
    for schema in streets.keypoint_schemas.values():
        _set_audit_users(schema, user)
    _seed_images(streets, ids, rng, user)
    traffic = Project(_project_record(ids, main_ws, user, "Traffic videos", "VIDEOS"))
    _dataset(ids, traffic, "clips", 0)
    _seed_videos(traffic, ids, user)
    workspaces = {w.record["id"]: w for w in (main_ws, partner)}
    return World(workspaces, {p.id: p for p in (streets, traffic)}, user, seed)


def build_world(seed: int = 5) -> World:
    """A fresh copy of the deterministic data (cheap: the original is built once per seed)."""
    return copy.deepcopy(_pristine_world(seed))


_PALETTE = ((230, 25, 75), (60, 180, 75), (67, 99, 216), (245, 130, 48))


@functools.lru_cache(maxsize=1024)
def _drawn_jpeg(seed_text: str, boxes: tuple[tuple[int, int, int, int], ...]) -> bytes:
    shade = int(hashlib.sha256(seed_text.encode()).hexdigest()[:2], 16) % 80
    image = Image.new("RGB", IMAGE_SIZE, (100 + shade, 115, 125 + shade // 2))
    draw = ImageDraw.Draw(image)
    for n, box in enumerate(boxes):
        draw.rectangle(box, outline=_PALETTE[n % len(_PALETTE)])
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=70)
    return out.getvalue()


def image_jpeg(project: Project, image_id: str) -> bytes:
    """The image's bytes: the uploaded file, or a small JPEG drawn from its labels."""
    if image_id in project.files:
        return project.files[image_id]
    boxes = tuple(tuple(label["bbox"]) for label in project.labels_of(image_id) if label.get("bbox"))
    return _drawn_jpeg(image_id, boxes)  # type: ignore[arg-type, unused-ignore]


# --- jobs --------------------------------------------------------------------------------


@dataclass(eq=False)
class ExportJob:
    """An export; its status follows from the clock (see `status`)."""

    id: str
    project_id: str
    started_by: str
    started: float  # the clock's reading at creation
    started_on: datetime
    request: dict[str, Any]
    export_name: str
    init_seconds: float
    total_seconds: float
    failure: str | None  # decided at creation, reported once the run time is over
    archive: bytes | None = field(default=None, repr=False)

    @property
    def storage_key(self) -> str:
        return f"exports/{self.id}/{self.export_name}.zip"

    @property
    def completed_on(self) -> datetime:
        return self.started_on + timedelta(seconds=self.total_seconds)

    def status(self, now: float) -> str:
        elapsed = now - self.started
        if elapsed < self.init_seconds:
            return "INIT"
        if elapsed < self.total_seconds:
            return "RUNNING"  # inferred: the page and public-facts name no state between INIT and DONE
        return "FAILED" if self.failure is not None else "DONE"


@dataclass(eq=False)
class LabelingJob:
    """An automated labeling run; progress grows linearly with the clock over `seconds`."""

    record: dict[str, Any]  # the request's settings and identity, in the API's shape
    started: float
    started_on: datetime
    seconds: float
    image_count: int

    def progress(self, now: float) -> float:
        if self.seconds <= 0:
            return 1.0
        return max(0.0, min(1.0, (now - self.started) / self.seconds))

    def view(self, now: float) -> dict[str, Any]:
        progress = self.progress(now)
        status = "DONE" if progress >= 1.0 else ("INIT" if progress == 0.0 else "RUNNING")
        done_at = self.started_on + timedelta(seconds=self.seconds)
        return {
            **self.record,
            "status": status,
            "progress": round(progress, 4),
            "images_processed": int(self.image_count * progress),
            "completed_on": _iso(done_at) if status == "DONE" else None,
        }


# --- state -------------------------------------------------------------------------------


@dataclass
class _Timing:
    export_init_seconds: float
    export_seconds: float
    labeling_seconds: float
    download_url_ttl: float
    upload_url_ttl: float


class HastyState:
    """The world plus what the API needs to serve it: clocks, storage, switches."""

    def __init__(
        self, world: World, storage: Storage, *, clock: Clock, wall_clock: WallClock, timing: _Timing, seed: int
    ) -> None:
        self.world = world
        self.storage = storage
        self.clock = clock
        self.wall_clock = wall_clock
        self.timing = timing
        self.new_id = _Ids(seed + 1)
        self.fail_exports = False  # new exports end FAILED, for tests of the failure path
        self.credits: int | None = None  # None: unlimited; else each automated labeling or ranking run costs 1
        self.fail_next: list[int] = []  # statuses to answer the next API requests with, one each
        self.bucket_imports: list[dict[str, Any]] = []

    def now(self) -> str:
        return _iso(self.wall_clock())

    def project(self, project_id: str) -> Project:
        found = self.world.projects.get(project_id)
        if found is None:
            raise _not_found("Project")
        return found

    def workspace(self, workspace_id: str) -> Workspace:
        found = self.world.workspaces.get(workspace_id)
        if found is None:
            raise _not_found("Workspace")
        return found

    def spend_credit(self) -> None:
        if self.credits is None:
            return
        if self.credits <= 0:
            raise ApiError(402, "Insufficient credits")
        self.credits -= 1

    def export_status(self, project: Project, job: ExportJob) -> str:
        """The job's status now; a job first seen DONE gets its archive built and stored."""
        status = job.status(self.clock())
        if status == "DONE" and job.archive is None:
            job.archive = build_export_archive(project, job.request, job.export_name, job.completed_on)
            self.storage.put(job.storage_key, job.archive, f"{job.export_name}.zip", "application/zip")
        return status


# --- request context and views -------------------------------------------------------------


@dataclass
class _Ctx:
    state: HastyState
    path: dict[str, str]
    query: dict[str, Any]
    body: Any
    storage_base_url: str | None

    def project(self) -> Project:
        return self.state.project(self.path["project_id"])

    def signed_get(self, key: str, ttl: float | None = None) -> str:
        if self.storage_base_url is None:
            raise RuntimeError("storage_base_url is not set: start the storage app and set app.state.storage_base_url")
        return self.state.storage.sign(self.storage_base_url, "GET", key, ttl or self.state.timing.download_url_ttl)

    def page(self, items: Sequence[Any], kind: str, search: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """A `{meta, items}` page by the query's offset and limit."""
        offset, limit = self.query.get("offset", 0), self.query.get("limit", 100)
        meta = {"object": kind, "limit": limit, "offset": offset, "total": len(items)}
        meta["search_parameters"] = dict(search if search is not None else self._filters())
        return {"meta": meta, "items": list(items[offset : offset + limit])}

    def _filters(self) -> dict[str, Any]:
        return {k: v for k, v in self.query.items() if k not in ("offset", "limit")}


def _whole(items: Sequence[Any], kind: str) -> dict[str, Any]:
    """An unpaged `{meta, items}` list (meta carries only object and total, as on the page)."""
    return {"meta": {"object": kind, "total": len(items)}, "items": list(items)}


def _find(table: Mapping[str, dict[str, Any]], key: str, what: str) -> dict[str, Any]:
    found = table.get(key)
    if found is None:
        raise _not_found(what)
    return found


def _image_view(ctx: _Ctx, project: Project, image: dict[str, Any]) -> dict[str, Any]:
    view = dict(image)
    view["dataset_name"] = project.datasets[image["dataset_id"]]["name"]
    if ctx.storage_base_url is not None:
        key = f"images/{project.id}/{image['id']}"
        ctx.state.storage.put(key, functools.partial(image_jpeg, project, image["id"]), image["name"], "image/jpeg")
        view["url"] = view["public_url"] = view["thumbnail_url"] = ctx.signed_get(key)
    return view


def _label_view(ctx: _Ctx, label: dict[str, Any]) -> dict[str, Any]:
    view = dict(label)
    if ctx.query.get("include_border_mask"):
        view["border_mask"] = json.dumps(label["mask"]) if label.get("mask") else None
    if ctx.query.get("include_errors"):
        view["error"] = None
    return view


def _project_label_view(ctx: _Ctx, project: Project, label: dict[str, Any]) -> dict[str, Any]:
    image = project.images[label["image_id"]]
    dataset = project.datasets[image["dataset_id"]]
    view = {
        "id": label["id"],
        "url": f"{image['name']}#{label['id']}",
        "class_id": label["class_id"],
        "class_name": project.label_classes[label["class_id"]]["name"],
        "created_by": label["labeled_by"],
        "dataset_id": dataset["id"],
        "dataset_name": dataset["name"],
        "image_id": image["id"],
        "image_name": image["name"],
        "image_status": image["status"],
        "status_id": image["status_id"],
        "labeled_by": label["labeled_by"],
        "bbox": label["bbox"],
        "polygon": label["polygon"],
        "mask": label["mask"],
        # Thumbnails of these small images are the images themselves: same coordinates.
        "thumb_bbox": label["bbox"],
        "thumb_polygon": label["polygon"],
        "thumb_mask": label["mask"],
        "keypoint_labels": label.get("keypoints"),
    }
    if ctx.query.get("add_keypoint_data") and label.get("keypoints"):
        wanted = {k["keypoint_class_id"] for k in label["keypoints"]}
        classes = [c for s in project.keypoint_schemas.values() for c in s["keypoint_classes"] if c["id"] in wanted]
        view["keypoint_classes"] = classes
    return view


def _value_view(project: Project, label_id: str, attribute_id: str) -> dict[str, Any]:
    attribute = project.attributes[attribute_id]
    return {
        "id": attribute_id,
        "label_id": label_id,
        "name": attribute["name"],
        "type": attribute["type"],
        "description": attribute["description"],
        "value": project.label_values.get(label_id, {}).get(attribute_id),
    }


def _attribute_view(project: Project, attribute: dict[str, Any]) -> dict[str, Any]:
    count = sum(1 for attribute_id, _ in project.attribute_classes if attribute_id == attribute["id"])
    return {**attribute, "class_count": count}


def _job_view(ctx: _Ctx, project: Project, job: ExportJob) -> dict[str, Any]:
    status = ctx.state.export_status(project, job)
    meta: dict[str, Any] = {}
    if status == "DONE":
        # Each read signs a fresh URL (inferred), so a client whose URL expired asks again.
        meta = {"url": ctx.signed_get(job.storage_key), "export_name": job.export_name}
    elif status == "FAILED":
        meta = {"export_name": job.export_name, "error": job.failure}
    finished = status in ("DONE", "FAILED")
    return {
        "id": job.id,
        "type": "EXPORT",
        "status": status,
        "started_by": job.started_by,
        "project_id": job.project_id,
        "started_on": _iso(job.started_on),
        "completed_on": _iso(job.completed_on) if finished else None,
        "meta": meta,
    }


# --- export archives ---------------------------------------------------------------------


def _export_images(project: Project, request: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The images an export covers: by dataset, image status and tag class (any of each list)."""
    datasets = set(request.get("dataset_id") or ())
    statuses = set(request.get("image_status") or ())
    tags = set(request.get("tag") or ())
    chosen = []
    for image in project.images.values():
        if datasets and image["dataset_id"] not in datasets:
            continue
        if statuses and image["status"] not in statuses:
            continue
        image_tags = {t["tag_class_id"] for t in project.image_tags.get(image["id"], {}).values()}
        if tags and not image_tags & tags:
            continue
        chosen.append(image)
    return chosen


def _export_labels(project: Project, image_id: str, classes: set[str]) -> list[dict[str, Any]]:
    return [label for label in project.labels_of(image_id) if not classes or label["class_id"] in classes]


def _json_v11(project: Project, images: list[dict[str, Any]], classes: set[str], created: datetime) -> dict[str, Any]:
    """The annotation document, shaped after Hasty's `json_v1.1` export."""
    names = {a_id: a["name"] for a_id, a in project.attributes.items()}
    return {
        "project_name": project.record["name"],
        "create_date": project.record["created_on"],
        "export_format_version": "1.1",
        "export_date": _iso(created),
        "label_classes": [
            {"class_name": c["name"], "color": c["color"], "class_type": c["type"], "norder": c["norder"]}
            for c in project.label_classes.values()
            if not classes or c["id"] in classes
        ],
        "images": [
            {
                "image_id": image["id"],
                "image_name": image["name"],
                "dataset_name": project.datasets[image["dataset_id"]]["name"],
                "width": image["width"],
                "height": image["height"],
                "image_status": image["status"],
                "tags": sorted(t["tag_class_name"] for t in project.image_tags.get(image["id"], {}).values()),
                "labels": [
                    {
                        "id": label["id"],
                        "class_name": project.label_classes[label["class_id"]]["name"],
                        "bbox": label["bbox"],
                        "polygon": label["polygon"],
                        "mask": label["mask"],
                        "z_index": label["z_index"],
                        "attributes": {names[a]: v for a, v in project.label_values.get(label["id"], {}).items()},
                    }
                    for label in _export_labels(project, image["id"], classes)
                ],
            }
            for image in images
        ],
    }


def _coco(project: Project, images: list[dict[str, Any]], classes: set[str]) -> dict[str, Any]:
    category = {cid: n for n, cid in enumerate(project.label_classes, start=1)}
    annotations: list[dict[str, Any]] = []
    for index, image in enumerate(images, start=1):
        for label in _export_labels(project, image["id"], classes):
            if label.get("bbox"):
                left, top, right, bottom = label["bbox"]
                box = [left, top, right - left, bottom - top]
                annotations.append(
                    {"id": len(annotations) + 1, "image_id": index, "category_id": category[label["class_id"]],
                     "bbox": box, "area": box[2] * box[3], "iscrowd": 0}
                )  # fmt: skip
    return {
        "images": [
            {"id": n, "file_name": i["name"], "width": i["width"], "height": i["height"]}
            for n, i in enumerate(images, start=1)
        ],
        "annotations": annotations,
        "categories": [
            {"id": category[cid], "name": c["name"]}
            for cid, c in project.label_classes.items()
            if not classes or cid in classes
        ],
    }


def _yolo_lines(project: Project, image: dict[str, Any], classes: set[str]) -> str:
    order = list(project.label_classes)
    lines = []
    for label in _export_labels(project, image["id"], classes):
        if label.get("bbox"):
            left, top, right, bottom = label["bbox"]
            w, h = image["width"], image["height"]
            cx, cy = (left + right) / 2 / w, (top + bottom) / 2 / h
            lines.append(
                f"{order.index(label['class_id'])} {cx:.6f} {cy:.6f} {(right - left) / w:.6f} {(bottom - top) / h:.6f}"
            )
    return "\n".join(lines) + ("\n" if lines else "")


def build_export_archive(project: Project, request: Mapping[str, Any], export_name: str, created: datetime) -> bytes:
    """The export ZIP.

    `json_coco`: `<export_name>.json` in COCO form; `yolo`: `classes.txt` and
    `labels/<image stem>.txt`; every other format: `<export_name>.json` in json_v1.1
    form (the simulator draws no semantic PNGs or Pascal XML), plus `images/<dataset>/<name>`
    for the `images` format.
    """
    images = _export_images(project, request)
    classes = set(request.get("class") or ())
    fmt = request["format"]
    stamp = created.astimezone(UTC).timetuple()[:6]  # fixed member times: the same export, the same bytes
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:

        def write(name: str, data: str | bytes, *, deflate: bool = True) -> None:
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
            archive.writestr(info, data)

        if fmt == "json_coco":
            write(f"{export_name}.json", json.dumps(_coco(project, images, classes), indent=2))
        elif fmt == "yolo":
            write("classes.txt", "".join(f"{c['name']}\n" for c in project.label_classes.values()))
            for image in images:
                write(f"labels/{Path(image['name']).stem}.txt", _yolo_lines(project, image, classes))
        else:
            write(f"{export_name}.json", json.dumps(_json_v11(project, images, classes, created), indent=2))
        if fmt == "images":
            for image in images:
                dataset = project.datasets[image["dataset_id"]]["name"]
                write(f"images/{dataset}/{image['name']}", image_jpeg(project, image["id"]), deflate=False)
    return out.getvalue()


# --- handlers: one per operationId of the spec -----------------------------------------------
# A handler returns the answer's JSON (None when the operation answers no body) or raises
# ApiError; the dispatcher sends it with the operation's documented success status.

Handler = Callable[[_Ctx], Json]
_HANDLERS: dict[str, Handler] = {}


def _handles(*op_ids: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for op_id in op_ids:
            _HANDLERS[op_id] = handler
        return handler

    return register


def _given(body: Mapping[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    """The fields the body carries. Inferred: PUT replaces the fields given and keeps the others."""
    return {name: body[name] for name in fields if name in body}


def _or(value: Any, default: Any) -> Any:
    return default if value is None else value


# workspaces and projects


_WORKSPACE_FIELDS = (
    "name", "unique_name", "description", "logo_url", "is_public", "background_color", "allow_support",
    "support_email", "feature_mounting_buckets",
)  # fmt: skip


@_handles("list_workspaces")
def _list_workspaces(ctx: _Ctx) -> Json:
    return ctx.page([w.record for w in ctx.state.world.workspaces.values()], "workspace")


@_handles("get_workspace")
def _get_workspace(ctx: _Ctx) -> Json:
    return ctx.state.workspace(ctx.path["workspace_id"]).record


@_handles("update_workspace")
def _update_workspace(ctx: _Ctx) -> Json:
    workspace = ctx.state.workspace(ctx.path["workspace_id"])
    workspace.record.update(_given(ctx.body, _WORKSPACE_FIELDS))
    return workspace.record


@_handles("list_projects")
def _list_projects(ctx: _Ctx) -> Json:
    wanted = str(ctx.query.get("name", "")).casefold()
    records = [p.record for p in ctx.state.world.projects.values() if wanted in p.record["name"].casefold()]
    return ctx.page(records, "project")


def _project_workspace(ctx: _Ctx, workspace_id: str | None) -> str:
    if workspace_id is None:
        return str(next(w.record["id"] for w in ctx.state.world.workspaces.values() if w.record["is_default"]))
    if workspace_id not in ctx.state.world.workspaces:
        raise ApiError(400, f"workspace_id: no workspace {workspace_id}")
    return workspace_id


@_handles("create_project")
def _create_project(ctx: _Ctx) -> Json:
    body = ctx.body
    record = {
        "id": ctx.state.new_id(),
        "name": body["name"],
        "last_opened_on": None,
        "owner_id": ctx.state.world.user_id,
        "workspace_id": _project_workspace(ctx, body.get("workspace_id")),
        "description": body.get("description"),
        "created_on": ctx.state.now(),
        "content_type": body.get("content_type", "IMAGES"),
    }
    ctx.state.world.projects[record["id"]] = Project(record)
    return record


@_handles("get_project")
def _get_project(ctx: _Ctx) -> Json:
    project = ctx.project()
    project.record["last_opened_on"] = ctx.state.now()
    return project.record


@_handles("update_project")
def _update_project(ctx: _Ctx) -> Json:
    project = ctx.project()
    changes = _given(ctx.body, ("name", "description", "content_type"))
    if "workspace_id" in ctx.body:
        changes["workspace_id"] = _project_workspace(ctx, ctx.body["workspace_id"])
    project.record.update(changes)
    return project.record


@_handles("delete_project")
def _delete_project(ctx: _Ctx) -> Json:
    del ctx.state.world.projects[ctx.project().id]


# datasets


def _unique_dataset_name(project: Project, name: str, exclude: str | None = None) -> None:
    if any(d["name"] == name and d["id"] != exclude for d in project.datasets.values()):
        raise ApiError(400, f"name: a dataset named {name!r} already exists")


@_handles("list_datasets")
def _list_datasets(ctx: _Ctx) -> Json:
    wanted = str(ctx.query.get("name", "")).casefold()
    records = [d for d in ctx.project().datasets.values() if wanted in d["name"].casefold()]
    return ctx.page(sorted(records, key=lambda d: d["norder"]), "dataset")


@_handles("create_dataset")
def _create_dataset(ctx: _Ctx) -> Json:
    project = ctx.project()
    _unique_dataset_name(project, ctx.body["name"])
    norder = _or(ctx.body.get("norder"), float(len(project.datasets)))
    record = {"id": ctx.state.new_id(), "name": ctx.body["name"], "norder": norder, "project_id": project.id}
    project.datasets[record["id"]] = record
    return record


@_handles("get_dataset")
def _get_dataset(ctx: _Ctx) -> Json:
    return _find(ctx.project().datasets, ctx.path["dataset_id"], "Dataset")


@_handles("update_dataset")
def _update_dataset(ctx: _Ctx) -> Json:
    project = ctx.project()
    record = _find(project.datasets, ctx.path["dataset_id"], "Dataset")
    _unique_dataset_name(project, ctx.body["name"], exclude=record["id"])
    record["name"] = ctx.body["name"]
    record["norder"] = _or(ctx.body.get("norder"), record["norder"])
    return record


@_handles("delete_dataset")
def _delete_dataset(ctx: _Ctx) -> Json:
    project = ctx.project()
    dataset = _find(project.datasets, ctx.path["dataset_id"], "Dataset")
    for image in [i for i in project.images.values() if i["dataset_id"] == dataset["id"]]:
        _forget_image(project, image["id"])
    for video in [v for v in project.videos.values() if v["dataset_id"] == dataset["id"]]:
        _forget_video(project, video["id"])
    del project.datasets[dataset["id"]]


# uploads and images


@_handles("get_upload_urls")
def _get_upload_urls(ctx: _Ctx) -> Json:
    project = ctx.project()
    if ctx.storage_base_url is None:
        raise RuntimeError("storage_base_url is not set: start the storage app and set app.state.storage_base_url")
    items = []
    for _ in range(ctx.query["count"]):
        upload = Upload(ctx.state.new_id(), project.id)
        ctx.state.storage.uploads[upload.id] = upload
        url = ctx.state.storage.sign(ctx.storage_base_url, "PUT", upload.key, ctx.state.timing.upload_url_ttl)
        items.append({"id": upload.id, "url": url})
    return _whole(items, "upload")


def _take_upload(ctx: _Ctx, project: Project, upload_id: str) -> bytes:
    """The bytes PUT to an upload slot of this project; a slot serves one image or video."""
    upload = ctx.state.storage.uploads.get(upload_id)
    if upload is None or upload.project_id != project.id:
        raise ApiError(400, f"upload_id: no upload {upload_id} in this project")
    if upload.used:
        raise ApiError(400, f"upload_id: upload {upload_id} was already used")
    if upload.data is None:
        raise ApiError(400, f"upload_id: nothing was uploaded to {upload_id}; PUT the file to its signed URL first")
    upload.used = True
    return upload.data


def _probe(data: bytes) -> tuple[int, int, str, str]:
    try:
        with Image.open(io.BytesIO(data)) as image:
            return image.width, image.height, str(image.format), image.mode
    except Exception:  # PIL raises many types for non-images
        raise ApiError(400, "the uploaded file is not an image Hasty can read") from None


def _name_taken(project: Project, dataset_id: str, name: str, exclude: str | None = None) -> dict[str, Any] | None:
    return next(
        (
            i
            for i in project.images.values()
            if i["dataset_id"] == dataset_id and i["name"] == name and i["id"] != exclude
        ),
        None,
    )


def _dataset_of(project: Project, dataset_id: str) -> dict[str, Any]:
    found = project.datasets.get(dataset_id)
    if found is None:
        raise ApiError(400, f"dataset_id: no dataset {dataset_id} in this project")
    return found


def _store_file(ctx: _Ctx, project: Project, image: dict[str, Any], data: bytes, name: str) -> None:
    width, height, file_format, mode = _probe(data)
    project.files[image["id"]] = data
    image.update(name=name, width=width, height=height, format=file_format, mode=mode)
    image.update(update_date=ctx.state.now(), updated_by=ctx.state.world.user_id)


@_handles("create_image")
def _create_image(ctx: _Ctx) -> Json:
    project, body = ctx.project(), ctx.body
    dataset = _dataset_of(project, body["dataset_id"])
    existing = _name_taken(project, dataset["id"], body["filename"])
    if existing is not None and not ctx.query.get("replace"):
        raise ApiError(400, f"filename: {body['filename']!r} already exists in dataset {dataset['name']!r}")
    data = _take_upload(ctx, project, body["upload_id"])
    image = existing
    if image is None:
        now, user = ctx.state.now(), ctx.state.world.user_id
        image = _image_record(ctx.state.new_id(), dataset, body["filename"], "NEW", now, user, 0, 0)
    _store_file(ctx, project, image, data, body["filename"])
    if "external_id" in body:
        image["external_id"] = body["external_id"]
    project.images[image["id"]] = image
    return _image_view(ctx, project, image)


def _image(ctx: _Ctx, project: Project) -> dict[str, Any]:
    return _find(project.images, ctx.path["image_id"], "Image")


@_handles("get_image")
def _get_image(ctx: _Ctx) -> Json:
    project = ctx.project()
    return _image_view(ctx, project, _image(ctx, project))


@_handles("replace_image")
def _replace_image(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    if _name_taken(project, image["dataset_id"], ctx.body["filename"], exclude=image["id"]):
        raise ApiError(400, f"filename: {ctx.body['filename']!r} already exists in the dataset")
    _store_file(ctx, project, image, _take_upload(ctx, project, ctx.body["upload_id"]), ctx.body["filename"])
    if "external_id" in ctx.body:
        image["external_id"] = ctx.body["external_id"]
    return _image_view(ctx, project, image)


def _move_and_rename(project: Project, item: dict[str, Any], body: Mapping[str, Any], *, images: bool) -> None:
    dataset_id = _or(body.get("dataset_id"), item["dataset_id"])
    name = _or(body.get("filename"), item["name"])
    dataset = _dataset_of(project, dataset_id)
    if images and _name_taken(project, dataset_id, name, exclude=item["id"]):
        raise ApiError(400, f"filename: {name!r} already exists in dataset {dataset['name']!r}")
    item.update(dataset_id=dataset_id, dataset_name=dataset["name"], name=name)


@_handles("update_image")
def _update_image(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    _move_and_rename(project, image, ctx.body, images=True)
    image["update_date"] = ctx.state.now()
    return _image_view(ctx, project, image)


@_handles("set_image_status")
def _set_image_status(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    status = ctx.body["status"]
    image.update(status=status, status_id=status_id_of(status), update_date=ctx.state.now())
    return {"status_id": image["status_id"]}


def _forget_image(project: Project, image_id: str) -> None:
    for label in project.labels_of(image_id):
        del project.labels[label["id"]]
        project.label_values.pop(label["id"], None)
    project.image_tags.pop(image_id, None)
    project.files.pop(image_id, None)
    del project.images[image_id]


@_handles("delete_image")
def _delete_image(ctx: _Ctx) -> Json:
    project = ctx.project()
    _forget_image(project, _image(ctx, project)["id"])


def _unix(moment: str) -> float:
    return datetime.strptime(moment, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp()


def _filter_images(project: Project, query: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Images matching the list filters the simulator implements (the error finder, queue,
    batch, ALDI and missing-attribute filters are accepted and ignored)."""
    datasets, statuses = set(query.get("dataset_id", ())), set(query.get("image_status", ()))
    status_ids, tags = set(query.get("status_id", ())), set(query.get("tag_class_id", ()))
    name = str(query.get("image_name", "")).casefold()
    chosen = []
    for image in project.images.values():
        image_tags = {t["tag_class_id"] for t in project.image_tags.get(image["id"], {}).values()}
        checks = (
            not datasets or image["dataset_id"] in datasets,
            not statuses or image["status"] in statuses,
            not status_ids or image["status_id"] in status_ids,
            not tags or bool(image_tags & tags),
            name in image["name"].casefold(),
            "created_since" not in query or _unix(image["uploaded_on"]) >= query["created_since"],
            "updated_since" not in query or _unix(image["update_date"]) >= query["updated_since"],
            not query.get("has_missing_tags") or not image_tags,
        )
        if all(checks):
            chosen.append(image)
    return chosen


@_handles("list_images")
def _list_images(ctx: _Ctx) -> Json:
    project = ctx.project()
    page = ctx.page(_filter_images(project, ctx.query), "image")
    page["items"] = [_image_view(ctx, project, image) for image in page["items"]]
    return page


@_handles("get_image_offset")
def _get_image_offset(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    ids = [i["id"] for i in _filter_images(project, ctx.query)]
    if image["id"] not in ids:
        raise ApiError(404, "Image not found among the images matching the filters")
    return {"offset": ids.index(image["id"])}


# labels


_GEOMETRY = ("bbox", "polygon", "mask", "keypoints")
_LABEL_FIELDS = ("bbox", "class_id", "external_event_id", "mask", "polygon", "tool_used", "z_index", "external_id")


def _check_label(project: Project, item: Mapping[str, Any], where: str) -> None:
    """What the schema cannot say: a known class, some geometry, an ordered box, an even mask."""
    if item.get("class_id") not in project.label_classes:
        raise ApiError(400, f"{where}.class_id: no label class {item.get('class_id')} in this project")
    if all(item.get(name) is None for name in _GEOMETRY):
        raise ApiError(400, f"{where}: one of bbox, polygon, mask or keypoints is required")
    bbox = item.get("bbox")
    if bbox is not None and (bbox[0] > bbox[2] or bbox[1] > bbox[3]):
        raise ApiError(400, f"{where}.bbox: expected [left, top, right, bottom] with left <= right and top <= bottom")
    mask = item.get("mask")
    if mask is not None and len(mask) % 2:
        raise ApiError(400, f"{where}.mask: an RLE mask holds (pixel index, length) pairs: its length must be even")


def _keypoints(ctx: _Ctx, given: list[dict[str, Any]] | None) -> list[dict[str, Any]] | None:
    if given is None:
        return None
    now, user = ctx.state.now(), ctx.state.world.user_id
    audit = {"created_by": user, "create_date": now, "updated_by": user, "update_date": now}
    return [{"id": k.get("id") or ctx.state.new_id(), "visible": True, "norder": 0.0, **k, **audit} for k in given]


@_handles("list_labels")
def _list_labels(ctx: _Ctx) -> Json:
    project = ctx.project()
    images = {i["id"] for i in _filter_images(project, _image_filters(ctx.query))}
    labels = [label for label in project.labels.values() if label["image_id"] in images]
    labels = [label for label in labels if _label_matches(ctx, project, label)]
    page = ctx.page(labels, "label")
    page["items"] = [_project_label_view(ctx, project, label) for label in page["items"]]
    return page


def _image_filters(query: Mapping[str, Any]) -> dict[str, Any]:
    return {k: query[k] for k in ("dataset_id", "image_status", "status_id", "image_name") if k in query}


def _interval_seconds(text: str) -> float:
    match = re.fullmatch(r"([0-9]+)([smhd])", text.strip())
    if match is None:
        raise ApiError(400, f"expected an interval such as 30m, 1h or 3d, got {text!r}")
    return int(match.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[match.group(2)]


def _label_matches(ctx: _Ctx, project: Project, label: dict[str, Any]) -> bool:
    query, values = ctx.query, project.label_values.get(label["id"], {})
    now = ctx.state.wall_clock().timestamp()
    checks = [
        query.get("label_class_id", label["class_id"]) == label["class_id"],
        query.get("labeler_id", label["labeled_by"]) == label["labeled_by"],
        query.get("label_author_id", label["labeled_by"]) == label["labeled_by"],
        "no_attribute_id" not in query or query["no_attribute_id"] not in values,
        "created_since" not in query or _unix(label["created_on"]) >= now - _interval_seconds(query["created_since"]),
        "updated_since" not in query or _unix(label["updated_on"]) >= now - _interval_seconds(query["updated_since"]),
    ]
    if "attribute_id" in query:
        value = values.get(query["attribute_id"])
        wanted = query.get("bool_attribute_value", query.get("attribute_value"))
        checks.append(value is not None and (wanted is None or value == wanted or str(value) == str(wanted)))
    return all(checks)


def _label(project: Project, label_id: str) -> dict[str, Any]:
    return _find(project.labels, label_id, "Label")


@_handles("get_label")
def _get_label(ctx: _Ctx) -> Json:
    return _label_view(ctx, _label(ctx.project(), ctx.path["label_id"]))


@_handles("list_image_labels")
def _list_image_labels(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    labels = sorted(project.labels_of(image["id"]), key=lambda label: _or(label["z_index"], 0))
    page = ctx.page(labels, "label")
    page["items"] = [_label_view(ctx, label) for label in page["items"]]
    return page


@_handles("create_labels_batch")
def _create_labels(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    for n, item in enumerate(ctx.body):
        _check_label(project, item, f"{n}")
    created = []
    now, user = ctx.state.now(), ctx.state.world.user_id
    for item in ctx.body:
        label = _label_record(ctx.state.new_id(), image["id"], item["class_id"], {}, 0, now, user)
        label.update(_given(item, _LABEL_FIELDS), keypoints=_keypoints(ctx, item.get("keypoints")))
        project.labels[label["id"]] = label
        created.append(label)
    return _whole(created, "label")


@_handles("update_labels_batch")
def _update_labels(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    for n, item in enumerate(ctx.body):
        found = project.labels.get(item["id"])
        if found is None or found["image_id"] != image["id"]:
            raise ApiError(400, f"{n}.id: no label {item['id']} on this image")
        _check_label(project, {**found, **item}, f"{n}")
    updated = []
    for item in ctx.body:
        label = project.labels[item["id"]]
        label.update(_given(item, _LABEL_FIELDS))
        if "keypoints" in item:
            label["keypoints"] = _keypoints(ctx, item["keypoints"])
        label.update(updated_on=ctx.state.now(), labeled_by=ctx.state.world.user_id)
        updated.append(label)
    return _whole(updated, "label")


@_handles("delete_labels_batch")
def _delete_labels(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    # Unknown IDs are skipped, so that a retried delete whose first answer was lost succeeds.
    for item in ctx.body:
        found = project.labels.get(item["id"])
        if found is not None and found["image_id"] == image["id"]:
            del project.labels[item["id"]]
            project.label_values.pop(item["id"], None)


# label attribute values


def _check_value(attribute: Mapping[str, Any], value: Any, where: str) -> None:
    """The value must suit the attribute's type; null clears it."""
    if value is None:
        return
    kind = attribute["type"]
    choices = {v["value"] for v in attribute["values"]} | {v["id"] for v in attribute["values"]}
    ok = {
        "TEXT": isinstance(value, str),
        "BOOL": isinstance(value, bool),
        "INT": isinstance(value, int) and not isinstance(value, bool),
        "FLOAT": isinstance(value, (int, float)) and not isinstance(value, bool),
        "SELECTION": isinstance(value, str) and value in choices,
        "MULTIPLE-SELECTION": isinstance(value, list) and all(v in choices for v in value),
    }.get(kind, True)
    if not ok:
        raise ApiError(400, f"{where}: {value!r} is not a valid value of {kind} attribute {attribute['name']!r}")
    if kind in ("INT", "FLOAT"):
        low, high = attribute.get("min"), attribute.get("max")
        if (low is not None and value < low) or (high is not None and value > high):
            raise ApiError(400, f"{where}: {value!r} is out of range [{low}, {high}]")


def _set_value(project: Project, label_id: str, attribute_id: str, value: Any) -> None:
    values = project.label_values.setdefault(label_id, {})
    if value is None:
        values.pop(attribute_id, None)
    else:
        values[attribute_id] = value


@_handles("list_label_attributes")
def _list_label_attributes(ctx: _Ctx) -> Json:
    project = ctx.project()
    label = _label(project, ctx.path["label_id"])
    values = project.label_values.get(label["id"], {})
    return _whole([_value_view(project, label["id"], a) for a in values], "label_attribute")


@_handles("set_label_attribute")
def _set_label_attribute(ctx: _Ctx) -> Json:
    project = ctx.project()
    label = _label(project, ctx.path["label_id"])
    attribute = _find(project.attributes, ctx.path["attribute_id"], "Attribute")
    _check_value(attribute, ctx.body["value"], "value")
    _set_value(project, label["id"], attribute["id"], ctx.body["value"])
    return _value_view(project, label["id"], attribute["id"])


@_handles("list_image_label_attributes")
def _list_image_label_attributes(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    views = [
        _value_view(project, label["id"], attribute_id)
        for label in project.labels_of(image["id"])
        for attribute_id in project.label_values.get(label["id"], {})
    ]
    return ctx.page(views, "label_attribute")


@_handles("update_image_label_attributes")
def _update_image_label_attributes(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    for n, item in enumerate(ctx.body):
        label = project.labels.get(item["label_id"])
        if label is None or label["image_id"] != image["id"]:
            raise ApiError(400, f"{n}.label_id: no label {item['label_id']} on this image")
        attribute = project.attributes.get(item["id"])
        if attribute is None:
            raise ApiError(400, f"{n}.id: no attribute {item['id']} in this project")
        _check_value(attribute, item["value"], f"{n}.value")
    for item in ctx.body:
        _set_value(project, item["label_id"], item["id"], item["value"])
    return [_value_view(project, item["label_id"], item["id"]) for item in ctx.body]


@_handles("summarize_labels_attributes")
def _summarize_labels_attributes(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    labels = []
    for n, label_id in enumerate(ctx.body):
        label = project.labels.get(label_id)
        if label is None or label["image_id"] != image["id"]:
            raise ApiError(400, f"{n}: no label {label_id} on this image")
        labels.append(label)
    classes = {label["class_id"] for label in labels}
    linked = [a for a in project.attributes.values() if any((a["id"], c) in project.attribute_classes for c in classes)]
    summary = []
    for attribute in linked:
        seen = {json.dumps(project.label_values.get(label["id"], {}).get(attribute["id"])) for label in labels}
        summary.append(
            {
                "id": attribute["id"],
                "is_required": attribute["is_required"],
                "name": attribute["name"],
                "type": attribute["type"],
                "description": attribute["description"],
                "norder": attribute["norder"],
                "is_conflicting": len(seen) > 1,
            }
        )
    return summary


# attributes, classes, tags, keypoint schemas


_ATTRIBUTE_FIELDS = (
    "is_required", "name", "type", "subject_type", "default", "description", "min", "max", "norder",
    "prediction_type", "prediction_model", "prediction_prompt",
)  # fmt: skip


def _values(ctx: _Ctx, given: list[dict[str, Any]], old: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Values keep the IDs they were sent with when those exist; new values get new IDs."""
    known = {v["id"] for v in old}
    return [{"id": v["id"] if v.get("id") in known else ctx.state.new_id(), "value": v["value"]} for v in given]


@_handles("list_attributes")
def _list_attributes(ctx: _Ctx) -> Json:
    project = ctx.project()
    records = sorted(project.attributes.values(), key=lambda a: a["norder"])
    return ctx.page([_attribute_view(project, a) for a in records], "attribute")


@_handles("create_attribute")
def _create_attribute(ctx: _Ctx) -> Json:
    project = ctx.project()
    record = _attribute(ctx.state.new_id, ctx.body["name"], ctx.body["type"], [], len(project.attributes))
    record.update(_given(ctx.body, _ATTRIBUTE_FIELDS))
    record["norder"] = _or(record["norder"], 0.0)
    record["values"] = _values(ctx, ctx.body["values"], [])
    project.attributes[record["id"]] = record
    return _attribute_view(project, record)


@_handles("update_attribute")
def _update_attribute(ctx: _Ctx) -> Json:
    project = ctx.project()
    record = _find(project.attributes, ctx.path["attribute_id"], "Attribute")
    record.update(_given(ctx.body, _ATTRIBUTE_FIELDS))
    record["values"] = _values(ctx, ctx.body["values"], record["values"])
    return _attribute_view(project, record)


@_handles("delete_attribute")
def _delete_attribute(ctx: _Ctx) -> Json:
    project = ctx.project()
    record = _find(project.attributes, ctx.path["attribute_id"], "Attribute")
    for key in [k for k in project.attribute_classes if k[0] == record["id"]]:
        del project.attribute_classes[key]
    for values in project.label_values.values():
        values.pop(record["id"], None)
    del project.attributes[record["id"]]


@_handles("list_attribute_classes")
def _list_attribute_classes(ctx: _Ctx) -> Json:
    return list(ctx.project().attribute_classes.values())


@_handles("set_attribute_classes")
def _set_attribute_classes(ctx: _Ctx) -> Json:
    project = ctx.project()
    for n, link in enumerate(ctx.body):
        if link["attribute_id"] not in project.attributes:
            raise ApiError(400, f"{n}.attribute_id: no attribute {link['attribute_id']} in this project")
        if link["class_id"] not in project.label_classes:
            raise ApiError(400, f"{n}.class_id: no label class {link['class_id']} in this project")
    for link in ctx.body:
        project.attribute_classes[(link["attribute_id"], link["class_id"])] = dict(link)
    return [project.attribute_classes[(link["attribute_id"], link["class_id"])] for link in ctx.body]


@_handles("delete_attribute_classes")
def _delete_attribute_classes(ctx: _Ctx) -> Json:
    project = ctx.project()
    for link in ctx.body:
        project.attribute_classes.pop((link["attribute_id"], link["class_id"]), None)


_LABEL_CLASS_FIELDS = (
    "name", "description", "type", "color", "icon_url", "norder", "parent_id", "external_id",
    "use_description_as_prompt",
)  # fmt: skip


@_handles("list_label_classes")
def _list_label_classes(ctx: _Ctx) -> Json:
    records = sorted(ctx.project().label_classes.values(), key=lambda c: _or(c["norder"], 0.0))
    return ctx.page(records, "label_class")


@_handles("create_label_class")
def _create_label_class(ctx: _Ctx) -> Json:
    project = ctx.project()
    record: dict[str, Any] = {"id": ctx.state.new_id(), **dict.fromkeys(_LABEL_CLASS_FIELDS)}
    record.update(type="object", use_description_as_prompt=False)
    record.update(_given(ctx.body, _LABEL_CLASS_FIELDS))
    project.label_classes[record["id"]] = record
    return record


@_handles("get_label_class")
def _get_label_class(ctx: _Ctx) -> Json:
    return _find(ctx.project().label_classes, ctx.path["label_class_id"], "Label class")


@_handles("update_label_class")
def _update_label_class(ctx: _Ctx) -> Json:
    record = _find(ctx.project().label_classes, ctx.path["label_class_id"], "Label class")
    record.update(_given(ctx.body, _LABEL_CLASS_FIELDS))
    return record


@_handles("delete_label_class")
def _delete_label_class(ctx: _Ctx) -> Json:
    project = ctx.project()
    record = _find(project.label_classes, ctx.path["label_class_id"], "Label class")
    # Inferred: a class's labels go with it, as in the annotation tool.
    for label in [label for label in project.labels.values() if label["class_id"] == record["id"]]:
        del project.labels[label["id"]]
        project.label_values.pop(label["id"], None)
    for key in [k for k in project.attribute_classes if k[1] == record["id"]]:
        del project.attribute_classes[key]
    for key in [k for k in project.keypoint_schema_classes if k[1] == record["id"]]:
        del project.keypoint_schema_classes[key]
    del project.label_classes[record["id"]]


_TAG_CLASS_FIELDS = ("name", "norder", "tag_group_id", "tag_group_name")


def _tag_class(ctx: _Ctx, record: dict[str, Any]) -> dict[str, Any]:
    record.update(_given(ctx.body, _TAG_CLASS_FIELDS))
    group = ctx.project().tag_groups.get(record["tag_group_id"] or "")
    if group is not None and not record["tag_group_name"]:
        record["tag_group_name"] = group["name"]
    return record


@_handles("list_tag_classes")
def _list_tag_classes(ctx: _Ctx) -> Json:
    return ctx.page(list(ctx.project().tag_classes.values()), "tag_class")


@_handles("create_tag_class")
def _create_tag_class(ctx: _Ctx) -> Json:
    record = _tag_class(ctx, {"id": ctx.state.new_id(), **dict.fromkeys(_TAG_CLASS_FIELDS)})
    ctx.project().tag_classes[record["id"]] = record
    return record


@_handles("get_tag_class")
def _get_tag_class(ctx: _Ctx) -> Json:
    return _find(ctx.project().tag_classes, ctx.path["tag_class_id"], "Tag class")


@_handles("update_tag_class")
def _update_tag_class(ctx: _Ctx) -> Json:
    return _tag_class(ctx, _find(ctx.project().tag_classes, ctx.path["tag_class_id"], "Tag class"))


@_handles("delete_tag_class")
def _delete_tag_class(ctx: _Ctx) -> Json:
    project = ctx.project()
    record = _find(project.tag_classes, ctx.path["tag_class_id"], "Tag class")
    for tags in project.image_tags.values():
        for tag_id in [t for t, tag in tags.items() if tag["tag_class_id"] == record["id"]]:
            del tags[tag_id]
    del project.tag_classes[record["id"]]


_TAG_GROUP_FIELDS = ("name", "type", "is_required", "norder")


@_handles("list_tag_groups")
def _list_tag_groups(ctx: _Ctx) -> Json:
    return ctx.page(list(ctx.project().tag_groups.values()), "tag_group")


@_handles("create_tag_group")
def _create_tag_group(ctx: _Ctx) -> Json:
    project = ctx.project()
    record: dict[str, Any] = {"id": ctx.state.new_id(), "is_required": False, "norder": float(len(project.tag_groups))}
    record.update(_given(ctx.body, _TAG_GROUP_FIELDS))
    project.tag_groups[record["id"]] = record
    return record


@_handles("get_tag_group")
def _get_tag_group(ctx: _Ctx) -> Json:
    return _find(ctx.project().tag_groups, ctx.path["tag_group_id"], "Tag group")


@_handles("update_tag_group")
def _update_tag_group(ctx: _Ctx) -> Json:
    record = _find(ctx.project().tag_groups, ctx.path["tag_group_id"], "Tag group")
    record.update(_given(ctx.body, _TAG_GROUP_FIELDS))
    return record


@_handles("list_image_tags")
def _list_image_tags(ctx: _Ctx) -> Json:
    project = ctx.project()
    return ctx.page(list(project.image_tags.get(_image(ctx, project)["id"], {}).values()), "tag")


@_handles("add_image_tags")
def _add_image_tags(ctx: _Ctx) -> Json:
    project = ctx.project()
    tags = project.image_tags.setdefault(_image(ctx, project)["id"], {})
    for n, item in enumerate(ctx.body):
        if item["tag_class_id"] not in project.tag_classes:
            raise ApiError(400, f"{n}.tag_class_id: no tag class {item['tag_class_id']} in this project")
    answer = []
    for item in ctx.body:
        tag = next((t for t in tags.values() if t["tag_class_id"] == item["tag_class_id"]), None)
        if tag is None:  # tagging twice with one class keeps one tag
            name = project.tag_classes[item["tag_class_id"]]["name"]
            tag = {"id": ctx.state.new_id(), "tag_class_id": item["tag_class_id"], "tag_class_name": name}
            tags[tag["id"]] = tag
        answer.append(tag)
    return answer


@_handles("delete_image_tags")
def _delete_image_tags(ctx: _Ctx) -> Json:
    project = ctx.project()
    tags = project.image_tags.get(_image(ctx, project)["id"], {})
    for n, item in enumerate(ctx.body):
        if item.get("tag_id") is None and item.get("tag_class_id") is None:
            raise ApiError(400, f"{n}: tag_id or tag_class_id is required")
    for item in ctx.body:
        for tag_id in [
            t for t, tag in tags.items() if item.get("tag_id") == t or item.get("tag_class_id") == tag["tag_class_id"]
        ]:
            del tags[tag_id]


def _keypoint_schema_from(ctx: _Ctx, schema_id: str, old: dict[str, Any] | None) -> dict[str, Any]:
    body, now, user = ctx.body, ctx.state.now(), ctx.state.world.user_id
    created = (
        {"created_by": user, "create_date": now} if old is None else {k: old[k] for k in ("created_by", "create_date")}
    )
    audit = {**created, "updated_by": user, "update_date": now}
    classes = [
        {"id": ctx.state.new_id(), "keypoint_schema_id": schema_id, "name": "", "description": None,
         "min_points": 0, "max_points": 1, "norder": float(n), "editor_x": 0.0, "editor_y": 0.0, **c, **audit}
        for n, c in enumerate(body.get("keypoint_classes") or [])
    ]  # fmt: skip
    for keypoint_class in classes:
        keypoint_class["keypoint_schema_id"] = schema_id
    edges = [
        {"id": e.get("id") or ctx.state.new_id(), "color": "#FF2233", **e, "keypoint_schema_id": schema_id}
        for e in body.get("keypoint_skeleton") or []
    ]
    return {
        "id": schema_id,
        "name": body["name"],
        "project_id": ctx.path["project_id"],
        "description": body.get("description"),
        "type": body["type"],
        **audit,
        "norder": body.get("norder"),
        "keypoint_classes": classes,
        "keypoint_skeleton": edges,
        "template_id": body.get("template_id"),
    }


@_handles("list_keypoint_schemas")
def _list_keypoint_schemas(ctx: _Ctx) -> Json:
    return list(ctx.project().keypoint_schemas.values())


@_handles("create_keypoint_schema")
def _create_keypoint_schema(ctx: _Ctx) -> Json:
    record = _keypoint_schema_from(ctx, ctx.state.new_id(), None)
    ctx.project().keypoint_schemas[record["id"]] = record
    return record


@_handles("update_keypoint_schema")
def _update_keypoint_schema(ctx: _Ctx) -> Json:
    project = ctx.project()
    old = _find(project.keypoint_schemas, ctx.path["keypoint_schema_id"], "Keypoint schema")
    record = _keypoint_schema_from(ctx, old["id"], old)
    project.keypoint_schemas[record["id"]] = record
    return record


@_handles("list_keypoint_schema_classes")
def _list_keypoint_schema_classes(ctx: _Ctx) -> Json:
    return list(ctx.project().keypoint_schema_classes.values())


def _check_keypoint_links(project: Project, links: list[dict[str, Any]]) -> None:
    for n, link in enumerate(links):
        if link["keypoint_schema_id"] not in project.keypoint_schemas:
            raise ApiError(400, f"{n}.keypoint_schema_id: no keypoint schema {link['keypoint_schema_id']}")
        if link.get("label_class_id") not in project.label_classes:
            raise ApiError(400, f"{n}.label_class_id: no label class {link.get('label_class_id')}")


@_handles("set_keypoint_schema_classes")
def _set_keypoint_schema_classes(ctx: _Ctx) -> Json:
    project = ctx.project()
    _check_keypoint_links(project, ctx.body)
    for link in ctx.body:
        project.keypoint_schema_classes[(link["keypoint_schema_id"], link["label_class_id"])] = dict(link)
    return [project.keypoint_schema_classes[(k["keypoint_schema_id"], k["label_class_id"])] for k in ctx.body]


@_handles("delete_keypoint_schema_classes")
def _delete_keypoint_schema_classes(ctx: _Ctx) -> Json:
    project = ctx.project()
    for link in ctx.body:
        project.keypoint_schema_classes.pop((link["keypoint_schema_id"], link.get("label_class_id", "")), None)


# exports, automated labeling, active learning


@_handles("create_export")
def _create_export(ctx: _Ctx) -> Json:
    project, body = ctx.project(), ctx.body
    if project.record["content_type"] == "VIDEOS" and body["format"] != "json_v1.1":
        raise ApiError(400, "format: videos projects only support json_v1.1")
    for dataset_id in body.get("dataset_id") or ():
        _dataset_of(project, dataset_id)
    state, job_id = ctx.state, ctx.state.new_id()
    job = ExportJob(
        id=job_id,
        project_id=project.id,
        started_by=state.world.user_id,
        started=state.clock(),
        started_on=state.wall_clock(),
        request=copy.deepcopy(body),
        export_name=body.get("export_name") or f"export_{job_id[:8]}",
        init_seconds=state.timing.export_init_seconds,
        total_seconds=state.timing.export_seconds,
        failure="Export failed (the simulator was told to fail exports)" if state.fail_exports else None,
    )
    project.exports[job.id] = job
    return _job_view(ctx, project, job)


@_handles("get_export")
def _get_export(ctx: _Ctx) -> Json:
    project = ctx.project()
    job = project.exports.get(ctx.path["export_id"])
    if job is None:
        raise _not_found("Export")
    return _job_view(ctx, project, job)


@_handles("list_automated_labeling_jobs")
def _list_labeling_jobs(ctx: _Ctx) -> Json:
    now = ctx.state.clock()
    return ctx.page([job.view(now) for job in ctx.project().labeling_jobs.values()], "automated_labeling")


@_handles("create_automated_labeling_job")
def _create_labeling_job(ctx: _Ctx) -> Json:
    project, body, state = ctx.project(), ctx.body, ctx.state
    images = list(project.images.values())
    if body.get("dataset_id") is not None:
        images = [i for i in images if i["dataset_id"] == _dataset_of(project, body["dataset_id"])["id"]]
    wanted = body.get("num_images", 0)
    count = min(wanted, len(images)) if wanted else len(images)
    state.spend_credit()
    record = {
        "id": state.new_id(),
        "project_id": project.id,
        "started_on": state.now(),
        "experiment_id": body["experiment_id"],
        "user_id": state.world.user_id,
        "confidence_threshold": body.get("confidence_threshold", 0.8),
        "max_detections_per_image": body.get("max_detections_per_image", 100),
        "num_images": count,
        "masker_threshold": body.get("masker_threshold", 0.5),
        "min_size": body.get("min_size", 0),
        "update_no_predictions": False,
        "run_name": f"Automated labeling {len(project.labeling_jobs) + 1}",
    }
    job = LabelingJob(record, state.clock(), state.wall_clock(), state.timing.labeling_seconds, count)
    project.labeling_jobs[record["id"]] = job
    return job.view(state.clock())


@_handles("get_automated_labeling_job")
def _get_labeling_job(ctx: _Ctx) -> Json:
    job = ctx.project().labeling_jobs.get(ctx.path["job_id"])
    if job is None:
        raise _not_found("Automated labeling job")
    return job.view(ctx.state.clock())


_HEURISTICS = (("Entropy", "detector"), ("Least confidence", "detector"), ("Entropy", "segmentor"),
               ("Margin", "semantic-segmentor"))  # fmt: skip


def _heuristics() -> list[dict[str, Any]]:
    return [
        {
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"hasty-simulator/heuristic/{family}/{name}")),
            "model_family": family,
            "name": name,
            "is_active": True,
            "wiki_url": f"https://wiki.example.invalid/active-learning/{name.lower().replace(' ', '-')}",
        }
        for name, family in _HEURISTICS
    ]


@_handles("list_active_learning_heuristics")
def _list_heuristics(ctx: _Ctx) -> Json:
    ctx.project()
    return _heuristics()


@_handles("create_ranking_session")
def _create_ranking_session(ctx: _Ctx) -> Json:
    project, body = ctx.project(), ctx.body
    heuristics = {h["id"]: h for h in _heuristics()}
    heuristic = heuristics.get(body.get("heuristic_id", ""))
    if "heuristic_id" in body and heuristic is None:
        raise ApiError(400, f"heuristic_id: no heuristic {body['heuristic_id']}")
    for dataset_id in body.get("dataset_ids") or ():
        _dataset_of(project, dataset_id)
    ctx.state.spend_credit()
    chosen = heuristic or next(iter(heuristics.values()))
    session = {
        "session_id": ctx.state.new_id(),
        "heuristic_id": chosen["id"],
        "model_family": body.get("model_family", chosen["model_family"]),
        "status": "INIT",
        "heuristic_name": chosen["name"],
        "session_name": body.get("session_name") or "Ranking session",
    }
    project.ranking_sessions[session["session_id"]] = session
    return session


# buckets


def _credentials(ctx: _Ctx, record: dict[str, Any]) -> dict[str, Any]:
    record.update(_given(ctx.body, ("description", "cloud_provider")))
    record["update_at"] = ctx.state.now()
    return record


@_handles("list_bucket_credentials")
def _list_bucket_credentials(ctx: _Ctx) -> Json:
    return ctx.page(list(ctx.state.workspace(ctx.path["workspace_id"]).buckets.values()), "bucket_credentials")


@_handles("create_bucket_credentials")
def _create_bucket_credentials(ctx: _Ctx) -> Json:
    workspace = ctx.state.workspace(ctx.path["workspace_id"])
    now = ctx.state.now()
    # The secret is kept by the vendor and never sent back.
    record = {"credential_id": ctx.state.new_id(), "description": "", "cloud_provider": "", "created_at": now}
    workspace.buckets[record["credential_id"]] = _credentials(ctx, record)
    return record


def _bucket(ctx: _Ctx) -> dict[str, Any]:
    return _find(ctx.state.workspace(ctx.path["workspace_id"]).buckets, ctx.path["bucket_id"], "Bucket credentials")


@_handles("update_bucket_credentials")
def _update_bucket_credentials(ctx: _Ctx) -> Json:
    return _credentials(ctx, _bucket(ctx))


def _bucket_files(bucket_id: str) -> list[str]:
    return [f"datasets/{folder}/img_{n:03d}.jpg" for folder in ("food", "street") for n in range(1, 6)] + [
        f"videos/{bucket_id[:8]}/clip_01.mp4"
    ]


@_handles("list_bucket_objects")
def _list_bucket_objects(ctx: _Ctx) -> Json:
    prefix = ctx.query.get("prefix", "")
    return {"files": [name for name in _bucket_files(_bucket(ctx)["credential_id"]) if name.startswith(prefix)]}


@_handles("import_bucket_objects")
def _import_bucket_objects(ctx: _Ctx) -> Json:
    workspace = ctx.state.workspace(ctx.path["workspace_id"])
    bucket = _bucket(ctx)
    owners = [p for p in ctx.state.world.projects.values() if p.record["workspace_id"] == workspace.record["id"]]
    if not any(ctx.body["dataset_id"] in p.datasets for p in owners):
        raise ApiError(400, f"dataset_id: no dataset {ctx.body['dataset_id']} in this workspace")
    ctx.state.bucket_imports.append({"bucket_id": bucket["credential_id"], **ctx.body})


# videos, segments, activity types


def _video(ctx: _Ctx, project: Project) -> dict[str, Any]:
    return _find(project.videos, ctx.path["video_id"], "Video")


def _video_matches(project: Project, video: dict[str, Any], query: Mapping[str, Any]) -> bool:
    activities = {a for s in project.segments.values() if s["video_id"] == video["id"] for a in s["activities"]}
    return all(
        (
            not query.get("dataset_id") or video["dataset_id"] in query["dataset_id"],
            not query.get("video_status") or video["status"] in query["video_status"],
            not query.get("status_id") or video["status_id"] in query["status_id"],
            not query.get("health_status") or video["health_status"] in query["health_status"],
            not query.get("activity") or bool(activities & set(query["activity"])),
            str(query.get("video_name", "")).casefold() in video["name"].casefold(),
        )
    )


@_handles("list_videos")
def _list_videos(ctx: _Ctx) -> Json:
    project = ctx.project()
    return ctx.page([v for v in project.videos.values() if _video_matches(project, v, ctx.query)], "video")


@_handles("create_video")
def _create_video(ctx: _Ctx) -> Json:
    project = ctx.project()
    dataset = _dataset_of(project, ctx.body["dataset_id"])
    _take_upload(ctx, project, ctx.body["upload_id"])
    video = _video_record(ctx.state.new_id(), dataset, ctx.body["filename"], ctx.state.now())
    video["health_status"] = "PROCESSING"  # inferred: a new video is transcoded before it is usable
    project.videos[video["id"]] = video
    return video


@_handles("get_video")
def _get_video(ctx: _Ctx) -> Json:
    video = _video(ctx, ctx.project())
    if video["health_status"] == "PROCESSING":
        video["health_status"] = "OK"  # processing is instant here: the next read sees it done
    return video


@_handles("update_video")
def _update_video(ctx: _Ctx) -> Json:
    project = ctx.project()
    video = _video(ctx, project)
    _move_and_rename(project, video, ctx.body, images=False)
    return video


@_handles("set_video_status")
def _set_video_status(ctx: _Ctx) -> Json:
    video = _video(ctx, ctx.project())
    video.update(status=ctx.body["status"], status_id=status_id_of(ctx.body["status"]))
    return {"status_id": video["status_id"]}


def _forget_video(project: Project, video_id: str) -> None:
    for segment_id in [s for s, segment in project.segments.items() if segment["video_id"] == video_id]:
        del project.segments[segment_id]
    del project.videos[video_id]


@_handles("delete_video")
def _delete_video(ctx: _Ctx) -> Json:
    project = ctx.project()
    _forget_video(project, _video(ctx, project)["id"])


@_handles("list_segments")
def _list_segments(ctx: _Ctx) -> Json:
    project, query = ctx.project(), ctx.query
    video = _video(ctx, project)
    segments = [
        s
        for s in project.segments.values()
        if s["video_id"] == video["id"]
        and query.get("activity_type_id", s["activities"][0]) in s["activities"]
        and s["end_time_ms"] >= query.get("start_time_ms", s["end_time_ms"])
        and s["start_time_ms"] <= query.get("end_time_ms", s["start_time_ms"])
    ]
    return ctx.page(sorted(segments, key=lambda s: s["start_time_ms"]), "segment")


def _check_segment(project: Project, body: Mapping[str, Any]) -> None:
    if body["start_time_ms"] < 0 or body["end_time_ms"] <= body["start_time_ms"]:
        raise ApiError(400, "start_time_ms, end_time_ms: expected 0 <= start_time_ms < end_time_ms")
    for n, activity in enumerate(body["activities"]):
        if activity not in project.activity_types:
            raise ApiError(400, f"activities.{n}: no activity type {activity} in this project")


@_handles("create_segment")
def _create_segment(ctx: _Ctx) -> Json:
    project, body = ctx.project(), ctx.body
    video = _video(ctx, project)
    _check_segment(project, body)
    if ctx.query.get("replace_overlap"):
        for segment_id in [
            s_id
            for s_id, s in project.segments.items()
            if s["video_id"] == video["id"]
            and s["start_time_ms"] < body["end_time_ms"]
            and s["end_time_ms"] > body["start_time_ms"]
        ]:
            del project.segments[segment_id]
    segment = {
        "id": ctx.state.new_id(),
        "video_id": video["id"],
        "start_time_ms": body["start_time_ms"],
        "end_time_ms": body["end_time_ms"],
        "activities": list(body["activities"]),
        "prediction_id": body.get("prediction_id"),
        "created_by": ctx.state.world.user_id,
        "created_at": ctx.state.now(),
    }
    project.segments[segment["id"]] = segment
    return segment


def _segment(ctx: _Ctx, project: Project) -> dict[str, Any]:
    return _find(project.segments, ctx.path["segment_id"], "Segment")


@_handles("update_segment")
def _update_segment(ctx: _Ctx) -> Json:
    project = ctx.project()
    segment = _segment(ctx, project)
    _check_segment(project, ctx.body)
    segment.update(_given(ctx.body, ("start_time_ms", "end_time_ms", "activities", "prediction_id")))
    return segment


@_handles("delete_segment")
def _delete_segment(ctx: _Ctx) -> Json:
    project = ctx.project()
    del project.segments[_segment(ctx, project)["id"]]


@_handles("list_activity_types")
def _list_activity_types(ctx: _Ctx) -> Json:
    return ctx.page(list(ctx.project().activity_types.values()), "activity_type")


@_handles("create_activity_type")
def _create_activity_type(ctx: _Ctx) -> Json:
    record: dict[str, Any] = {
        "id": ctx.state.new_id(),
        "created_at": ctx.state.now(),
        "name": "",
        "color": None,
        "prefix": None,
    }
    record.update(_given(ctx.body, ("name", "color", "prefix")))
    ctx.project().activity_types[record["id"]] = record
    return record


def _activity_type(ctx: _Ctx, project: Project) -> dict[str, Any]:
    return _find(project.activity_types, ctx.path["activity_type_id"], "Activity type")


@_handles("update_activity_type")
def _update_activity_type(ctx: _Ctx) -> Json:
    record = _activity_type(ctx, ctx.project())
    record.update(_given(ctx.body, ("name", "color", "prefix")))
    return record


@_handles("delete_activity_type")
def _delete_activity_type(ctx: _Ctx) -> Json:
    project = ctx.project()
    record = _activity_type(ctx, project)
    # Inferred: segments keep their other activities; a segment left with none goes.
    for segment_id, segment in list(project.segments.items()):
        segment["activities"] = [a for a in segment["activities"] if a != record["id"]]
        if not segment["activities"]:
            del project.segments[segment_id]
    del project.activity_types[record["id"]]


# --- the HTTP apps -----------------------------------------------------------------------------


class RecordedRequest(NamedTuple):
    method: str
    path: str
    query: str
    headers: dict[str, str]


class _Recorder:
    """Records every request: `app.state.requests` (method, path) and `request_log`."""

    def __init__(self, app: ASGIApp, requests: list[tuple[str, str]], log: list[RecordedRequest]) -> None:
        self.app = app
        self.requests = requests
        self.log = log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
            query = scope.get("query_string", b"").decode("latin-1")
            self.requests.append((scope["method"], scope["path"]))
            self.log.append(RecordedRequest(scope["method"], scope["path"], query, headers))
        await self.app(scope, receive, send)


class _RequestId:
    """Adds `X-Request-ID` to every response, errors of the router included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = str(uuid.uuid4()).encode()

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (b"x-request-id", request_id)]}
            await send(message)

        await self.app(scope, receive, send_with_id)


def _error(status: int, message: str) -> JSONResponse:
    headers = {"Retry-After": "1"} if status == 429 else None
    return JSONResponse({"code": status, "message": message}, status_code=status, headers=headers)


def _gate(request: Request, op: _OpSpec, state: HastyState) -> None:
    """Injected failures first (as an overloaded vendor would answer), then the key and its role."""
    if state.fail_next:
        status = state.fail_next.pop(0)
        raise ApiError(status, "Too many requests" if status == 429 else "Internal server error (injected)")
    keys: Mapping[str, str] = request.app.state.api_keys
    given = request.headers.get("x-api-key", "")
    role = next((r for key, r in keys.items() if hmac.compare_digest(given.encode(), key.encode())), None)
    if role is None:
        raise ApiError(401, "Authentication failed: missing or unknown X-Api-Key")
    if role == "viewer" and op.method != "get":
        raise ApiError(403, "Permission denied: this API key may only read")


def _endpoint(op: _OpSpec, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        state: HastyState = request.app.state.hasty
        try:
            _gate(request, op, state)
            body = _parse_body(op, await request.body())
            query = _parse_query(op, request.query_params)
            path = {name: str(value) for name, value in request.path_params.items()}
            answer = handler(_Ctx(state, path, query, body, request.app.state.storage_base_url))
        except ApiError as exc:
            return _error(exc.status, exc.message)
        if answer is None:
            return Response(status_code=op.status)
        return JSONResponse(answer, status_code=op.status)

    return endpoint


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _error(exc.status_code, str(exc.detail))


def _routes(spec: _Spec) -> list[Route]:
    missing = [op.op_id for op in spec.operations if op.op_id not in _HANDLERS]
    if missing:
        raise RuntimeError(f"no simulator handler for: {', '.join(missing)}")
    return [Route(op.path, _endpoint(op, _HANDLERS[op.op_id]), methods=[op.method.upper()]) for op in spec.operations]


def _derived_wall_clock(clock: Clock) -> WallClock:
    """UTC time that moves with `clock`, from now: a fake clock moves dates and expiries too."""
    origin, zero = datetime.now(UTC).replace(microsecond=0), clock()
    return lambda: origin + timedelta(seconds=clock() - zero)


def create_app(
    world: World | None = None,
    *,
    api_keys: Mapping[str, str] = DEFAULT_KEYS,
    clock: Clock = time.monotonic,
    wall_clock: WallClock | None = None,
    export_init_seconds: float = 0.5,
    export_seconds: float = 2.0,
    labeling_seconds: float = 5.0,
    download_url_ttl: float = 3600.0,
    upload_url_ttl: float = 3600.0,
    storage_base_url: str | None = None,
    storage: Storage | None = None,
    fail_exports: bool = False,
    credits: int | None = None,
    seed: int = 5,
    validator_violations: list[str] | None = None,
    spec_path: str | Path | None = None,
) -> Starlette:
    """The Hasty API over `world` (default: `build_world(seed)`), every operation of the spec.

    `api_keys` maps each key to its role: `owner` may do everything, `viewer` only GETs
    (403 otherwise). Export jobs are INIT for `export_init_seconds` of `clock`, RUNNING
    until `export_seconds`, then DONE (or FAILED); automated labeling jobs progress over
    `labeling_seconds`. Dates come from `wall_clock`, by default UTC now moved along with
    `clock`, which also times the signed URLs (downloads valid `download_url_ttl`
    seconds, uploads `upload_url_ttl`).

    Uploads and archives live in `storage` (`app.state.storage`, made here if not given):
    serve it with `create_storage_app` and set `app.state.storage_base_url` to its URL
    (`serve_with_storage` does both). Mutable switches on `app.state.hasty`: `fail_exports`
    (new exports end FAILED), `credits` (None: unlimited; else automated labeling and
    ranking runs cost one each, 402 at zero) and `fail_next` (statuses to answer the next
    requests with, one each; 429s carry `Retry-After: 1`).

    With `validator_violations`, every exchange is checked against the spec and violations
    are appended there. `app.state.requests` lists (method, path) of every request and
    `app.state.request_log` the same with query and headers.
    """
    spec_file = Path(spec_path) if spec_path is not None else SPEC_PATH
    world = world if world is not None else build_world(seed)
    wall = wall_clock if wall_clock is not None else _derived_wall_clock(clock)
    storage = storage if storage is not None else Storage(wall)
    timing = _Timing(export_init_seconds, export_seconds, labeling_seconds, download_url_ttl, upload_url_ttl)
    state = HastyState(world, storage, clock=clock, wall_clock=wall, timing=timing, seed=seed)
    state.fail_exports, state.credits = fail_exports, credits
    requests: list[tuple[str, str]] = []
    request_log: list[RecordedRequest] = []
    middleware = [Middleware(_Recorder, requests=requests, log=request_log)]
    if validator_violations is not None:
        # Closed object schemas: the simulator must send exactly the documented fields.
        validator = SpecValidator.cached(spec_file, forbid_additional_properties=True)
        middleware.append(Middleware(ValidationMiddleware, validator=validator, violations=validator_violations))
    # Inside the validator, so that it sees the header it requires.
    middleware.append(Middleware(_RequestId))
    app = Starlette(
        routes=_routes(_spec(spec_file.resolve())),
        middleware=middleware,
        exception_handlers={HTTPException: _http_error},
    )
    app.state.api_keys = dict(api_keys)
    app.state.hasty = state
    app.state.world = world
    app.state.storage = storage
    app.state.storage_base_url = storage_base_url
    app.state.requests = requests
    app.state.request_log = request_log
    app.state.violations = validator_violations
    return app


@contextlib.contextmanager
def serve_with_storage(app: Starlette, *, ignore_range: bool = False) -> Iterator[tuple[RunningServer, RunningServer]]:
    """Serve `app` and a storage host for it; yields (api, storage) servers.

    The storage app is `app.state.storage_app`; `app.state.storage_base_url` points at it.
    """
    storage_app = create_storage_app(app.state.storage, ignore_range=ignore_range)
    with serve(storage_app) as storage_server, serve(app) as api_server:
        app.state.storage_app = storage_app
        app.state.storage_base_url = storage_server.base_url
        yield api_server, storage_server


def main(argv: Sequence[str] | None = None) -> None:
    """Serve the simulator on 127.0.0.1 for manual use, with its storage host beside it."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--export-seconds", type=float, default=2.0)
    parser.add_argument("--labeling-seconds", type=float, default=5.0)
    parser.add_argument("--fail-exports", action="store_true")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)
    app = create_app(
        build_world(args.seed),
        export_seconds=args.export_seconds,
        labeling_seconds=args.labeling_seconds,
        fail_exports=args.fail_exports,
        seed=args.seed,
    )
    storage_server = start(create_storage_app(app.state.storage))
    app.state.storage_base_url = storage_server.base_url
    keys = ", ".join(f"{key} ({role})" for key, role in DEFAULT_KEYS.items())
    print(f"storage host: {storage_server.base_url}; keys: {keys}")
    try:
        uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="info")
    finally:
        storage_server.stop()


if __name__ == "__main__":
    main()
