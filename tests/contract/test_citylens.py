"""The CityLens client over real HTTP against the simulator."""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette

import citylens_client as cl
from citylens_client import aio
from citylens_client.api.detections import list_detected_objects
from citylens_client.api.detectors import list_detectors
from citylens_client.models import DetectedObject, DetectorList
from tests.conftest import FakeClock
from tests.contract.conftest import API_KEY
from vision_api_sims import citylens
from vision_api_sims.kit import Profile
from vision_api_sims.server import RunningServer, serve

START, END = datetime(2025, 11, 1), datetime(2025, 11, 6)


def _ids(objects: list[DetectedObject]) -> list[int]:
    return [o.id for o in objects]


def _requests(app: Starlette) -> list[tuple[str, str]]:
    return list(app.state.requests)


@pytest.fixture
def client(citylens_sim: RunningServer) -> Any:
    with cl.connect(API_KEY, base_url=citylens_sim.base_url) as client:
        yield client


@contextmanager
def _server_with(**overrides: Any) -> Iterator[tuple[Starlette, RunningServer]]:
    """A CityLens server of its own, canonical but for `overrides` (switch name -> answer)."""
    violations: list[str] = []
    profile = Profile(overrides={getattr(citylens, name): value for name, value in overrides.items()})
    app = citylens.create_app(api_key=API_KEY, validator_violations=violations, profile=profile)
    with serve(app) as server:
        yield app, server
    assert violations == [], "spec violations:\n" + "\n".join(violations)


