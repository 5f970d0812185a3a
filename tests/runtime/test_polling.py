"""The job poller: intervals, hints, deadline, failure, cancellation, progress."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest

from citylens_client import JobCancelledError, JobFailedError, JobTimeoutError, ParameterError
from citylens_client._runtime.polling import JobSpec, PollPolicy, apoll, poll
from tests.conftest import FakeClock

Status = dict[str, object]


def _job(**kwargs: Callable[[Status], object]) -> JobSpec[Status]:
    return JobSpec(
        job_id="job-1",
        is_done=lambda s: s["status"] == "completed",
        failure=lambda s: str(s["message"]) if s["status"] == "failed" else None,
        **kwargs,  # type: ignore[arg-type]
    )


def _statuses(*values: Status) -> Callable[[], Status]:
    it: Iterator[Status] = iter(values)
    return lambda: next(it)


def _s(status: str, **extra: object) -> Status:
    return {"status": status, **extra}


def test_waits_with_growing_intervals_until_done(clock: FakeClock) -> None:
    fetch = _statuses(_s("pending"), _s("processing"), _s("processing"), _s("completed", n=3))
    result = poll(fetch, _job(), policy=PollPolicy(interval=1, factor=2, max_interval=3), clock=clock)
    assert result == _s("completed", n=3)
    assert clock.sleeps == [1, 2, 3]


def test_server_hint_brings_a_look_forward_but_never_puts_it_off(clock: FakeClock) -> None:
    # An estimate 20 s away does not stretch the caller's 1 s interval; one 0.1 s away
    # shortens the next wait, but not below half a second (no tight loop); one already
    # past (negative) leaves the interval as it is.
    fetch = _statuses(_s("processing", eta=20), _s("processing", eta=0.1), _s("processing", eta=-5), _s("completed"))
    policy = PollPolicy(interval=1, factor=1, max_interval=10)
    poll(fetch, _job(hint=lambda s: s.get("eta")), policy=policy, clock=clock)
    assert clock.sleeps == [1, 0.5, 1]


def test_failed_job_raises_with_the_vendor_message(clock: FakeClock) -> None:
    fetch = _statuses(_s("processing"), _s("failed", message="limit above 100000"))
    with pytest.raises(JobFailedError, match="limit above 100000") as caught:
        poll(fetch, _job(), clock=clock)
    assert caught.value.job_id == "job-1" and caught.value.reason == "limit above 100000"


def test_deadline_raises_a_timeout_that_names_the_job_and_last_status(clock: FakeClock) -> None:
    def fetch() -> Status:
        return _s("processing")

    with pytest.raises(JobTimeoutError, match="job-1") as caught:
        poll(fetch, _job(), policy=PollPolicy(interval=4, factor=1, timeout=10), clock=clock)
    assert sum(clock.sleeps) == 10 and clock.sleeps == [4, 4, 2]
    assert "processing" in str(caught.value.last_status)


def test_cancel_stops_waiting(clock: FakeClock) -> None:
    cancel = threading.Event()
    calls = 0

    def fetch() -> Status:
        nonlocal calls
        calls += 1
        if calls == 2:
            cancel.set()
        return _s("processing")

    with pytest.raises(JobCancelledError):
        poll(fetch, _job(), clock=clock, cancel=cancel)
    assert calls == 2


def test_on_status_sees_every_status(clock: FakeClock) -> None:
    seen: list[object] = []
    poll(_statuses(_s("pending"), _s("completed")), _job(), clock=clock, on_status=lambda s: seen.append(s["status"]))
    assert seen == ["pending", "completed"]


async def test_async_poll_behaves_the_same(clock: FakeClock) -> None:
    statuses = iter([_s("pending"), _s("processing"), _s("failed", message="boom")])

    async def fetch() -> Status:
        return next(statuses)

    with pytest.raises(JobFailedError, match="boom"):
        await apoll(fetch, _job(), policy=PollPolicy(interval=1, factor=3, max_interval=100), clock=clock)
    assert clock.sleeps == [1, 3]


def test_bad_policy_is_refused_naming_the_parameter() -> None:
    with pytest.raises(ParameterError, match="poll_interval"):
        PollPolicy(interval=-1)


def test_every_wait_refuses_a_misspelt_option_before_any_request() -> None:
    import pictograph_client as pg
    import scopix_client as sx

    # No server listens on port 9: a request would be a connection error, not this one.
    export_id = "8f9c1b2a-0000-4000-8000-000000000000"
    scopix = sx.connect("scopix_key", base_url="http://127.0.0.1:9", retries=False)
    with scopix as client, pytest.raises(sx.ParameterError, match="poll_intervall"):
        sx.wait_for_export(client, export_id, poll_intervall=1)  # type: ignore[call-arg]
    pictograph = pg.connect("pk_live_x", base_url="http://127.0.0.1:9", retries=False)
    with pictograph as client, pytest.raises(pg.ParameterError, match="timeout"):
        pg.export(client, "dataset", "name", "out.zip", timeout=-1)
