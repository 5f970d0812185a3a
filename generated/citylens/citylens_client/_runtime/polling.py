"""Waiting for long-running jobs: growing intervals, server hints, a deadline,
cancellation and status callbacks, with the same behaviour sync and async."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Generic, Protocol, TypedDict, TypeVar

import attrs

from . import tracing
from .clock import SYSTEM_CLOCK, Clock
from .errors import JobCancelledError, JobFailedError, JobTimeoutError
from .validate import check_number, check_option_names

S = TypeVar("S")

# The shortest wait a server's estimate can ask for: an estimate a moment away is not a
# reason to poll in a tight loop.
_MIN_HINTED_WAIT = 0.5


class Cancellation(Protocol):
    """Anything with `is_set()`: a `threading.Event`, an `asyncio.Event`."""

    def is_set(self) -> bool: ...


@attrs.frozen
class PollPolicy:
    """Intervals start at `interval` and grow by `factor` up to `max_interval`; waiting
    stops after `timeout` seconds (None: no deadline)."""

    interval: float = 2.0
    factor: float = 1.5
    max_interval: float = 30.0
    timeout: float | None = 600.0

    def __attrs_post_init__(self) -> None:
        check_number("poll_interval", self.interval, minimum=0)
        check_number("factor", self.factor, minimum=1)
        check_number("max_interval", self.max_interval, minimum=0)
        if self.timeout is not None:
            check_number("timeout", self.timeout, minimum=0)


# How long a helper waits for a job unless told otherwise: exports of a large project
# take many minutes, and a deadline the user did not choose should not cut them short.
DEFAULT_WAIT_TIMEOUT = 1800.0


class WaitOptions(TypedDict, Generic[S], total=False):
    """What every `wait_for_*` and `export*` helper takes, for the wait on its job.

    timeout: seconds to wait in all (None: no deadline); default 1800. After it,
        `JobTimeoutError`; the job goes on.
    poll_interval: seconds between the first looks; it grows 1.5x up to 30 s, and a
        server's estimate can bring a look forward.
    on_status: called with every status seen.
    cancel: anything with `is_set()` (a `threading.Event`): once set, `JobCancelledError`.
    """

    timeout: float | None
    poll_interval: float
    on_status: Callable[[S], None] | None
    cancel: Cancellation | None


class PollArguments(TypedDict, Generic[S]):
    """`poll`'s keyword arguments for a helper's wait options."""

    policy: PollPolicy
    on_status: Callable[[S], None] | None
    cancel: Cancellation | None


def waiting(options: WaitOptions[S], *, poll_interval: float = 2.0) -> PollArguments[S]:
    """`poll`'s arguments from the wait options a helper was given, checked before any
    request; `poll_interval` is the helper's default."""
    check_option_names(options, WaitOptions.__annotations__, "a wait")
    policy = PollPolicy(
        interval=options.get("poll_interval", poll_interval), timeout=options.get("timeout", DEFAULT_WAIT_TIMEOUT)
    )
    return {"policy": policy, "on_status": options.get("on_status"), "cancel": options.get("cancel")}


@attrs.frozen
class JobSpec(Generic[S]):
    """How to read a job's status: is it done, did it fail (the reason), a hint in
    seconds for the next check (e.g. from an estimated completion time; it can shorten
    a wait, never lengthen it)."""

    job_id: str
    is_done: Callable[[S], bool]
    failure: Callable[[S], str | None]
    hint: Callable[[S], float | None] = lambda _status: None
    describe: Callable[[S], str] = str


@attrs.define
class _Schedule(Generic[S]):
    """The decisions of one wait, shared by `poll` and `apoll`."""

    job: JobSpec[S]
    policy: PollPolicy
    clock: Clock
    on_status: Callable[[S], None] | None
    cancel: Cancellation | None
    started: float = attrs.field(init=False)
    interval: float = attrs.field(init=False)
    checks: int = 0

    def __attrs_post_init__(self) -> None:
        self.started = self.clock.monotonic()
        self.interval = self.policy.interval

    def check_cancelled(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise JobCancelledError(self.job.job_id, f"stopped waiting for job {self.job.job_id}; it goes on")

    def next_wait(self, status: S) -> float | None:
        """None when the job is done; raises when it failed or time is up."""
        self.checks += 1
        if self.on_status is not None:
            self.on_status(status)
        reason = self.job.failure(status)
        if reason is not None:
            raise JobFailedError(self.job.job_id, reason)
        if self.job.is_done(status):
            return None
        waited = self.clock.monotonic() - self.started
        hinted = self.job.hint(status)
        wait = self.interval
        if hinted is not None and hinted > 0:
            # A server's estimate may bring the next look forward, never put it off: the
            # caller's interval is the longest they agreed to wait between looks. An
            # estimate already past says nothing new; the usual interval applies.
            wait = min(wait, max(hinted, min(_MIN_HINTED_WAIT, self.policy.interval)))
        self.interval = min(self.interval * self.policy.factor, self.policy.max_interval)
        if self.policy.timeout is not None:
            remaining = self.policy.timeout - waited
            if remaining <= 0:
                raise JobTimeoutError(self.job.job_id, waited, self.job.describe(status))
            wait = min(wait, remaining)
        return wait


async def apoll(
    fetch: Callable[[], Awaitable[S]],
    job: JobSpec[S],
    *,
    policy: PollPolicy | None = None,
    clock: Clock = SYSTEM_CLOCK,
    on_status: Callable[[S], None] | None = None,
    cancel: Cancellation | None = None,
) -> S:
    """Fetch the job's status until it is done; return the final status (`poll` is the
    sync form, `apoll` the async one, where cancelling the task also stops the wait)."""
    schedule = _Schedule(job, policy or PollPolicy(), clock, on_status, cancel)
    while True:
        schedule.check_cancelled()
        status = await fetch()
        wait = schedule.next_wait(status)
        if wait is None:
            return status
        with tracing.poll_wait(job.job_id, job.describe(status), wait):
            await clock.asleep(wait)


# Written from the async form above at generation (scripts/sync_twins.py): edit that, not this.
def poll(
    fetch: Callable[[], S],
    job: JobSpec[S],
    *,
    policy: PollPolicy | None = None,
    clock: Clock = SYSTEM_CLOCK,
    on_status: Callable[[S], None] | None = None,
    cancel: Cancellation | None = None,
) -> S:
    """Fetch the job's status until it is done; return the final status (`poll` is the
    sync form, `apoll` the async one, where cancelling the task also stops the wait)."""
    schedule = _Schedule(job, policy or PollPolicy(), clock, on_status, cancel)
    while True:
        schedule.check_cancelled()
        status = fetch()
        wait = schedule.next_wait(status)
        if wait is None:
            return status
        with tracing.poll_wait(job.job_id, job.describe(status), wait):
            clock.sleep(wait)
