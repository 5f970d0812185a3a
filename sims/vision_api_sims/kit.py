"""The pieces every vendor simulator is built from.

- `Profile`: the answers a simulator gives where its vendor's page is silent. The
  canonical profile gives our first reading of each page; a seeded profile picks,
  per switch, one of the answers the page also allows, so the contract suite runs
  against many plausible servers rather than one.
- `ManualClock`: simulated time that stands still until a test (or a linked client
  clock) moves it.
- `Recorder`: the request log (`app.state.requests`, `app.state.request_log`).
- `Faults`: statuses, `Retry-After` headers, random failures and latency injected
  before the app answers.
- `RunningClock`: real time that a test or a person can move forward at once.
- `SignedStorage` and `create_storage_app`: a GCS-like object host behind signed URLs
  that expire, with Range requests, HEAD and PUT uploads, and fault switches.
- `Job`: a job whose status follows from the clock (queued, running, done, failed).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import random
import re
import threading
import time
import zlib
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, TypeVar
from urllib.parse import quote, unquote

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from vision_api_sims.server import RunningServer, start_pair

__all__ = [
    "CANONICAL",
    "Faults",
    "Job",
    "ManualClock",
    "Profile",
    "RecordedRequest",
    "Recorder",
    "RunningClock",
    "SignedStorage",
    "byte_range",
    "create_storage_app",
    "raw_path",
    "serve_with_storage",
    "start_with_storage",
    "xml_error",
]

T = TypeVar("T")
WallClock = Callable[[], datetime]


# --- variance ------------------------------------------------------------------------


@dataclass
class Profile:
    """Where a vendor's page is silent, which of the allowed answers this server gives.

    Every switch is named, and its options list the canonical answer first:

        status = profile.choose("create.status", (201, 200, 202))

    The canonical profile (`seed=None`) always takes the first option. A seeded profile
    picks each switch once, from the seed and the switch's name, so the same seed makes
    the same server again (`--sim-seed N`). `rng(name)` gives a seeded random source for
    per-item variance (optional fields absent, null or present), again canonical-stable.
    `decisions` records every choice made, for the failure message of a test.
    """

    seed: int | None = None
    overrides: Mapping[str, Any] = field(default_factory=dict)
    decisions: dict[str, Any] = field(default_factory=dict)

    @property
    def canonical(self) -> bool:
        return self.seed is None

    def _random(self, name: str) -> random.Random:
        # crc32, not hash(): str hashes change between interpreter runs.
        return random.Random(((self.seed or 0) << 32) ^ zlib.crc32(name.encode()))

    def choose(self, name: str, options: Sequence[T]) -> T:
        """One of `options` for switch `name`: the first under the canonical profile."""
        if name in self.overrides:
            value: T = self.overrides[name]
        elif name in self.decisions:
            value = self.decisions[name]
        else:
            value = options[0] if self.canonical else self._random(name).choice(list(options))
        self.decisions[name] = value
        return value

    def flag(self, name: str, canonical: bool = False) -> bool:
        """A yes/no switch whose canonical answer is `canonical`."""
        return self.choose(name, (canonical, not canonical))

    def rng(self, name: str) -> random.Random | None:
        """A random source for per-item variance under `name`; None under the canonical profile
        (and when `name` is overridden to False), so callers keep their canonical path."""
        if self.overrides.get(name) is False or (self.canonical and not self.overrides.get(name)):
            return None
        return self._random(name + "#items")

    def describe(self) -> str:
        choices = ", ".join(f"{k}={v!r}" for k, v in sorted(self.decisions.items()))
        return f"profile seed={self.seed} ({choices or 'no switch read yet'})"


CANONICAL = Profile()


def vary_optional(record: dict[str, Any], optional: Iterable[str], rng: random.Random | None) -> dict[str, Any]:
    """`record` with each of its `optional` fields present, null or absent, as `rng` picks
    (unchanged when `rng` is None): what "optional" may mean to a real server."""
    if rng is None:
        return record
    varied = dict(record)
    for name in optional:
        if name in varied:
            fate = rng.random()
            if fate < 0.25:
                del varied[name]
            elif fate < 0.5:
                varied[name] = None
    return varied


def with_extras(record: dict[str, Any], rng: random.Random | None) -> dict[str, Any]:
    """`record` with a field no page documents, as servers add them (unchanged when `rng` is None)."""
    if rng is None or rng.random() < 0.5:
        return record
    return {**record, f"x_added_{rng.randrange(100)}": {"note": "a field added after the page was written"}}


# --- time ----------------------------------------------------------------------------


class ManualClock:
    """Monotonic seconds for tests: time stands still until `advance` moves it."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = start
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += seconds


