"""Jobs as data: one table entry per status operation drives its `wait_for_*` (and,
for a job that ends in a file, its `download_*`).

A spec marks the operation that reads a job's status with `x-wait`, and generation
writes the entry and the typed helpers (scripts/job_helpers.py), e.g.

    _EXPORT = StatusOperation(get_export, done=("DONE",), failed=("FAILED",), url="meta.url", verify=check_zip)

So every wait of every vendor takes the same `WaitOptions`, checked the same way before
any request, and reads a status the same liberal way: a field path may end in a key the
spec does not document (kept in the model's `additional_properties`), statuses compare
without regard to case, and an absent or odd value is "not said".
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any, Generic, TypeVar

import attrs

# Modules, not names: the sync twin written at generation calls their sync functions.
from . import download, polling
from .clock import Clock
from .download import Verifier
from .errors import UnexpectedResponseError
from .files import FileOptions, file_options
from .lenient import field
from .polling import JobSpec, WaitOptions, waiting

S = TypeVar("S")


@attrs.frozen
class StatusOperation(Generic[S]):
    """An operation that answers a job's status, from the job's path parameters.

    status: the field holding the state; done / failed: its values that end the wait
    (compared without regard to case). reason: where a failed job says why. hint: an
    aware datetime at which the server expects the job done (it can bring a look
    forward). progress: a 0..1 fraction shown beside the state. url / size / verify: for
    a job that ends in a file, where its (signed, expiring) URL and byte size are, and
    how the downloaded file is checked; url_operation: the operation that answers them,
    from the same path parameters, when it is not this one (it refuses a job not done,
    so the download asks it at once instead of waiting). label_parts: how many of the
    last path parameters name the job in errors (joined by `/`).
    """

    operation: ModuleType  # a generated operation: its `sync` and `asyncio` functions
    done: tuple[str, ...]
    failed: tuple[str, ...] = ()
    status: str = "status"
    reason: str | None = None
    hint: str | None = None
    progress: str | None = None
    poll_interval: float = 2.0
    url: str | None = None
    size: str | None = None
    verify: Verifier | None = None
    url_operation: ModuleType | None = None
    label_parts: int = 1

    def job(self, job_id: str, clock: Clock) -> JobSpec[S]:
        """How `poll` reads this operation's answers."""
        done = {value.casefold() for value in self.done}
        failed = {value.casefold() for value in self.failed}

        def state(answer: S) -> str:
            return str(field(answer, self.status))

        def failure(answer: S) -> str | None:
            if state(answer).casefold() not in failed:
                return None
            said = field(answer, self.reason)
            return str(said) if said else "the job failed (no reason given)"

        def hint(answer: S) -> float | None:
            eta = field(answer, self.hint)
            aware = isinstance(eta, datetime) and eta.tzinfo is not None
            return (eta - clock.now()).total_seconds() if aware else None

        def describe(answer: S) -> str:
            share = field(answer, self.progress)
            known = isinstance(share, float | int) and not isinstance(share, bool)
            return state(answer) + (f" {share:.0%}" if known else "")

        return JobSpec(job_id, lambda a: state(a).casefold() in done, failure, hint, describe)

    def file(self, answer: Any) -> tuple[str, int | None]:
        """A finished job's file: its URL and, when the job (or the URL operation) says, its size."""
        url, size = field(answer, self.url), field(answer, self.size)
        if not isinstance(url, str) or not url:
            state = field(answer, self.status)
            operation = (self.url_operation or self.operation).__name__.rsplit(".", 1)[-1]
            raise UnexpectedResponseError(f"{operation}: {self.url} missing ({state})")
        return url, size if isinstance(size, int) and not isinstance(size, bool) and size >= 0 else None

    def _waiting(self, client: Any, path: tuple[Any, ...], wait: WaitOptions[S]) -> tuple[JobSpec[S], Any]:
        label = "/".join(str(part) for part in path[-self.label_parts :])
        return self.job(label, client.clock), waiting(wait, poll_interval=self.poll_interval)

    async def awatch(self, client: Any, *path: Any, wait: WaitOptions[S], known: S | None = None) -> S:
        """Poll until the job is done (`watch` for a sync client, `awatch` for an async
        one); `JobFailedError` if it fails, `JobTimeoutError` when the wait runs out.
        `known`: a status already in hand, polled first (a wait that starts from it does
        not read the status again without the poll gap)."""
        job, arguments = self._waiting(client, path, wait)  # checked before any request
        first = [] if known is None else [known]

        async def status() -> S:
            if first:
                return first.pop()
            answer: S = await self.operation.asyncio(*path, client=client)
            return answer

        done: S = await polling.apoll(status, job, clock=client.clock, **arguments)
        return done

    async def asave(self, client: Any, *path: Any, dest: str | os.PathLike[str], file: FileOptions) -> Path:
        """Download a finished job's file to `dest` (verified, atomic); a signed URL that
        expires on the way is renewed from a fresh look at the job."""

        async def finished() -> tuple[str, int | None]:
            # The status once done; or, from a URL operation, its answer (it refuses a job not done).
            if self.url_operation is None:
                return self.file(await self.awatch(client, *path, wait={}))
            return self.file(await self.url_operation.asyncio(*path, client=client))

        async def fresh_url() -> str:
            return (await finished())[0]

        url, size = await finished()

        http = client.get_async_httpx_client()
        return await download.adownload(
            http,
            url,
            dest,
            expected_size=size,
            verify=self.verify,
            refresh_url=fresh_url,
            clock=client.clock,
            **file_options(file),
        )

    # Written from the async form above at generation (scripts/sync_twins.py): edit that, not this.
    def watch(self, client: Any, *path: Any, wait: WaitOptions[S], known: S | None = None) -> S:
        """Poll until the job is done (`watch` for a sync client, `awatch` for an async
        one); `JobFailedError` if it fails, `JobTimeoutError` when the wait runs out.
        `known`: a status already in hand, polled first (a wait that starts from it does
        not read the status again without the poll gap)."""
        job, arguments = self._waiting(client, path, wait)  # checked before any request
        first = [] if known is None else [known]

        def status() -> S:
            if first:
                return first.pop()
            answer: S = self.operation.sync(*path, client=client)
            return answer

        done: S = polling.poll(status, job, clock=client.clock, **arguments)
        return done

    def save(self, client: Any, *path: Any, dest: str | os.PathLike[str], file: FileOptions) -> Path:
        """Download a finished job's file to `dest` (verified, atomic); a signed URL that
        expires on the way is renewed from a fresh look at the job."""

        def finished() -> tuple[str, int | None]:
            # The status once done; or, from a URL operation, its answer (it refuses a job not done).
            if self.url_operation is None:
                return self.file(self.watch(client, *path, wait={}))
            return self.file(self.url_operation.sync(*path, client=client))

        def fresh_url() -> str:
            return (finished())[0]

        url, size = finished()

        http = client.get_httpx_client()
        return download.download(
            http,
            url,
            dest,
            expected_size=size,
            verify=self.verify,
            refresh_url=fresh_url,
            clock=client.clock,
            **file_options(file),
        )
