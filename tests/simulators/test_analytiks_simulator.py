"""Self-checks of the Analytiks simulator over real HTTP: token host, exports host, data set."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from vision_api_sims.analytiks import (
    AUDIENCE,
    CHALLENGE,
    DATA_END,
    DATA_START,
    FULL_ACCESS,
    LOCATION_METRICS,
    PARTIAL_ACCESS,
    ClientAccount,
    Dataset,
    Period,
    TokenStore,
    build_dataset,
    create_exports_app,
    create_token_app,
    default_accounts,
)
from vision_api_sims.kit import ManualClock, Profile
from vision_api_sims.server import RunningServer, serve

TTL = 60
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "analytiks"
# The page's first request: locations 1-3, 15-minute buckets, UTC.
PAGE_PERIOD = {"startDate": "2023-06-08T11:30:00.000Z", "endDate": "2023-06-08T23:45:00.000Z"}
UTC_KEY = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00Z")
LOCAL_KEY = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00")
OTHER_AUDIENCE = ClientAccount("analytiks-other", "other-secret", audiences=frozenset({"https://other.example"}))


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return build_dataset()


@pytest.fixture(scope="module")
def clock() -> ManualClock:
    return ManualClock(1_000.0)


@pytest.fixture(scope="module")
def store(dataset: Dataset, clock: ManualClock) -> TokenStore:
    return TokenStore([*default_accounts(dataset), OTHER_AUDIENCE], clock=clock)


@pytest.fixture(scope="module")
def violations() -> list[str]:
    return []


@pytest.fixture(scope="module")
def token_app(store: TokenStore, violations: list[str]) -> Starlette:
    return create_token_app(store, token_ttl=TTL, validator_violations=violations)


@pytest.fixture(scope="module")
def exports_app(store: TokenStore, dataset: Dataset, violations: list[str]) -> Starlette:
    return create_exports_app(store, dataset, validator_violations=violations)


@pytest.fixture(scope="module")
def servers(token_app: Starlette, exports_app: Starlette) -> Iterator[tuple[RunningServer, RunningServer]]:
    with serve(token_app) as tokens, serve(exports_app) as exports:
        yield tokens, exports


@pytest.fixture(scope="module")
def token_http(servers: tuple[RunningServer, RunningServer]) -> Iterator[httpx.Client]:
    # Clients are shared: building one (its SSL context) costs more than most tests.
    with httpx.Client(base_url=servers[0].base_url) as http:
        yield http


@pytest.fixture(scope="module")
def exports_http(servers: tuple[RunningServer, RunningServer]) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=servers[1].base_url) as http:
        yield http


@pytest.fixture
def tokens(token_http: httpx.Client, violations: list[str]) -> Iterator[httpx.Client]:
    """A client of the token host; the test must leave no spec violation behind."""
    violations.clear()
    yield token_http
    assert violations == []


@pytest.fixture(scope="module")
def full_token() -> list[str]:
    return []


@pytest.fixture
def exports(
    exports_http: httpx.Client, tokens: httpx.Client, exports_app: Starlette, store: TokenStore, full_token: list[str]
) -> httpx.Client:
    """A client of the exports host carrying a valid token of the full-access account."""
    exports_app.state.v3_batch_size = 50
    exports_app.state.faults.latency = 0.0
    exports_app.state.clock_latency = 0.0
    if not full_token or store.resolve(full_token[0]) is None:  # tests move the clock and revoke tokens
        full_token[:] = [get_token(tokens)]
    exports_http.headers.update(bearer(full_token[0]))
    return exports_http


def get_token(tokens: httpx.Client, credentials: tuple[str, str] = FULL_ACCESS) -> str:
    client_id, client_secret = credentials
    response = tokens.post("/", json={"client_id": client_id, "client_secret": client_secret, "audience": AUDIENCE})
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def take_request_violations(violations: list[str]) -> list[str]:
    """Remove and return the violations of deliberately invalid requests; responses must still be valid."""
    taken = list(violations)
    violations.clear()
    assert taken, "the request was expected to break the spec"
    assert all(re.search(r"InvalidRequestBody|RequestBodyValidationError", v) for v in taken), taken
    return taken


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text())


def with_locations(ids: list[Any], **extra: Any) -> dict[str, Any]:
    return {**PAGE_PERIOD, "interval": "15min", "locations": ids, **extra}


# --- data set ---------------------------------------------------------------------


def test_dataset_shape(dataset: Dataset) -> None:
    locations = dataset.locations
    assert [location.id for location in locations] == list(range(1, len(locations) + 1))
    assert len(locations) >= 200
    assert all(len(members) >= 20 for members in dataset.brands.values())
    assert any(location.points_of_interest for location in locations)
    assert any(not location.points_of_interest for location in locations)
    assert any("dwellTime" not in location.metrics for location in locations)
    assert any(location.metrics == LOCATION_METRICS for location in locations)
    assert any(location.reference_number is None for location in locations)
    assert len({location.utc_offset_minutes for location in locations}) >= 8
    example = dataset.by_id[1]
    assert example.metrics == ("visits", "dwellTime", "groupVisits")
    assert [poi.id for poi in example.points_of_interest] == [
        "11111111-1111-1111-1111-111111111111",
        "22222222-2222-2222-2222-222222222222",
    ]
    assert dataset.by_reference[(1234, "US0658")].id == 2
    assert dataset.by_reference[(1234, "FR2561")].id == 3


def test_dataset_is_deterministic() -> None:
    fresh = build_dataset.__wrapped__(7, 240)
    assert fresh.locations == build_dataset().locations
    period = Period(datetime(2023, 6, 8), datetime(2023, 6, 9), local=False, interval="15min")
    assert fresh.export(fresh.by_id[1], period) == build_dataset().export(build_dataset().by_id[1], period)
    assert build_dataset(seed=8).locations != build_dataset(seed=9).locations


def test_values_are_consistent(dataset: Dataset) -> None:
    location = next(loc for loc in dataset.locations if loc.metrics == LOCATION_METRICS and loc.points_of_interest)
    record = dataset.export(location, Period(datetime(2023, 6, 1), datetime(2023, 6, 6), local=False, interval="15min"))
    assert record["visits"], "a full location has data on weekdays and weekends"
    for key, every in record["allVisits"].items():
        assert every == record["visits"].get(key, 0) + record["bounces"].get(key, 0)
        assert record["peakOccupancy"][key] >= 1
        assert record["walkBys"][key] >= every
    for key, visits in record["visits"].items():
        assert record["dwellTime"][key] >= 60_000 * visits
        assert record["groupVisits"].get(key, 0) <= visits
    for poi in record["pointOfInterest"]:
        assert set(poi) >= {"id", "visits", "peakVisits"}
        assert all(record["visits"][key] > 0 for key in poi["visits"])
    assert all(value > 0 for series in record.values() if isinstance(series, dict) for value in series.values())


# --- token host -------------------------------------------------------------------


def test_token_is_issued_with_its_lifetime(tokens: httpx.Client, store: TokenStore, clock: ManualClock) -> None:
    before = store.issued_count
    response = tokens.post(
        "/",
        json=fixture("create_token.request.json") | dict(zip(("client_id", "client_secret"), FULL_ACCESS, strict=True)),
    )
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"access_token", "expires_in", "token_type"}
    assert (body["expires_in"], body["token_type"]) == (TTL, "Bearer")
    assert response.headers["cache-control"] == "no-store"
    assert store.issued_count == before + 1
    issued = store.issued[-1]
    assert (issued.access_token, issued.client_id, issued.expires_at) == (
        body["access_token"],
        FULL_ACCESS[0],
        clock() + TTL,
    )


def test_token_request_defaults_audience_and_grant_type(tokens: httpx.Client, store: TokenStore) -> None:
    client_id, client_secret = PARTIAL_ACCESS
    response = tokens.post("/", json={"client_id": client_id, "client_secret": client_secret})
    assert response.status_code == 200
    assert store.issued[-1].audience == AUDIENCE
    assert response.json()["access_token"] != get_token(tokens, PARTIAL_ACCESS)  # every token is new


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [
        ({"client_id": FULL_ACCESS[0], "client_secret": "wrong"}, 401, "access_denied"),
        ({"client_id": "nobody", "client_secret": "x"}, 401, "access_denied"),
        ({"client_id": OTHER_AUDIENCE.client_id, "client_secret": OTHER_AUDIENCE.client_secret}, 403, "access_denied"),
    ],
)
def test_token_refusals(tokens: httpx.Client, store: TokenStore, body: dict[str, str], status: int, error: str) -> None:
    before = store.issued_count
    response = tokens.post("/", json=body)
    assert (response.status_code, response.json()["error"]) == (status, error)
    assert response.json()["error_description"]
    assert store.issued_count == before


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (json.dumps({"client_id": FULL_ACCESS[0]}), "invalid_request"),
        (json.dumps({"client_id": FULL_ACCESS[0], "client_secret": ""}), "invalid_request"),
        (
            json.dumps({"client_id": FULL_ACCESS[0], "client_secret": FULL_ACCESS[1], "grant_type": "password"}),
            "unsupported_grant_type",
        ),
        ("[]", "invalid_request"),
        ("client_id=x", "invalid_request"),
    ],
)
def test_malformed_token_requests_are_400(
    tokens: httpx.Client, violations: list[str], content: str, error: str
) -> None:
    media = "application/x-www-form-urlencoded" if content.startswith("client") else "application/json"
    response = tokens.post("/", content=content, headers={"Content-Type": media})
    assert (response.status_code, response.json()["error"]) == (400, error)
    take_request_violations(violations)


# --- exports host: authentication -------------------------------------------------


@pytest.mark.parametrize("path", ["/json/v1", "/json/v2", "/json/v3"])
@pytest.mark.parametrize("authorization", [None, "Bearer", "Bearer unknown-token", "Basic Zm9vOmJhcg=="])
def test_exports_need_a_valid_token(exports: httpx.Client, path: str, authorization: str | None) -> None:
    del exports.headers["Authorization"]
    if authorization:
        exports.headers["Authorization"] = authorization
    body = {**PAGE_PERIOD, "brandId": 1234} if path == "/json/v3" else with_locations([1])
    response = exports.post(path, json=body)
    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized"
    assert response.headers["www-authenticate"] == 'Bearer error="invalid_token"'


def test_tokens_expire_by_the_clock(
    exports: httpx.Client, tokens: httpx.Client, store: TokenStore, clock: ManualClock
) -> None:
    assert exports.post("/json/v1", json=with_locations([1])).status_code == 200
    clock.advance(TTL - 0.001)
    assert exports.post("/json/v1", json=with_locations([1])).status_code == 200
    clock.advance(0.001)
    expired = exports.post("/json/v1", json=with_locations([1]))
    assert (expired.status_code, expired.json()["message"]) == (401, "Invalid or expired token")
    exports.headers.update(bearer(get_token(tokens)))  # a new token works at once
    assert exports.post("/json/v1", json=with_locations([1])).status_code == 200
    store.revoke(exports.headers["Authorization"].removeprefix("Bearer "))
    assert exports.post("/json/v1", json=with_locations([1])).status_code == 401


# --- v1 ---------------------------------------------------------------------------


def test_v1_page_request(exports: httpx.Client, dataset: Dataset) -> None:
    response = exports.post("/json/v1", json=fixture("export_camera_data_v1.request.json"))
    assert response.status_code == 200
    records = response.json()
    assert [r["locationId"] for r in records] == [1, 2, 3]
    first = records[0]
    assert set(first) == {"locationId", "visits", "dwellTime", "groupVisits", "pointOfInterest"}
    assert [poi["id"] for poi in first["pointOfInterest"]] == [poi.id for poi in dataset.by_id[1].points_of_interest]
    keys = {
        key for record in records for metric, series in record.items() if isinstance(series, dict) for key in series
    }
    assert keys and all(UTC_KEY.fullmatch(key) for key in keys)
    assert min(keys) >= "2023-06-08T11:30:00Z" and max(keys) <= "2023-06-08T23:45:00Z"
    assert {key[14:16] for key in keys} <= {"00", "15", "30", "45"}
    assert "referenceNumber" not in first


def test_v1_by_reference_number(exports: httpx.Client) -> None:
    # The page's second request.
    response = exports.post("/json/v1", json=fixture("export_camera_data_v1.request.reference_numbers.json"))
    assert response.status_code == 200
    assert [(r["locationId"], r["referenceNumber"]) for r in response.json()] == [(2, "US0658"), (3, "FR2561")]


def test_hourly_sums_quarters_and_peaks_take_the_maximum(exports: httpx.Client, dataset: Dataset) -> None:
    location = next(loc for loc in dataset.locations if loc.metrics == LOCATION_METRICS and loc.points_of_interest)
    period = {"startDate": "2023-06-05T00:00:00.000Z", "endDate": "2023-06-06T23:45:00.000Z"}
    quarters = exports.post("/json/v1", json={**period, "interval": "15min", "locations": [location.id]}).json()[0]
    hours = exports.post("/json/v1", json={**period, "locations": [location.id]}).json()[0]  # hourly by default

    def by_hour(series: dict[str, int], peak: bool) -> dict[str, int]:
        out: dict[str, int] = {}
        for key, value in series.items():
            hour = key[:14] + "00:00Z"
            out[hour] = max(out.get(hour, 0), value) if peak else out.get(hour, 0) + value
        return out

    for metric in LOCATION_METRICS:
        assert hours[metric] == by_hour(quarters[metric], metric == "peakOccupancy"), metric
    for hourly_poi, quarter_poi in zip(hours["pointOfInterest"], quarters["pointOfInterest"], strict=True):
        assert hourly_poi["visits"] == by_hour(quarter_poi["visits"], False)
        assert hourly_poi["peakVisits"] == by_hour(quarter_poi["peakVisits"], True)


def test_local_times_follow_each_location(exports: httpx.Client, dataset: Dataset) -> None:
    # A half-hour offset: local hours are not UTC hours.
    location = next(loc for loc in dataset.locations if loc.utc_offset_minutes == 330)
    local = {"startDate": "2023-06-08T09:00:00.000", "endDate": "2023-06-09T09:00:00.000", "locations": [location.id]}
    utc = {"startDate": "2023-06-08T03:30:00.000Z", "endDate": "2023-06-09T03:30:00.000Z", "locations": [location.id]}
    local_quarters = exports.post("/json/v1", json={**local, "interval": "15min"}).json()[0]
    utc_quarters = exports.post("/json/v1", json={**utc, "interval": "15min"}).json()[0]
    assert local_quarters["visits"] and all(LOCAL_KEY.fullmatch(key) for key in local_quarters["visits"])
    shift = timedelta(minutes=330)
    as_local = {
        (datetime.strptime(key, "%Y-%m-%dT%H:%M:%SZ") + shift).isoformat(): value
        for key, value in utc_quarters["visits"].items()
    }
    assert local_quarters["visits"] == as_local
    local_hours = exports.post("/json/v1", json=local).json()[0]
    assert all(key.endswith(":00:00") for key in local_hours["visits"])
    assert sum(local_hours["visits"].values()) == sum(local_quarters["visits"].values())


def test_no_data_outside_the_window(exports: httpx.Client) -> None:
    before = {
        "startDate": (DATA_START - timedelta(days=2)).isoformat() + "Z",
        "endDate": (DATA_START - timedelta(minutes=1)).isoformat() + "Z",
        "locations": [1],
    }
    response = exports.post("/json/v1", json=before)
    assert response.json() == [
        {
            "locationId": 1,
            "visits": {},
            "dwellTime": {},
            "groupVisits": {},
            "pointOfInterest": [
                {"id": "11111111-1111-1111-1111-111111111111", "visits": {}, "peakVisits": {}},
                {"id": "22222222-2222-2222-2222-222222222222", "visits": {}, "peakVisits": {}},
            ],
        }
    ]
    last = exports.post(
        "/json/v1",
        json={
            "startDate": "2023-06-29T00:00:00Z",
            "endDate": (DATA_END + timedelta(days=1)).isoformat() + "Z",
            "locations": [1],
        },
    ).json()[0]
    assert max(last["visits"]) < DATA_END.isoformat() + "Z"


def test_v1_rejects_the_whole_batch_for_one_unauthorized_location(
    exports: httpx.Client, tokens: httpx.Client, dataset: Dataset
) -> None:
    exports.headers.update(bearer(get_token(tokens, PARTIAL_ACCESS)))
    allowed = [loc.id for loc in dataset.brands[1234] if loc.id % 5][:3]
    assert exports.post("/json/v1", json={**PAGE_PERIOD, "locations": allowed}).status_code == 200
    response = exports.post("/json/v1", json={**PAGE_PERIOD, "locations": [*allowed, 5, 100_000, 5]})
    assert response.status_code == 401
    assert response.json() == {
        "error": "unauthorized",
        "message": "You are not authorized to query these locations",
        "locations": [5, 100_000],
    }
    by_ref = exports.post("/json/v1", json={**PAGE_PERIOD, "brandId": 1234, "referenceNumbers": ["US0658", "XX9999"]})
    assert (by_ref.status_code, by_ref.json()["referenceNumbers"]) == (401, ["XX9999"])


# --- v2 ---------------------------------------------------------------------------


def test_v2_partial_full_and_empty(exports: httpx.Client, tokens: httpx.Client, dataset: Dataset) -> None:
    exports.headers.update(bearer(get_token(tokens, PARTIAL_ACCESS)))
    period = {**PAGE_PERIOD, "interval": "hourly"}
    partial = exports.post("/json/v2", json={**period, "locations": [1, 5, 2, 10]})
    assert partial.status_code == 200
    assert [r["locationId"] for r in partial.json()["successes"]] == [1, 2]
    assert partial.json()["failures"] == {
        "description": "You are not authorized to query these locations",
        "locations": [5, 10],
    }
    assert partial.json()["successes"] == exports.post("/json/v1", json={**period, "locations": [1, 2]}).json()
    full = exports.post("/json/v2", json={**period, "locations": [1, 2]})
    assert (full.status_code, full.json()["failures"]) == (200, {})
    rejected = exports.post("/json/v2", json={**period, "locations": [5, 10]})
    assert rejected.status_code == 401
    assert rejected.json() == {
        "successes": [],
        "failures": {"description": "You are not authorized to query these locations", "locations": [5, 10]},
    }
    refs = exports.post("/json/v2", json={**period, "brandId": 1234, "referenceNumbers": ["FR2561", "nope"]})
    assert refs.json()["failures"]["referenceNumbers"] == ["nope"]
    assert [r["referenceNumber"] for r in refs.json()["successes"]] == ["FR2561"]


# --- v3 ---------------------------------------------------------------------------


def fetch_all_v3(exports: httpx.Client, body: dict[str, Any]) -> tuple[list[dict[str, Any]], int]:
    data: list[dict[str, Any]] = []
    cursor: str | None = None
    requests = 0
    while True:
        response = exports.post("/json/v3", json={**body, "cursor": cursor} if requests else body)
        assert response.status_code == 200, response.text
        requests += 1
        data.extend(response.json()["data"])
        cursor = response.json()["cursor"]
        if cursor is None:
            return data, requests


def test_v3_pages_through_the_authorized_locations(
    exports: httpx.Client, exports_app: Starlette, tokens: httpx.Client, dataset: Dataset
) -> None:
    exports.headers.update(bearer(get_token(tokens, PARTIAL_ACCESS)))
    exports_app.state.v3_batch_size = 7
    body = {**fixture("export_camera_data_v3.request.json")}
    del body["cursor"]  # "null or missing for the first batch"
    data, requests = fetch_all_v3(exports, body)
    expected = [loc for loc in dataset.brands[1234] if loc.id % 5]
    assert [r["locationId"] for r in data] == [loc.id for loc in expected]
    assert requests == -(-len(expected) // 7)
    assert all(r.get("referenceNumber") == loc.reference_number for r, loc in zip(data, expected, strict=True))
    assert all(LOCAL_KEY.fullmatch(key) for r in data for key in r["visits"])
    ids = [loc.id for loc in expected[:3]]
    by_id = {key: value for key, value in body.items() if key != "brandId"}
    v1 = exports.post("/json/v1", json={**by_id, "locations": ids}).json()
    assert [{k: v for k, v in r.items() if k != "referenceNumber"} for r in data[:3]] == v1
    first = exports.post("/json/v3", json={**body, "cursor": None}).json()
    assert first["data"] == data[:7] and first["cursor"]


def test_v3_exact_multiple_ends_with_a_null_cursor(
    exports: httpx.Client, exports_app: Starlette, dataset: Dataset
) -> None:
    members = len(dataset.brands[2048])
    exports_app.state.v3_batch_size = members
    response = exports.post("/json/v3", json={**PAGE_PERIOD, "brandId": 2048}).json()
    assert (len(response["data"]), response["cursor"]) == (members, None)


def test_v3_refusals(exports: httpx.Client, tokens: httpx.Client) -> None:
    body = {**PAGE_PERIOD, "brandId": 1234}
    cursor = exports.post("/json/v3", json={**body, "interval": "hourly"}).json()["cursor"]
    assert cursor
    other_brand = exports.post("/json/v3", json={**PAGE_PERIOD, "brandId": 2048, "cursor": cursor})
    assert (other_brand.status_code, other_brand.json()["message"]) == (400, "Invalid cursor")
    forged = exports.post("/json/v3", json={**body, "cursor": cursor[:-2] + ("AA" if cursor[-2:] != "AA" else "BB")})
    assert forged.status_code == 400
    assert exports.post("/json/v3", json={**body, "cursor": "%%%"}).status_code == 400
    assert exports.post("/json/v3", json={**PAGE_PERIOD, "brandId": 999}).status_code == 401
    exports.headers.update(bearer(get_token(tokens, PARTIAL_ACCESS)))
    refused = exports.post("/json/v3", json={**PAGE_PERIOD, "brandId": 3077})
    assert (refused.status_code, refused.json()["error"]) == (401, "unauthorized")


# --- documented rules ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "message", "breaks_spec"),
    [
        (
            {"startDate": "2023-06-01T00:00:00Z", "endDate": "2023-06-06T00:00:01Z", "locations": [1]},
            "A maximum of 5 days can be requested at once",
            False,
        ),
        (with_locations(list(range(1, 52))), "A maximum of 50 locations can be requested at once", True),
        (
            {"startDate": "2023-06-08T11:30:00.000Z", "endDate": "2023-06-08T23:45:00.000", "locations": [1]},
            "Both startDate and endDate must be in the same format (UTC or local time)",
            False,
        ),
        (
            {"startDate": "2023-06-09T00:00:00Z", "endDate": "2023-06-08T00:00:00Z", "locations": [1]},
            "endDate must not be before startDate",
            False,
        ),
        (with_locations([1], interval="daily"), 'interval must be "hourly" or "15min"', True),
        (with_locations([1], startDate="2023-06-08T11:30:00+02:00"), None, True),
        (with_locations([1], startDate="2023-06-31T00:00:00Z"), None, False),
        (with_locations([1], startDate="2023-06-08"), None, True),
        ({"endDate": "2023-06-08T23:45:00Z", "locations": [1]}, "startDate is required", True),
        (with_locations([]), "locations must not be empty", True),
        (with_locations([1, "2"]), "locations must be a list of location IDs", True),
        (with_locations([True]), "locations must be a list of location IDs", True),
        (with_locations([1], brandId=1234, referenceNumbers=["US0658"]), None, True),
        ({**PAGE_PERIOD, "brandId": 1234}, "Send either locations, or brandId with referenceNumbers", True),
        (
            {**PAGE_PERIOD, "brandId": "1234", "referenceNumbers": ["US0658"]},
            "brandId must be a positive integer",
            True,
        ),
        (with_locations([1], limit=10), "Unknown field: limit", True),
    ],
)
@pytest.mark.parametrize("path", ["/json/v1", "/json/v2"])
def test_rule_breaking_batches_are_400(
    exports: httpx.Client,
    violations: list[str],
    path: str,
    body: dict[str, Any],
    message: str | None,
    breaks_spec: bool,
) -> None:
    response = exports.post(path, json=body)
    assert response.status_code == 400, response.text
    assert response.json()["error"] == "invalid_request"
    if message is not None:
        assert response.json()["message"] == message
    if breaks_spec:
        take_request_violations(violations)


@pytest.mark.parametrize(
    "body",
    [
        {**PAGE_PERIOD, "brandId": 1234, "locations": [1]},
        {**PAGE_PERIOD, "brandId": 1234, "cursor": 5},
        {"startDate": "2023-06-01T00:00:00", "endDate": "2023-06-07T00:00:00", "brandId": 1234},
        {**PAGE_PERIOD},
    ],
)
def test_rule_breaking_v3_requests_are_400(exports: httpx.Client, violations: list[str], body: dict[str, Any]) -> None:
    response = exports.post("/json/v3", json=body)
    assert (response.status_code, response.json()["error"]) == (400, "invalid_request")
    violations.clear()  # the 6-day request breaks no rule the spec can state; the others are request violations


def test_non_json_bodies_are_400(exports: httpx.Client, violations: list[str]) -> None:
    response = exports.post(
        "/json/v1", content=b"locations=1", headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert (response.status_code, response.json()["message"]) == (400, "Content-Type must be application/json")
    assert exports.post("/json/v1", content=b"{", headers={"Content-Type": "application/json"}).status_code == 400
    violations.clear()


def test_limits_are_inclusive(exports: httpx.Client, dataset: Dataset) -> None:
    body = {"startDate": "2023-06-05T00:00:00Z", "endDate": "2023-06-10T00:00:00Z", "interval": "15min"}
    response = exports.post("/json/v1", json={**body, "locations": list(range(1, 51))})
    assert response.status_code == 200
    assert len(response.json()) == 50
    assert max(response.json()[0]["visits"]) <= "2023-06-10T00:00:00Z"


def test_fifteen_minutes_need_the_option(exports: httpx.Client, tokens: httpx.Client) -> None:
    exports.headers.update(bearer(get_token(tokens, PARTIAL_ACCESS)))
    for path, body in [
        ("/json/v1", with_locations([1])),
        ("/json/v3", {**PAGE_PERIOD, "brandId": 1234, "interval": "15min"}),
    ]:
        response = exports.post(path, json=body)
        assert response.status_code == 403
        assert response.json() == {
            "error": "forbidden",
            "message": "The 15min interval is not enabled for this account",
        }
    assert exports.post("/json/v1", json={**PAGE_PERIOD, "locations": [1]}).status_code == 200


# --- switches and bookkeeping -----------------------------------------------------


def test_latency_switch(exports: httpx.Client, exports_app: Starlette) -> None:
    exports_app.state.faults.latency = 0.05
    began = time.perf_counter()
    assert exports.post("/json/v1", json=with_locations([1])).status_code == 200
    assert time.perf_counter() - began >= 0.05


def test_clock_latency_moves_the_store_clock(exports: httpx.Client, exports_app: Starlette, store: TokenStore) -> None:
    exports_app.state.clock_latency = 0.4
    before = store.clock()
    assert exports.post("/json/v1", json=with_locations([1])).status_code == 200
    assert store.clock() == pytest.approx(before + 0.4)


def test_refused_token_challenge_is_a_switch(store: TokenStore) -> None:
    plain = create_exports_app(store, profile=Profile(overrides={CHALLENGE: False}))
    with serve(plain) as server, httpx.Client(base_url=server.base_url) as http:
        refused = http.post("/json/v1", json=with_locations([1]), headers=bearer("not-a-token"))
    assert refused.status_code == 401 and "www-authenticate" not in refused.headers
    assert refused.json()["error"] == "unauthorized"


def test_request_log(exports: httpx.Client, exports_app: Starlette, tokens: httpx.Client, token_app: Starlette) -> None:
    exports_app.state.request_log.clear()
    exports_app.state.requests.clear()
    exports.post("/json/v2", json=with_locations([1, 2]))
    assert exports_app.state.requests == [("POST", "/json/v2")]
    entry = exports_app.state.request_log[0]
    assert entry.json() == with_locations([1, 2])
    assert entry.status == 200
    assert entry.headers["authorization"].startswith("Bearer ")
    get_token(tokens, PARTIAL_ACCESS)
    assert token_app.state.request_log[-1].json()["client_id"] == PARTIAL_ACCESS[0]
    assert token_app.state.request_log[-1].status == 200


def test_normal_traffic_records_no_violation(exports: httpx.Client, violations: list[str]) -> None:
    responses = [
        exports.post("/json/v1", json=fixture("export_camera_data_v1.request.json")),
        exports.post("/json/v2", json=fixture("export_camera_data_v1.request.reference_numbers.json")),
        exports.post("/json/v3", json=fixture("export_camera_data_v3.request.json")),
        exports.post("/json/v1", json={**PAGE_PERIOD, "locations": [1, 100_000]}),
        exports.post("/json/v2", json={**PAGE_PERIOD, "locations": [100_000]}),
        exports.post("/json/v1", json={**PAGE_PERIOD, "locations": [1]}, headers={"Authorization": "Bearer x"}),
        exports.post("/json/v2", json={**PAGE_PERIOD, "locations": [1]}, headers={"Authorization": "Bearer x"}),
    ]
    assert [r.status_code for r in responses] == [200, 200, 200, 401, 401, 401, 401]
    assert violations == []


def test_separate_stores_do_not_share_tokens(dataset: Dataset) -> None:
    first, second = TokenStore(default_accounts(dataset)), TokenStore(default_accounts(dataset))
    token = first.issue(first.accounts[FULL_ACCESS[0]], AUDIENCE, 10)
    assert isinstance(first.resolve(token.access_token), ClientAccount)
    assert second.resolve(token.access_token) is None
    with serve(create_exports_app(second, dataset)) as running:
        assert (
            httpx.post(
                running.base_url + "/json/v1", json=with_locations([1]), headers=bearer(token.access_token)
            ).status_code
            == 401
        )
