"""What a client's first request costs: the CA certificates read only for a TLS
connection, OpenTelemetry imported only once a provider can be set, and the version in
the User-Agent from the package itself."""

from __future__ import annotations

import ssl
import subprocess
import sys

import httpx

import citylens_client as cl
from citylens_client._runtime.client import _Pools
from citylens_client._runtime.http import ConnectOptions


def test_the_default_tls_context_verifies_with_the_system_certificates_once_used() -> None:
    context = _Pools(ConnectOptions())._verify()
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.cert_store_stats()["x509_ca"] == 0  # nothing read for plain HTTP
    context.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="example.com")
    assert context.cert_store_stats() == ssl.create_default_context().cert_store_stats()


_NO_OTEL = """
import sys, httpx
import citylens_client as cl
def answer(request):
    return httpx.Response(200, json={"detected_objects": [], "total_count": 0, "limit": 10, "offset": 0})
with cl.connect("k", base_url="http://api.test", transport=httpx.MockTransport(answer)) as client:
    assert list(cl.iter_detected_objects(client, "2025-11-01T00:00:00", "2025-11-02T00:00:00")) == []
print(sorted(m for m in sys.modules if m.startswith("opentelemetry")))
"""


def test_opentelemetry_is_not_imported_before_an_application_could_set_a_provider() -> None:
    env = {"PATH": "", "PYTHONPATH": ":".join(sys.path)}
    out = subprocess.run([sys.executable, "-c", _NO_OTEL], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == "[]"


def test_the_user_agent_names_the_package_release() -> None:
    agents: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        agents.append(request.headers["user-agent"])
        return httpx.Response(200, json=[])

    with cl.connect("k", base_url="http://api.test", transport=httpx.MockTransport(answer)) as client:
        client.get_httpx_client().get("/anything")
    assert agents == [f"citylens-client/{cl.__version__} httpx/{httpx.__version__}"]
