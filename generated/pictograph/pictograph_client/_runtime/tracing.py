"""OpenTelemetry spans and metrics for what the package does, when `opentelemetry-api`
is installed (the `[otel]` extra); without it every hook here costs one check and
does nothing. The application chooses the exporter (see docs/observability.md).

Spans: one per operation call (a request and its retries: vendor, operation, status,
attempts, retry reasons), one per page of a walk (items, total), one per poll wait
(job, status, seconds) and one per transfer (direction, bytes). Metrics: requests,
retries, seconds waited because the server asked (429, `Retry-After`), bytes moved.

No attribute holds a secret: URLs are given without their query (a signed URL's
query is its credential) or user info, and error texts are stripped the same way.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import importlib.util
import inspect
import os
import re
import sys
from collections.abc import Awaitable, Callable, Coroutine, Iterator, Mapping
from os import PathLike
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import attrs
import httpx

from .redact import URL_IN_TEXT
from .routing import path_pattern

P = ParamSpec("P")
R = TypeVar("R")
# Attribute values: str, int, float, bool or lists of them (the API checks).
Attributes = Mapping[str, Any]

# Each package has its own copy of the runtime, so its tracer and attributes name it.
_PACKAGE = __name__.split(".", 1)[0]
VENDOR = _PACKAGE.removesuffix("_client")
_TRACE_EXTENSION = "vision_api.trace"


@attrs.define
class _Otel:
    """The API modules and this package's tracer and instruments."""

    trace: Any
    metrics: Any
    tracer: Any
    requests: Any
    retries: Any
    throttle_wait: Any
    transferred: Any

    def configured(self) -> bool:
        """Whether the application set a tracer or a meter provider (the defaults are
        proxies that stay no-ops until one is set)."""
        unset = ("ProxyTracerProvider", "NoOpTracerProvider", "_ProxyMeterProvider", "NoOpMeterProvider")
        tracer_provider = type(self.trace.get_tracer_provider()).__name__
        meter_provider = type(self.metrics.get_meter_provider()).__name__
        return tracer_provider not in unset or meter_provider not in unset


_LOADED: list[_Otel | None] = []  # empty until looked up: the import is not free


def _otel() -> _Otel | None:
    """The telemetry to record into, or None: OpenTelemetry is not installed, or no
    tracer or meter provider is set (the API alone records nothing, and building a call's
    attributes cost about a tenth of a listing's CPU for nothing). Asked at each call:
    an application may set its providers after its first request."""
    if not _LOADED:
        if not _may_be_configured():
            return None  # not loaded, so that an application importing it later is seen
        _LOADED.append(_load())
    otel = _LOADED[0]
    return otel if otel is not None and otel.configured() else None


def recording() -> bool:
    """Whether spans and metrics are being recorded (see `_otel`)."""
    return _otel() is not None


def _may_be_configured() -> bool:
    """Whether a provider can be set: an application sets one through the API's modules
    (so they are imported), or names one in the environment for the API to load. Until
    then the import is not paid (about a fifth of the first page of a walk)."""
    return (
        "opentelemetry.trace" in sys.modules
        or "opentelemetry.metrics" in sys.modules
        or "OTEL_PYTHON_TRACER_PROVIDER" in os.environ
        or "OTEL_PYTHON_METER_PROVIDER" in os.environ
    )


def _load() -> _Otel | None:
    try:
        if importlib.util.find_spec("opentelemetry") is None:
            return None
        trace = importlib.import_module("opentelemetry.trace")
        metrics = importlib.import_module("opentelemetry.metrics")
    except (ImportError, ValueError):  # blocked (`sys.modules` None) or half installed: no telemetry
        return None
    version = getattr(importlib.import_module(_PACKAGE), "__version__", None)
    meter = metrics.get_meter(_PACKAGE, version)
    return _Otel(
        trace=trace,
        metrics=metrics,
        tracer=trace.get_tracer(_PACKAGE, version),
        requests=meter.create_counter(
            "vision_api.client.requests", unit="{request}", description="Operation calls, by final status."
        ),
        retries=meter.create_counter("vision_api.client.retries", unit="{retry}", description="Requests sent again."),
        throttle_wait=meter.create_counter(
            "vision_api.client.throttle_wait",
            unit="s",
            description="Seconds waited before a retry because the server asked (429 or Retry-After).",
        ),
        transferred=meter.create_counter(
            "vision_api.client.transferred", unit="By", description="Bytes downloaded and uploaded."
        ),
    )