class RunningClock:
    """Monotonic seconds that run with real time and can also jump: `advance(3600)` makes
    an hour pass at once (jobs finish, signed URLs expire) in a simulator a person or a
    test drives in real time."""

    def __init__(self, source: Callable[[], float] = time.monotonic) -> None:
        self._source = source
        self._offset = 0.0
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._source() + self._offset

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._offset += seconds


# --- request log -------------------------------------------------------------------


@dataclass
class RecordedRequest:
    """A request as received (body included) and the status answered."""

    method: str
    path: str  # percent-decoded, as Starlette routes on it
    raw_path: str  # as sent: what tells `a%2Fb` (one segment) from `a/b` (two)
    query: str
    headers: dict[str, str]
    body: bytes = b""
    status: int | None = None

    def json(self) -> Any:
        return json.loads(self.body)


class Recorder:
    """ASGI middleware recording every request: `requests` gets (method, path) and `log`
    a `RecordedRequest` with the body and the status answered."""

    def __init__(self, app: ASGIApp, requests: list[tuple[str, str]], log: list[RecordedRequest]) -> None:
        self.app = app
        self.requests = requests
        self.log = log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        raw = (scope.get("raw_path") or scope["path"].encode("utf-8")).decode("latin-1")
        entry = RecordedRequest(
            scope["method"], scope["path"], raw, scope.get("query_string", b"").decode("latin-1"), headers
        )
        self.requests.append((entry.method, entry.path))
        self.log.append(entry)

        async def recording_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                entry.body += message.get("body", b"")
            return message

        async def recording_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                entry.status = message["status"]
            await send(message)

        await self.app(scope, recording_receive, recording_send)


def recorded_app(routes: list[Route], middleware: Sequence[Middleware] = ()) -> Starlette:
    """A Starlette app whose requests are recorded on `app.state.requests`/`request_log`
    and whose faults are set on `app.state.faults`."""
    requests: list[tuple[str, str]] = []
    log: list[RecordedRequest] = []
    faults = Faults()
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(Recorder, requests=requests, log=log),
            Middleware(FaultMiddleware, faults=faults),
            *middleware,
        ],
    )
    app.state.requests = requests
    app.state.request_log = log
    app.state.faults = faults
    return app


def raw_path(request: Request) -> str:
    raw: bytes | None = request.scope.get("raw_path")
    return raw.decode("latin-1") if raw else quote(request.scope["path"])


# --- faults ----------------------------------------------------------------------------


@dataclass
class Fault:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b'{"message": "injected fault"}'
    media_type: str = "application/json"
    path_prefix: str = ""


@dataclass
class Faults:
    """Faults for the next requests: `add(503, times=2, retry_after=1)`; `latency` seconds
    before every answer."""

    queue: list[Fault] = field(default_factory=list)
    latency: float = 0.0
    fail_rate: float = 0.0
    """The share of requests (0 to 1) answered 503 with `Retry-After: 1`, at random: a flaky server."""
    rng: random.Random = field(default_factory=random.Random)

    def add(
        self,
        status: int,
        *,
        times: int = 1,
        retry_after: float | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
        path_prefix: str = "",
    ) -> None:
        extra = dict(headers or {})
        if retry_after is not None:
            extra["Retry-After"] = f"{retry_after:g}"
        fault = Fault(status, extra, path_prefix=path_prefix)
        if body is not None:
            fault.body = body
        self.queue.extend([fault] * times)

    def take(self, path: str) -> Fault | None:
        for index, fault in enumerate(self.queue):
            if path.startswith(fault.path_prefix):
                return self.queue.pop(index)
        if self.fail_rate > 0 and self.rng.random() < self.fail_rate:
            return Fault(503, {"Retry-After": "1"}, b'{"message": "injected random failure"}')
        return None


