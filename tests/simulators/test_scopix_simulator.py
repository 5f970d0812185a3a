"""Self-checks of the Scopix simulator over real HTTP: the API, its export jobs and the storage host."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import jsonschema
import pytest
from starlette.applications import Starlette

from vision_api_sims.scopix import (
    FAIL_TERM,
    FIELDS,
    LIMIT_EXCEEDED,
    RECORD_SCHEMA_PATH,
    SIMULATED_FAILURE,
    URL_TTL,
    Entry,
    History,
    ManualClock,
    build_history,
    create_app,
    create_storage_app,
)
from vision_api_sims.server import RunningServer, serve

KEY = "scopix_test_key"
AUTH = {"Authorization": f"Bearer {KEY}"}
DESCRIPTIONS = "/api/v2/data/descriptions"
EXPORT = "/api/v2/data/export"
QUEUE, WORK = 0.5, 2.0  # the simulator's default pending and processing times
UNKNOWN_ID = "550e8400-e29b-41d4-a716-446655440000"


@pytest.fixture(scope="module")
def history() -> History:
    return build_history()


@pytest.fixture(scope="module")
def clock() -> ManualClock:
    return ManualClock(1000.0)


@pytest.fixture(scope="module")
def violations() -> list[str]:
    return []


@pytest.fixture(scope="module")
def api(history: History, clock: ManualClock, violations: list[str]) -> Starlette:
    return create_app(history, clock=clock, validator_violations=violations)


@pytest.fixture(scope="module")
def storage(api: Starlette) -> Starlette:
    return create_storage_app(api.state.exports)


@pytest.fixture(scope="module")
def servers(api: Starlette, storage: Starlette) -> Iterator[tuple[RunningServer, RunningServer]]:
    with serve(api) as api_server, serve(storage) as storage_server:
        api.state.storage_base_url = storage_server.base_url
        yield api_server, storage_server


@pytest.fixture
def client(
    servers: tuple[RunningServer, RunningServer], api: Starlette, storage: Starlette, violations: list[str]
) -> Iterator[httpx.Client]:
    """A client of the validated API; the test must leave no violation behind."""
    violations.clear()
    api.state.fail_next, api.state.export_repeat, storage.state.ignore_range = False, 1, False
    with httpx.Client(base_url=servers[0].base_url, headers=AUTH) as http:
        yield http
    assert violations == []


@pytest.fixture
def bare() -> Iterator[httpx.Client]:
    """A client with no credentials, for the storage host."""
    with httpx.Client() as http:
        yield http


def take_request_violations(violations: list[str]) -> list[str]:
    """Remove and return the violations of deliberately invalid requests; responses must still be valid."""
    taken = list(violations)
    violations.clear()
    assert all("parameter" in v or "RequestBody" in v for v in taken), taken
    return taken


def expected_entries(
    history: History,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    low: float | None = None,
    high: float | None = None,
    terms: tuple[str, ...] = (),
    sources: tuple[str, ...] = (),
    failed: bool = False,
) -> list[Entry]:
    """The filters as the spec describes them, written independently of the simulator's code."""
    found = []
    for e in history.entries:
        score = e.confidence_score
        if (
            (failed or not e.failed)
            and (start is None or e.created_at >= start)
            and (end is None or e.created_at <= end)
            and (low is None or (score is not None and score >= low))
            and (high is None or (score is not None and score <= high))
            and (not terms or any(t.lower() in (e.description or "").lower() for t in terms))
            and (not sources or e.source_type in sources)
        ):
            found.append(e)
    return found


def create(client: httpx.Client, **body: Any) -> dict[str, Any]:
    response = client.post(EXPORT, json={"data_type": "descriptions", "format": "json", **body})
    assert response.status_code == 202, response.text
    result: dict[str, Any] = response.json()
    return result


def finished(client: httpx.Client, clock: ManualClock, export_id: str) -> dict[str, Any]:
    clock.advance(QUEUE + WORK)
    result: dict[str, Any] = client.get(f"{EXPORT}/{export_id}").json()
    return result


# --- data set -----------------------------------------------------------------------