def safe_url(url: httpx.URL | str) -> str:
    """The URL without query, fragment or user info: all an attribute may show of it."""
    parsed = httpx.URL(str(url))
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.scheme}://{parsed.host}{port}{parsed.path}"


def safe_text(text: str) -> str:
    """`text` with every URL in it cut down to `safe_url`."""
    return URL_IN_TEXT.sub(lambda match: safe_url(match.group(0)), text)


@contextlib.contextmanager
def _span(otel: _Otel, name: str, attributes: Attributes, *, client: bool = False) -> Iterator[Any]:
    kind = otel.trace.SpanKind.CLIENT if client else otel.trace.SpanKind.INTERNAL
    with otel.tracer.start_as_current_span(
        name,
        kind=kind,
        attributes={"vision_api.vendor": VENDOR, **attributes},
        record_exception=False,  # its message could hold a URL's query: recorded below, stripped
        set_status_on_exception=False,
    ) as span:
        try:
            yield span
        except BaseException as error:
            _failed(otel, span, error)
            raise


def _failed(otel: _Otel, span: Any, error: BaseException) -> None:
    kind = type(error).__name__
    span.set_attribute("error.type", kind)
    span.add_event("exception", {"exception.type": kind, "exception.message": safe_text(str(error))})
    span.set_status(otel.trace.Status(otel.trace.StatusCode.ERROR, kind))


# --- operation calls (the transport) ------------------------------------------------


@attrs.define
class _Operation:
    method: str
    template: str
    name: str
    pattern: re.Pattern[str]


_OPERATIONS: list[list[_Operation]] = []


def _operations() -> list[_Operation]:
    """The spec's operations (`<package>._operations.OPERATION_IDS`), to name a request's."""
    if not _OPERATIONS:
        try:
            table: Mapping[tuple[str, str], str] = importlib.import_module(f"{_PACKAGE}._operations").OPERATION_IDS
        except (ImportError, AttributeError):
            table = {}
        _OPERATIONS.append([_Operation(m, t, n, path_pattern(t)) for (m, t), n in table.items()])
    return _OPERATIONS[0]


def operation_of(request: httpx.Request) -> tuple[str, str | None]:
    """(operation id, path template) of a request; for one outside the spec (a signed
    storage URL), the method and `storage`."""
    path = request.url.path
    for operation in _operations():
        if operation.method == request.method and operation.pattern.search(path):
            return operation.name, operation.template
    return f"{request.method} storage", None


@attrs.define
class _Call:
    """One operation call being traced: its span and what the retries said."""

    span: Any
    reasons: list[str] = attrs.field(factory=list)


def _call_attributes(request: httpx.Request) -> dict[str, Any]:
    name, template = operation_of(request)
    attributes: dict[str, Any] = {
        "vision_api.operation": name,
        "http.request.method": request.method,
        "server.address": request.url.host,
        "url.full": safe_url(request.url),
    }
    if request.url.port:
        attributes["server.port"] = request.url.port
    if template:
        attributes["url.template"] = template
    return attributes


def _answered(otel: _Otel, call: _Call, response: httpx.Response, attempts: int) -> None:
    call.span.set_attribute("http.response.status_code", response.status_code)
    call.span.set_attribute("vision_api.attempts", attempts)
    if response.status_code >= 400:
        call.span.set_attribute("error.type", str(response.status_code))
        call.span.set_status(otel.trace.Status(otel.trace.StatusCode.ERROR, f"HTTP {response.status_code}"))


