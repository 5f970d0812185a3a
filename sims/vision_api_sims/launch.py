"""Start one vendor's simulator with its hosts, seed data and switches: `start("scopix")`.

Both the `vision-sim` command and the pytest fixtures start simulators here, so a user
gets in a test exactly the server they tried by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from starlette.applications import Starlette

from vision_api_sims import analytiks, citylens, hasty, pictograph, scopix
from vision_api_sims.handle import Sim
from vision_api_sims.kit import Profile, RunningClock, start_with_storage
from vision_api_sims.server import RunningServer, start_pair
from vision_api_sims.server import start as start_server
from vision_api_sims.vendors import DEFAULT_PORTS, NAMES

__all__ = ["DEFAULT_PORTS", "VENDORS", "Clock", "Options", "start"]


class Clock(Protocol):
    """Monotonic seconds that a test can move forward (`kit.ManualClock`, `kit.RunningClock`)."""

    def __call__(self) -> float: ...

    def advance(self, seconds: float) -> None: ...


@dataclass
class Options:
    """How to run a simulator. Everything but `port` can be changed later on the `Sim`."""

    port: int = 0
    """The API host's port (0: a free one). A second host (storage, tokens) takes `port + 1`."""
    profile: Profile = field(default_factory=Profile)
    """Where the vendor's page is silent, which answer to give: `Profile(seed=7)` varies them."""
    latency: float = 0.0
    fail_rate: float = 0.0
    expire_urls_after: float | None = None
    """Lifetime in seconds of the signed URLs it hands out (None: the vendor's own)."""
    token_ttl: int = analytiks.DEFAULT_TOKEN_TTL
    """Analytiks: the lifetime of the tokens it issues, in seconds."""
    clock: Clock = field(default_factory=RunningClock)
    """Simulated time: real time by default, movable with `Sim.advance`."""
    validator_violations: list[str] | None = None
    """When a list: every exchange is checked against the spec and violations appended
    (needs the `[validate]` extra)."""


def _url_ttl(options: Options, vendor_default: float) -> float:
    return vendor_default if options.expire_urls_after is None else options.expire_urls_after


def _finish(sim: Sim, options: Options) -> Sim:
    sim.latency = options.latency
    sim.fail_rate = options.fail_rate
    return sim


def _keyed(
    vendor: str,
    servers: dict[str, RunningServer],
    apps: dict[str, Starlette],
    key: str,
    options: Options,
    notes: tuple[str, ...],
) -> Sim:
    """A simulator that accepts an API key, as its client's `connect` and CLI take it."""
    url = servers["api"].base_url
    arguments = f'"{key}", base_url="{url}"'  # every client: credentials first, hosts by name
    env = {f"{vendor.upper()}_BASE_URL": url, f"{vendor.upper()}_API_KEY": key}
    connect = f"{vendor}_client.connect({arguments})"
    return Sim(vendor, servers, apps, {"api_key": key}, env, connect, options.clock.advance, notes=notes)


def _start_citylens(options: Options) -> Sim:
    key = citylens.DEFAULT_API_KEY
    app = citylens.create_app(api_key=key, profile=options.profile, validator_violations=options.validator_violations)
    server = start_server(app, options.port)
    first_frame = min(app.state.dataset.frames_by_id)
    notes = (f"detections from {citylens.START:%Y-%m-%d} for 5 days; frames from id {first_frame}",)
    # Nothing in CityLens depends on time: `advance` is accepted and changes nothing.
    return _keyed("citylens", {"api": server}, {"api": app}, key, options, notes)


def _start_scopix(options: Options) -> Sim:
    key = scopix.DEFAULT_API_KEY
    app = scopix.create_app(
        api_key=key,
        clock=options.clock,
        url_ttl=_url_ttl(options, scopix.URL_TTL),
        profile=options.profile,
        validator_violations=options.validator_violations,
    )
    storage_app = scopix.create_storage_app(app.state.exports)
    api, storage = start_pair(app, storage_app, options.port)
    app.state.storage_base_url = storage.base_url
    servers, apps = {"api": api, "storage": storage}, {"api": app, "storage": storage_app}
    return _keyed(
        "scopix", servers, apps, key, options, (f"history from {scopix.START:%Y-%m-%d} for {scopix.DAYS} days",)
    )


