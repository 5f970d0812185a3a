"""Reading the specs: operations, schemas by JSON pointer, validators with formats."""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from vendors import VENDORS, Vendor  # noqa: E402

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
SPEC_URI = "urn:spec"


@dataclass(frozen=True)
class Operation:
    vendor: Vendor
    path: str
    method: str
    body: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.body["operationId"])

    @property
    def pointer(self) -> str:
        escaped = self.path.replace("~", "~0").replace("/", "~1")
        return f"#/paths/{escaped}/{self.method}"

    @property
    def module(self) -> str:
        """The generated module holding this operation."""
        tag = str(self.body["tags"][0]).replace("-", "_").lower()
        return f"{self.vendor.package}.api.{tag}.{self.operation_id}"


@functools.cache
def load_spec(key: str) -> dict[str, Any]:
    return yaml.safe_load(VENDORS[key].spec.read_text())  # type: ignore[no-any-return]


def operations(key: str) -> Iterator[Operation]:
    for path, item in load_spec(key)["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield Operation(VENDORS[key], path, method, item[method])


def operation(key: str, operation_id: str) -> Operation:
    return next(op for op in operations(key) if op.operation_id == operation_id)


@functools.cache
def _registry(key: str) -> Registry:
    return Registry().with_resource(SPEC_URI, Resource(load_spec(key), DRAFT202012))


def validator(key: str, pointer: str) -> jsonschema.Draft202012Validator:
    """A validator for the schema at `pointer` (`#/...`) in the vendor's spec, formats checked."""
    return jsonschema.Draft202012Validator(
        {"$ref": SPEC_URI + pointer},
        registry=_registry(key),
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def resolve(key: str, node: Any) -> Any:
    """Follow a local `$ref`, once."""
    if isinstance(node, dict) and "$ref" in node:
        target: Any = load_spec(key)
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        return target
    return node


def resolve_pointer(key: str, pointer: str) -> str:
    """`pointer`, or where it leads when the node there is a `$ref`."""
    node: Any = load_spec(key)
    for part in pointer.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return str(node["$ref"]) if isinstance(node, dict) and "$ref" in node else pointer


def response_schema_pointer(op: Operation, status: str, media: str = "application/json") -> str:
    response = op.body["responses"][status]
    base = response.get("$ref", f"{op.pointer}/responses/{status}")
    media_escaped = media.replace("/", "~1")
    return f"{base}/content/{media_escaped}/schema"
