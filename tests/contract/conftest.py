"""Simulators for the contract tests, with every exchange checked against the spec."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette

from tests.conftest import FakeClock
from tests.contract import coverage
from vision_api_sims import Options, Sim, analytiks, citylens, scopix, start
from vision_api_sims.kit import ManualClock, Profile
from vision_api_sims.server import RunningServer

ROOT = Path(__file__).resolve().parents[2]
API_KEY = citylens.DEFAULT_API_KEY
SCOPIX_KEY = scopix.DEFAULT_API_KEY


# The seeds CI runs every scenario under, besides the canonical profile: fixed, so a
# failure reproduces; `--sim-seeds 50` or `--sim-seed N` explores further.
CI_SEEDS = (1, 2, 3)


def _profile_seeds(config: pytest.Config) -> list[int | None]:
    chosen: list[int] | None = config.getoption("--sim-seed")
    if chosen:
        return list(chosen)
    many: int | None = config.getoption("--sim-seeds")
    return [None, *(range(1, many + 1) if many is not None else CI_SEEDS)]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "canonical: runs only against the canonical simulator profile")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "sim_profile" not in metafunc.fixturenames:
        return
    seeds = _profile_seeds(metafunc.config)
    if metafunc.definition.get_closest_marker("canonical") is not None:
        seeds = [None]
    ids = ["canonical" if s is None else f"seed{s}" for s in seeds]
    metafunc.parametrize("sim_profile", seeds, ids=ids, indirect=True)


@pytest.fixture
def sim_profile(request: pytest.FixtureRequest) -> Profile:
    """What the simulators answer where a page is silent (see `vision_api_sims.kit.Profile`)."""
    profile = Profile(seed=getattr(request, "param", None))
    request.node.stash[PROFILE_KEY] = profile
    return profile


PROFILE_KEY = pytest.StashKey[Profile]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    profile = item.stash.get(PROFILE_KEY, None)
    if report.failed and profile is not None:
        rerun = "" if profile.canonical else f" (rerun: --sim-seed {profile.seed})"
        report.sections.append(("simulator profile", profile.describe() + rerun))
    return report


class LinkedClock(FakeClock):
    """The client's clock and a simulator's clock as one: a client that sleeps moves
    simulated time, so jobs progress and signed URLs expire without real waiting."""

    def __init__(self, manual: ManualClock, wall: Callable[[float], datetime]) -> None:
        super().__init__()
        self.manual = manual
        self.wall = wall

    def monotonic(self) -> float:
        return self.manual()

    def now(self) -> datetime:
        return self.wall(self.manual())

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.manual.advance(seconds)


def _started(vendor: str, profile: Profile, clock: ManualClock, violations: list[str], **options: Any) -> Sim:
    """The simulator users get from `vision-sim` and the pytest plugin, on a manual clock
    and with every exchange checked against the spec."""
    return start(vendor, Options(profile=profile, clock=clock, validator_violations=violations, **options))


@dataclass
class CityLensSim:
    app: Starlette
    server: RunningServer
    violations: list[str]


class _LazySims(dict[int | None, CityLensSim]):
    def __init__(self, stack: ExitStack) -> None:
        super().__init__()
        self.stack = stack

    def for_profile(self, profile: Profile) -> CityLensSim:
        sim = self.get(profile.seed)
        if sim is None:
            violations: list[str] = []
            started = self.stack.enter_context(_started("citylens", profile, ManualClock(), violations))
            sim = self[profile.seed] = CityLensSim(started.app, started.servers["api"], violations)
        # The app read its switches when it was made: show them in this test's report too.
        profile.decisions.update(sim.app.state.profile.decisions)
        return sim


@pytest.fixture(scope="session")
def citylens_servers() -> Iterator[_LazySims]:
    """One CityLens app and server per profile seed, made on first use and shared: its
    data set is large and read-only."""
    with ExitStack() as stack:
        yield _LazySims(stack)


@pytest.fixture
def citylens_shared(citylens_servers: _LazySims, sim_profile: Profile) -> CityLensSim:
    return citylens_servers.for_profile(sim_profile)


@pytest.fixture
def citylens_app(citylens_shared: CityLensSim) -> Starlette:
    return citylens_shared.app


@pytest.fixture
def citylens_violations(citylens_shared: CityLensSim) -> list[str]:
    return citylens_shared.violations


@pytest.fixture
def citylens_sim(citylens_shared: CityLensSim) -> Iterator[RunningServer]:
    """The simulator; the test fails if any request or response broke the spec."""
    app, violations = citylens_shared.app, citylens_shared.violations
    violations.clear()
    app.state.requests.clear()
    app.state.request_log.clear()
    app.state.faults.queue.clear()
    yield citylens_shared.server
    coverage.record("citylens", app.state.requests)
    assert violations == [], "spec violations:\n" + "\n".join(violations)


@dataclass
class ScopixSim:
    api: RunningServer
    storage: RunningServer
    app: Starlette
    storage_app: Starlette
    clock: LinkedClock
    violations: list[str]


@pytest.fixture
def scopix_overrides() -> dict[str, object]:
    """Switch answers a scenario needs whatever the profile (switch name -> answer);
    parametrize it to set them. The other switches still vary with the profile."""
    return {}


@pytest.fixture
def scopix_sim(sim_profile: Profile, scopix_overrides: dict[str, object]) -> Iterator[ScopixSim]:
    """A fresh Scopix API and storage host per test (export jobs are state)."""
    sim_profile.overrides = {**sim_profile.overrides, **scopix_overrides}
    violations: list[str] = []
    manual = ManualClock()
    with _started("scopix", sim_profile, manual, violations) as sim:
        app, storage_app = sim.app, sim.apps["storage"]
        api, storage = sim.servers["api"], sim.servers["storage"]
        yield ScopixSim(api, storage, app, storage_app, LinkedClock(manual, app.state.exports.wall), violations)
    coverage.record("scopix", app.state.requests)
    assert violations == [], "spec violations:\n" + "\n".join(violations)


@dataclass
class PictographSim:
    api: RunningServer
    storage: RunningServer
    app: Starlette
    clock: LinkedClock
    violations: list[str]

    @property
    def storage_app(self) -> Starlette:
        return self.app.state.storage_app  # type: ignore[no-any-return]


@pytest.fixture
def pictograph_generation() -> str | None:
    """The Pictograph server generation to simulate; None: the profile's choice.
    Parametrize this name to run a test against each generation."""
    return None


@pytest.fixture
def pictograph_sim(sim_profile: Profile, pictograph_generation: str | None) -> Iterator[PictographSim]:
    """A fresh Pictograph API and storage host per test (exports are state)."""
    if pictograph_generation is not None:
        sim_profile.overrides = {**sim_profile.overrides, "pictograph.generation": pictograph_generation}
    violations: list[str] = []
    manual = ManualClock()
    with _started("pictograph", sim_profile, manual, violations) as sim:
        api, storage, app = sim.servers["api"], sim.servers["storage"], sim.app
        yield PictographSim(api, storage, app, LinkedClock(manual, lambda _m: datetime.now(UTC)), violations)
    # Raw paths: a name holding `/` is one segment as sent.
    coverage.record("pictograph", [(r.method, r.raw_path) for r in app.state.request_log])
    assert violations == [], "spec violations:\n" + "\n".join(violations)


@dataclass
class AnalytiksSim:
    exports: RunningServer
    tokens: RunningServer
    exports_app: Starlette
    token_app: Starlette
    store: analytiks.TokenStore
    dataset: analytiks.Dataset
    clock: LinkedClock
    violations: list[str]


@pytest.fixture
def analytiks_overrides() -> dict[str, object]:
    """Switch answers a scenario needs whatever the profile (switch name -> answer);
    parametrize it to set them. The other switches still vary with the profile."""
    return {}


@pytest.fixture
def analytiks_token_ttl() -> int:
    """The tokens' lifetime in seconds; parametrize it for short-lived tokens."""
    return 600


