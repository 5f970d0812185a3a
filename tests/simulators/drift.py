"""A simulator that drifts from its spec: ASGI middleware rewriting JSON responses.

    drifting = DriftMiddleware(citylens.create_app(...))
    drifting.drift = Drift(add={"colour": "red"}, objects_with="bbox")   # on, for one test
    drifting.drift = Drift()                                              # off again

Wrap the whole simulator app with it: the simulator (and its own spec validation) sees
and sends the documented answer; the client sees the drifted one. Only JSON responses
are rewritten; every change applies to each JSON object of the body, at any depth, that
has the `objects_with` key (all objects when it is None), in answers to requests whose
path starts with one of `paths` (all when empty).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["Drift", "DriftMiddleware", "retyped"]


@dataclass(frozen=True)
class Drift:
    add: Mapping[str, Any] = field(default_factory=dict)
    """Undocumented fields added to each object: name -> value."""
    remove: tuple[str, ...] = ()
    """Fields removed wherever they appear."""
    rename: Mapping[str, str] = field(default_factory=dict)
    """Fields renamed: old name -> new name."""
    retype: tuple[str, ...] = ()
    """Fields whose value changes JSON type (see `retyped`)."""
    replace: Mapping[str, Any] = field(default_factory=dict)
    """Fields whose value is replaced, e.g. by an enum value the spec does not list."""
    status: int | None = None
    """Answer with this status code instead."""
    objects_with: str | None = None
    paths: tuple[str, ...] = ()

    @property
    def active(self) -> bool:
        return bool(self.add or self.remove or self.rename or self.retype or self.replace or self.status)

    def applies_to(self, path: str) -> bool:
        return self.active and (not self.paths or path.startswith(self.paths))

    def apply(self, value: Any) -> Any:
        """`value` (a decoded JSON body) with every change applied."""
        if isinstance(value, list):
            return [self.apply(item) for item in value]
        if not isinstance(value, dict):
            return value
        touched = self.objects_with is None or self.objects_with in value
        result: dict[str, Any] = {}
        for key, item in value.items():
            item = self.apply(item)
            if touched:
                if key in self.remove:
                    continue
                if key in self.retype:
                    item = retyped(item)
                if key in self.replace:
                    item = self.replace[key]
                key = self.rename.get(key, key)
            result[key] = item
        if touched:
            result.update(self.add)
        return result


def retyped(value: Any) -> Any:
    """The same information in another JSON type: numbers and booleans as strings, a string
    as a number, null as 0, an array as an object, an object as an array."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return int(value) if value.isdigit() else len(value)
    if value is None:
        return 0
    if isinstance(value, list):
        return {"items": value}
    return [value]


def _is_json(headers: list[tuple[bytes, bytes]]) -> bool:
    for name, value in headers:
        if name.lower() == b"content-type":
            media = value.split(b";", 1)[0].strip().lower()
            return media == b"application/json" or media.endswith(b"+json")
    return False


class DriftMiddleware:
    """Rewrites the JSON responses of `app` as `self.drift` says; switch it by assigning `drift`."""

    def __init__(self, app: ASGIApp, drift: Drift | None = None) -> None:
        self.app = app
        self.drift = drift or Drift()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        drift = self.drift  # one setting for the whole exchange
        if scope["type"] != "http" or not drift.applies_to(scope["path"]):
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        passthrough = False
        chunks: list[bytes] = []

        async def rewrite(message: Message) -> None:
            nonlocal start, passthrough
            if message["type"] == "http.response.start":
                if _is_json(list(message.get("headers", []))):
                    start = message
                else:
                    passthrough = True
                    await send(message)
                return
            if passthrough or start is None or message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = b"".join(chunks)
            try:
                body = json.dumps(drift.apply(json.loads(body)), ensure_ascii=False).encode("utf-8")
            except ValueError:
                pass  # not JSON after all: sent as it was
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(body)).encode("latin-1")))
            status = drift.status or start["status"]
            await send({**start, "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body, "more_body": False})

        await self.app(scope, receive, rewrite)