def test_history_shape(history: History) -> None:
    assert len(history.listed) == 5000
    assert 0 < len(history.entries) - len(history.listed) < 250
    assert [e.id for e in history.entries] == sorted((e.id for e in history.entries), reverse=True)
    times = [e.created_at for e in history.entries]
    assert times == sorted(times, reverse=True)
    assert history.entries[-1].id == "desc_00001"
    assert {e.created_at.year for e in history.entries} == {2025}
    assert 55 <= len({e.created_at.date() for e in history.entries}) <= 60
    assert Counter(e.source_type for e in history.listed).keys() == {"single", "batch", "api"}
    kinds = Counter(e.type for e in history.listed)
    assert kinds.keys() == {"description", "extraction", "rule"}
    descriptions = [e for e in history.listed if e.type == "description"]
    assert sum(e.confidence_score is None for e in descriptions) > 0.95 * len(descriptions)
    scored = [e.confidence_score for e in history.listed if e.type != "description"]
    assert all(s is not None and 0 <= s <= 1 for s in scored)
    assert any(e.verification is not None for e in history.listed)
    assert all(e.description is None and "error" in e.metadata for e in history.entries if e.failed)


def test_history_is_deterministic() -> None:
    fresh = build_history.__wrapped__(11, 5000)
    assert [e.to_record() for e in fresh.entries[:50]] == [e.to_record() for e in build_history().entries[:50]]
    assert (
        build_history(seed=3, size=200).entries[0].to_record() != build_history(seed=4, size=200).entries[0].to_record()
    )


# --- auth ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "detail"),
    [
        ({}, "Not authenticated"),
        ({"Authorization": "Basic c2NvcGl4"}, "Invalid authentication credentials"),
        ({"Authorization": "Bearer"}, "Invalid authentication credentials"),
        ({"Authorization": "Bearer scopix_wrong"}, "Invalid API key"),
        ({"X-API-Key": KEY}, "Not authenticated"),
    ],
)
@pytest.mark.parametrize(
    ("method", "path"), [("GET", DESCRIPTIONS), ("POST", EXPORT), ("GET", f"{EXPORT}/{UNKNOWN_ID}")]
)
def test_every_endpoint_needs_the_bearer_key(
    client: httpx.Client, headers: dict[str, str], detail: str, method: str, path: str
) -> None:
    client.headers.pop("Authorization")
    response = client.request(method, path, headers=headers, json={"data_type": "descriptions", "format": "csv"})
    assert response.status_code == 401
    assert response.json() == {"detail": detail}
    assert response.headers["www-authenticate"] == "Bearer"


def test_scheme_is_case_insensitive(client: httpx.Client) -> None:
    assert client.get(DESCRIPTIONS, headers={"Authorization": f"bearer {KEY}"}).status_code == 200


# --- list_descriptions ---------------------------------------------------------------


def test_default_page(client: httpx.Client, history: History) -> None:
    page = client.get(DESCRIPTIONS).json()
    assert page["items"] == [e.to_record() for e in history.listed[:100]]
    assert (page["total_count"], page["limit"], page["offset"], page["has_more"]) == (5000, 100, 0, True)
    assert page["filters_applied"] == {
        "date_range_applied": False,
        "confidence_range_applied": False,
        "search_applied": False,
        "source_types_filtered": False,
        "filter_summary": "No filters applied",
    }
    assert page["statistics"]["total_count"] == 5000
    assert sum(d["count"] for d in page["statistics"]["daily_counts"]) == 5000


