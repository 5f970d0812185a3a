"""Which spec operations the contract tests exercised over HTTP, per vendor."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from citylens_client._runtime.routing import path_pattern  # the runtime's own matcher, any package's copy
from tests.contract.spec_tools import VENDORS, operations

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
exercised: dict[str, set[str]] = defaultdict(set)


def record(vendor: str, requests: Iterable[tuple[str, str]]) -> None:
    """Note the operations behind (method, path) pairs a simulator received."""
    table = [(op.method.upper(), path_pattern(op.path), op.operation_id) for op in operations(vendor)]
    for method, raw in requests:
        path = urlsplit(raw).path
        for op_method, pattern, operation_id in table:
            if op_method == method.upper() and pattern.match(path):
                exercised[vendor].add(operation_id)
                break


def report() -> tuple[list[str], list[str]]:
    """(report lines, operations without a test)."""
    lines = ["contract coverage: vendor, operations exercised over HTTP / in spec, page examples kept"]
    missing: list[str] = []
    for vendor in VENDORS:
        ids = [op.operation_id for op in operations(vendor)]
        gaps = [i for i in ids if i not in exercised[vendor]]
        missing += [f"{vendor}.{i}" for i in gaps]
        examples = len(list((FIXTURES / vendor).glob("*.json")))
        lines.append(f"  {vendor:12} {len(ids) - len(gaps):3}/{len(ids):<3} {examples:3} examples")
    if missing:
        lines.append("  no contract test over HTTP for: " + ", ".join(missing))
    return lines, missing