def _start_analytiks(options: Options) -> Sim:
    dataset = analytiks.build_dataset()
    store = analytiks.TokenStore(analytiks.default_accounts(dataset), clock=options.clock)
    violations, profile = options.validator_violations, options.profile
    token_app = analytiks.create_token_app(
        store, token_ttl=options.token_ttl, validator_violations=violations, profile=profile
    )
    exports_app = analytiks.create_exports_app(store, dataset, validator_violations=violations, profile=profile)
    exports, tokens = start_pair(exports_app, token_app, options.port)
    client_id, secret = analytiks.FULL_ACCESS
    partial_id, partial_secret = analytiks.PARTIAL_ACCESS
    urls = f'exports_url="{exports.base_url}", token_url="{tokens.base_url}"'
    return Sim(
        "analytiks",
        {"api": exports, "tokens": tokens},
        {"api": exports_app, "tokens": token_app},
        {"client_id": client_id, "client_secret": secret},
        {
            "ANALYTIKS_CLIENT_ID": client_id,
            "ANALYTIKS_CLIENT_SECRET": secret,
            "ANALYTIKS_EXPORTS_URL": exports.base_url,
            "ANALYTIKS_TOKEN_URL": tokens.base_url,
        },
        f'analytiks_client.connect("{client_id}", "{secret}", {urls})',
        options.clock.advance,
        notes=(
            f"also accepted: {partial_id} / {partial_secret} (may read only some locations)",
            f"camera data from {analytiks.DATA_START:%Y-%m-%d} to {analytiks.DATA_END:%Y-%m-%d}, "
            f"locations 1-{len(dataset.locations)}",
        ),
    )


def _start_pictograph(options: Options) -> Sim:
    app = pictograph.create_app(
        clock=options.clock,
        download_url_ttl=_url_ttl(options, 3600.0),
        profile=options.profile,
        validator_violations=options.validator_violations,
    )
    api, storage = start_with_storage(app, port=options.port)
    key = "pk_live_owner"
    others = ", ".join(f"{k} ({role})" for k, role in pictograph.DEFAULT_KEYS.items() if k != key)
    datasets = ", ".join(app.state.datasets)
    servers, apps = {"api": api, "storage": storage}, {"api": app, "storage": app.state.storage_app}
    return _keyed("pictograph", servers, apps, key, options, (f"also accepted: {others}", f"datasets: {datasets}"))


def _start_hasty(options: Options) -> Sim:
    ttl = _url_ttl(options, 3600.0)
    app = hasty.create_app(
        clock=options.clock,
        download_url_ttl=ttl,
        upload_url_ttl=ttl,
        profile=options.profile,
        validator_violations=options.validator_violations,
    )
    api, storage = start_with_storage(app, port=options.port)
    key = next(k for k, role in hasty.DEFAULT_KEYS.items() if role == "owner")
    others = ", ".join(f"{k} ({role})" for k, role in hasty.DEFAULT_KEYS.items() if k != key)
    world: hasty.World = app.state.world
    projects = ", ".join(f"{project.record['name']} {project_id}" for project_id, project in world.projects.items())
    servers, apps = {"api": api, "storage": storage}, {"api": app, "storage": app.state.storage_app}
    return _keyed("hasty", servers, apps, key, options, (f"also accepted: {others}", f"projects: {projects}"))


VENDORS: dict[str, Callable[[Options], Sim]] = {
    "citylens": _start_citylens,
    "scopix": _start_scopix,
    "analytiks": _start_analytiks,
    "pictograph": _start_pictograph,
    "hasty": _start_hasty,
}


assert tuple(VENDORS) == NAMES, "every vendor named in vendors.py has a launcher here"


def start(vendor: str, options: Options | None = None) -> Sim:
    """Start `vendor`'s simulator on 127.0.0.1; `sim.stop()` (or `with`) shuts it down."""
    try:
        launcher = VENDORS[vendor]
    except KeyError:
        raise ValueError(f"no simulator for {vendor!r}: choose one of {', '.join(VENDORS)}") from None
    options = options if options is not None else Options()
    return _finish(launcher(options), options)