def test_filters_statistics_and_summary(client: httpx.Client, history: History) -> None:
    params = {
        "start_date": "2025-01-01T00:00:00Z",
        "end_date": "2025-01-31T23:59:59Z",
        "min_confidence": "0.8",
        "max_confidence": "1.0",
        "search": "Safety,EQUIPMENT, landscape",
        "source_types": "single,batch",
        "limit": "1000",
    }
    page = client.get(DESCRIPTIONS, params=params).json()
    expected = expected_entries(
        history,
        start=datetime(2025, 1, 1, tzinfo=UTC),
        end=datetime(2025, 1, 31, 23, 59, 59, tzinfo=UTC),
        low=0.8,
        high=1.0,
        terms=("safety", "equipment", "landscape"),
        sources=("single", "batch"),
    )
    assert 20 < len(expected) < 1000
    assert page["items"] == [e.to_record() for e in expected]
    assert (page["total_count"], page["has_more"]) == (len(expected), False)
    scores = [e.confidence_score for e in expected if e.confidence_score is not None]
    stats = page["statistics"]
    assert stats["total_count"] == len(expected)
    assert stats["average_confidence"] == pytest.approx(sum(scores) / len(scores), abs=1e-4)
    assert stats["confidence_distribution"] == {
        "0.8-0.9": sum(s < 0.9 for s in scores),
        "0.9-1.0": sum(s >= 0.9 for s in scores),
    }
    assert stats["source_distribution"] == dict(sorted(Counter(e.source_type for e in expected).items()))
    days = Counter(e.created_at.date().isoformat() for e in expected)
    assert stats["daily_counts"] == [{"date": d, "count": days[d]} for d in sorted(days)]
    assert page["filters_applied"] == {
        "date_range_applied": True,
        "confidence_range_applied": True,
        "search_applied": True,
        "source_types_filtered": True,
        "filter_summary": "Date: 2025-01-01 to 2025-01-31, Min confidence: 0.8, Max confidence: 1.0, "
        "Search: Safety, EQUIPMENT, landscape, Source types: single, batch",
    }


def test_descriptions_have_no_confidence_so_a_bound_drops_them(client: httpx.Client, history: History) -> None:
    page = client.get(DESCRIPTIONS, params={"min_confidence": 0, "limit": 1}).json()
    assert page["total_count"] == len(expected_entries(history, low=0.0))
    assert page["statistics"]["total_count"] < 2000
    nothing = client.get(DESCRIPTIONS, params={"source_types": "fax"}).json()
    assert (nothing["items"], nothing["total_count"], nothing["statistics"]["average_confidence"]) == ([], 0, None)
    assert nothing["statistics"]["daily_counts"] == []


def test_paging_walks_the_history_newest_first(client: httpx.Client, history: History) -> None:
    params = {"source_types": "api", "start_date": "2025-02-01T00:00:00+00:00"}
    expected = expected_entries(history, sources=("api",), start=datetime(2025, 2, 1, tzinfo=UTC))
    seen: list[str] = []
    offset = 0
    while True:
        page = client.get(DESCRIPTIONS, params={**params, "offset": offset, "limit": 250}).json()
        seen += [item["id"] for item in page["items"]]
        assert page["has_more"] == (offset + len(page["items"]) < page["total_count"])
        if not page["has_more"]:
            break
        offset += 250
    assert seen == [e.id for e in expected]
    beyond = client.get(DESCRIPTIONS, params={**params, "offset": 10_000}).json()
    assert (beyond["items"], beyond["has_more"], beyond["total_count"]) == ([], False, len(expected))


def test_one_sided_date_summary(client: httpx.Client) -> None:
    page = client.get(DESCRIPTIONS, params={"end_date": "2025-01-10T00:00:00Z", "limit": 1}).json()
    assert page["filters_applied"]["filter_summary"] == "Date: until 2025-01-10"
    assert page["filters_applied"]["date_range_applied"] is True


@pytest.mark.parametrize(
    ("params", "kind"),
    [
        ({"limit": "0"}, "greater_than_equal"),
        ({"limit": "1001"}, "less_than_equal"),
        ({"limit": "ten"}, "int_parsing"),
        ({"offset": "-1"}, "greater_than_equal"),
        ({"min_confidence": "1.5"}, "less_than_equal"),
        ({"max_confidence": "-0.1"}, "greater_than_equal"),
        ({"min_confidence": "high"}, "float_parsing"),
        ({"min_confidence": "nan"}, "float_parsing"),
        ({"start_date": "yesterday"}, "datetime_parsing"),
        ({"end_date": "2025-13-01T00:00:00Z"}, "datetime_parsing"),
        ({"end_date": "2025-01-01T00:00:00Z\n"}, "datetime_parsing"),
    ],
)
def test_bad_parameters_are_422(client: httpx.Client, violations: list[str], params: dict[str, str], kind: str) -> None:
    response = client.get(DESCRIPTIONS, params=params)
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert (error["loc"], error["type"]) == (["query", next(iter(params))], kind)
    take_request_violations(violations)


