"""Simulator of the Analytiks JSON Exports API (`specs/analytiks.yaml`): two hosts, one tenant directory.

`create_token_app` is the token host (OAuth 2.0 client credentials, tokens that really
expire by an injectable clock) and `create_exports_app` the exports host (`/json/v1`,
`/json/v2`, `/json/v3`); both share a `TokenStore`, which holds the client accounts
(who may see which locations, who has 15-minute data) and the tokens issued.

`build_dataset` makes the locations. Their camera data is never stored: each
15-minute value is derived from a hash of (seed, location, slot), so any period of
the data window (`DATA_START` to `DATA_END`) costs only the hashing of its slots.
Hourly buckets sum their 15-minute slots (peaks take the maximum).

Data is kept in UTC. Each location has a fixed UTC offset (its summer 2023 offset, no
DST: the data window is May and June), which is its "local time" for requests whose
dates carry no `Z`.

Where the page is silent, the apps' `profile` picks one of the answers it allows
(`SWITCHES`): whether a refused token's 401 carries `WWW-Authenticate`, how many
locations a v3 page holds, undocumented fields in answers. Both apps take a
`clock_latency`: seconds of the store's clock each answer takes (with a `ManualClock`
linked to a client's clock, a slow link without real waiting).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import functools
import hashlib
import hmac
import json
import math
import random
import re
import secrets
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from vision_api_sims.checked import validation_middleware
from vision_api_sims.kit import CANONICAL, Profile, RecordedRequest, recorded_app, with_extras

__all__ = [
    "AUDIENCE",
    "BRANDS",
    "DATA_END",
    "DATA_START",
    "DEFAULT_TOKEN_TTL",
    "FULL_ACCESS",
    "LOCATION_METRICS",
    "MAX_DAYS",
    "MAX_LOCATIONS",
    "PARTIAL_ACCESS",
    "POI_METRICS",
    "SPEC_PATH",
    "SWITCHES",
    "ClientAccount",
    "Dataset",
    "IssuedToken",
    "Location",
    "Period",
    "PointOfInterest",
    "RecordedRequest",
    "TokenStore",
    "build_dataset",
    "create_exports_app",
    "create_token_app",
    "default_accounts",
    "main",
]

SPEC_PATH = Path(__file__).resolve().parent / "specs" / "analytiks.yaml"
AUDIENCE = "https://gql.analytiks.ai"
DEFAULT_TOKEN_TTL = 86_400
MAX_DAYS = 5
MAX_LOCATIONS = 50
DEFAULT_V3_BATCH = MAX_LOCATIONS
# The data window: camera data exists from DATA_START (included) to DATA_END (excluded), UTC.
DATA_START = datetime(2023, 5, 1)
DATA_END = datetime(2023, 7, 1)

LOCATION_METRICS = ("visits", "dwellTime", "groupVisits", "bounces", "allVisits", "peakOccupancy", "walkBys")
POI_METRICS = ("visits", "dwellTime", "peakVisits")
# Peaks of an hour are the largest of its quarters; every other metric is a sum.
_LOCATION_PEAK = LOCATION_METRICS.index("peakOccupancy")
_POI_PEAK = POI_METRICS.index("peakVisits")

_EPOCH = datetime(1970, 1, 1)
_SLOT = timedelta(minutes=15)
_SLOTS_PER_DAY = 96
_HOURLY, _QUARTER = "hourly", "15min"
_INTERVALS = (_HOURLY, _QUARTER)
_NOT_AUTHORIZED = "You are not authorized to query these locations"
# fullmatch with ASCII digits: `$` would let a trailing newline through and `\d` any Unicode digit.
_DATE_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z?")


# --- the data set -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PointOfInterest:
    """A zone of a location; `share` is the part of the location's visitors who go there."""

    id: str
    share: float


@dataclass(frozen=True, slots=True)
class Location:
    """A camera-equipped location.

    `metrics` and `poi_metrics` are the metrics its camera produces (dwellTime needs a
    calibrated camera, older cameras count only visits); `opens`/`closes` are minutes
    of the local day, data exists only in between.
    """

    id: int
    brand_id: int
    reference_number: str | None
    country: str
    utc_offset_minutes: int
    opens: int
    closes: int
    traffic: float  # mean visits per 15 minutes at the busiest time of day
    metrics: tuple[str, ...]
    points_of_interest: tuple[PointOfInterest, ...] = ()
    poi_metrics: tuple[str, ...] = ("visits", "peakVisits")

    @property
    def utc_offset(self) -> timedelta:
        return timedelta(minutes=self.utc_offset_minutes)


