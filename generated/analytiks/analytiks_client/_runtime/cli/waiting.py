"""A command that waits for a job: its options (`--timeout`, `--poll-interval`,
`--progress`) gathered into one `Waiting`, and the wait, with the job's status shown
as it goes (see `status_line`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import attrs

from .exit_codes import Interrupted
from .options import FC, gathered, poll_interval_option, progress_option, show_progress, timeout_option
from .status_line import StatusLine

T = TypeVar("T")


@attrs.frozen
class Waiting:
    """How long and how often to look at a job, and whether to show progress."""

    timeout: float
    poll_interval: float | None
    """None: the helper's own (a command without `--poll-interval`)."""
    progress: bool

    def wait(self, label: str, wait: Callable[..., T], *, interrupted: str | None = None) -> T:
        """`wait(**wait options)` (a helper's `wait_for_*`), each status it sees shown
        after `label`. With `interrupted` (what becomes of the job), Ctrl-C ends the
        command as `Interrupted("<label> <interrupted>")`; without, it is left to the caller."""
        interval = {} if self.poll_interval is None else {"poll_interval": self.poll_interval}
        with StatusLine(label, live=self.progress) as line:
            try:
                return wait(timeout=self.timeout, on_status=lambda job: line(job.status), **interval)
            except KeyboardInterrupt:
                if interrupted is None:
                    raise
                raise Interrupted(f"{label} {interrupted}") from None


def _gather(timeout: float, poll_interval: float, progress: bool | None) -> Waiting:
    return Waiting(timeout, poll_interval, show_progress(progress))


def waiting_options(what: str = "the export to complete") -> Callable[[FC], FC]:
    """The options of a command that waits for a job; the command gets `waiting`."""
    return gathered(
        "waiting",
        ["timeout", "poll_interval", "progress"],
        _gather,
        timeout_option(what),
        poll_interval_option(),
        progress_option(),
    )
