"""The pytest plugin (entry point `pytest11`): a simulator per test or per session.

    def test_my_pipeline(scopix_sim):
        with scopix_client.connect(scopix_sim.credentials["api_key"], base_url=scopix_sim.base_url) as client:
            ...
        scopix_sim.fault(429, times=3)      # the next three requests are refused
        scopix_sim.advance(3600)            # an hour passes: jobs finish, signed URLs expire
        scopix_sim.requests()               # what the API received

`<vendor>_sim` is a fresh simulator for each test, started with the options of the
`vision_sim_options` fixture (override it in your conftest.py for latency, failures, a
varied profile...). `<vendor>_sim_session` is one simulator for the whole session, faster
when its data is large: its request log, faults, latency and failure rate are reset after
each test, its data (exports created, images uploaded) is not.
`--vision-sim-seed N` runs every simulator with the varied profile of seed N.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

from vision_api_sims.vendors import NAMES

if TYPE_CHECKING:
    from vision_api_sims.handle import Sim
    from vision_api_sims.launch import Options

# The simulators are imported by the first fixture that starts one: pytest starts in
# every environment this plugin is installed in, most runs use no simulator.

__all__ = ["vision_sim_options"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("vision-api-sims").addoption(
        "--vision-sim-seed",
        type=int,
        default=None,
        help="run the vision-api simulators with the varied profile of this seed (default: canonical)",
    )


def _options(config: pytest.Config) -> Options:
    from vision_api_sims.kit import Profile
    from vision_api_sims.launch import Options

    seed: int | None = config.getoption("--vision-sim-seed")
    return Options(profile=Profile(seed=seed))


@pytest.fixture
def vision_sim_options(request: pytest.FixtureRequest) -> Options:
    """How the per-test simulators (`<vendor>_sim`) are started; override it to change that."""
    return _options(request.config)


def _per_test(vendor: str) -> Callable[..., Any]:
    def fixture(vision_sim_options: Options) -> Iterator[Sim]:
        from vision_api_sims.launch import start

        with start(vendor, vision_sim_options) as sim:
            yield sim

    fixture.__doc__ = f"A fresh {vendor} simulator on 127.0.0.1 for this test (see `vision_api_sims.Sim`)."
    return pytest.fixture(name=f"{vendor}_sim")(fixture)


def _per_session(vendor: str) -> tuple[Callable[..., Any], Callable[..., Any]]:
    def shared(request: pytest.FixtureRequest) -> Iterator[Sim]:
        from vision_api_sims.launch import start

        with start(vendor, _options(request.config)) as sim:
            yield sim

    def cleaned(request: pytest.FixtureRequest) -> Iterator[Sim]:
        sim: Sim = request.getfixturevalue(f"_{vendor}_sim_shared")
        yield sim
        sim.reset()
        sim.latency = sim.fail_rate = 0.0

    cleaned.__doc__ = f"One {vendor} simulator for the session; requests and faults are reset after each test."
    return (
        pytest.fixture(scope="session", name=f"_{vendor}_sim_shared")(shared),
        pytest.fixture(name=f"{vendor}_sim_session")(cleaned),
    )


for _vendor in NAMES:
    globals()[f"{_vendor}_sim"] = _per_test(_vendor)
    globals()[f"_{_vendor}_sim_shared"], globals()[f"{_vendor}_sim_session"] = _per_session(_vendor)
