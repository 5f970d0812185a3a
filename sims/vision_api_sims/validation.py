"""Vendor-neutral OpenAPI validation of simulator traffic, built on openapi-core.

`SpecValidator` checks one request or response against a spec and returns readable
violation strings; `ValidationMiddleware` runs it on every exchange an ASGI app
serves and collects the violations in a list a test can assert is empty.
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Iterable, Mapping
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml  # type: ignore[import-untyped, unused-ignore]
from jsonschema_path import SchemaPath
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.security.factories import SecurityProviderFactory
from openapi_core.validation.request.exceptions import ParameterValidationError
from openapi_core.validation.response.exceptions import HeaderValidationError
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from werkzeug.datastructures import Headers, ImmutableMultiDict

from vision_api_sims.kit import Profile

__all__ = ["HeadersInput", "SpecValidator", "ValidationMiddleware"]

HeadersInput = Mapping[str, str] | Iterable[tuple[str, str]]

# Values (a whole page of records) can be huge; a violation only needs to point at the problem.
_MAX_MESSAGE = 300


class _AcceptAnyCredentials(SecurityProviderFactory):
    """Security providers that never fail.

    A simulator must answer a request without credentials with a 401 that itself
    matches the spec. openapi-core reports a missing credential as a request error and
    then skips the parameter checks, so security is not validated at all here:
    parameters and bodies of unauthenticated requests are still checked, and the
    simulators' own tests cover the 401 behaviour.
    """

    def create(self, scheme: SchemaPath) -> Any:
        return _accept


def _accept(parameters: RequestParameters) -> None:
    return None


def _host_agnostic(spec: dict[str, Any]) -> dict[str, Any]:
    """Reduce every server URL to its path so any simulator host matches.

    Simulators run on 127.0.0.1 with a random port, never on the vendor's host; only
    the path prefix of a server (`https://api.example.com/v1` -> `/v1`) matters.
    """

    def localise(servers: Any) -> Any:
        if not isinstance(servers, list):
            return servers
        return [
            {**server, "url": urlsplit(server["url"]).path or "/"}
            if isinstance(server, dict) and isinstance(server.get("url"), str)
            else server
            for server in servers
        ]

    spec = dict(spec)
    if "servers" in spec:
        spec["servers"] = localise(spec["servers"])
    paths: dict[str, Any] = {}
    for name, item in (spec.get("paths") or {}).items():
        if isinstance(item, dict):
            item = dict(item)
            if "servers" in item:
                item["servers"] = localise(item["servers"])
            for key, operation in list(item.items()):
                if isinstance(operation, dict) and "servers" in operation:
                    item[key] = {**operation, "servers": localise(operation["servers"])}
        paths[name] = item
    if "paths" in spec:
        spec["paths"] = paths
    return spec


def _clip(text: str) -> str:
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 3] + "..."


def _describe(exc: BaseException) -> list[str]:
    """Turn an openapi-core error into one line per underlying problem."""
    # Parameter and header errors name the culprit; the others only repeat their cause.
    head = str(exc) if isinstance(exc, (ParameterValidationError, HeaderValidationError)) else type(exc).__name__
    cause = exc.__cause__
    while cause is not None and not getattr(cause, "schema_errors", None) and cause.__cause__ is not None:
        cause = cause.__cause__
    schema_errors = getattr(cause, "schema_errors", None)
    if schema_errors:
        lines = []
        for error in schema_errors:
            location = "/".join(str(part) for part in getattr(error, "absolute_path", ()))
            message = getattr(error, "message", str(error))
            lines.append(_clip(f"{head}: at {location or '<root>'}: {message}"))
        return lines
    if cause is not None:
        return [_clip(f"{head}: {cause}")]
    return [_clip(str(exc))]


def _headers(headers: HeadersInput) -> Headers:
    items = headers.items() if isinstance(headers, Mapping) else headers
    return Headers(list(items))


class _Request:
    """A request as openapi-core's `Request` protocol describes it."""

    def __init__(self, method: str, url: str, headers: HeadersInput, body: bytes | None) -> None:
        parts = urlsplit(url)
        self.host_url = f"{parts.scheme or 'http'}://{parts.netloc or 'simulator'}"
        # Still encoded: a `%2F` inside a path parameter is part of the value, not a separator.
        self.path = parts.path or "/"
        self.method = method.lower()
        self.body = body or None
        header = _headers(headers)
        self.content_type = header.get("Content-Type", "")
        cookie = SimpleCookie(header.get("Cookie", ""))
        self.parameters = RequestParameters(
            # Blank values are kept: `?limit=` is a client bug the spec can catch.
            query=ImmutableMultiDict(parse_qsl(parts.query, keep_blank_values=True)),
            header=header,
            cookie=ImmutableMultiDict({name: morsel.value for name, morsel in cookie.items()}),
        )