def _counted(otel: _Otel, attributes: Mapping[str, Any], outcome: str) -> None:
    otel.requests.add(
        1,
        {
            "vision_api.vendor": VENDOR,
            "vision_api.operation": attributes["vision_api.operation"],
            "http.request.method": attributes["http.request.method"],
            "vision_api.outcome": outcome,
        },
    )


@contextlib.contextmanager
def _call(otel: _Otel, request: httpx.Request) -> Iterator[_Call]:
    attributes = _call_attributes(request)
    outcome = "error"
    with _span(otel, f"{VENDOR} {attributes['vision_api.operation']}", attributes, client=True) as span:
        call = _Call(span)
        request.extensions = {**request.extensions, _TRACE_EXTENSION: call}
        try:
            yield call
            outcome = "ok"
        except BaseException as error:
            outcome = type(error).__name__
            attempts = getattr(error, "attempts", None)
            if isinstance(attempts, int):
                span.set_attribute("vision_api.attempts", attempts)
            raise
        finally:
            if call.reasons:
                span.set_attribute("vision_api.retry_reasons", call.reasons)
            _counted(otel, attributes, outcome)


Send = TypeVar("Send", bound=Any)


def traced_request(
    send: Callable[[Send, httpx.Request], httpx.Response],
) -> Callable[[Send, httpx.Request], httpx.Response]:
    """Around a transport's `handle_request`: a span per operation call, retries included."""

    @functools.wraps(send)
    def handle(transport: Send, request: httpx.Request) -> httpx.Response:
        otel = _otel()
        if otel is None:
            return send(transport, request)
        with _call(otel, request) as call:
            response = send(transport, request)
            _answered(otel, call, response, _attempts(response))
            return response

    return handle


def atraced_request(
    send: Callable[[Send, httpx.Request], Coroutine[Any, Any, httpx.Response]],
) -> Callable[[Send, httpx.Request], Coroutine[Any, Any, httpx.Response]]:
    """The async form of `traced_request`."""

    @functools.wraps(send)
    async def handle(transport: Send, request: httpx.Request) -> httpx.Response:
        otel = _otel()
        if otel is None:
            return await send(transport, request)
        with _call(otel, request) as call:
            response = await send(transport, request)
            _answered(otel, call, response, _attempts(response))
            return response

    return handle


def _attempts(response: httpx.Response) -> int:
    from .transport import ATTEMPTS_EXTENSION  # the transport imports this module

    value = response.extensions.get(ATTEMPTS_EXTENSION, 1)
    return value if isinstance(value, int) else 1


def retrying(request: httpx.Request, reason: str, kind: str, delay: float, *, asked: bool) -> None:
    """A retry of `request` in `delay` seconds, because of `reason` (`kind`: its short,
    countable form, e.g. `http_503`); `asked` when the server asked for the wait."""
    otel = _otel()
    if otel is None:
        return
    call = request.extensions.get(_TRACE_EXTENSION)
    if isinstance(call, _Call):
        call.reasons.append(safe_text(reason))
        call.span.add_event("retry", {"vision_api.retry.reason": safe_text(reason), "vision_api.retry.delay": delay})
    attributes = {"vision_api.vendor": VENDOR, "vision_api.retry.kind": kind}
    otel.retries.add(1, attributes)
    if asked:
        otel.throttle_wait.add(delay, attributes)


# --- pages, waits, transfers ------------------------------------------------------------


def _page_attributes(page: object) -> dict[str, Any]:
    attributes: dict[str, Any] = {"vision_api.items": len(getattr(page, "items", ()))}
    total = getattr(page, "total", None)
    if isinstance(total, int):
        attributes["vision_api.total"] = total
    return attributes


