"""The client a vendor package's `connect()` returns: it owns its settings and connections.

Every generated operation and helper takes it. It keeps the credential, the timeout,
the retry policy, the headers and the error mapping together, so a configured copy
(`with_options`) keeps all of them, and one `close()` (or `with` / `async with`)
closes every connection it opened, sync and async.
"""

from __future__ import annotations

import os
import ssl
import sys
import threading
from collections.abc import Iterable, Mapping
from typing import Any, Self

import attrs
import httpx

from .clock import Clock
from .credentials import Credential, origin_of
from .http import ConnectOptions, VendorInfo, build_async_client, build_sync_client
from .log import configure_from_env, get_logger
from .redact import redact_headers
from .retry import RetryPolicy
from .routing import Route
from .transport import BudgetSlot, RequestBudget, TransportSettings
from .validate import check_base_url, check_headers, check_retries, check_timeout

_KEEP: Any = object()  # "not given" for with_options, where None means "no timeout"


@attrs.frozen
class ClientConfig:
    """What a client was configured with, checked once, before any request."""

    base_url: str
    credential: Credential | None
    vendor: VendorInfo
    timeout: httpx.Timeout
    retries: RetryPolicy
    headers: Mapping[str, str]
    clock: Clock
    extra_origins: tuple[str, ...] = ()
    routes: tuple[Route, ...] = ()

    def settings(self) -> TransportSettings:
        return TransportSettings(
            credential=self.credential,
            origins=frozenset(origin_of(u) for u in (self.base_url, *self.extra_origins)),
            policy=self.retries,
            clock=self.clock,
            logger=get_logger(self.vendor.package),
            base_url=httpx.URL(self.base_url),
            routes=self.routes,
        )


class _Pools:
    """The connection pools under a client and every copy `with_options` makes of it,
    and the request budget they take turns from (`columnar/budget.py`), if any.

    Copies share them (a copy is cheap, and opens no sockets of its own); whichever
    closes first closes them for all, as in openai-python's `with_options`.
    """

    def __init__(self, options: ConnectOptions) -> None:
        self._options = options
        self._lock = threading.Lock()
        self._ssl: bool | str | ssl.SSLContext | None = None
        self._sync: httpx.BaseTransport | None = options.transport
        self._async: httpx.AsyncBaseTransport | None = options.async_transport
        self.budget = BudgetSlot()
        self.learned: dict[str, Any] = {}  # what requests taught of the server (`moved.py`)

    def _verify(self) -> bool | str | ssl.SSLContext:
        # One TLS context for both pools: building one costs more than the rest of connect().
        if self._ssl is None:
            self._ssl = _DefaultContext() if self._options.verify is True else self._options.verify
        return self._ssl

    def sync(self) -> httpx.BaseTransport:
        with self._lock:
            if self._sync is None:
                self._sync = httpx.HTTPTransport(verify=self._verify())
            return self._sync

    def async_(self) -> httpx.AsyncBaseTransport:
        with self._lock:
            if self._async is None:
                self._async = httpx.AsyncHTTPTransport(verify=self._verify())
            return self._async


