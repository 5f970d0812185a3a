"""The registry of vendors: one entry per client package.

Adding a vendor starts here: a spec in `specs/`, an overlay folder in `overlays/`,
and an entry below.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
OVERLAYS = ROOT / "overlays"
GENERATED = ROOT / "generated"


@dataclass(frozen=True)
class Vendor:
    key: str
    distribution: str
    package: str
    generator_config: dict[str, Any] = field(default_factory=dict)
    # Typed models of what lives outside the HTTP API (export files), made by
    # datamodel-code-generator: {module name in the package: JSON Schema in specs/}.
    record_models: dict[str, str] = field(default_factory=dict)
    # Runtime dependencies beyond httpx and attrs (the record models' library).
    extra_dependencies: tuple[str, ...] = ()

    @property
    def spec(self) -> Path:
        return SPECS / f"{self.key}.yaml"

    @property
    def overlay(self) -> Path:
        return OVERLAYS / self.key

    @property
    def output(self) -> Path:
        return GENERATED / self.key


# openapi-python-client drops response bodies whose media type it does not know;
# binary images must be mapped to octet-stream to come back as `File`.
_BINARY_IMAGES = {"image/jpeg": "application/octet-stream", "image/png": "application/octet-stream"}

VENDORS: dict[str, Vendor] = {
    v.key: v
    for v in [
        Vendor(
            key="citylens",
            distribution="citylens-client",
            package="citylens_client",
            generator_config={"content_type_overrides": _BINARY_IMAGES},
        ),
        Vendor(
            key="scopix",
            distribution="scopix-client",
            package="scopix_client",
            record_models={"export_records": "scopix-export-record.schema.json"},
            extra_dependencies=("msgspec>=0.19",),
        ),
        Vendor(
            key="pictograph",
            distribution="pictograph-client",
            package="pictograph_client",
            generator_config={"content_type_overrides": {"application/zip": "application/octet-stream"}},
        ),
        Vendor(key="analytiks", distribution="analytiks-client", package="analytiks_client"),
        Vendor(key="hasty", distribution="hasty-client", package="hasty_client"),
    ]
}


def select(keys: list[str]) -> list[Vendor]:
    """The vendors named, or all of them when none are."""
    unknown = [k for k in keys if k not in VENDORS]
    if unknown:
        raise SystemExit(f"unknown vendor(s): {', '.join(unknown)}; known: {', '.join(VENDORS)}")
    return [VENDORS[k] for k in keys] if keys else list(VENDORS.values())
