"""The HTTP app: auth, errors, request ids, dispatch to the handlers."""

from __future__ import annotations

import argparse
import hmac
import random
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from vision_api_sims.checked import validation_middleware
from vision_api_sims.hasty._base import DEFAULT_KEYS, SPEC_PATH, ApiError, Clock, WallClock
from vision_api_sims.hasty._registry import _HANDLERS, Handler
from vision_api_sims.hasty._spec import _OpSpec, _parse_body, _parse_query, _Spec, _spec
from vision_api_sims.hasty.state import HastyState, _Ctx, _Timing
from vision_api_sims.hasty.storage import Storage, create_storage_app
from vision_api_sims.hasty.world import World, build_world
from vision_api_sims.kit import (
    CANONICAL,
    Profile,
    job_timing,
    recorded_app,
    vary_optional,
    with_extras,
)
from vision_api_sims.server import start

# --- the HTTP apps -----------------------------------------------------------------------------


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


def _error(profile: Profile, status: int, message: str) -> JSONResponse:
    """An error as the page describes it (`message`, and a `code` it does not define)."""
    shape = profile.choose("errors.code", ("status", "name", "absent"))
    body: dict[str, Any] = {"message": message}
    if shape == "status":
        body["code"] = status
    elif shape == "name":
        body["code"] = _ERROR_NAMES.get(status, "error")
    headers = None
    if status == 429:
        retry_after = profile.choose("errors.retry_after", ("1", None, "0"))
        headers = None if retry_after is None else {"Retry-After": retry_after}
    return JSONResponse(body, status_code=status, headers=headers)


_ERROR_NAMES = {
    400: "bad_request",
    401: "unauthorized",
    402: "insufficient_credits",
    403: "forbidden",
    404: "not_found",
}
# Creates whose status the page lost: 200 is our reading, 201 and 202 what such APIs also answer.
_CREATES = ("create_image", "create_labels_batch", "create_export", "create_automated_labeling_job")


def _gate(request: Request, op: _OpSpec, state: HastyState) -> None:
    """The key and its role (injected failures are the kit's `Faults`, on `app.state.faults`)."""
    keys: Mapping[str, str] = request.app.state.api_keys
    given = request.headers.get("x-api-key", "")
    role = next((r for key, r in keys.items() if hmac.compare_digest(given.encode(), key.encode())), None)
    if role is None:
        raise ApiError(401, "Authentication failed: missing or unknown X-Api-Key")
    if role == "viewer" and op.method != "get":
        raise ApiError(403, "Permission denied: this API key may only read")


# Fields of answers that are optional and nullable wherever they appear in the spec.
_NULLABLE = ("external_id", "user_id", "completed_on", "started_by")


def _varied(answer: Any, rng: random.Random | None) -> Any:
    """Under a seeded profile: optional fields null or absent, and undocumented fields added."""
    if rng is None or not isinstance(answer, dict):
        return answer
    if isinstance(answer.get("items"), list) and isinstance(answer.get("meta"), dict):
        items = [
            with_extras(vary_optional(i, _NULLABLE, rng), rng) if isinstance(i, dict) else i for i in answer["items"]
        ]
        return {**answer, "items": items}
    return with_extras(vary_optional(answer, _NULLABLE, rng), rng)


def _success_status(op: _OpSpec, profile: Profile) -> int:
    if op.op_id in _CREATES:
        return profile.choose(f"{op.op_id}.status", (op.status, 201, 202))
    if op.method == "delete":
        # The vendor's own client requires 204; a 200 without a body is the other reading.
        return profile.choose("delete.status", (op.status, 200))
    return op.status


def _endpoint(op: _OpSpec, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        state: HastyState = request.app.state.hasty
        profile = state.profile
        try:
            _gate(request, op, state)
            body = _parse_body(op, await request.body())
            query = _parse_query(op, request.query_params)
            path = {name: str(value) for name, value in request.path_params.items()}
            answer = handler(_Ctx(state, path, query, body, request.app.state.storage_base_url))
        except ApiError as exc:
            return _error(profile, exc.status, exc.message)
        status = _success_status(op, profile)
        answer = _varied(answer, state.variance)
        if answer is None:
            return Response(status_code=status)
        return JSONResponse(answer, status_code=status)

    return endpoint


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _error(request.app.state.hasty.profile, exc.status_code, str(exc.detail))


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
    profile: Profile = CANONICAL,
    image_count: int = 40,
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
    ranking runs cost one each, 402 at zero). Failures of the next
    requests are the kit's `Faults`: `app.state.faults.add(429, retry_after=1)`).

    `profile` (see `vision_api_sims.kit.Profile`) picks, where the page is silent, the
    status of creates (200/201/202) and deletes (204/200), the error body's `code`, whether
    a 429 carries `Retry-After`, a clamp on page sizes, optional fields absent or null and
    fields added to records, and whether jobs run as timed, at once or slowly. The world
    (`build_world(seed, image_count=...)`) holds `image_count` images.

    With `validator_violations`, every exchange is checked against the spec and violations
    are appended there. `app.state.requests` lists (method, path) of every request and
    `app.state.request_log` the same with query and headers.
    """
    spec_file = Path(spec_path) if spec_path is not None else SPEC_PATH
    world = world if world is not None else build_world(seed, image_count=image_count)
    wall = wall_clock if wall_clock is not None else _derived_wall_clock(clock)
    storage = storage if storage is not None else Storage(wall)
    export_init_seconds, export_seconds = job_timing(profile, "export", export_init_seconds, export_seconds)
    _queued, labeling_seconds = job_timing(profile, "labeling", 0.0, labeling_seconds)
    timing = _Timing(export_init_seconds, export_seconds, labeling_seconds, download_url_ttl, upload_url_ttl)
    state = HastyState(world, storage, clock=clock, wall_clock=wall, timing=timing, seed=seed, profile=profile)
    state.fail_exports, state.credits = fail_exports, credits
    middleware = []
    if validator_violations is not None:
        middleware.append(validation_middleware(spec_file, validator_violations, profile))
    # Inside the validator, so that it sees the header it requires.
    middleware.append(Middleware(_RequestId))
    app = recorded_app(_routes(_spec(spec_file.resolve())), middleware)
    app.add_exception_handler(HTTPException, _http_error)
    app.state.api_keys = dict(api_keys)
    app.state.hasty = state
    app.state.world = world
    app.state.storage = storage
    app.state.storage_base_url = storage_base_url
    app.state.violations = validator_violations
    return app


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