# --- exports: lifecycle ----------------------------------------------------------------


def test_export_moves_from_pending_to_completed(client: httpx.Client, api: Starlette, clock: ManualClock) -> None:
    job = create(client, format="csv")
    assert job["status"] == "pending"
    assert (job["download_url"], job["record_count"], job["error_message"]) == (None, None, None)
    created = datetime.fromisoformat(job["created_at"])
    eta = datetime.fromisoformat(job["estimated_completion_time"])
    assert (eta - created).total_seconds() == pytest.approx(QUEUE + WORK)
    path = f"{EXPORT}/{job['export_id']}"
    clock.advance(QUEUE)
    processing = client.get(path).json()
    assert processing["status"] == "processing"
    assert processing["estimated_completion_time"] == job["estimated_completion_time"]
    clock.advance(WORK - 0.01)
    assert client.get(path).json()["status"] == "processing"
    clock.advance(0.01)
    done = client.get(path).json()
    assert done["status"] == "completed"
    assert (done["record_count"], done["estimated_completion_time"], done["error_message"]) == (5000, None, None)
    assert done["download_url"].startswith(f"{api.state.storage_base_url}/exports/{job['export_id']}.csv?")
    assert {k: done[k] for k in ("export_id", "format", "created_at")} == {
        k: job[k] for k in ("export_id", "format", "created_at")
    }


def test_export_timing_is_configurable(history: History) -> None:
    clock = ManualClock()
    app = create_app(history, clock=clock, queue_seconds=0, export_seconds=60)
    with serve(app) as running, httpx.Client(base_url=running.base_url, headers=AUTH) as http:
        job = http.post(EXPORT, json={"data_type": "descriptions", "format": "jsonl"}).json()
        assert job["status"] == "processing"
        clock.advance(59.9)
        assert http.get(f"{EXPORT}/{job['export_id']}").json()["status"] == "processing"
        clock.advance(0.1)
        assert http.get(f"{EXPORT}/{job['export_id']}").json()["status"] == "completed"


@pytest.mark.parametrize(
    ("setup", "body", "message"),
    [
        ("limit", {"limit": 100_001}, LIMIT_EXCEEDED),
        ("switch", {}, SIMULATED_FAILURE),
        ("term", {"search_terms": ["cars", FAIL_TERM]}, SIMULATED_FAILURE),
    ],
)
def test_failed_exports(
    client: httpx.Client,
    api: Starlette,
    clock: ManualClock,
    violations: list[str],
    setup: str,
    body: dict[str, Any],
    message: str,
) -> None:
    api.state.fail_next = setup == "switch"
    job = create(client, **body)
    assert job["status"] == "pending"
    if setup == "limit":  # above the spec's maximum, yet accepted: the job fails later
        assert len(take_request_violations(violations)) == 1
    clock.advance(QUEUE)
    assert client.get(f"{EXPORT}/{job['export_id']}").json()["status"] == "processing"
    failed = finished(client, clock, job["export_id"])
    assert failed == {**job, "status": "failed", "estimated_completion_time": None, "error_message": message}
    assert api.state.fail_next is False
    assert create(client)["export_id"] != job["export_id"]


def test_unknown_export_is_404_and_bad_id_422(client: httpx.Client, violations: list[str]) -> None:
    missing = client.get(f"{EXPORT}/{UNKNOWN_ID}")
    assert (missing.status_code, missing.json()) == (404, {"detail": "Export not found"})
    bad = client.get(f"{EXPORT}/not-a-uuid")
    assert bad.status_code == 422
    assert [(e["loc"], e["type"]) for e in bad.json()["detail"]] == [(["path", "export_id"], "uuid_parsing")]
    assert len(take_request_violations(violations)) == 1