class _Response:
    """A response as openapi-core's `Response` protocol describes it."""

    def __init__(self, status: int, headers: HeadersInput, body: bytes | None) -> None:
        self.status_code = status
        self.headers = _headers(headers)
        self.content_type = self.headers.get("Content-Type", "")
        self.data: Any = body or None  # bytes, or str for binary media types (below)
        mimetype = self.content_type.split(";", 1)[0].strip().lower()
        if body and _is_binary(mimetype):
            # openapi-core passes binary bodies through as bytes, which an OAS 3.1
            # `type: string` schema rejects; latin-1 maps each byte to one character,
            # so the schema (type, format: binary, length limits) applies as intended.
            self.data = body.decode("latin-1")


_STRUCTURED = frozenset(
    {"application/json", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data"}
)


def _is_binary(mimetype: str) -> bool:
    """Whether openapi-core hands this body to the schema as raw bytes."""
    if mimetype.startswith("text/") or mimetype.endswith(("+json", "+xml")):
        return False
    return mimetype not in _STRUCTURED


class SpecValidator:
    """Validates requests and responses against one OpenAPI document."""

    def __init__(
        self, spec_path: str | Path, *, forbid_additional_properties: bool = False, open_enums: bool = False
    ) -> None:
        """Load and check the spec once.

        forbid_additional_properties treats every object schema without
        `additionalProperties` as closed, so a simulator that adds an undocumented
        field is caught; leave it off for specs that only list some fields.
        """
        self.spec_path = Path(spec_path)
        with self.spec_path.open(encoding="utf-8") as file:
            spec = yaml.safe_load(file)
        config = Config(
            security_provider_factory=_AcceptAnyCredentials(),
            additional_properties_default_policy="forbid" if forbid_additional_properties else "allow",
        )
        if open_enums:
            spec = _without_enums(spec)
        self._openapi = OpenAPI.from_dict(_host_agnostic(_with_envelopes(spec)), config=config)

    @staticmethod
    def cached(
        spec_path: str | Path, *, forbid_additional_properties: bool = False, open_enums: bool = False
    ) -> SpecValidator:
        """A shared instance per spec file, since loading and checking a spec is slow."""
        return _cached_validator(Path(spec_path).resolve(), forbid_additional_properties, open_enums)

    def validate_request(self, method: str, url: str, headers: HeadersInput, body: bytes | None = None) -> list[str]:
        """Violations of the spec by this request (security is not checked, see above)."""
        try:
            request = _Request(method, url, headers, body)
            return [line for exc in self._openapi.iter_request_errors(request) for line in _describe(exc)]
        except Exception as exc:  # a validator crash must be reported, not break the traffic
            return [_clip(f"validator failed on the request: {exc!r}")]

    def validate_response(
        self,
        method: str,
        url: str,
        request_headers: HeadersInput,
        status: int,
        headers: HeadersInput,
        body: bytes | None,
    ) -> list[str]:
        """Violations of the spec by this response to this request."""
        try:
            request = _Request(method, url, request_headers, None)
            response = _Response(status, headers, body)
            errors = self._openapi.iter_response_errors(request, response)
            return [line for exc in errors for line in _describe(exc)]
        except Exception as exc:
            return [_clip(f"validator failed on the {status} response: {exc!r}")]


@functools.cache
def _cached_validator(spec_path: Path, forbid_additional_properties: bool, open_enums: bool) -> SpecValidator:
    return SpecValidator(spec_path, forbid_additional_properties=forbid_additional_properties, open_enums=open_enums)


def _with_envelopes(node: Any) -> Any:
    """The spec with each answer's `x-envelope` spelled out: its JSON record bare, or
    wrapped under one of the listed keys (`{"export": {...}}`), as the clients read it."""
    if isinstance(node, list):
        return [_with_envelopes(v) for v in node]
    if not isinstance(node, dict):
        return node
    node = {k: _with_envelopes(v) for k, v in node.items()}
    keys = node.get("x-envelope")
    media = node.get("content", {}).get("application/json") if isinstance(node.get("content"), dict) else None
    if isinstance(keys, list) and isinstance(media, dict) and "schema" in media:
        record = media["schema"]
        wrapped = [{"type": "object", "required": [k], "properties": {k: record}} for k in keys]
        node["content"] = {**node["content"], "application/json": {**media, "schema": {"anyOf": [record, *wrapped]}}}
    return node


def _without_enums(node: Any) -> Any:
    """The spec with every `enum` lifted: servers add values the page does not name
    (wherever the schema sits: in an anyOf the validator cannot say which value failed)."""
    if isinstance(node, dict):
        return {k: _without_enums(v) for k, v in node.items() if k != "enum"}
    if isinstance(node, list):
        return [_without_enums(v) for v in node]
    return node


class ValidationMiddleware:
    """ASGI middleware that validates every HTTP exchange and records violations.

    Bodies are buffered to be validated but every message is passed on unchanged.
    Each violation is prefixed with the request's method and path.

    Requests are always held to the spec. Under a varied simulator profile (`profile`
    given, seeded or with switches overridden) responses are held only to what the page allows: any 2xx
    against the documented success, fields the page leaves optional may be null, fields
    the page does not list and enum values it does not name may appear, and a success
    may have an empty body.
    """

    def __init__(
        self, app: ASGIApp, validator: SpecValidator, violations: list[str], profile: Profile | None = None
    ) -> None:
        self.app = app
        self.validator = validator
        self.violations = violations
        self.profile = profile

    @property
    def varied(self) -> bool:
        # Read per exchange: a test may override a switch after the app was built.
        return self.profile is not None and (not self.profile.canonical or bool(self.profile.overrides))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method: str = scope["method"]
        path: str = scope["path"]
        url = _url_of(scope)
        request_headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]]

        received: deque[Message] = deque()
        body = bytearray()
        while True:
            message = await receive()
            received.append(message)
            if message["type"] != "http.request":
                break
            body += message.get("body", b"")
            if not message.get("more_body", False):
                break
        request_violations = self.validator.validate_request(method, url, request_headers, bytes(body))
        self._record(method, path, request_violations)

        async def replay() -> Message:
            return received.popleft() if received else await receive()

        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body" and start is not None:
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    # Validated before the last chunk is sent, so a test that has read the
                    # response is sure to see its violations.
                    response_headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in start.get("headers", [])]
                    violations = self._validate_response(
                        method, url, request_headers, start["status"], response_headers, b"".join(chunks)
                    )
                    # An unknown path or method is already reported once, for the request.
                    self._record(method, path, [v for v in violations if v not in request_violations])
            await send(message)

        try:
            await self.app(scope, replay, capture)
        except Exception as exc:
            self._record(method, path, [_clip(f"application raised {exc!r}")])
            raise
        if start is None:
            self._record(method, path, ["no response was sent"])

    def _validate_response(
        self,
        method: str,
        url: str,
        request_headers: HeadersInput,
        status: int,
        headers: list[tuple[str, str]],
        body: bytes,
    ) -> list[str]:
        if not self.varied or not 200 <= status < 300:
            return self.validator.validate_response(method, url, request_headers, status, headers, body)
        if not body:
            return []
        best: list[str] | None = None
        for documented in dict.fromkeys((status, 200, 201, 202)):
            found = [
                v
                for v in SpecValidator.cached(self.validator.spec_path, open_enums=True).validate_response(
                    method, url, request_headers, documented, headers, body
                )
                if "None is not of type" not in v  # a null where the page leaves a field optional
            ]
            if not found:
                return []
            if best is None:
                best = found
        return best or []

    def _record(self, method: str, path: str, violations: list[str]) -> None:
        self.violations.extend(f"{method} {path}: {violation}" for violation in violations)


def _url_of(scope: Scope) -> str:
    raw_path: bytes | None = scope.get("raw_path")
    path = raw_path.decode("latin-1") if raw_path else scope["path"]
    query: bytes = scope.get("query_string", b"")
    host = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"host"), "simulator")
    url = f"{scope.get('scheme', 'http')}://{host}{path}"
    return f"{url}?{query.decode('latin-1')}" if query else url
