"""A running simulator as its user sees it: where it is, what it accepts, and its controls."""

from __future__ import annotations

import shlex
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import TracebackType

from starlette.applications import Starlette

from vision_api_sims.kit import Faults, RecordedRequest
from vision_api_sims.server import RunningServer

__all__ = ["Sim"]


@dataclass
class Sim:
    """One vendor's simulator, served on 127.0.0.1 (its API host and, for vendors that
    have them, a storage or token host).

    - `base_url`, `urls` (every host by role), `credentials` (what it accepts, by the
      name `connect` gives the parameter), `env` (what the vendor's command line reads),
      `connect_line` (a `connect(...)` call to paste);
    - `fault(429, times=3)` refuses the next requests, `latency` and `fail_rate` slow
      or break every request, `advance(3600)` makes an hour pass (jobs finish, signed
      URLs and tokens expire), `requests()` lists what the API received;
    - `stop()`, or use it in `with`.
    """

    vendor: str
    servers: Mapping[str, RunningServer]
    apps: Mapping[str, Starlette]
    credentials: Mapping[str, str]
    env: Mapping[str, str]
    connect_line: str
    advance_clock: Callable[[float], None]
    notes: tuple[str, ...] = ()
    _stopped: bool = field(default=False, repr=False)

    @property
    def base_url(self) -> str:
        """The URL of the API host (Analytiks: the exports host)."""
        return self.servers["api"].base_url

    @property
    def urls(self) -> dict[str, str]:
        return {role: server.base_url for role, server in self.servers.items()}

    @property
    def app(self) -> Starlette:
        """The API app: its `state` holds the simulator's data and switches."""
        return self.apps["api"]

    @property
    def faults(self) -> Faults:
        faults: Faults = self.app.state.faults
        return faults

    def fault(self, status: int, *, times: int = 1, retry_after: float | None = None, path_prefix: str = "") -> None:
        """Answer the next `times` API requests (under `path_prefix`) with `status`."""
        self.faults.add(status, times=times, retry_after=retry_after, path_prefix=path_prefix)

    @property
    def latency(self) -> float:
        return self.faults.latency

    @latency.setter
    def latency(self, seconds: float) -> None:
        for app in self.apps.values():
            app.state.faults.latency = seconds

    @property
    def fail_rate(self) -> float:
        return self.faults.fail_rate

    @fail_rate.setter
    def fail_rate(self, share: float) -> None:
        self.faults.fail_rate = share

    def advance(self, seconds: float) -> None:
        """Make `seconds` of simulated time pass at once."""
        self.advance_clock(seconds)

    def requests(self, role: str = "api") -> list[RecordedRequest]:
        """What the host of `role` received, oldest first (method, path, query, headers, body, status)."""
        log: list[RecordedRequest] = self.apps[role].state.request_log
        return list(log)

    def reset(self) -> None:
        """Forget the requests received and the faults not yet used (data and time stay)."""
        for app in self.apps.values():
            app.state.requests.clear()
            app.state.request_log.clear()
            app.state.faults.queue.clear()

    def export_line(self) -> str:
        """The shell line that points the vendor's command line at this simulator."""
        return "export " + " ".join(f"{name}={shlex.quote(value)}" for name, value in self.env.items())

    def stop(self) -> None:
        """Shut every host down; calling it twice is harmless."""
        if not self._stopped:
            self._stopped = True
            for server in self.servers.values():
                server.stop()

    def __enter__(self) -> Sim:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()
