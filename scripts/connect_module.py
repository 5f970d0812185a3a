"""Each package's `_client.py`, written from the spec's one security scheme and servers:
for an `apiKey` header or HTTP `bearer`, `connect(api_key, *, base_url=...)` (the first
server is the default `base_url`; none when the spec names no server); for an `oauth2`
`clientCredentials` flow, `connect(client_id, client_secret, *, <base URL>=..., token_url=...,
<token fields>=...)`, whose token the scheme's `x-token-operation` fetches from the flow's
`tokenUrl` (Analytiks). An overlay with a `_client.py` of its own keeps it."""

from __future__ import annotations

import textwrap
from pathlib import Path
from string import Template
from typing import Any

from operation_signatures import operations
from spec import Document, load
from vendors import Vendor

TEMPLATE = Path(__file__).resolve().parent / "templates" / "connect.py.tmpl"
OAUTH_TEMPLATE = TEMPLATE.with_name("connect_oauth.py.tmpl")


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


def _doc(vendor: Vendor, name: str, scheme: dict[str, Any]) -> str:
    doc = scheme.get("x-connect-doc")
    if not isinstance(doc, str) or not doc.strip():
        raise SystemExit(f"{vendor.key}: security scheme {name} needs `x-connect-doc` (connect()'s docstring)")
    return textwrap.indent(textwrap.fill(" ".join(doc.split()), 84), "    ") + "\n"


def render(vendor: Vendor) -> str:
    document = load(vendor.spec)
    name, scheme = _scheme(document, vendor)
    if scheme.get("type") == "oauth2":
        return _render_client_credentials(vendor, document, name, scheme)
    header, prefix = _credential(name, scheme)
    doc = _doc(vendor, name, scheme)
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
        doc=doc,
        prefix=prefix,
    )


def _operation(document: dict[str, Any], operation_id: str) -> tuple[str, dict[str, Any]]:
    found = next((found for found in operations(document) if found[1].get("operationId") == operation_id), None)
    if found is None:
        raise SystemExit(f"x-token-operation {operation_id!r} is no operation of the spec")
    return found


def _render_client_credentials(vendor: Vendor, document: dict[str, Any], name: str, scheme: dict[str, Any]) -> str:
    """`connect()` for OAuth 2 client credentials: the scheme's `x-token-operation` is the
    token request (its body's model gets the id, the secret and the `x-token-parameters`,
    keyword arguments defaulting to the schema's `default`), sent to its own server,
    which with its path must be the flow's `tokenUrl` (`token_url=` overrides that
    server); every other operation goes to the first server (`x-base-url-parameter=`)."""
    flow = (scheme.get("flows") or {}).get("clientCredentials")
    operation_id = scheme.get("x-token-operation")
    if not isinstance(flow, dict) or not isinstance(operation_id, str):
        raise SystemExit(f"{vendor.key}: oauth2 scheme {name} needs a clientCredentials flow and x-token-operation")
    path, operation = _operation(document, operation_id)
    token_server = (operation.get("servers") or [{}])[0].get("url")
    if not token_server or (token_server.rstrip("/") + path).rstrip("/") != str(flow.get("tokenUrl")).rstrip("/"):
        raise SystemExit(f"{vendor.key}: {operation_id}'s server and path must be the flow's tokenUrl")
    ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    model = ref.rsplit("/", 1)[1]
    properties = Document(document).lookup(ref).get("properties", {})
    base_url = scheme.get("x-base-url-parameter", "base_url")
    constants = {base_url: document["servers"][0]["url"], "token_url": token_server}
    fields = scheme.get("x-token-parameters") or []
    for field in fields:
        if not field.isidentifier() or "default" not in properties.get(field, {}):
            raise SystemExit(f"{vendor.key}: x-token-parameters: {field!r} is no field of {model} with a default")
        constants[field] = properties[field]["default"]
    return Template(OAUTH_TEMPLATE.read_text()).substitute(
        title=document["info"]["title"],
        scheme=name,
        operation=operation_id,
        tag=operation["tags"][0],
        request_model=model,
        constants="".join(f"DEFAULT_{n.upper()} = {value!r}\n" for n, value in constants.items()),
        parameters="".join(f"    {n}: str = DEFAULT_{n.upper()},\n" for n in constants),
        doc=_doc(vendor, name, scheme),
        fields="".join(f', {f}=check_str("{f}", {f})' for f in fields),
        base_url=base_url,
    )


def write_connect_module(vendor: Vendor, package_dir: Path) -> bool:
    """Write `_client.py` unless the overlay has its own or the spec names no security
    scheme (nothing to connect with); True when written."""
    if (vendor.overlay / "_client.py").exists() or not load(vendor.spec).get("components", {}).get("securitySchemes"):
        return False
    (package_dir / "_client.py").write_text(render(vendor))
    return True
