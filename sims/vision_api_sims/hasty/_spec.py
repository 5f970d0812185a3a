"""The spec, read once: query strings and bodies are checked against it."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped, unused-ignore]
import yaml  # type: ignore[import-untyped, unused-ignore]
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from vision_api_sims.hasty._base import ApiError, Json

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