class FaultMiddleware:
    def __init__(self, app: ASGIApp, faults: Faults) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.faults.latency > 0:
            await asyncio.sleep(self.faults.latency)
        fault = self.faults.take(scope["path"])
        if fault is None:
            await self.app(scope, receive, send)
            return
        response = Response(fault.body, status_code=fault.status, headers=fault.headers, media_type=fault.media_type)
        await response(scope, receive, send)


# --- signed storage ---------------------------------------------------------------------


def xml_error(status: int, code: str, message: str, details: str = "") -> Response:
    """An error in the XML form Google Cloud Storage uses."""
    extra = f"<Details>{details}</Details>" if details else ""
    body = (
        f"<?xml version='1.0' encoding='UTF-8'?><Error><Code>{code}</Code><Message>{message}</Message>{extra}</Error>"
    )
    return Response(body, status_code=status, media_type="application/xml; charset=UTF-8")


_RANGE = re.compile(r"bytes=([0-9]*)-([0-9]*)")


def byte_range(header: str | None, size: int) -> tuple[int, int] | Literal["ignore", "unsatisfiable"]:
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


@dataclass
class StoredObject:
    produce: Callable[[], bytes]
    file_name: str
    media_type: str


@dataclass
class UploadSlot:
    """A key that accepts one PUT; `data` is set once the file arrived."""

    key: str
    data: bytes | None = None
    used: bool = False


class SignedStorage:
    """The object store behind signed URLs, shared by an API app and its storage app.

    URLs are signed GCS-V2 style: `Expires` (Unix seconds of the wall clock) and a hex
    HMAC-SHA256 `Signature` of the method, the expiry and the object path, so a URL
    signed for PUT does not allow GET and the other way round.
    """

    def __init__(self, wall_clock: WallClock, *, bucket: str, access_id: str, secret: bytes) -> None:
        self.wall_clock = wall_clock
        self.bucket = bucket
        self.access_id = access_id
        self.objects: dict[str, StoredObject] = {}
        self.uploads: dict[str, UploadSlot] = {}
        self._secret = secret

    def put(self, key: str, data: bytes | Callable[[], bytes], file_name: str, media_type: str) -> None:
        """Store an object; a callable is called when the object is read (lazily built content)."""
        produce = data if callable(data) else (lambda: data)
        self.objects[key] = StoredObject(produce, file_name, media_type)

    def delete(self, key: str) -> None:
        self.objects.pop(key, None)

    def open_upload(self, key: str) -> UploadSlot:
        slot = self.uploads[key] = UploadSlot(key)
        return slot

    def _signature(self, method: str, key: str, expires: int) -> str:
        message = f"{method}\n{expires}\n/{self.bucket}/{key}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def sign(self, base_url: str, key: str, ttl: float, method: Literal["GET", "PUT"] = "GET") -> tuple[str, datetime]:
        """A URL allowing `method` on `key` for `ttl` seconds of the wall clock, and its expiry."""
        expires = int(self.wall_clock().timestamp() + ttl)
        query = f"GoogleAccessId={quote(self.access_id, safe='')}&Expires={expires}"
        signature = self._signature(method, key, expires)
        url = f"{base_url.rstrip('/')}/{self.bucket}/{quote(key)}?{query}&Signature={signature}"
        return url, datetime.fromtimestamp(expires, UTC)

    def check(
        self, method: str, key: str, expires: str | None, signature: str | None
    ) -> Literal["ok", "unsigned", "bad", "expired"]:
        if expires is None or signature is None:
            return "unsigned"
        if not expires.isascii() or not expires.isdigit():
            return "bad"
        if not hmac.compare_digest(signature.encode(), self._signature(method, key, int(expires)).encode()):
            return "bad"
        # Valid through the second named by Expires, as GCS does.
        return "expired" if self.wall_clock().timestamp() > int(expires) else "ok"


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


