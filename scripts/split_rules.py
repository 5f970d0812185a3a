"""How a request too big for one is split into the requests an API takes, from the
spec: a body schema's `x-period` (its start and end fields, the longest span one
request may cover, the step of its buckets) and its `x-split` lists (at most their
`maxItems` a request). Written into each package's `_operations.py` as `SPLIT_RULES`
(model name -> rule), read by `_runtime/splits.py`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from spec import Document

# ISO 8601 durations of days, hours, minutes and seconds (`P5D`, `PT15M`).
_DURATION = re.compile(r"P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")


def seconds(text: str) -> int:
    match = _DURATION.fullmatch(str(text))
    if not match or text in ("P", "PT") or text.endswith("T"):
        raise SystemExit(f"x-period: {text!r} is no ISO 8601 duration of days, hours, minutes or seconds")
    days, hours, minutes, secs = (int(part or 0) for part in match.groups())
    return ((days * 24 + hours) * 60 + minutes) * 60 + secs


def attribute(name: str) -> str:
    """The generated model's attribute for a camelCase property."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def split_rules(document: Document, package_dir: Path) -> dict[str, dict[str, Any]]:
    rules = {}
    for model, raw in (document.contents.get("components", {}).get("schemas") or {}).items():
        schema = document.resolve(raw)
        period = schema.get("x-period")
        if not period:
            continue
        properties = schema.get("properties") or {}
        batched = {
            attribute(name): document.resolve(value)["maxItems"]
            for name, value in properties.items()
            if document.resolve(value).get("x-split")
        }
        max_span, step = seconds(period["max-span"]), seconds(period["step"])
        if not 0 < step <= max_span:
            raise SystemExit(f"{model}: x-period needs 0 < step <= max-span")
        rule = {
            "start": attribute(period["start"]),
            "end": attribute(period["end"]),
            "max_span": max_span,
            "step": step,
            "batched": batched,
        }
        source = (package_dir / "models" / f"{attribute(model)}.py").read_text()
        for name in (attribute(period["start"]), attribute(period["end"]), *batched):
            if f"\n    {name}:" not in source:
                raise SystemExit(f"{model}: x-period or x-split names {name!r}, no field of the generated model")
        rules[model] = rule
    return rules