class _DefaultContext(ssl.SSLContext):
    """`ssl.create_default_context()`, reading the system's CA certificates when the first
    TLS connection is made rather than when the pool is: reading them takes ~16 ms, more
    than the rest of `connect()` and a walk's first request together, and a client of a
    plain-HTTP server (a simulator, a service on the local network) never needs them.
    Every TLS connection goes through `wrap_socket` or `wrap_bio`."""

    def __new__(cls) -> _DefaultContext:
        return super().__new__(cls, ssl.PROTOCOL_TLS_CLIENT)  # verifies certificates and host names

    def __init__(self) -> None:
        super().__init__()
        self._loading = threading.Lock()
        self._loaded = False

    def _load(self) -> None:
        with self._loading:
            if not self._loaded:
                self.load_default_certs(ssl.Purpose.SERVER_AUTH)
                keylog = os.environ.get("SSLKEYLOGFILE")  # as create_default_context does
                if keylog and not sys.flags.ignore_environment:
                    self.keylog_filename = keylog
                self._loaded = True

    def wrap_socket(self, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
        self._load()
        return super().wrap_socket(*args, **kwargs)

    def wrap_bio(self, *args: Any, **kwargs: Any) -> ssl.SSLObject:
        self._load()
        return super().wrap_bio(*args, **kwargs)


class APIClient:
    """A client of one vendor's API, as `connect()` makes it.

    `with_options(...)` returns a copy with other settings and the same credential and
    connections. `close()` / `aclose()`, or `with` / `async with`, close them.
    """

    # openapi-python-client's generated code reads it; errors are always raised here.
    raise_on_unexpected_status = True

    def __init__(
        self,
        base_url: str,
        *,
        credential: Credential | None = None,
        vendor: VendorInfo | None = None,
        options: ConnectOptions | None = None,
        extra_origins: Iterable[str] = (),
        routes: tuple[Route, ...] = (),
    ) -> None:
        options = options or ConnectOptions()
        vendor = vendor or VendorInfo.of_package(type(self).__module__.partition(".")[0])
        configure_from_env(vendor.package, vendor.env_prefix)
        config = ClientConfig(
            base_url=check_base_url("base_url", base_url),
            credential=credential,
            vendor=vendor,
            timeout=check_timeout("timeout", options.timeout),
            retries=check_retries("retries", options.retries),
            headers={"User-Agent": vendor.user_agent, **check_headers("headers", options.headers)},
            clock=options.clock,
            extra_origins=tuple(extra_origins),
            routes=routes,
        )
        self._setup(config, _Pools(options))

    def _setup(self, config: ClientConfig, pools: _Pools) -> None:
        self._config = config
        self._pools = pools
        self._lock = threading.Lock()
        self._sync: httpx.Client | None = None
        self._async: httpx.AsyncClient | None = None

    # -- settings -------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._config.timeout

    @property
    def retries(self) -> RetryPolicy:
        return self._config.retries

    @property
    def headers(self) -> Mapping[str, str]:
        """The headers sent with every API request (the credential is added per request)."""
        return dict(self._config.headers)

    @property
    def clock(self) -> Clock:
        """The time source of retries, polling and downloads."""
        return self._config.clock

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = _KEEP,
        retries: RetryPolicy | bool | int | None = _KEEP,
        headers: Mapping[str, str] | None = None,
        base_url: str | None = None,
    ) -> Self:
        """A copy with other settings that keeps the rest: the credential, the retries,
        the error mapping and the connections. `headers` are added to (and override)
        the current ones; `timeout=None` means no limit."""
        changes: dict[str, Any] = {}
        if timeout is not _KEEP:
            changes["timeout"] = check_timeout("timeout", timeout)
        if retries is not _KEEP:
            changes["retries"] = check_retries("retries", retries)
        if headers is not None:
            changes["headers"] = {**self._config.headers, **check_headers("headers", headers)}
        if base_url is not None:
            changes["base_url"] = check_base_url("base_url", base_url)
        return self._evolve(**changes)

    def _evolve(self, **changes: Any) -> Self:
        """A copy with `changes` to its config, on the same connections. (`connect()`
        uses it to give a credential to a client that fetches that credential's tokens.)"""
        copy = object.__new__(type(self))
        copy._setup(attrs.evolve(self._config, **changes), self._pools)
        return copy

    # -- connections ----------------------------------------------------------------

    def _learned(self) -> dict[str, Any]:
        """What this client and its copies learned of their server (which path form it
        answers: `moved.py`), so a copy made by `with_options` does not ask again."""
        return self._pools.learned

    def _use_budget(self, budget: RequestBudget) -> None:
        """Every request of this client and its copies, sync and async, takes its turn
        from `budget` (for bulk pulls: `columnar/budget.py`'s `share_budget`)."""
        self._pools.budget.budget = budget

    def get_httpx_client(self) -> httpx.Client:
        """The httpx client the generated operations send with (opened on first use)."""
        with self._lock:
            if self._sync is None:
                self._sync = build_sync_client(self._config, self._pools.sync(), self._pools.budget)
            return self._sync

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The async httpx client (opened on first use)."""
        with self._lock:
            if self._async is None:
                self._async = build_async_client(self._config, self._pools.async_(), self._pools.budget)
            return self._async

    def close(self) -> None:
        """Close the connections this client (or a copy) opened. An async pool still
        open is closed by `aclose()`, which an `async with` calls."""
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        """Close every connection, sync and async."""
        if self._async is not None:
            await self._async.aclose()
        self.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        config = self._config
        credential = f"{config.credential.header_name}: [redacted]" if config.credential else None
        return (
            f"{type(self).__module__.partition('.')[0]}.{type(self).__name__}("
            f"base_url={config.base_url!r}, timeout={_seconds(config.timeout)}, "
            f"retries={config.retries.max_retries}, headers={redact_headers(config.headers)!r}, "
            f"credential={credential!r})"
        )


def _seconds(timeout: httpx.Timeout) -> str:
    values = {timeout.connect, timeout.read, timeout.write, timeout.pool}
    return repr(values.pop()) if len(values) == 1 else repr(timeout)