# Brand -> (share of the locations, countries it operates in). 1234 is the page's example brand.
BRANDS: dict[int, tuple[float, tuple[str, ...]]] = {
    1234: (0.25, ("US", "FR", "GB")),
    2048: (0.20, ("US", "CA")),
    3077: (0.20, ("DE", "FR", "IT")),
    4101: (0.15, ("JP", "AU")),
    5150: (0.20, ("IN", "GB", "BR")),
}
# UTC offsets in May-June 2023, in minutes; IN's half hour makes local hours differ from UTC hours.
_OFFSETS: dict[str, tuple[int, ...]] = {
    "US": (-240, -300, -360, -420),
    "CA": (-240, -420),
    "FR": (120,),
    "GB": (60,),
    "DE": (120,),
    "IT": (120,),
    "JP": (540,),
    "AU": (600,),
    "IN": (330,),
    "BR": (-180,),
}
# Locations 1-3 follow the page: location 1 is its response example (visits, dwellTime and
# groupVisits, two points of interest with these ids), 2 and 3 carry the reference numbers
# of its request example, in its brand.
_EXAMPLE_POIS = ("11111111-1111-1111-1111-111111111111", "22222222-2222-2222-2222-222222222222")
_EXAMPLE_REFERENCES = {2: ("US", "US0658"), 3: ("FR", "FR2561")}
_RESERVED_REFERENCES = frozenset(reference for _, reference in _EXAMPLE_REFERENCES.values())


@dataclass(frozen=True, eq=False)
class Dataset:
    """The locations, by id, by brand (sorted by id) and by (brand, reference number)."""

    seed: int
    locations: tuple[Location, ...]
    by_id: dict[int, Location] = field(repr=False)
    brands: dict[int, tuple[Location, ...]] = field(repr=False)
    by_reference: dict[tuple[int, str], Location] = field(repr=False)

    def export(self, location: Location, period: Period, *, with_reference: bool = False) -> dict[str, Any]:
        """The location's record as the API returns it for `period`."""
        return _export_location(self, location, period, with_reference)


def _example_location() -> Location:
    pois = tuple(PointOfInterest(poi_id, share) for poi_id, share in zip(_EXAMPLE_POIS, (0.3, 0.6), strict=True))
    return Location(1, 1234, "US0001", "US", -240, 600, 1320, 6.0, ("visits", "dwellTime", "groupVisits"), pois)


def _random_location(location_id: int, rng: random.Random) -> Location:
    brands = list(BRANDS)
    brand_id = 1234 if location_id in _EXAMPLE_REFERENCES else rng.choices(brands, [s for s, _ in BRANDS.values()])[0]
    country = rng.choice(BRANDS[brand_id][1])
    reference: str | None = f"{country}{location_id:04d}"
    if location_id in _EXAMPLE_REFERENCES:
        country, reference = _EXAMPLE_REFERENCES[location_id]
    elif reference in _RESERVED_REFERENCES:  # only in data sets big enough to reach id 658
        reference = f"{country}{location_id:05d}"
    elif rng.random() < 0.08:  # reference numbers are the customer's to set: some never did
        reference = None
    calibrated = rng.random() < 0.7
    full = rng.random() < 0.6
    metrics = tuple(
        m
        for m in LOCATION_METRICS
        if (m == "dwellTime" and calibrated) or m in ("visits", "groupVisits") or (full and m != "dwellTime")
    )
    pois: tuple[PointOfInterest, ...] = ()
    if rng.random() < 0.35:
        count = rng.randint(1, 3)
        pois = tuple(
            PointOfInterest(str(uuid.UUID(int=rng.getrandbits(128), version=4)), round(rng.uniform(0.1, 0.7), 2))
            for _ in range(count)
        )
    poi_dwell = calibrated and rng.random() < 0.5
    always_open = rng.random() < 0.05
    return Location(
        id=location_id,
        brand_id=brand_id,
        reference_number=reference,
        country=country,
        utc_offset_minutes=rng.choice(_OFFSETS[country]),
        opens=0 if always_open else rng.randrange(7 * 4, 10 * 4 + 1) * 15,
        closes=1440 if always_open else rng.randrange(19 * 4, 23 * 4 + 1) * 15,
        traffic=round(rng.uniform(2.0, 25.0), 1),
        metrics=metrics,
        points_of_interest=pois,
        poi_metrics=POI_METRICS if poi_dwell else ("visits", "peakVisits"),
    )


