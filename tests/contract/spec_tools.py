"""The vendors' specs for the contract tests: operations, `$ref`s followed, validators with formats
(all through scripts/spec.py)."""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from spec import Document  # noqa: E402
from vendors import VENDORS, Vendor  # noqa: E402

__all__ = [
    "HTTP_METHODS",
    "VENDORS",
    "Operation",
    "document",
    "load_spec",
    "operation",
    "operations",
    "resolve",
    "response_schema_pointer",
    "validator",
]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


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
def document(key: str) -> Document:
    return Document.from_path(VENDORS[key].spec)


def load_spec(key: str) -> Mapping[str, Any]:
    return document(key).contents


def operations(key: str) -> Iterator[Operation]:
    for path, item in load_spec(key)["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield Operation(VENDORS[key], path, method, item[method])


def operation(key: str, operation_id: str) -> Operation:
    return next(op for op in operations(key) if op.operation_id == operation_id)


def validator(key: str, schema: str | Mapping[str, Any]) -> jsonschema.Draft202012Validator:
    """A validator for a schema of the vendor's spec, or the one at `schema` (`#/...`), formats checked."""
    return document(key).validator(schema)


def resolve(key: str, node: Any) -> Any:
    """`node` with its `$ref`s followed."""
    return document(key).resolve(node)


def response_schema_pointer(op: Operation, status: str, media: str = "application/json") -> str:
    response = op.body["responses"][status]
    base = response.get("$ref", f"{op.pointer}/responses/{status}")
    media_escaped = media.replace("/", "~1")
    return f"{base}/content/{media_escaped}/schema"