def _served_pages(app: Starlette, items: int, page_size: int) -> int:
    answers: citylens.Answers = app.state.answers  # app.state is untyped
    served = answers.served_limit(page_size)
    return -(-items // served)


def test_walks_every_detection_exactly_once_in_order(client: cl.AuthenticatedClient, citylens_app: Starlette) -> None:
    expected = citylens_app.state.dataset.detections_in(START, END)
    assert len(expected) >= 10_000
    got = list(cl.iter_detected_objects(client, START, END, page_size=1000))
    assert _ids(got) == [d.id for d in expected]
    assert got[0].to_dict() == citylens_app.state.served.detection(expected[0])
    assert len(_requests(citylens_app)) == _served_pages(citylens_app, len(expected), 1000)


def test_filters_by_detector_and_locale(client: cl.AuthenticatedClient, citylens_app: Starlette) -> None:
    day = (datetime(2025, 11, 2), datetime(2025, 11, 2, 23, 59, 59))
    expected = citylens_app.state.dataset.detections_in(*day, "signs")
    got = list(cl.iter_detected_objects(client, *day, detector_name="signs", locale="ru_RU", page_size=97))
    assert _ids(got) == [d.id for d in expected] and expected
    assert {o.type_ for o in got} == {"signs"}
    assert [o.name for o in got[:5]] == [d.to_record("ru_RU")["name"] for d in expected[:5]]


def test_walk_resumes_from_its_position_without_loss(client: cl.AuthenticatedClient, citylens_app: Starlette) -> None:
    expected = [d.id for d in citylens_app.state.dataset.detections_in(START, END, "potholes")]
    walk = cl.iter_detected_objects(client, START, END, detector_name="potholes", page_size=100)
    first: list[int] = []
    for obj in walk:
        first.append(obj.id)
        if len(first) == 250:
            break  # an interruption while handling the 250th object
    rest = _ids(
        list(cl.iter_detected_objects(client, START, END, detector_name="potholes", start_offset=walk.position))
    )
    assert walk.position == 249
    assert first[:249] + rest == expected


def test_progress_reports_items_against_the_total(client: cl.AuthenticatedClient) -> None:
    seen: list[tuple[int, int | None]] = []
    walk = cl.iter_detected_objects(
        client, START, END, detector_name="traffic_lights", page_size=500, progress=lambda d, t: seen.append((d, t))
    )
    count = sum(1 for _ in walk)
    assert seen[-1] == (count, count)


async def test_async_walk_gives_the_same_items(citylens_sim: RunningServer, citylens_app: Starlette) -> None:
    expected = [d.id for d in citylens_app.state.dataset.detections_in(START, END, "signs")]
    async with aio.connect(API_KEY, base_url=citylens_sim.base_url) as client:
        got = [o.id async for o in aio.iter_detected_objects(client, START, END, detector_name="signs", page_size=400)]
        frames = [f.id async for f in aio.iter_frames(client, START, START + timedelta(hours=6), page_size=50)]
    assert got == expected
    assert frames == [f.id for f in citylens_app.state.dataset.frames_in(START, START + timedelta(hours=6))]


def test_walks_frames(client: cl.AuthenticatedClient, citylens_app: Starlette) -> None:
    expected = citylens_app.state.dataset.frames_in(START, END)
    got = list(cl.iter_frames(client, START, END, page_size=1000))
    assert [f.id for f in got] == [f.id for f in expected]
    assert got[3].to_dict() == citylens_app.state.served.frame(expected[3])


def test_lists_detectors_in_a_locale(client: cl.AuthenticatedClient) -> None:
    result = list_detectors.sync(client=client, locale="en_AE")
    assert isinstance(result, DetectorList)
    assert {d.name for d in result.detectors} >= set(citylens.DETECTORS)  # a server may have more


@pytest.mark.parametrize("with_detections", [False, True])
def test_downloads_frames_verified(
    client: cl.AuthenticatedClient, citylens_app: Starlette, tmp_path: Path, with_detections: bool
) -> None:
    frame = citylens_app.state.dataset.detections[0].frame_id
    path = cl.download_frame(client, frame, tmp_path / "f.jpg", with_detections=with_detections)
    assert path.read_bytes() == citylens.frame_jpeg(citylens_app.state.dataset, frame, with_detections)
    assert list(tmp_path.iterdir()) == [path]


async def test_async_download_frame(citylens_sim: RunningServer, citylens_app: Starlette, tmp_path: Path) -> None:
    frames = [d.frame_id for d in citylens_app.state.dataset.detections[:3]]
    async with aio.connect(API_KEY, base_url=citylens_sim.base_url) as client:
        paths = await asyncio.gather(*(aio.download_frame(client, f, tmp_path / f"{f}.jpg") for f in frames))
    assert [p.read_bytes()[:2] for p in paths] == [b"\xff\xd8"] * 3


def test_unknown_frame_is_not_found_and_leaves_nothing(client: cl.AuthenticatedClient, tmp_path: Path) -> None:
    with pytest.raises(cl.NotFoundError, match="Frame not found"):
        cl.download_frame(client, 999_999_999, tmp_path / "f.jpg")
    assert list(tmp_path.iterdir()) == []


def test_wrong_key_is_an_authentication_error(citylens_sim: RunningServer) -> None:
    with (
        cl.connect("wrong-key", base_url=citylens_sim.base_url) as client,
        pytest.raises(cl.AuthenticationError) as caught,
    ):
        next(iter(cl.iter_detected_objects(client, START, END)))
    assert caught.value.status_code == 401 and "wrong-key" not in str(caught.value)


def test_server_side_validation_error_is_typed(client: cl.AuthenticatedClient, citylens_violations: list[str]) -> None:
    with pytest.raises(cl.UnprocessableEntityError, match="from_dt") as caught:
        list_detected_objects.sync(client=client, from_dt="2025-11-01 00:00", to_dt="2025-11-02T00:00:00")
    assert caught.value.code == "validation_error"
    citylens_violations.clear()  # the request was invalid on purpose


@pytest.mark.parametrize(
    ("kwargs", "parameter", "error"),
    [
        ({"from_dt": datetime(2025, 11, 1, tzinfo=UTC)}, "from_dt", cl.ParameterError),
        ({"to_dt": datetime(2025, 11, 2, tzinfo=timezone(timedelta(hours=4)))}, "to_dt", cl.ParameterError),
        ({"from_dt": "2025-11-01 00:00:00"}, "from_dt", cl.ParameterError),
        ({"from_dt": 20251101}, "from_dt", cl.ParameterTypeError),
        ({"to_dt": datetime(2025, 10, 1)}, "to_dt", cl.ParameterError),
        ({"page_size": 0}, "page_size", cl.ParameterError),
        ({"page_size": "100"}, "page_size", cl.ParameterTypeError),
        ({"page_size": True}, "page_size", cl.ParameterTypeError),
        ({"start_offset": -1}, "start_offset", cl.ParameterError),
        ({"locale": "english"}, "locale", cl.ParameterError),
        ({"detector_name": ""}, "detector_name", cl.ParameterError),
    ],
)
def test_bad_input_is_refused_before_any_request(
    client: cl.AuthenticatedClient,
    citylens_app: Starlette,
    kwargs: dict[str, Any],
    parameter: str,
    error: type[Exception],
) -> None:
    args: dict[str, Any] = {"from_dt": START, "to_dt": END, **kwargs}
    with pytest.raises(error, match=parameter) as caught:
        cl.iter_detected_objects(client, **args)
    assert getattr(caught.value, "parameter", None) == parameter
    assert _requests(citylens_app) == []


@pytest.mark.parametrize(("frame_id", "error"), [(-1, cl.ParameterError), ("12", cl.ParameterTypeError)])
def test_bad_frame_id_is_refused(
    client: cl.AuthenticatedClient, citylens_app: Starlette, tmp_path: Path, frame_id: Any, error: type[Exception]
) -> None:
    with pytest.raises(error, match="frame_id"):
        cl.download_frame(client, frame_id, tmp_path / "f.jpg")
    assert _requests(citylens_app) == []


def test_connect_refuses_bad_settings() -> None:
    with pytest.raises(cl.ParameterError, match="base_url"):
        cl.connect("k", base_url="citylens.example.org")
    with pytest.raises(cl.ParameterError, match="api_key"):
        cl.connect("", base_url="https://citylens.example.org")
    with pytest.raises(cl.ParameterError, match="timeout"):
        cl.connect("k", base_url="https://citylens.example.org", timeout=0)


async def test_async_prefetch_walk_gives_the_same_items_in_order(
    citylens_sim: RunningServer, citylens_app: Starlette
) -> None:
    expected = [d.id for d in citylens_app.state.dataset.detections_in(START, END)]
    async with aio.connect(API_KEY, base_url=citylens_sim.base_url) as client:
        walk = aio.iter_detected_objects(client, START, END, page_size=700, prefetch=8)
        got = [o.id async for o in walk]
    assert got == expected
    assert walk.position == len(expected)


def test_walk_says_whether_the_result_is_complete(client: cl.AuthenticatedClient, citylens_app: Starlette) -> None:
    walk = cl.iter_detected_objects(client, START, END, detector_name="potholes", page_size=500)
    assert walk.processed is None  # nothing known before the first page
    with warnings.catch_warnings():
        warnings.simplefilter("error", cl.PartialResultsWarning)  # complete results: no warning
        count = sum(1 for _ in walk)
    assert count > 500
    # True when the pages said so; None when this server leaves `processed` out.
    assert walk.processed is citylens_app.state.answers.processed


@pytest.mark.canonical  # its own server, whose pages say `processed: false`
def test_partial_results_are_flagged_and_warned_once() -> None:
    with _server_with(PROCESSED=False) as (app, server), cl.connect(API_KEY, base_url=server.base_url) as client:
        walk = cl.iter_detected_objects(client, START, END, detector_name="potholes", page_size=100)
        with pytest.warns(cl.PartialResultsWarning, match="processed: false") as caught:
            got = [o.id for o in walk]
    assert got == [d.id for d in app.state.dataset.detections_in(START, END, "potholes")]
    assert len(app.state.requests) > 1 and len(caught) == 1  # once per walk, however many pages
    assert walk.processed is False


@pytest.mark.canonical  # its own server, whose pages say `processed: false`
async def test_async_walk_flags_partial_results() -> None:
    with _server_with(PROCESSED=False) as (_app, server):
        async with aio.connect(API_KEY, base_url=server.base_url) as client:
            walk = aio.iter_detected_objects(client, START, END, detector_name="signs", page_size=1000, prefetch=4)
            with pytest.warns(cl.PartialResultsWarning) as caught:
                count = len([o async for o in walk])
    assert count > 1000 and len(caught) == 1 and walk.processed is False


@pytest.mark.canonical  # its own server, clamping pages to 37 objects
@pytest.mark.parametrize("echo", ["asked", "served"])
async def test_walks_follow_pages_clamped_below_the_limit(echo: str) -> None:
    with _server_with(PAGE_CLAMP=37, LIMIT_ECHO=echo) as (app, server):
        expected = [d.id for d in app.state.dataset.detections_in(START, END, "potholes")]
        with cl.connect(API_KEY, base_url=server.base_url) as client:
            walk = cl.iter_detected_objects(client, START, END, detector_name="potholes", page_size=100)
            assert [o.id for o in walk] == expected
        assert walk.position == len(expected) and len(app.state.requests) == -(-len(expected) // 37)
        async with aio.connect(API_KEY, base_url=server.base_url) as client:
            prefetched = aio.iter_detected_objects(
                client, START, END, detector_name="potholes", page_size=100, prefetch=4
            )
            assert [o.id async for o in prefetched] == expected


def test_repeated_503_with_retry_after_backs_off(citylens_sim: RunningServer, citylens_app: Starlette) -> None:
    clock = FakeClock()
    citylens_app.state.faults.add(503, times=4, retry_after=1)
    with cl.connect(API_KEY, base_url=citylens_sim.base_url, clock=clock) as client:
        result = list_detectors.sync(client=client)
    assert isinstance(result, DetectorList)
    assert len(clock.sleeps) == 4
    assert min(clock.sleeps) >= 1  # Retry-After is the least wait...
    assert clock.sleeps[-1] >= 2 * clock.sleeps[0]  # ...and repeated refusals still back off