@functools.lru_cache(maxsize=8)
def build_dataset(seed: int = 7, locations: int = 240) -> Dataset:
    """A deterministic set of `locations` locations (ids 1..N, N >= 3) over the brands of BRANDS."""
    if locations < 3:
        raise ValueError("the data set needs at least the page's three example locations")
    rng = random.Random(seed)
    built = [_example_location()] + [_random_location(i, rng) for i in range(2, locations + 1)]
    brands: dict[int, list[Location]] = {brand: [] for brand in BRANDS}
    by_reference: dict[tuple[int, str], Location] = {}
    for location in built:
        brands[location.brand_id].append(location)
        if location.reference_number is not None:
            key = (location.brand_id, location.reference_number)
            assert key not in by_reference, f"duplicate reference number {key}"
            by_reference[key] = location
    return Dataset(
        seed=seed,
        locations=tuple(built),
        by_id={location.id: location for location in built},
        brands={brand: tuple(members) for brand, members in brands.items()},
        by_reference=by_reference,
    )


# --- camera data, derived from hashes ---------------------------------------------

# One slot's values: the location's metrics (LOCATION_METRICS order) and, per point of
# interest, (visits, dwellTime, peakVisits); None when the location is closed.
SlotValues = tuple[tuple[int, ...], tuple[tuple[int, int, int], ...]] | None


def _slot_values(seed: int, location: Location, slot: int) -> SlotValues:
    local_minute = (slot * 15 + location.utc_offset_minutes) % 1440
    if not location.opens <= local_minute < location.closes:
        return None
    digest = hashlib.blake2b(f"{seed}:{location.id}:{slot}".encode(), digest_size=32).digest()
    u = [byte / 255 for byte in digest]
    local_day = (slot * 15 + location.utc_offset_minutes) // 1440
    weekend = 1.3 if (local_day + 3) % 7 >= 5 else 1.0  # 1970-01-01 was a Thursday
    busy = math.sin(math.pi * (local_minute - location.opens + 7.5) / (location.closes - location.opens))
    expected = location.traffic * (0.3 + 0.7 * busy) * weekend
    visits = int(expected * (0.3 + 1.4 * u[0]))
    bounces = int(visits * 0.3 * u[1] + u[2] * 1.2)
    every = visits + bounces
    values = (
        visits,
        visits * int(60_000 + 840_000 * u[3]),  # dwell time in ms: one to fifteen minutes each
        int(visits * (0.2 + 0.6 * u[4])),
        bounces,
        every,
        math.ceil(every * (0.3 + 0.7 * u[5])),
        int(every * (2 + 6 * u[6]) + 12 * u[7]),
    )
    pois = []
    for n, poi in enumerate(location.points_of_interest):
        poi_visits = int(visits * poi.share * (0.5 + u[8 + 3 * n]))
        pois.append(
            (
                poi_visits,
                poi_visits * int(20_000 + 280_000 * u[9 + 3 * n]),
                math.ceil(poi_visits * (0.4 + 0.6 * u[10 + 3 * n])),
            )
        )
    return values, tuple(pois)


@functools.lru_cache(maxsize=32_768)
def _day_values(dataset: Dataset, location_id: int, day: int) -> tuple[SlotValues, ...]:
    """The 96 slots of a UTC day, cached: export requests overlap a lot in tests."""
    location = dataset.by_id[location_id]
    first = day * _SLOTS_PER_DAY
    return tuple(_slot_values(dataset.seed, location, slot) for slot in range(first, first + _SLOTS_PER_DAY))


@dataclass(frozen=True, slots=True)
class Period:
    """A request's period: `start`/`end` are naive, UTC or (when `local`) each location's local time."""

    start: datetime
    end: datetime
    local: bool
    interval: str = _HOURLY


def _slot_of(moment: datetime) -> float:
    return (moment - _EPOCH) / _SLOT


@functools.lru_cache(maxsize=1024)
def _bucket_keys(first: int, last: int, offset_minutes: int, local: bool, interval: str) -> tuple[str, ...]:
    """The response key of each slot in [first, last]; an hourly bucket is keyed by its hour's start."""
    keys = []
    shift = timedelta(minutes=offset_minutes if local else 0)
    for slot in range(first, last + 1):
        moment = _EPOCH + slot * _SLOT + shift
        if interval == _HOURLY:
            moment = moment.replace(minute=0)
        keys.append(moment.strftime("%Y-%m-%dT%H:%M:%S") + ("" if local else "Z"))
    return tuple(keys)


