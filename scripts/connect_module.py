"""Each API-key package's `_client.py`: `connect(api_key, *, base_url=...)`, written from
the spec's one security scheme (an `apiKey` header, or HTTP `bearer`) and its first
server (the default `base_url`; none when the spec names no server). An overlay with a
`_client.py` of its own (Analytiks: OAuth client credentials on two hosts) keeps it."""

from __future__ import annotations

import textwrap
from pathlib import Path
from string import Template
from typing import Any

from spec import load
from vendors import Vendor

TEMPLATE = Path(__file__).resolve().parent / "templates" / "connect.py.tmpl"


def _scheme(document: dict[str, Any], vendor: Vendor) -> tuple[str, dict[str, Any]]:
    schemes = document.get("components", {}).get("securitySchemes", {})
    if len(schemes) != 1:
        raise SystemExit(f"{vendor.key}: connect() is written for one security scheme, the spec has {len(schemes)}")
    ((name, scheme),) = schemes.items()
    return name, scheme


def _credential(name: str, scheme: dict[str, Any]) -> tuple[str, str]:
    """(header, prefix argument) of the key."""
    if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
        return scheme["name"], ""
    if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
        return "Authorization", ', prefix="Bearer"'
    raise SystemExit(f"security scheme {name}: connect() is written for an apiKey header or HTTP bearer")


def render(vendor: Vendor) -> str:
    document = load(vendor.spec)
    name, scheme = _scheme(document, vendor)
    header, prefix = _credential(name, scheme)
    doc = scheme.get("x-connect-doc")
    if not isinstance(doc, str) or not doc.strip():
        raise SystemExit(f"{vendor.key}: security scheme {name} needs `x-connect-doc` (connect()'s docstring)")
    servers = [s["url"] for s in document.get("servers") or [] if "{" not in s["url"]]
    constants = [f"API_KEY_HEADER = {header!r}"]
    if servers:
        constants.insert(0, f"DEFAULT_BASE_URL = {servers[0]!r}")
        parameter = "base_url: str = DEFAULT_BASE_URL"
    else:
        parameter = "base_url: str"
    return Template(TEMPLATE.read_text()).substitute(
        title=document["info"]["title"],
        scheme=name,
        constants="\n".join(constants) + "\n",
        base_url_parameter=parameter,
        doc=textwrap.indent(textwrap.fill(" ".join(doc.split()), 84), "    ") + "\n",
        prefix=prefix,
    )


def write_connect_module(vendor: Vendor, package_dir: Path) -> bool:
    """Write `_client.py` unless the overlay has its own or the spec names no security
    scheme (nothing to connect with); True when written."""
    if (vendor.overlay / "_client.py").exists() or not load(vendor.spec).get("components", {}).get("securitySchemes"):
        return False
    (package_dir / "_client.py").write_text(render(vendor))
    return True
