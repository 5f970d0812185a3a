"""Property-based: any body a response schema allows parses with the generated models.

Anything the spec allows and the client cannot read is a bug in the generator config or
templates (`scripts/templates/`), never a case to filter out here.
"""

from __future__ import annotations

import importlib
import string
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from tests.contract.spec_tools import VENDORS, Operation, load_spec, operations, resolve


def date_times() -> st.SearchStrategy[str]:
    """RFC 3339 in all its spellings: `t`/`T`, `z`/`Z`, 0-9 fractional digits, offsets."""
    zones = st.sampled_from([UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8))])
    moments = st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2100, 1, 1), timezones=zones)

    def spell(moment: datetime, lower: bool, digits: int, zulu: bool) -> str:
        text = moment.strftime("%Y-%m-%dT%H:%M:%S")
        if digits:
            text += "." + (f"{moment.microsecond:06d}" + "123")[:digits]
        offset = moment.utcoffset() or timedelta(0)
        if offset == timedelta(0) and zulu:
            text += "Z"
        else:
            minutes = int(offset.total_seconds() // 60)
            text += f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        return text.lower() if lower else text

    return st.builds(spell, moments, st.booleans(), st.integers(0, 9), st.booleans())


# We replace some of hypothesis-jsonschema's format strategies on purpose.
pytestmark = pytest.mark.filterwarnings("ignore:Overriding standard format")

FORMATS = {
    "date-time": date_times(),
    "date": st.dates().map(lambda d: d.isoformat()),
    "uuid": st.uuids().map(str),
    "uri": st.sampled_from(["https://storage.example/a?b=c", "http://127.0.0.1:9/x"]),
    "email": st.just("user@example.org"),
}


def _json_responses() -> Iterator[Any]:
    for vendor in VENDORS:
        for op in operations(vendor):
            for status, response in op.body["responses"].items():
                if not status.startswith("2"):
                    continue
                content = resolve(vendor, response).get("content", {})
                if "application/json" in content:
                    schema = content["application/json"]["schema"]
                    yield pytest.param(vendor, op, status, schema, id=f"{vendor}/{op.operation_id}/{status}")


def _small(node: Any) -> Any:
    """The same schema with short arrays and maps: size is not what is under test, and
    big bodies make generation slow."""
    if isinstance(node, list):
        return [_small(item) for item in node]
    if not isinstance(node, dict):
        return node
    small = {key: _small(value) for key, value in node.items()}
    kind = small.get("type")
    if kind == "array" or (isinstance(kind, list) and "array" in kind):
        small["maxItems"] = min(small.get("maxItems", 3), 3)
    if isinstance(small.get("additionalProperties"), dict):
        small["maxProperties"] = min(small.get("maxProperties", 3), 3 + len(small.get("required", [])))
    return small


def _standalone(vendor: str, schema: dict[str, Any]) -> dict[str, Any]:
    # Local $refs resolve against the document: carry the components along.
    standalone: dict[str, Any] = _small({**schema, "components": load_spec(vendor).get("components", {})})
    return standalone


@pytest.mark.parametrize(("vendor", "op", "status", "schema"), list(_json_responses()))
def test_any_allowed_body_parses(vendor: str, op: Operation, status: str, schema: dict[str, Any]) -> None:
    module = importlib.import_module(op.module)
    client = importlib.import_module(VENDORS[vendor].package).Client("http://x")
    strategy = from_schema(_standalone(vendor, schema), custom_formats=FORMATS)

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(body=strategy)
    def parses(body: Any) -> None:
        parsed = module._parse_response(client=client, response=httpx.Response(int(status), json=body))
        assert parsed is not None

    parses()


@given(text=date_times())
@settings(max_examples=200, deadline=None, database=None)
def test_the_date_time_strategy_covers_the_spellings(text: str) -> None:
    assert text[10] in "tT" and set(text) <= set(string.digits + "-:.+tTzZ")