@pytest.mark.parametrize(
    ("body", "loc", "kind"),
    [
        ({"format": "csv"}, ["body", "data_type"], "missing"),
        ({"data_type": "descriptions"}, ["body", "format"], "missing"),
        ({"data_type": "frames", "format": "csv"}, ["body", "data_type"], "enum"),
        ({"data_type": "descriptions", "format": "xml"}, ["body", "format"], "enum"),
        ({"data_type": "descriptions", "format": "csv", "limit": 0}, ["body", "limit"], "greater_than_equal"),
        ({"data_type": "descriptions", "format": "csv", "limit": "10"}, ["body", "limit"], "int_type"),
        (
            {"data_type": "descriptions", "format": "csv", "min_confidence": 2},
            ["body", "min_confidence"],
            "less_than_equal",
        ),
        (
            {"data_type": "descriptions", "format": "csv", "include_failed": "yes"},
            ["body", "include_failed"],
            "bool_type",
        ),
        ({"data_type": "descriptions", "format": "csv", "search_terms": "cars"}, ["body", "search_terms"], "list_type"),
        (
            {"data_type": "descriptions", "format": "csv", "source_types": [1]},
            ["body", "source_types", 0],
            "string_type",
        ),
        (
            {"data_type": "descriptions", "format": "csv", "start_date": "soon"},
            ["body", "start_date"],
            "datetime_parsing",
        ),
        (
            {"data_type": "descriptions", "format": "csv", "fields": ["id", "colour"]},
            ["body", "fields", 1],
            "value_error",
        ),
        (["descriptions"], ["body"], "model_attributes_type"),
    ],
)
def test_bad_export_requests_are_422(
    client: httpx.Client, violations: list[str], body: Any, loc: list[str | int], kind: str
) -> None:
    response = client.post(EXPORT, json=body)
    assert response.status_code == 422
    assert [(e["loc"], e["type"]) for e in response.json()["detail"]] == [(loc, kind)]
    take_request_violations(violations)


