"""Every example, in the spec and from the vendors' pages, against the spec and the
generated models."""

from __future__ import annotations

import importlib
import json
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.contract.spec_tools import (
    VENDORS,
    load_spec,
    operation,
    operations,
    resolve,
    response_schema_pointer,
    validator,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _page_examples() -> Iterator[Any]:
    for vendor in VENDORS:
        for path in sorted((FIXTURES / vendor).glob("*.json")):
            operation_id, status, *_ = path.name.removesuffix(".json").split(".")
            yield pytest.param(vendor, operation_id, status, path, id=f"{vendor}/{path.name}")


def _spec_examples() -> Iterator[Any]:
    """(vendor, pointer to the schema, example value) for every response example."""
    for vendor in VENDORS:
        for op in operations(vendor):
            for status, response in op.body["responses"].items():
                response = resolve(vendor, response)
                for media, content in response.get("content", {}).items():
                    values = [content["example"]] if "example" in content else []
                    values += [e["value"] for e in content.get("examples", {}).values()]
                    for n, value in enumerate(values):
                        pointer = response_schema_pointer(op, status, media)
                        yield pytest.param(vendor, pointer, value, id=f"{vendor}/{op.operation_id}/{status}/{n}")


@pytest.mark.parametrize(("vendor", "pointer", "value"), list(_spec_examples()))
def test_spec_response_examples_validate(vendor: str, pointer: str, value: Any) -> None:
    errors = [e.message for e in validator(vendor, pointer).iter_errors(value)]
    assert errors == []


def _parameter_examples() -> Iterator[Any]:
    for vendor in VENDORS:
        spec = load_spec(vendor)
        for name, param in spec.get("components", {}).get("parameters", {}).items():
            if "example" in param:
                pointer = f"#/components/parameters/{name}/schema"
                yield pytest.param(vendor, pointer, param["example"], id=f"{vendor}/{name}")


@pytest.mark.parametrize(("vendor", "pointer", "value"), list(_parameter_examples()))
def test_spec_parameter_examples_validate(vendor: str, pointer: str, value: Any) -> None:
    assert [e.message for e in validator(vendor, pointer).iter_errors(value)] == []


def _round_trip(model: Any, body: Any) -> Any:
    if typing.get_origin(model) is list:  # an array body: each item through the item type
        (item_type,) = typing.get_args(model)
        items = [_round_trip(item_type, item) for item in body]
        return None if None in items else items
    if not hasattr(model, "from_dict"):  # a scalar body item (str, UUID, ...)
        return str(model(body)) if isinstance(body, str) else body
    try:
        return model.from_dict(body).to_dict()
    except (KeyError, TypeError, ValueError):
        return None


@pytest.mark.parametrize(("vendor", "operation_id", "status", "path"), list(_page_examples()))
def test_vendor_page_example_validates_parses_and_round_trips(
    vendor: str, operation_id: str, status: str, path: Path
) -> None:
    body = json.loads(path.read_text())
    op = operation(vendor, operation_id)
    module = importlib.import_module(op.module)
    if status == "request":
        schema = resolve(vendor, op.body["requestBody"])["content"]["application/json"]["schema"]
        body_type = typing.get_type_hints(module.sync_detailed)["body"]
        assert [e.message for e in validator(vendor, schema).iter_errors(body)] == []
        # A oneOf body is a Union of models: the example must round-trip through one of them.
        members = typing.get_args(body_type) if typing.get_origin(body_type) is typing.Union else (body_type,)
        if typing.get_origin(body_type) is types.UnionType:
            members = typing.get_args(body_type)
        assert body in [_round_trip(model, body) for model in members]
        return
    assert [e.message for e in validator(vendor, response_schema_pointer(op, status)).iter_errors(body)] == []
    client = importlib.import_module(VENDORS[vendor].package).Client("http://x")
    parsed = module._parse_response(client=client, response=httpx.Response(int(status), json=body))
    assert parsed is not None
    dumped = parsed.to_dict() if hasattr(parsed, "to_dict") else [item.to_dict() for item in parsed]
    assert dumped == body