def _storage_refusal(request: Request, method: str, key: str) -> Response | None:
    """The storage host's answer to a request it will not serve, in GCS's words."""
    if "x-api-key" in request.headers or "authorization" in request.headers:
        # Credentials of the API must never reach the storage host; refusing them makes a leak loud.
        detail = "Requests to signed URLs must not carry credentials."
        return xml_error(400, "InvalidArgument", "Invalid argument.", detail)
    state = request.app.state
    if state.fail_next:
        return xml_error(state.fail_next.pop(0), "InternalError", "We encountered an internal error. Please try again.")
    storage: SignedStorage = state.storage
    expires = request.query_params.get("Expires")
    verdict = storage.check(method, key, expires, request.query_params.get("Signature"))
    if verdict == "unsigned":
        return xml_error(403, "AccessDenied", "Access denied.", "Anonymous caller does not have storage access.")
    if verdict == "bad":
        message = "The request signature we calculated does not match the signature you provided."
        return xml_error(403, "SignatureDoesNotMatch", message)
    if verdict == "expired" and expires is not None:
        expired_at = datetime.fromtimestamp(int(expires), UTC).isoformat()
        detail = f"The provided token has expired. Request signature expired at: {expired_at}"
        return xml_error(403, "ExpiredToken", "Invalid argument.", detail)
    return None


def _object_response(request: Request, data: bytes, file_name: str, media_type: str) -> Response:
    state = request.app.state
    size = len(data)
    headers = {
        "Accept-Ranges": "bytes",
        "ETag": f'"{hashlib.md5(data).hexdigest()}"',  # GCS's ETag is the MD5
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote(file_name, safe='')}",
        "Cache-Control": "private, max-age=0",
    }
    status, body = 200, data
    wanted = "ignore" if state.ignore_range else byte_range(request.headers.get("range"), size)
    if wanted == "unsatisfiable":
        response = xml_error(416, "InvalidRange", "The requested range cannot be satisfied.")
        response.headers["Content-Range"] = f"bytes */{size}"
        return response
    if wanted != "ignore":
        first, last = wanted
        status, body = 206, data[first : last + 1]
        headers["Content-Range"] = f"bytes {first}-{last}/{size}"
    if state.truncate_next and request.method == "GET":
        cut = state.truncate_next.pop(0)
        return _CutResponse(body, status_code=status, headers=headers, media_type=media_type, cut=cut)
    return Response(body, status_code=status, headers=headers, media_type=media_type)


def _storage_key(request: Request) -> str:
    storage: SignedStorage = request.app.state.storage
    # From the raw path: the key is checked against its signature exactly as it was signed.
    return unquote(raw_path(request).removeprefix(f"/{storage.bucket}/"))


async def _get_object(request: Request) -> Response:
    key = _storage_key(request)
    refusal = _storage_refusal(request, "GET", key)
    if refusal is not None:
        return refusal
    storage: SignedStorage = request.app.state.storage
    slot = storage.uploads.get(key)
    if slot is not None and slot.data is not None:
        return _object_response(request, slot.data, key.rsplit("/", 1)[-1], "application/octet-stream")
    found = storage.objects.get(key)
    if found is None:
        return xml_error(404, "NoSuchKey", "The specified key does not exist.")
    return _object_response(request, found.produce(), found.file_name, found.media_type)


async def _put_object(request: Request) -> Response:
    key = _storage_key(request)
    refusal = _storage_refusal(request, "PUT", key)
    if refusal is not None:
        return refusal
    storage: SignedStorage = request.app.state.storage
    slot = storage.uploads.get(key)
    if slot is None:
        return xml_error(403, "AccessDenied", "Access denied.", "Only upload slots accept PUT.")
    slot.data = await request.body()
    return Response(b"", headers={"ETag": f'"{hashlib.md5(slot.data).hexdigest()}"'})