def test_malformed_json_is_422(client: httpx.Client, violations: list[str]) -> None:
    response = client.post(EXPORT, content=b'{"format": ', headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "json_invalid"
    take_request_violations(violations)


# --- exports: files ---------------------------------------------------------------------


def download(bare: httpx.Client, url: str, **headers: str) -> httpx.Response:
    return bare.get(url, headers=headers)


def test_page_request_example_exports_the_filtered_records(
    client: httpx.Client, bare: httpx.Client, clock: ManualClock, history: History
) -> None:
    with open("tests/fixtures/scopix/create_export.request.json", encoding="utf-8") as file:
        example = json.load(file)
    job = client.post(EXPORT, json=example).json()
    done = finished(client, clock, job["export_id"])
    response = download(bare, done["download_url"])
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-length"] == str(len(response.content))
    assert response.content.startswith(b"id,description,confidence_score\r\n")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    expected = expected_entries(
        history,
        start=datetime(2025, 1, 1, tzinfo=UTC),
        end=datetime(2025, 1, 31, 23, 59, 59, tzinfo=UTC),
        low=0.8,
        high=1.0,
        terms=("safety", "equipment"),
        sources=("single", "batch"),
    )
    assert len(rows) == done["record_count"] == len(expected) > 10
    assert rows == [
        {"id": e.id, "description": e.description, "confidence_score": json.dumps(e.confidence_score)} for e in expected
    ]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_formats_carry_the_same_records(
    client: httpx.Client, bare: httpx.Client, clock: ManualClock, history: History, fmt: str
) -> None:
    job = create(client, format=fmt, source_types=["api"], include_failed=True, end_date="2025-01-20T00:00:00Z")
    done = finished(client, clock, job["export_id"])
    content = download(bare, done["download_url"]).text
    if fmt == "json":
        records = json.loads(content)
    elif fmt == "jsonl":
        assert content.endswith("\n")
        records = [json.loads(line) for line in content.splitlines()]
    else:
        records = [
            {
                k: json.loads(v) if k in ("metadata", "verification", "confidence_score") and v else v or None
                for k, v in row.items()
            }
            for row in csv.DictReader(io.StringIO(content))
        ]
    expected = expected_entries(history, sources=("api",), end=datetime(2025, 1, 20, tzinfo=UTC), failed=True)
    assert any(e.failed for e in expected)
    assert records == [e.to_record() for e in expected]
    assert done["record_count"] == len(expected)
    schema = json.loads(RECORD_SCHEMA_PATH.read_text())
    checker = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    assert [e.message for record in records for e in checker.iter_errors(record)] == []


def test_fields_limit_and_metadata_switch(
    client: httpx.Client, bare: httpx.Client, clock: ManualClock, history: History
) -> None:
    job = create(client, format="jsonl", fields=["metadata", "id", "id", "type"], include_metadata=False, limit=7)
    done = finished(client, clock, job["export_id"])
    records = [json.loads(line) for line in download(bare, done["download_url"]).text.splitlines()]
    assert records == [{"id": e.id, "type": e.type} for e in history.listed[:7]]
    assert [list(r) for r in records] == [["id", "type"]] * 7
    assert done["record_count"] == 7
    empty = finished(client, clock, create(client, format="json", min_confidence=0.9, max_confidence=0.1)["export_id"])
    assert (empty["record_count"], download(bare, empty["download_url"]).json()) == (0, [])
    all_fields = finished(client, clock, create(client, format="csv", fields=[], limit=1)["export_id"])
    assert download(bare, all_fields["download_url"]).text.split("\r\n")[0] == ",".join(FIELDS)


def test_repeat_makes_big_files_cheaply(
    client: httpx.Client, api: Starlette, bare: httpx.Client, clock: ManualClock
) -> None:
    api.state.export_repeat = 3
    small = finished(client, clock, create(client, format="json", limit=4)["export_id"])
    records = download(bare, small["download_url"]).json()
    assert small["record_count"] == 12
    assert records == records[:4] * 3
    api.state.export_repeat = 20_000  # about 40 GiB of JSONL, never built: only ranges are read
    big = finished(client, clock, create(client, format="jsonl")["export_id"])
    assert big["record_count"] == 100_000_000
    head = bare.head(big["download_url"])
    size = int(head.headers["content-length"])
    assert size > 1 << 30
    assert head.content == b""
    tail = download(bare, big["download_url"], Range="bytes=-300")
    assert tail.status_code == 206
    assert tail.headers["content-range"] == f"bytes {size - 300}-{size - 1}/{size}"
    assert tail.content.endswith(b"}\n")
    middle = download(bare, big["download_url"], Range=f"bytes={size // 2}-{size // 2 + 3_000_000}")
    assert len(middle.content) == 3_000_001
    unit = size // 20_000
    whole = download(bare, big["download_url"], Range=f"bytes=0-{unit - 1}").content
    assert middle.content[:100] in whole + whole


# --- storage host ---------------------------------------------------------------------


@pytest.fixture
def completed(client: httpx.Client, clock: ManualClock) -> dict[str, Any]:
    return finished(client, clock, create(client, format="jsonl", limit=300)["export_id"])


def test_range_requests(bare: httpx.Client, completed: dict[str, Any], storage: Starlette) -> None:
    url = completed["download_url"]
    whole = download(bare, url)
    size = len(whole.content)
    assert whole.headers["accept-ranges"] == "bytes"
    etag = whole.headers["etag"]
    rest = download(bare, url, Range="bytes=1000-")
    assert (rest.status_code, rest.content) == (206, whole.content[1000:])
    assert rest.headers["content-range"] == f"bytes 1000-{size - 1}/{size}"
    assert rest.headers["content-length"] == str(size - 1000)
    part = download(bare, url, Range="bytes=10-19")
    assert (part.status_code, part.content) == (206, whole.content[10:20])
    assert download(bare, url, Range="bytes=10-999999999").content == whole.content[10:]
    past = download(bare, url, Range=f"bytes={size}-")
    assert (past.status_code, past.headers["content-range"]) == (416, f"bytes */{size}")
    assert download(bare, url, Range="bytes=5-1").status_code == 200  # invalid: ignored
    assert download(bare, url, Range="bytes=0-1,5-6").status_code == 200  # several: ignored
    assert download(bare, url, Range="bytes=10-", **{"If-Range": etag}).status_code == 206
    assert download(bare, url, Range="bytes=10-", **{"If-Range": '"stale"'}).status_code == 200
    storage.state.ignore_range = True
    ignored = download(bare, url, Range="bytes=1000-")
    assert (ignored.status_code, ignored.content) == (200, whole.content)
    assert "accept-ranges" not in ignored.headers


def test_signed_urls_expire_and_get_refreshed(
    client: httpx.Client, bare: httpx.Client, clock: ManualClock, completed: dict[str, Any]
) -> None:
    url = completed["download_url"]
    assert urlsplit(url).netloc != urlsplit(str(client.base_url)).netloc
    clock.advance(URL_TTL - 1)
    assert download(bare, url).status_code == 200
    fresh = client.get(f"{EXPORT}/{completed['export_id']}").json()["download_url"]
    assert fresh != url
    expires = float(parse_qs(urlsplit(fresh).query)["Expires"][0])
    assert expires - float(parse_qs(urlsplit(url).query)["Expires"][0]) == pytest.approx(URL_TTL - 1)
    clock.advance(1)
    expired = download(bare, url)
    assert expired.status_code == 403
    assert expired.headers["content-type"].startswith("application/xml")
    assert "<Code>AccessDenied</Code>" in expired.text
    assert download(bare, fresh).status_code == 200


@pytest.mark.parametrize(
    "mangle",
    [
        lambda url: url[:-1] + ("0" if url[-1] != "0" else "1"),
        lambda url: url.replace("Expires=", "Expires=9"),
        lambda url: url.replace(".jsonl?", ".json?"),
        lambda url: url.split("?")[0],
    ],
)
def test_tampered_urls_are_403(bare: httpx.Client, completed: dict[str, Any], mangle: Any) -> None:
    response = download(bare, mangle(completed["download_url"]))
    assert response.status_code == 403
    assert "<Error><Code>" in response.text


@pytest.mark.parametrize(
    "headers",
    [AUTH, {"authorization": "Bearer something-else"}, {"X-API-Key": "anything"}, {"X-Forwarded-Token": KEY}],
)
def test_credentials_never_reach_storage(
    bare: httpx.Client, completed: dict[str, Any], headers: dict[str, str]
) -> None:
    response = download(bare, completed["download_url"], **headers)
    assert response.status_code == 400
    assert "<Code>InvalidArgument</Code>" in response.text
    assert download(bare, completed["download_url"] + f"&key={KEY}").status_code == 400


def test_storage_never_saw_the_key(
    servers: Any, storage: Starlette, completed: dict[str, Any], bare: httpx.Client
) -> None:
    storage.state.request_log.clear()
    download(bare, completed["download_url"])
    assert [r.method for r in storage.state.request_log] == ["GET"]
    assert all(KEY not in repr(r) for r in storage.state.request_log)


# --- traffic --------------------------------------------------------------------------


def test_normal_traffic_records_no_violation(client: httpx.Client, api: Starlette, clock: ManualClock) -> None:
    api.state.request_log.clear()
    job = create(client, format="csv", search_terms=["cars"], min_confidence=0.5, limit=100_000)
    responses = [
        client.get(DESCRIPTIONS, params={"limit": 1000, "offset": 4500}),
        client.get(DESCRIPTIONS, params={"search": "mountain", "source_types": "batch,api", "min_confidence": 0.1}),
        client.get(f"{EXPORT}/{job['export_id']}"),
        finished_response(client, clock, job["export_id"]),
        client.get(f"{EXPORT}/{UNKNOWN_ID}"),
        client.get(DESCRIPTIONS, headers={"Authorization": "Bearer nope"}),
    ]
    assert [r.status_code for r in responses] == [200, 200, 200, 200, 404, 401]
    assert responses[0].json()["has_more"] is False and len(responses[0].json()["items"]) == 500
    assert [r.method for r in api.state.request_log] == ["POST", "GET", "GET", "GET", "GET", "GET", "GET"]
    assert api.state.request_log[0].headers["authorization"] == f"Bearer {KEY}"


def finished_response(client: httpx.Client, clock: ManualClock, export_id: str) -> httpx.Response:
    clock.advance(QUEUE + WORK)
    return client.get(f"{EXPORT}/{export_id}")
