"""Every spec is valid OpenAPI 3.1 and complete enough to generate a usable client."""

from __future__ import annotations

import pytest
from openapi_spec_validator import validate

from tests.contract.spec_tools import VENDORS, load_spec, operations


@pytest.mark.parametrize("vendor", list(VENDORS))
def test_spec_is_valid_openapi_3_1(vendor: str) -> None:
    spec = load_spec(vendor)
    assert spec["openapi"].startswith("3.1")
    validate(spec)


@pytest.mark.parametrize("vendor", list(VENDORS))
def test_every_operation_has_id_tag_summary_and_security(vendor: str) -> None:
    problems = []
    ids = []
    for op in operations(vendor):
        where = f"{op.method.upper()} {op.path}"
        ids.append(op.body.get("operationId"))
        problems += [f"{where}: no {key}" for key in ("operationId", "summary") if not op.body.get(key)]
        if len(op.body.get("tags", [])) != 1:
            problems.append(f"{where}: needs exactly one tag (the generated api/ folder)")
        if "security" not in op.body:  # the generator ignores top-level security
            problems.append(f"{where}: no operation-level security")
    assert problems == []
    assert len(ids) == len(set(ids)), "duplicate operationIds"


@pytest.mark.parametrize("vendor", list(VENDORS))
def test_inferred_parts_say_why(vendor: str) -> None:
    missing = [
        f"{op.method.upper()} {op.path}"
        for op in operations(vendor)
        if op.body.get("x-inferred") and not (op.body.get("x-inferred-reason") or op.body.get("description"))
    ]
    assert missing == []
