"""An OpenAPI 3.1 document read once: `$ref`s followed, `allOf` merged, values validated.

Every script and test that reads a spec goes through `Document`, so JSON-pointer
resolution is `referencing`'s and validation is `jsonschema`'s, written nowhere else.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from referencing import Registry
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

__all__ = ["Document", "load", "parse"]

# OpenAPI 3.1 schemas are JSON Schema 2020-12: the OAS dialect only adds annotations
# (discriminator, xml, example), which change neither resolution nor validation.
SPECIFICATION = DRAFT202012


def parse(text: str, source: str) -> dict[str, Any]:
    """The YAML (or JSON) document `text`; ValueError, naming `source`, when it is not a mapping."""
    # The C loader when PyYAML has it: some specs are large and read by every test session.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(text, Loader=loader)
    if not isinstance(document, dict):
        raise ValueError(f"{source}: not an OpenAPI document")
    return document


def load(path: Path) -> dict[str, Any]:
    """The YAML (or JSON) document at `path`."""
    return parse(path.read_text(encoding="utf-8"), str(path))


class Document:
    """One spec, registered under `uri` so that its local `#/...` references resolve."""

    def __init__(self, contents: Mapping[str, Any], uri: str = "urn:openapi-spec") -> None:
        self.contents = contents
        self.uri = uri
        self.registry: Registry[Any] = Registry().with_resource(uri, SPECIFICATION.create_resource(contents))
        self._resolver = self.registry.resolver(uri)

    @classmethod
    def from_path(cls, path: Path) -> Document:
        return cls(load(path))

    def lookup(self, ref: str) -> Any:
        """The node `ref` (a `$ref` value or a `#/...` pointer) leads to; LookupError when none."""
        try:
            return self._resolver.lookup(ref).contents
        except Unresolvable as exc:
            raise LookupError(f"{ref} leads nowhere in {self.uri}") from exc

    def resolve(self, node: Any) -> Any:
        """`node` with its own `$ref`s followed; keywords beside a `$ref` (3.1 allows them)
        are kept over the target's. A cycle or a reference that leads nowhere stops the
        walk at the last node reached, so callers can still report on it."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
            seen.add(node["$ref"])
            try:
                target = self.lookup(node["$ref"])
            except LookupError:
                break
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            node = {**target, **siblings} if isinstance(target, Mapping) else target
        return node

    def flatten(self, schema: Mapping[str, Any]) -> dict[str, Any]:
        """`schema` with its `allOf` parts merged in: `properties` and `required` joined,
        any other keyword taken from the schema itself, else from the first part that has it."""
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        if "allOf" not in schema:
            return merged
        properties = dict(merged.get("properties") or {})
        required = list(merged.get("required") or [])
        for raw in schema["allOf"]:
            part = self.resolve(raw)
            if not isinstance(part, Mapping):
                continue  # a boolean part constrains nothing a merge could carry
            part = self.flatten(part)
            properties.update(part.get("properties") or {})
            required += [r for r in part.get("required") or [] if r not in required]
            for key, value in part.items():
                if key not in ("properties", "required"):
                    merged.setdefault(key, value)
        if properties:
            merged["properties"] = properties
        if required:
            merged["required"] = required
        return merged

    def anchored(self, node: Any) -> Any:
        """`node` (a schema taken out of this document) with its local `#/...` references
        made absolute: a validator treats a schema it is given as a document of its own."""
        if isinstance(node, Mapping):
            return {
                key: f"{self.uri}{value}" if key == "$ref" and isinstance(value, str) and value.startswith("#") else
                self.anchored(value)
                for key, value in node.items()
            }  # fmt: skip
        if isinstance(node, list):
            return [self.anchored(item) for item in node]
        return node

    def validator(
        self, schema: Any, *, format_checker: jsonschema.FormatChecker | None = None
    ) -> jsonschema.Draft202012Validator:
        """A validator for `schema` (a schema of this document, or a `#/...` pointer to
        one); formats are checked with jsonschema's checker unless another is given."""
        root = {"$ref": self.uri + schema} if isinstance(schema, str) else self.anchored(schema)
        checker = format_checker or jsonschema.Draft202012Validator.FORMAT_CHECKER
        return jsonschema.Draft202012Validator(root, registry=self.registry, format_checker=checker)