def create_storage_app(storage: SignedStorage, *, ignore_range: bool = False) -> Starlette:
    """The storage host: GET (and HEAD) of objects and PUT of upload slots, at signed URLs.

    Refusals: 400 when the request carries `X-API-Key` or `Authorization`, 403 when the
    URL is unsigned, its signature is wrong (or made for another method) or it has
    expired, 404 for an unknown object, 416 for a range past the end. Switches on
    `app.state`, for tests: `ignore_range` (always answer 200 with the whole object),
    `fail_next` (statuses for the next requests, one each) and `truncate_next` (byte
    counts after which the next GET responses drop the connection, one each).
    """
    app = recorded_app(
        [
            Route(f"/{storage.bucket}/{{key:path}}", _get_object, methods=["GET"]),
            Route(f"/{storage.bucket}/{{key:path}}", _put_object, methods=["PUT"]),
        ]
    )
    app.state.storage = storage
    app.state.ignore_range = ignore_range
    app.state.fail_next = []
    app.state.truncate_next = []
    return app


# --- jobs ----------------------------------------------------------------------------


@dataclass
class Job:
    """A job whose status follows from the clock: `queued` until `queued_for` seconds
    have passed, `running` until `queued_for + runs_for`, then `done` (or `failed`).

    `estimate(now)` is the completion time the job would announce; under a profile a
    simulator may announce it early (already past), late, or not at all.
    """

    id: str
    created: float
    queued_for: float = 0.0
    runs_for: float = 0.0
    fails_with: str | None = None

    def phase(self, now: float) -> Literal["queued", "running", "done", "failed"]:
        elapsed = now - self.created
        if elapsed < self.queued_for:
            return "queued"
        if elapsed < self.queued_for + self.runs_for:
            return "running"
        return "failed" if self.fails_with is not None else "done"

    def progress(self, now: float) -> float:
        """Fraction done, 0 to 1."""
        if self.runs_for <= 0:
            return 1.0 if self.phase(now) in ("done", "failed") else 0.0
        return min(max((now - self.created - self.queued_for) / self.runs_for, 0.0), 1.0)

    def finishes_at(self) -> float:
        return self.created + self.queued_for + self.runs_for


def job_timing(profile: Profile, name: str, queued_for: float, runs_for: float) -> tuple[float, float]:
    """(queued_for, runs_for) as the profile has the vendor's jobs run: as canonical,
    at once, or slower than any estimate."""
    pace = profile.choose(f"{name}.pace", ("canonical", "instant", "slow"))
    if pace == "instant":
        return 0.0, 0.0
    if pace == "slow":
        return queued_for * 3, runs_for * 4
    return queued_for, runs_for


Endpoint = Callable[[Request], Awaitable[Response]]


def start_with_storage(app: Starlette, *, port: int = 0) -> tuple[RunningServer, RunningServer]:
    """Start an API app whose `app.state.storage` is a `SignedStorage` at `port` (0: any
    free one), and the storage host for it beside it; returns the (api, storage) servers,
    for the caller to stop.

    The storage app is `app.state.storage_app`; `app.state.storage_base_url` points at it.
    """
    storage_app = create_storage_app(app.state.storage)
    api_server, storage_server = start_pair(app, storage_app, port)
    app.state.storage_app = storage_app
    app.state.storage_base_url = storage_server.base_url
    return api_server, storage_server


@contextlib.contextmanager
def serve_with_storage(app: Starlette, *, ignore_range: bool = False) -> Iterator[tuple[RunningServer, RunningServer]]:
    """Serve an API app whose `app.state.storage` is a `SignedStorage`, and the storage
    host for it; yields (api, storage) servers.

    The storage app is `app.state.storage_app`; `app.state.storage_base_url` points at it.
    """
    api_server, storage_server = start_with_storage(app)
    app.state.storage_app.state.ignore_range = ignore_range
    try:
        yield api_server, storage_server
    finally:
        api_server.stop()
        storage_server.stop()
