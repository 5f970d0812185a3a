"""OpenTelemetry: a span for each operation call, page, poll wait and transfer, metrics
for requests, retries, waits the server asked for and bytes, and never a secret."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from opentelemetry import metrics, trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader, NumberDataPoint
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

import citylens_client as cl
from citylens_client._runtime.download import download
from citylens_client._runtime.polling import JobSpec, PollPolicy, poll
from tests.conftest import FakeClock
from tests.faults.server import FaultServer, Status

KEY = "ck_live_0123456789abcdef"
SIGNATURE = "c2lnbmF0dXJlLXZhbHVl"
DETECTIONS = "/export-api/v1/detections/objects"
PAGE = {"detected_objects": [], "total_count": 0, "limit": 1000, "offset": 0}
FROM, TO = "2025-11-01T00:00:00", "2025-11-02T00:00:00"

_SPANS = InMemorySpanExporter()
_METRICS = InMemoryMetricReader()


@pytest.fixture(scope="module", autouse=True)
def _providers() -> None:
    # The API takes a global provider once per process: this module sets it, once.
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(_SPANS))
    trace.set_tracer_provider(provider)
    metrics.set_meter_provider(MeterProvider(metric_readers=[_METRICS]))


@pytest.fixture(autouse=True)
def _no_spans_yet() -> None:
    _SPANS.clear()  # metrics are cumulative: tests compare totals before and after


def finished() -> list[ReadableSpan]:
    return list(_SPANS.get_finished_spans())


def total(name: str, **attributes: Any) -> float:
    """The cumulative value of a counter, over the points with these attributes."""
    data = _METRICS.get_metrics_data()
    value = 0.0
    for resource in data.resource_metrics if data else []:
        for scope in resource.scope_metrics:
            for metric in scope.metrics:
                if metric.name == name:
                    for point in metric.data.data_points:
                        labels = point.attributes or {}
                        wanted = all(labels.get(k) == v for k, v in attributes.items())
                        if isinstance(point, NumberDataPoint) and wanted:
                            value += point.value
    return value


def every_attribute(found: list[ReadableSpan]) -> str:
    texts = []
    for span in found:
        texts.append(json.dumps(dict(span.attributes or {}), default=str))
        texts.extend(json.dumps(dict(event.attributes or {}), default=str) for event in span.events)
    return "\n".join(texts)


def test_a_walk_has_a_span_per_page_around_its_operation_call_with_the_retries(
    faults: FaultServer, clock: FakeClock
) -> None:
    faults.route(DETECTIONS, body=json.dumps(PAGE).encode(), faults=[Status(503)])
    retries_before = total("vision_api.client.retries", **{"vision_api.retry.kind": "http_503"})
    with cl.connect(KEY, base_url=faults.base_url, clock=clock) as client:
        assert list(cl.iter_detected_objects(client, datetime(2025, 11, 1), datetime(2025, 11, 2))) == []
    [call] = [s for s in finished() if s.name == "citylens list_detected_objects"]
    [page] = [s for s in finished() if s.name == "citylens page"]
    assert call.parent is not None and call.parent.span_id == page.context.span_id
    assert call.kind == trace.SpanKind.CLIENT
    assert call.attributes is not None and page.attributes is not None
    assert call.attributes["vision_api.vendor"] == "citylens"
    assert call.attributes["http.response.status_code"] == 200
    assert call.attributes["vision_api.attempts"] == 2
    assert list(call.attributes["vision_api.retry_reasons"]) == ["HTTP 503"]  # type: ignore[arg-type]
    assert call.attributes["url.template"] == DETECTIONS
    assert page.attributes["vision_api.items"] == 0 and page.attributes["vision_api.total"] == 0
    assert total("vision_api.client.retries", **{"vision_api.retry.kind": "http_503"}) == retries_before + 1
    assert KEY not in every_attribute(finished())


def test_a_wait_the_server_asks_for_is_counted(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/x", faults=[Status(429, headers={"Retry-After": "7"})])
    before = total("vision_api.client.throttle_wait")
    with cl.connect(KEY, base_url=faults.base_url, clock=clock) as client:
        client.get_httpx_client().get("/x")
    assert total("vision_api.client.throttle_wait") - before == pytest.approx(clock.sleeps[0])
    assert clock.sleeps[0] >= 7


def test_a_failed_call_is_an_error_span_without_the_query(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/x", faults=[Status(404)])
    with cl.connect(KEY, base_url=faults.base_url, clock=clock) as client, pytest.raises(cl.NotFoundError):
        client.get_httpx_client().get("/x", params={"signature": SIGNATURE})
    [call] = finished()
    assert call.status.status_code == trace.StatusCode.ERROR
    assert call.attributes is not None and call.attributes["error.type"] == "404"
    assert call.attributes["url.full"] == faults.url("/x")
    assert SIGNATURE not in every_attribute(finished())


def test_a_download_span_counts_its_bytes_and_hides_the_signed_query(
    faults: FaultServer, storage: FaultServer, clock: FakeClock, tmp_path: Path
) -> None:
    storage.route("/f.bin", body=b"x" * 5000, content_type="application/octet-stream")
    before = total("vision_api.client.transferred", **{"vision_api.transfer.direction": "download"})
    with cl.connect(KEY, base_url=faults.base_url, clock=clock) as client:
        download(client.get_httpx_client(), storage.url(f"/f.bin?sig={SIGNATURE}"), tmp_path / "f.bin", clock=clock)
    [transfer] = [s for s in finished() if s.name == "citylens download"]
    [call] = [s for s in finished() if s.name == "citylens GET storage"]
    assert call.parent is not None and call.parent.span_id == transfer.context.span_id
    assert transfer.attributes is not None and transfer.attributes["vision_api.bytes"] == 5000
    assert transfer.attributes["url.full"] == storage.url("/f.bin")
    assert total("vision_api.client.transferred", **{"vision_api.transfer.direction": "download"}) == before + 5000
    assert SIGNATURE not in every_attribute(finished())


def test_each_poll_wait_has_a_span_with_the_job_and_its_status(clock: FakeClock) -> None:
    statuses = iter(["queued", "running", "done"])
    job: JobSpec[str] = JobSpec("job-7", is_done=lambda s: s == "done", failure=lambda s: None)
    assert poll(lambda: next(statuses), job, policy=PollPolicy(interval=1, factor=2), clock=clock) == "done"
    waits = [s for s in finished() if s.name == "citylens poll wait"]
    assert [(w.attributes or {}).get("vision_api.job.status") for w in waits] == ["queued", "running"]
    assert [(w.attributes or {}).get("vision_api.wait") for w in waits] == [1, 2]
    assert all((w.attributes or {}).get("vision_api.job.id") == "job-7" for w in waits)


def test_without_opentelemetry_everything_works_and_nothing_is_traced(faults: FaultServer) -> None:
    faults.route("/x")
    script = (
        "import sys; sys.modules['opentelemetry'] = None\n"
        "import citylens_client as cl\n"
        f"with cl.connect({KEY!r}, base_url={faults.base_url!r}) as c:\n"
        "    print(c.get_httpx_client().get('/x').status_code)\n"
        "print('opentelemetry.trace' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["200", "False"]


def test_installed_but_unconfigured_costs_nothing_and_a_later_provider_is_used(faults: FaultServer) -> None:
    # OpenTelemetry's API alone records nothing: a call then builds no attributes (they
    # cost about a tenth of a listing's CPU). A provider set after the first request is
    # used from the next one on.
    faults.route("/export-api/v1/detections/objects", body=json.dumps(PAGE).encode())
    script = (
        "from opentelemetry import trace\n"
        "from opentelemetry.sdk.trace import TracerProvider\n"
        "from opentelemetry.sdk.trace.export import SimpleSpanProcessor\n"
        "from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter\n"
        "import citylens_client as cl\n"
        "from citylens_client._runtime import tracing\n"
        "real = tracing._call_attributes\n"
        "built = []\n"
        "tracing._call_attributes = lambda request: built.append(1) or real(request)\n"
        f"with cl.connect({KEY!r}, base_url={faults.base_url!r}) as c:\n"
        f"    list(cl.iter_detected_objects(c, {FROM!r}, {TO!r}))\n"
        "    print(len(built))\n"
        "    spans = InMemorySpanExporter()\n"
        "    provider = TracerProvider()\n"
        "    provider.add_span_processor(SimpleSpanProcessor(spans))\n"
        "    trace.set_tracer_provider(provider)\n"
        f"    list(cl.iter_detected_objects(c, {FROM!r}, {TO!r}))\n"
        "    print(len(built), sorted({s.name for s in spans.get_finished_spans()}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines() == ["0", "1 ['citylens list_detected_objects', 'citylens page']"]
