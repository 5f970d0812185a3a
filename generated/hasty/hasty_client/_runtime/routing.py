"""Operation facts the generated code does not carry, applied to each request.

openapi-python-client builds every URL on the client's one base URL and knows nothing
of retry safety. Generation keeps per-operation servers and `x-idempotent` POSTs as
data (`<package>._operations`); the transport applies them here, so one client reaches
every host and a documented-idempotent POST is retried like a GET.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

import attrs
import httpx

from .credentials import origin_of
from .retry import RETRY_SAFE


@attrs.frozen
class Route:
    method: str
    pattern: re.Pattern[str]
    server: httpx.URL | None
    idempotent: bool = False


def path_pattern(template: str) -> re.Pattern[str]:
    """A regex matching the paths of a template such as `/v1/projects/{project_id}`."""
    parts = re.split(r"(\{[^}]+\})", template)
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts) + "$")


def build_routes(
    operation_servers: Mapping[tuple[str, str], str],
    idempotent: Collection[tuple[str, str]] = (),
    overrides: Mapping[str, str] | None = None,
) -> tuple[Route, ...]:
    """Routes for the spec's per-operation servers and idempotent operations; `overrides`
    maps a spec server URL to the one to use instead (a test host, a proxy)."""
    overrides = overrides or {}
    keys = sorted(set(operation_servers) | set(idempotent))
    return tuple(
        Route(
            method,
            path_pattern(template),
            httpx.URL(overrides.get(server, server)) if (server := operation_servers.get((method, template))) else None,
            (method, template) in idempotent,
        )
        for method, template in keys
    )


def apply_route(request: httpx.Request, base: httpx.URL, routes: tuple[Route, ...]) -> None:
    """Point `request` at its operation's own server, and mark it retry-safe, as the spec says."""
    if not routes or origin_of(request.url) != origin_of(base):
        return
    base_path = base.path.rstrip("/")
    path = request.url.path
    if base_path and path.startswith(base_path):
        path = path[len(base_path) :] or "/"
    for route in routes:
        if route.method == request.method and route.pattern.match(path):
            if route.idempotent:
                request.extensions = {**request.extensions, RETRY_SAFE: True}
            if route.server is not None:
                target = route.server.join(route.server.path.rstrip("/") + path)
                request.url = target.copy_with(query=request.url.query or None)
                request.headers["Host"] = target.netloc.decode()
            return