def _slot_range(location: Location, period: Period) -> tuple[int, int]:
    """First and last slot (UTC) whose start lies within the period, clipped to the data window."""
    shift = location.utc_offset if period.local else timedelta(0)
    first = max(math.ceil(_slot_of(period.start - shift)), math.ceil(_slot_of(DATA_START)))
    last = min(math.floor(_slot_of(period.end - shift)), math.ceil(_slot_of(DATA_END)) - 1)
    return first, last


def _accumulate(series: dict[str, int], key: str, value: int, peak: bool) -> None:
    if value:  # zero buckets are left out, as in the page's example
        series[key] = max(series.get(key, 0), value) if peak else series.get(key, 0) + value


def _export_location(dataset: Dataset, location: Location, period: Period, with_reference: bool) -> dict[str, Any]:
    first, last = _slot_range(location, period)
    wanted = [LOCATION_METRICS.index(m) for m in location.metrics]
    poi_wanted = [POI_METRICS.index(m) for m in location.poi_metrics]
    series: list[dict[str, int]] = [{} for _ in LOCATION_METRICS]
    poi_series: list[list[dict[str, int]]] = [[{} for _ in POI_METRICS] for _ in location.points_of_interest]
    if first <= last:
        keys = _bucket_keys(first, last, location.utc_offset_minutes, period.local, period.interval)
        for slot, key in zip(range(first, last + 1), keys, strict=True):
            values = _day_values(dataset, location.id, slot // _SLOTS_PER_DAY)[slot % _SLOTS_PER_DAY]
            if values is None:
                continue
            totals, pois = values
            for i in wanted:
                _accumulate(series[i], key, totals[i], i == _LOCATION_PEAK)
            for poi_values, poi_maps in zip(pois, poi_series, strict=True):
                for i in poi_wanted:
                    _accumulate(poi_maps[i], key, poi_values[i], i == _POI_PEAK)
    record: dict[str, Any] = {"locationId": location.id}
    if with_reference and location.reference_number is not None:
        record["referenceNumber"] = location.reference_number
    for i in wanted:
        record[LOCATION_METRICS[i]] = series[i]
    if location.points_of_interest:
        record["pointOfInterest"] = [
            {"id": poi.id, **{POI_METRICS[i]: maps[i] for i in poi_wanted}}
            for poi, maps in zip(location.points_of_interest, poi_series, strict=True)
        ]
    return record


# --- accounts and tokens ----------------------------------------------------------


@dataclass(frozen=True)
class ClientAccount:
    """An API client: its credentials, the locations it may query (None: all) and its options."""

    client_id: str
    client_secret: str
    locations: frozenset[int] | None = None
    fifteen_minutes: bool = True
    audiences: frozenset[str] = frozenset({AUDIENCE})

    def may_access(self, location: Location) -> bool:
        return self.locations is None or location.id in self.locations


@dataclass(frozen=True)
class IssuedToken:
    """A token and its lifetime, in the store's clock."""

    access_token: str
    client_id: str
    audience: str
    issued_at: float
    expires_at: float


class TokenStore:
    """The tenant directory shared by the token host and the exports host.

    Holds the client accounts and every token issued; a token is valid while
    `clock()` is before its expiry. Tests pass a fake clock to move time.
    """

    def __init__(self, accounts: Iterable[ClientAccount], *, clock: Callable[[], float] = time.monotonic) -> None:
        self.accounts: dict[str, ClientAccount] = {account.client_id: account for account in accounts}
        self.clock = clock
        self.issued: list[IssuedToken] = []
        self._tokens: dict[str, IssuedToken] = {}

    @property
    def issued_count(self) -> int:
        return len(self.issued)

    def authenticate(self, client_id: str, client_secret: str) -> ClientAccount | None:
        account = self.accounts.get(client_id)
        if account is None or not hmac.compare_digest(account.client_secret.encode(), client_secret.encode()):
            return None
        return account

    def issue(self, account: ClientAccount, audience: str, ttl: int) -> IssuedToken:
        now = self.clock()
        token = IssuedToken(secrets.token_urlsafe(32), account.client_id, audience, now, now + ttl)
        self.issued.append(token)
        self._tokens[token.access_token] = token
        return token

    def resolve(self, access_token: str) -> ClientAccount | None:
        """The account of a known, unexpired token, else None."""
        token = self._tokens.get(access_token)
        if token is None or self.clock() >= token.expires_at:
            return None
        return self.accounts.get(token.client_id)

    def revoke(self, access_token: str) -> None:
        self._tokens.pop(access_token, None)


FULL_ACCESS = ("analytiks-full", "full-secret")
PARTIAL_ACCESS = ("analytiks-partial", "partial-secret")


def default_accounts(dataset: Dataset) -> tuple[ClientAccount, ...]:
    """Two clients: one sees everything and has 15-minute data; the other sees brand 2048
    and brand 1234 but for every fifth location (ids divisible by 5), hourly data only."""
    partial = frozenset(
        location.id
        for location in dataset.locations
        if location.brand_id == 2048 or (location.brand_id == 1234 and location.id % 5)
    )
    return (
        ClientAccount(*FULL_ACCESS),
        ClientAccount(*PARTIAL_ACCESS, locations=partial, fifteen_minutes=False),
    )


# --- request log and shared app plumbing -------------------------------------------


# --- what the page leaves open and shared app plumbing -----------------------------

# The switches the apps read from their profile; each option list starts with the
# canonical answer.
CHALLENGE = "analytiks.challenge"  # whether a refused token's 401 says `WWW-Authenticate: ... invalid_token`
V3_BATCH = "analytiks.v3_batch"  # locations per v3 page (the page names no size)
EXTRAS = "analytiks.extras"  # undocumented fields in token answers and location records
SWITCHES: dict[str, tuple[Any, ...]] = {
    CHALLENGE: (True, False),
    V3_BATCH: (DEFAULT_V3_BATCH, 17),
}


Endpoint = Callable[[Request], Awaitable[Response]]


def _starlette(
    routes: list[Route],
    validator_violations: list[str] | None,
    spec_path: str | Path | None,
    latency: float,
    clock_latency: float,
    profile: Profile,
) -> Starlette:
    middleware = []
    if validator_violations is not None:
        middleware.append(validation_middleware(spec_path or SPEC_PATH, validator_violations, profile))
    app = recorded_app(routes, middleware)
    app.state.violations = validator_violations
    app.state.faults.latency = latency
    app.state.clock_latency = clock_latency
    app.state.profile = profile
    return app


def _elapse(request: Request, store: TokenStore) -> None:
    """`app.state.clock_latency` seconds of the store's clock pass before the answer is made."""
    seconds: float = request.app.state.clock_latency
    advance = getattr(store.clock, "advance", None)
    if seconds > 0 and advance is not None:
        advance(seconds)


class _BadRequest(Exception):
    """A request the server refuses with 400; the message is the one sent."""


async def _json_object(request: Request) -> dict[str, Any]:
    media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media_type != "application/json":
        raise _BadRequest("Content-Type must be application/json")
    try:
        body = json.loads(await request.body())
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise _BadRequest("The request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise _BadRequest("The request body must be a JSON object")
    return body


# --- the token host ---------------------------------------------------------------


def _oauth_error(status: int, error: str, description: str) -> JSONResponse:
    return JSONResponse(
        {"error": error, "error_description": description},
        status_code=status,
        headers={"Cache-Control": "no-store", "Pragma": "no-cache"},
    )


def _token_endpoint(store: TokenStore, token_ttl: int, profile: Profile) -> Endpoint:
    extras = profile.rng(EXTRAS)

    async def create_token(request: Request) -> Response:
        _elapse(request, store)
        try:
            body = await _json_object(request)
        except _BadRequest as exc:
            return _oauth_error(400, "invalid_request", str(exc))
        grant_type = body.get("grant_type", "client_credentials")
        if grant_type != "client_credentials":
            return _oauth_error(400, "unsupported_grant_type", f"Grant type '{grant_type}' not allowed for the client.")
        for name in ("client_id", "client_secret"):
            if not isinstance(body.get(name), str) or not body[name]:
                return _oauth_error(400, "invalid_request", f"Missing required parameter: {name}")
        audience = body.get("audience", AUDIENCE)
        if not isinstance(audience, str):
            return _oauth_error(400, "invalid_request", "audience must be a string")
        account = store.authenticate(body["client_id"], body["client_secret"])
        if account is None:
            return _oauth_error(401, "access_denied", "Unauthorized")
        if audience not in account.audiences:
            return _oauth_error(403, "access_denied", f"Service not enabled within domain: {audience}")
        token = store.issue(account, audience, token_ttl)
        return JSONResponse(
            with_extras({"access_token": token.access_token, "expires_in": token_ttl, "token_type": "Bearer"}, extras),
            headers={"Cache-Control": "no-store", "Pragma": "no-cache"},
        )

    return create_token


def create_token_app(
    store: TokenStore,
    *,
    token_ttl: int = DEFAULT_TOKEN_TTL,
    latency: float = 0.0,
    clock_latency: float = 0.0,
    validator_violations: list[str] | None = None,
    spec_path: str | Path | None = None,
    profile: Profile = CANONICAL,
) -> Starlette:
    """The token host: `POST /` with client credentials gives a token valid `token_ttl` seconds.

    Expiry is measured by `store.clock`. `app.state.store.issued` lists the tokens
    issued; `app.state.faults` injects statuses and `latency` (real seconds) before every
    answer; `app.state.clock_latency` seconds of the store's clock pass in every answer.
    """
    route = Route("/", _token_endpoint(store, token_ttl, profile), methods=["POST"])
    app = _starlette([route], validator_violations, spec_path, latency, clock_latency, profile)
    app.state.store = store
    app.state.token_ttl = token_ttl
    return app


# --- the exports host: parsing ----------------------------------------------------


def _parse_date(body: Mapping[str, Any], name: str) -> tuple[datetime, bool]:
    """A request date and whether it was local (no `Z`)."""
    raw = body.get(name)
    if raw is None:
        raise _BadRequest(f"{name} is required")
    if isinstance(raw, str) and _DATE_PATTERN.fullmatch(raw):
        text = raw.removesuffix("Z")
        try:
            parsed = datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%f" if "." in text else "%Y-%m-%dT%H:%M:%S")
        except ValueError:
            pass
        else:
            return parsed, not raw.endswith("Z")
    raise _BadRequest(f"{name} must be an ISO 8601 date, in UTC (ending in Z) or local time (no offset)")


def _parse_period(body: Mapping[str, Any]) -> Period:
    start, start_local = _parse_date(body, "startDate")
    end, end_local = _parse_date(body, "endDate")
    if start_local != end_local:
        raise _BadRequest("Both startDate and endDate must be in the same format (UTC or local time)")
    if end < start:
        raise _BadRequest("endDate must not be before startDate")
    if end - start > timedelta(days=MAX_DAYS):
        raise _BadRequest(f"A maximum of {MAX_DAYS} days can be requested at once")
    interval = body.get("interval", _HOURLY)
    if interval not in _INTERVALS:
        raise _BadRequest('interval must be "hourly" or "15min"')
    return Period(start, end, start_local, interval)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_fields(body: Mapping[str, Any], allowed: Iterable[str]) -> None:
    unknown = sorted(set(body) - set(allowed))
    if unknown:
        raise _BadRequest(f"Unknown field: {unknown[0]}")


def _check_batch(values: Any, name: str, valid: Callable[[Any], bool]) -> list[Any]:
    if not isinstance(values, list) or not all(valid(v) for v in values):
        raise _BadRequest(f"{name} must be a list of {'location IDs' if name == 'locations' else 'reference numbers'}")
    if not values:
        raise _BadRequest(f"{name} must not be empty")
    if len(values) > MAX_LOCATIONS:
        raise _BadRequest(f"A maximum of {MAX_LOCATIONS} locations can be requested at once")
    return list(dict.fromkeys(values))  # once each, in the order requested


def _parse_brand(body: Mapping[str, Any]) -> int:
    brand_id = body.get("brandId")
    if not isinstance(brand_id, int) or isinstance(brand_id, bool) or brand_id < 1:
        raise _BadRequest("brandId must be a positive integer")
    return brand_id


_COMMON_FIELDS = ("startDate", "endDate", "interval")


@dataclass(frozen=True)
class _Batch:
    """The locations of a v1/v2 request: `requested` in request order, each resolved or None."""

    by_reference: bool
    requested: list[tuple[int | str, Location | None]]


def _parse_batch(body: Mapping[str, Any], dataset: Dataset, account: ClientAccount) -> _Batch:
    if "locations" in body and ("referenceNumbers" in body or "brandId" in body):
        raise _BadRequest("Send either locations, or brandId with referenceNumbers, not both")
    if "locations" in body:
        _check_fields(body, (*_COMMON_FIELDS, "locations"))
        ids = _check_batch(body["locations"], "locations", lambda v: _is_int(v) and v >= 1)
        return _Batch(False, [(i, _accessible(dataset.by_id.get(i), account)) for i in ids])
    if "referenceNumbers" not in body:
        raise _BadRequest("Send either locations, or brandId with referenceNumbers")
    _check_fields(body, (*_COMMON_FIELDS, "brandId", "referenceNumbers"))
    brand_id = _parse_brand(body)
    refs = _check_batch(body["referenceNumbers"], "referenceNumbers", lambda v: isinstance(v, str) and v != "")
    return _Batch(True, [(ref, _accessible(dataset.by_reference.get((brand_id, ref)), account)) for ref in refs])


def _accessible(location: Location | None, account: ClientAccount) -> Location | None:
    """Unknown locations are refused like forbidden ones: the API does not say which is which."""
    return location if location is not None and account.may_access(location) else None


# --- the exports host: v3 cursors -------------------------------------------------


class _Cursors:
    """Opaque cursors: brand and last location id, signed so that a forged one is refused."""

    def __init__(self, seed: int) -> None:
        self._key = hashlib.sha256(f"analytiks-cursor:{seed}".encode()).digest()

    def encode(self, brand_id: int, after: int) -> str:
        payload = f"{brand_id}:{after}".encode()
        tag = hmac.new(self._key, payload, hashlib.sha256).digest()[:12]
        return base64.urlsafe_b64encode(payload + b"." + tag).decode().rstrip("=")

    def decode(self, cursor: str, brand_id: int) -> int:
        """The location id the cursor continues after; 400 unless it was issued for this brand."""
        try:
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
            payload, tag = raw[: raw.index(b".")], raw[raw.index(b".") + 1 :]
            expected = hmac.new(self._key, payload, hashlib.sha256).digest()[:12]
            brand, after = (int(part) for part in payload.decode().split(":"))
        except (ValueError, UnicodeDecodeError):
            raise _BadRequest("Invalid cursor") from None
        if not hmac.compare_digest(tag, expected) or brand != brand_id:
            raise _BadRequest("Invalid cursor")
        return after


# --- the exports host: endpoints --------------------------------------------------


def _export_error(status: int, error: str, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": error, "message": message, **extra}, status_code=status)


def _token_refused(message: str, challenge: bool) -> JSONResponse:
    response = _export_error(401, "unauthorized", message)
    if challenge:  # RFC 6750's answer to a refused bearer token; the page shows only the status
        response.headers["WWW-Authenticate"] = 'Bearer error="invalid_token"'
    return response


def _bearer(request: Request, store: TokenStore, challenge: bool) -> ClientAccount | JSONResponse:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return _token_refused("Missing bearer token", challenge)
    account = store.resolve(token.strip())
    if account is None:
        return _token_refused("Invalid or expired token", challenge)
    return account


def _rejected_field(batch: _Batch, rejected: list[int | str]) -> dict[str, list[int | str]]:
    return {"referenceNumbers" if batch.by_reference else "locations": rejected}


def _v1(dataset: Dataset, account: ClientAccount, body: dict[str, Any], period: Period) -> Response:
    batch = _parse_batch(body, dataset, account)
    _check_interval_enabled(account, period)
    rejected = [key for key, location in batch.requested if location is None]
    if rejected:
        return _export_error(401, "unauthorized", _NOT_AUTHORIZED, **_rejected_field(batch, rejected))
    records = [
        dataset.export(location, period, with_reference=batch.by_reference)
        for _, location in batch.requested
        if location is not None
    ]
    return JSONResponse(records)


def _v2(dataset: Dataset, account: ClientAccount, body: dict[str, Any], period: Period) -> Response:
    batch = _parse_batch(body, dataset, account)
    _check_interval_enabled(account, period)
    rejected = [key for key, location in batch.requested if location is None]
    successes = [
        dataset.export(location, period, with_reference=batch.by_reference)
        for _, location in batch.requested
        if location is not None
    ]
    failures = {"description": _NOT_AUTHORIZED, **_rejected_field(batch, rejected)} if rejected else {}
    return JSONResponse({"successes": successes, "failures": failures}, status_code=200 if successes else 401)


def _v3(
    dataset: Dataset,
    account: ClientAccount,
    body: dict[str, Any],
    period: Period,
    cursors: _Cursors,
    batch_size: int,
    extras: random.Random | None,
) -> Response:
    _check_fields(body, (*_COMMON_FIELDS, "brandId", "cursor"))
    brand_id = _parse_brand(body)
    cursor = body.get("cursor")
    if cursor is not None and not isinstance(cursor, str):
        raise _BadRequest("cursor must be a string or null")
    after = cursors.decode(cursor, brand_id) if cursor is not None else 0
    _check_interval_enabled(account, period)
    allowed = [location for location in dataset.brands.get(brand_id, ()) if account.may_access(location)]
    if not allowed:
        return _export_error(401, "unauthorized", "You are not authorized to query this brand")
    remaining = [location for location in allowed if location.id > after]
    page = remaining[:batch_size]
    next_cursor = cursors.encode(brand_id, page[-1].id) if len(remaining) > len(page) else None
    data = [dataset.export(location, period, with_reference=True) for location in page]
    return JSONResponse(with_extras({"cursor": next_cursor, "data": data}, extras))


class _IntervalNotEnabled(Exception):
    pass


def _check_interval_enabled(account: ClientAccount, period: Period) -> None:
    if period.interval == _QUARTER and not account.fifteen_minutes:
        raise _IntervalNotEnabled


def _export_endpoint(
    version: int, dataset: Dataset, store: TokenStore, cursors: _Cursors, profile: Profile
) -> Endpoint:
    challenge = profile.choose(CHALLENGE, SWITCHES[CHALLENGE])

    async def export(request: Request) -> Response:
        _elapse(request, store)
        account = _bearer(request, store, challenge)
        if isinstance(account, Response):
            return account
        try:
            body = await _json_object(request)
            period = _parse_period(body)
            if version == 1:
                return _v1(dataset, account, body, period)
            if version == 2:
                return _v2(dataset, account, body, period)
            state = request.app.state
            return _v3(dataset, account, body, period, cursors, state.v3_batch_size, profile.rng(EXTRAS))
        except _BadRequest as exc:
            return _export_error(400, "invalid_request", str(exc))
        except _IntervalNotEnabled:
            return _export_error(403, "forbidden", "The 15min interval is not enabled for this account")

    export.__name__ = f"export_camera_data_v{version}"
    return export


def create_exports_app(
    store: TokenStore,
    dataset: Dataset | None = None,
    *,
    v3_batch_size: int | None = None,
    latency: float = 0.0,
    clock_latency: float = 0.0,
    validator_violations: list[str] | None = None,
    spec_path: str | Path | None = None,
    profile: Profile = CANONICAL,
) -> Starlette:
    """The exports host over `dataset` (default: `build_dataset()`), accepting `store`'s tokens.

    With `validator_violations`, every exchange is checked against the spec (`spec_path`,
    default `specs/analytiks.yaml`) and violations are appended there. `app.state`
    exposes `dataset`, `store`, `requests`, `request_log`, `faults` (`kit.Faults`:
    statuses, and `latency` in real seconds) and two switches read on every request:
    `v3_batch_size` (default: the profile's, 50 canonically) and `clock_latency`.
    """
    if v3_batch_size is None:
        v3_batch_size = profile.choose(V3_BATCH, SWITCHES[V3_BATCH])
    if v3_batch_size < 1:
        raise ValueError("v3_batch_size must be at least 1")
    dataset = dataset if dataset is not None else build_dataset()
    cursors = _Cursors(dataset.seed)
    routes = [
        Route(f"/json/v{version}", _export_endpoint(version, dataset, store, cursors, profile), methods=["POST"])
        for version in (1, 2, 3)
    ]
    app = _starlette(routes, validator_violations, spec_path, latency, clock_latency, profile)
    app.state.dataset = dataset
    app.state.store = store
    app.state.v3_batch_size = v3_batch_size
    return app


# --- running by hand --------------------------------------------------------------


async def _serve_both(apps: Sequence[tuple[Starlette, int]]) -> None:
    servers = [uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="info")) for app, port in apps]
    await asyncio.gather(*(server.serve() for server in servers))


def main(argv: Sequence[str] | None = None) -> None:
    """Serve the token host and the exports host on 127.0.0.1 for manual use."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--token-port", type=int, default=8001)
    parser.add_argument("--port", type=int, default=8002, help="port of the exports host")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--locations", type=int, default=240)
    parser.add_argument("--token-ttl", type=int, default=DEFAULT_TOKEN_TTL)
    parser.add_argument("--v3-batch-size", type=int, default=DEFAULT_V3_BATCH)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer")
    args = parser.parse_args(argv)
    dataset = build_dataset(args.seed, args.locations)
    store = TokenStore(default_accounts(dataset))
    token_app = create_token_app(store, token_ttl=args.token_ttl, latency=args.latency)
    exports_app = create_exports_app(store, dataset, v3_batch_size=args.v3_batch_size, latency=args.latency)
    for account in store.accounts.values():
        print(f"client {account.client_id} / {account.client_secret}")
    asyncio.run(_serve_both([(token_app, args.token_port), (exports_app, args.port)]))


if __name__ == "__main__":
    main()