@pytest.fixture
def analytiks_sim(
    sim_profile: Profile, analytiks_overrides: dict[str, object], analytiks_token_ttl: int
) -> Iterator[AnalytiksSim]:
    """A token host and an exports host sharing one tenant directory, on a fake clock."""
    sim_profile.overrides = {**sim_profile.overrides, **analytiks_overrides}
    violations: list[str] = []
    manual = ManualClock()
    with _started("analytiks", sim_profile, manual, violations, token_ttl=analytiks_token_ttl) as sim:
        exports, tokens = sim.servers["api"], sim.servers["tokens"]
        exports_app, token_app = sim.app, sim.apps["tokens"]
        store, dataset = exports_app.state.store, exports_app.state.dataset
        clock = LinkedClock(manual, lambda _m: datetime.now(UTC))
        yield AnalytiksSim(exports, tokens, exports_app, token_app, store, dataset, clock, violations)
    coverage.record("analytiks", [*exports_app.state.requests, *token_app.state.requests])
    assert violations == [], "spec violations:\n" + "\n".join(violations)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, exitstatus: int) -> None:
    lines, _missing = coverage.report()
    for line in lines:
        terminalreporter.write_line(line)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # Enforced only on a full run of the contract suite: a selection (-k, one file) is
    # expected to leave operations out.
    options = session.config.option
    full = (
        not options.keyword
        and not options.markexpr
        and all(
            "::" not in a and Path(a).resolve() in (ROOT, ROOT / "tests", ROOT / "tests" / "contract")
            for a in session.config.args
        )
    )
    _lines, missing = coverage.report()
    if full and missing and exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@dataclass
class HastySim:
    api: RunningServer
    storage: RunningServer
    app: Starlette
    clock: LinkedClock
    violations: list[str]


@pytest.fixture
def hasty_sim(sim_profile: Profile) -> Iterator[HastySim]:
    """A fresh Hasty API (its own world) and storage host per test, answering as `sim_profile`."""
    violations: list[str] = []
    manual = ManualClock()
    with _started("hasty", sim_profile, manual, violations) as sim:
        api, storage, app = sim.servers["api"], sim.servers["storage"], sim.app
        yield HastySim(api, storage, app, LinkedClock(manual, lambda _m: datetime.now(UTC)), violations)
    coverage.record("hasty", app.state.requests)
    assert violations == [], "spec violations:\n" + "\n".join(violations[:20])
