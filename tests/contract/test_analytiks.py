"""The Analytiks client over real HTTP against its token host and exports host."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest

import analytiks_client as ak
from analytiks_client import aio
from analytiks_client._common import LocationSeries, to_series
from analytiks_client.api.exports import export_camera_data_v1
from analytiks_client.models import LocationData, LocationIdsExportRequest
from tests.contract.conftest import AnalytiksSim
from vision_api_sims import analytiks

FULL, PARTIAL = analytiks.FULL_ACCESS, analytiks.PARTIAL_ACCESS
START = datetime(2023, 6, 1, tzinfo=UTC)


def _connect(sim: AnalytiksSim, account: tuple[str, str] = FULL) -> ak.AuthenticatedClient:
    return ak.connect(*account, exports_url=sim.exports.base_url, token_url=sim.tokens.base_url, clock=sim.clock)


@pytest.fixture
def client(analytiks_sim: AnalytiksSim) -> Iterator[ak.AuthenticatedClient]:
    with _connect(analytiks_sim) as client:
        yield client


def _expected(sim: AnalytiksSim, location_id: int, start: datetime, end: datetime, interval: str) -> LocationSeries:
    local = start.tzinfo is None
    period = analytiks.Period(start.replace(tzinfo=None), end.replace(tzinfo=None), local, interval)
    return to_series(LocationData.from_dict(sim.dataset.export(sim.dataset.by_id[location_id], period)))


def test_23_days_over_137_locations_every_point_exactly_once(
    client: ak.AuthenticatedClient, analytiks_sim: AnalytiksSim
) -> None:
    end = START + timedelta(days=23) - timedelta(minutes=15)
    seen: list[tuple[int, int | None]] = []
    data = ak.fetch_camera_data(client, START, end, locations=range(1, 138), progress=lambda d, t: seen.append((d, t)))
    assert data.requests == 5 * 3 and seen[-1] == (15, 15)  # 5-day windows x 50-location batches
    assert sorted(data.locations) == list(range(1, 138)) and data.failed_locations == []
    for location_id in (1, 2, 50, 51, 137):
        assert data.locations[location_id] == _expected(analytiks_sim, location_id, START, end, "hourly")
    visits = data.locations[1].metrics["visits"]
    assert all(key.tzinfo is UTC or key.utcoffset() == timedelta(0) for key in visits)
    bodies = [r.json() for r in analytiks_sim.exports_app.state.request_log]
    assert all(len(b["locations"]) <= 50 for b in bodies)
    for body in bodies:
        first, last = (datetime.fromisoformat(body[k]) for k in ("startDate", "endDate"))
        assert last - first <= timedelta(days=5)


def test_quarter_hours_across_a_window_boundary(client: ak.AuthenticatedClient, analytiks_sim: AnalytiksSim) -> None:
    end = START + timedelta(days=7)
    data = ak.fetch_camera_data(client, START, end, locations=[1, 4], interval=ak.Interval.FIFTEEN_MINUTES)
    assert data.requests == 2
    assert data.locations[4] == _expected(analytiks_sim, 4, START, end, "15min")


def test_local_times_in_give_local_keys_out(client: ak.AuthenticatedClient, analytiks_sim: AnalytiksSim) -> None:
    start, end = datetime(2023, 6, 8, 9, 0), datetime(2023, 6, 14, 18, 0)
    data = ak.fetch_camera_data(client, start, end, locations=[2, 3])
    assert data.locations[3] == _expected(analytiks_sim, 3, start, end, "hourly")
    assert all(key.tzinfo is None for key in data.locations[3].metrics["visits"])
    # Windows go out a few at a time, in any order: the earliest is the one asked for.
    assert min(r.json()["startDate"] for r in analytiks_sim.exports_app.state.request_log) == "2023-06-08T09:00:00.000"


def test_reference_numbers_of_a_brand(client: ak.AuthenticatedClient, analytiks_sim: AnalytiksSim) -> None:
    data = ak.fetch_camera_data(
        client, START, START + timedelta(days=2), brand_id=1234, reference_numbers=["US0658", "FR2561"]
    )
    assert {s.reference_number for s in data.locations.values()} == {"US0658", "FR2561"}


def test_unauthorized_locations_come_back_as_failures(analytiks_sim: AnalytiksSim) -> None:
    account = next(a for a in analytiks_sim.store.accounts.values() if a.client_id == PARTIAL[0])
    allowed = sorted(account.locations or ())[:3]
    refused = [i for i in range(1, 200) if i not in (account.locations or ())][:60]
    with _connect(analytiks_sim, PARTIAL) as client:
        data = ak.fetch_camera_data(client, START, START + timedelta(days=1), locations=allowed + refused)
    assert sorted(data.locations) == allowed
    assert sorted(data.failed_locations) == sorted(refused)
    # Any 401 to a cached token renews it once (a plain 401 may mean an expired token), so a
    # refused batch may cost one renewal; it is still reported as failures, not raised.
    assert analytiks_sim.store.issued_count <= 2


def test_v1_stays_all_or_nothing(analytiks_sim: AnalytiksSim) -> None:
    account = next(a for a in analytiks_sim.store.accounts.values() if a.client_id == PARTIAL[0])
    refused = next(i for i in range(1, 200) if i not in (account.locations or ()))
    body = LocationIdsExportRequest(
        start_date="2023-06-01T00:00:00.000Z", end_date="2023-06-01T12:00:00.000Z", locations=[refused]
    )
    with _connect(analytiks_sim, PARTIAL) as client, pytest.raises(ak.AuthenticationError):
        export_camera_data_v1.sync(client=client, body=body)


def test_token_expiry_mid_run_costs_one_renewal(client: ak.AuthenticatedClient, analytiks_sim: AnalytiksSim) -> None:
    def tick(done: int, _total: int | None) -> None:
        analytiks_sim.clock.manual.advance(200)  # the 600 s token expires during the run

    data = ak.fetch_camera_data(client, START, START + timedelta(days=14), locations=range(1, 60), progress=tick)
    assert data.requests == 6 and analytiks_sim.store.issued_count == 2


def test_a_revoked_token_is_renewed_once_on_401(client: ak.AuthenticatedClient, analytiks_sim: AnalytiksSim) -> None:
    ak.fetch_camera_data(client, START, START + timedelta(hours=1), locations=[1])
    analytiks_sim.store.revoke(analytiks_sim.store.issued[-1].access_token)
    data = ak.fetch_camera_data(client, START, START + timedelta(hours=1), locations=[1])
    assert 1 in data.locations and analytiks_sim.store.issued_count == 2


def test_one_token_for_many_threads(client: ak.AuthenticatedClient, analytiks_sim: AnalytiksSim) -> None:
    def work() -> None:
        ak.fetch_camera_data(client, START, START + timedelta(hours=2), locations=[1, 2])

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert analytiks_sim.store.issued_count == 1


async def test_async_fetch_is_concurrent_bounded_and_equal_to_sync(analytiks_sim: AnalytiksSim) -> None:
    end = START + timedelta(days=12)
    with _connect(analytiks_sim) as sync_client:
        expected = ak.fetch_camera_data(sync_client, START, end, locations=range(1, 120))
    async with aio.connect(
        *FULL, exports_url=analytiks_sim.exports.base_url, token_url=analytiks_sim.tokens.base_url
    ) as client:
        got = await aio.fetch_camera_data(client, START, end, locations=range(1, 120), concurrency=3)
    assert got == expected
    assert analytiks_sim.store.issued_count == 2  # one per client, however many concurrent requests


def test_cursor_walk_and_resume(client: ak.AuthenticatedClient, analytiks_sim: AnalytiksSim) -> None:
    end = START + timedelta(days=1)
    analytiks_sim.exports_app.state.v3_batch_size = 10
    everything = [s.location_id for s in ak.iter_camera_data(client, START, end, brand_id=2048)]
    walk = ak.iter_camera_data(client, START, end, brand_id=2048)
    first = []
    for series in walk:
        first.append(series.location_id)
        if len(first) == 25:
            break
    rest = [s.location_id for s in ak.iter_camera_data(client, START, end, brand_id=2048, cursor=walk.cursor)]
    assert everything == sorted(everything) and len(everything) > 25
    assert walk.cursor is not None and rest[0] == first[20]  # the interrupted batch comes again
    assert sorted(set(first) | set(rest)) == everything


async def test_async_cursor_walk(analytiks_sim: AnalytiksSim) -> None:
    async with aio.connect(
        *FULL, exports_url=analytiks_sim.exports.base_url, token_url=analytiks_sim.tokens.base_url
    ) as client:
        ids = [s.location_id async for s in aio.iter_camera_data(client, START, START + timedelta(hours=3), 1234)]
    assert ids == sorted(location.id for location in analytiks_sim.dataset.brands[1234])


@pytest.mark.parametrize(
    ("kwargs", "parameter"),
    [
        ({"end": datetime(2023, 6, 2)}, "end"),  # naive end with an aware start
        ({"interval": "5min"}, "interval"),
        ({"locations": []}, "locations"),
        ({"locations": ["7"]}, "locations"),
        ({"locations": None, "reference_numbers": ["US0658"]}, "brand_id"),
        ({"end": datetime(2023, 5, 1, tzinfo=UTC)}, "end"),
    ],
)
def test_bad_input_is_refused_before_any_request(
    client: ak.AuthenticatedClient, analytiks_sim: AnalytiksSim, kwargs: dict[str, object], parameter: str
) -> None:
    args: dict[str, object] = {"start": START, "end": START + timedelta(days=1), "locations": [1], **kwargs}
    with pytest.raises(ak.ParameterError, match=parameter):
        ak.fetch_camera_data(client, **args)  # type: ignore[arg-type]
    assert analytiks_sim.store.issued_count == 0 and analytiks_sim.exports_app.state.requests == []


def test_aware_non_utc_times_are_converted_to_utc(client: ak.AuthenticatedClient, analytiks_sim: AnalytiksSim) -> None:
    paris = timezone(timedelta(hours=2))
    ak.fetch_camera_data(
        client, datetime(2023, 6, 1, 2, 0, tzinfo=paris), datetime(2023, 6, 1, 4, 0, tzinfo=paris), locations=[1]
    )
    assert analytiks_sim.exports_app.state.request_log[0].json()["startDate"] == "2023-06-01T00:00:00.000Z"


def test_secrets_stay_on_their_hosts(client: ak.AuthenticatedClient, analytiks_sim: AnalytiksSim) -> None:
    ak.fetch_camera_data(client, START, START + timedelta(hours=1), locations=[1])
    token_requests = analytiks_sim.token_app.state.request_log
    export_requests = analytiks_sim.exports_app.state.request_log
    assert all("authorization" not in r.headers for r in token_requests)
    assert all(FULL[1] not in str(r.body) for r in export_requests)
    assert FULL[1] not in repr(client) and analytiks_sim.store.issued[0].access_token not in repr(client)


def test_wrong_secret_is_an_authentication_error(analytiks_sim: AnalytiksSim) -> None:
    with _connect(analytiks_sim, (FULL[0], "nope")) as client, pytest.raises(ak.AuthenticationError) as caught:
        ak.fetch_camera_data(client, START, START + timedelta(hours=1), locations=[1])
    assert "nope" not in str(caught.value)


@pytest.mark.parametrize("analytiks_overrides", [{analytiks.CHALLENGE: False}], ids=["plain-401"])
def test_a_token_refused_by_a_plain_401_is_renewed(client: ak.AuthenticatedClient, analytiks_sim: AnalytiksSim) -> None:
    ak.fetch_camera_data(client, START, START + timedelta(hours=1), locations=[1])
    analytiks_sim.store.revoke(analytiks_sim.store.issued[-1].access_token)  # refused without WWW-Authenticate
    data = ak.fetch_camera_data(client, START, START + timedelta(hours=1), locations=[1])
    assert 1 in data.locations and analytiks_sim.store.issued_count == 2


@pytest.mark.parametrize("analytiks_token_ttl", [2])
def test_short_tokens_over_a_slow_link_never_expire_in_flight(
    client: ak.AuthenticatedClient, analytiks_sim: AnalytiksSim
) -> None:
    # Every answer takes 0.4 s of simulated time, and the caller spends 0.3 s on each batch:
    # 2 s tokens run out many times during the run.
    for app in (analytiks_sim.token_app, analytiks_sim.exports_app):
        app.state.clock_latency = 0.4

    def tick(_done: int, _total: int | None) -> None:
        analytiks_sim.clock.manual.advance(0.3)

    # One request at a time: the simulated clock moves by each answer's latency, so
    # requests in flight together would each see all the others' latency as well.
    days = START + timedelta(days=20)
    data = ak.fetch_camera_data(client, START, days, locations=range(1, 120), progress=tick, concurrency=1)
    assert sorted(data.locations) == list(range(1, 120)) and data.failed_locations == []
    assert analytiks_sim.store.issued_count > 2  # renewed as it went...
    statuses = [r.status for r in analytiks_sim.exports_app.state.request_log]
    assert statuses == [200] * data.requests  # ...early enough that no request arrived with an expired one