def traced_page(fetch: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """`fetch(*args)` (one page of a walk) in a span that says how many items came."""
    otel = _otel()
    if otel is None:
        return fetch(*args, **kwargs)
    with _span(otel, f"{VENDOR} page", {}) as span:
        page = fetch(*args, **kwargs)
        span.set_attributes(_page_attributes(page))
        return page


async def atraced_page(fetch: Callable[P, Awaitable[R]], *args: P.args, **kwargs: P.kwargs) -> R:
    """The async form of `traced_page`."""
    otel = _otel()
    if otel is None:
        return await fetch(*args, **kwargs)
    with _span(otel, f"{VENDOR} page", {}) as span:
        page = await fetch(*args, **kwargs)
        span.set_attributes(_page_attributes(page))
        return page


@contextlib.contextmanager
def poll_wait(job_id: str, status: str, seconds: float) -> Iterator[None]:
    """Around one wait between looks at a job."""
    otel = _otel()
    if otel is None:
        yield
        return
    # A status may be a whole model (its repr): URLs cut down, and short enough to index.
    status = safe_text(status)[:200]
    attributes = {"vision_api.job.id": job_id, "vision_api.job.status": status, "vision_api.wait": seconds}
    with _span(otel, f"{VENDOR} poll wait", attributes):
        yield


def _transfer_attributes(direction: str, url: object, file: object) -> dict[str, Any]:
    attributes: dict[str, Any] = {"vision_api.transfer.direction": direction}
    if isinstance(url, str | httpx.URL):
        with contextlib.suppress(httpx.InvalidURL):
            attributes["url.full"] = safe_url(url)
            attributes["server.address"] = httpx.URL(str(url)).host
    if isinstance(file, str | PathLike):
        attributes["vision_api.file.name"] = Path(file).name
    return attributes


def _moved(otel: _Otel, span: Any, direction: str, file: object) -> None:
    if not isinstance(file, str | PathLike):
        return
    with contextlib.suppress(OSError):
        size = Path(file).stat().st_size
        span.set_attribute("vision_api.bytes", size)
        otel.transferred.add(size, {"vision_api.vendor": VENDOR, "vision_api.transfer.direction": direction})


@contextlib.contextmanager
def _transfer(
    otel: _Otel, direction: str, file_parameter: str, signature: inspect.Signature, args: Any, kwargs: Any
) -> Iterator[Callable[[object], None]]:
    """The span of one transfer; the function it yields records the result's bytes."""
    arguments = signature.bind(*args, **kwargs).arguments
    file = arguments.get(file_parameter)
    with _span(otel, f"{VENDOR} {direction}", _transfer_attributes(direction, arguments.get("url"), file)) as span:
        yield lambda result: _moved(otel, span, direction, result if isinstance(result, Path) else file)


def traced_transfer(direction: str, file_parameter: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Around a download or upload function (`url`, and the file in `file_parameter`):
    a span for the transfer, with the bytes moved once it is complete."""

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        signature = inspect.signature(function)

        @functools.wraps(function)
        def transfer(*args: P.args, **kwargs: P.kwargs) -> R:
            otel = _otel()
            if otel is None:
                return function(*args, **kwargs)
            with _transfer(otel, direction, file_parameter, signature, args, kwargs) as done:
                result = function(*args, **kwargs)
                done(result)
                return result

        return transfer

    return decorate


def atraced_transfer(
    direction: str, file_parameter: str
) -> Callable[[Callable[P, Awaitable[R]]], Callable[P, Awaitable[R]]]:
    """The async form of `traced_transfer`."""

    def decorate(function: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
        signature = inspect.signature(function)

        @functools.wraps(function)
        async def transfer(*args: P.args, **kwargs: P.kwargs) -> R:
            otel = _otel()
            if otel is None:
                return await function(*args, **kwargs)
            with _transfer(otel, direction, file_parameter, signature, args, kwargs) as done:
                result = await function(*args, **kwargs)
                done(result)
                return result

        return transfer

    return decorate
