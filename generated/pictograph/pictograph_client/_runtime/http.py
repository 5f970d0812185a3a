"""Building the httpx clients a vendor package's `connect()` returns."""

from __future__ import annotations

import ssl
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any, Protocol, TypedDict

import attrs
import httpx

from .clock import SYSTEM_CLOCK, Clock
from .credentials import Credential, origin_of
from .errors import APIConnectionError, error_from_response
from .log import configure_from_env, get_logger
from .redact import redact_url
from .retry import RetryPolicy
from .routing import Route
from .transport import APITransport, AsyncAPITransport, TransportSettings
from .validate import check_base_url, check_timeout

DEFAULT_TIMEOUT = 30.0


@attrs.frozen
class VendorInfo:
    package: str
    distribution: str
    env_prefix: str

    @property
    def user_agent(self) -> str:
        from importlib import metadata  # here: importing it costs ~10 ms, and only connect() needs it

        try:
            version = metadata.version(self.distribution)
        except metadata.PackageNotFoundError:
            version = "0+unknown"
        return f"{self.distribution}/{version} httpx/{httpx.__version__}"


class ConnectKwargs(TypedDict, total=False):
    """Options every vendor's `connect()` takes.

    timeout: seconds for each request (connect, read, write, pool), an `httpx.Timeout`,
        or None for no limit. Default 30.
    retries: a `RetryPolicy`, True (the default policy), False (off), or a number of retries.
    headers: extra headers for every API request.
    clock: the time source for retries, polling and downloads (tests inject a fake one).
    verify: TLS verification, as for httpx.
    transport, async_transport: the innermost httpx transports (tests and proxies).
    """

    timeout: float | httpx.Timeout | None
    retries: RetryPolicy | bool | int | None
    headers: Mapping[str, str] | None
    clock: Clock
    verify: bool | str | ssl.SSLContext
    transport: httpx.BaseTransport | None
    async_transport: httpx.AsyncBaseTransport | None


class GeneratedClient(Protocol):
    """The part of openapi-python-client's `Client`/`AuthenticatedClient` we use."""

    def set_httpx_client(self, client: httpx.Client) -> Any: ...

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Any: ...

    def get_httpx_client(self) -> httpx.Client: ...

    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


@attrs.frozen
class ConnectOptions:
    """The settings shared by every vendor's `connect()`."""

    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT
    retries: RetryPolicy | bool | int | None = True
    headers: Mapping[str, str] | None = None
    clock: Clock = SYSTEM_CLOCK
    verify: bool | str | ssl.SSLContext = True
    transport: httpx.BaseTransport | None = None
    async_transport: httpx.AsyncBaseTransport | None = None


def build_http_clients(
    *,
    base_url: str,
    credential: Credential | None,
    vendor: VendorInfo,
    options: ConnectOptions,
    extra_origins: Iterable[str] = (),
    routes: tuple[Route, ...] = (),
) -> tuple[httpx.Client, httpx.AsyncClient]:
    """A sync and an async httpx client with the same configuration.

    The credential is added by the transport to requests for `base_url`'s origin (and
    `extra_origins`) and removed from every other request, redirects included.
    Responses with status >= 400 raise the package's typed `APIError`s.
    """
    check_base_url("base_url", base_url)
    timeout = check_timeout("timeout", options.timeout)
    policy = RetryPolicy.coerce(options.retries)
    configure_from_env(vendor.package, vendor.env_prefix)
    settings = TransportSettings(
        credential=credential,
        origins=frozenset(origin_of(u) for u in (base_url, *extra_origins)),
        policy=policy,
        clock=options.clock,
        logger=get_logger(vendor.package),
        base_url=httpx.URL(base_url),
        routes=routes,
    )
    raise_sync, raise_async = _error_hooks(lambda: tuple(credential.secrets()) if credential else ())
    headers = {"User-Agent": vendor.user_agent, **(options.headers or {})}
    # One TLS context for both clients: building one costs more than the rest of connect().
    verify: bool | str | ssl.SSLContext = options.verify
    if verify is True:
        verify = ssl.create_default_context()
    sync_inner = options.transport or httpx.HTTPTransport(verify=verify)
    async_inner = options.async_transport or httpx.AsyncHTTPTransport(verify=verify)
    sync_client = _APIClient(
        base_url=base_url,
        headers=headers,
        timeout=timeout,
        follow_redirects=True,
        transport=APITransport(sync_inner, settings),
        event_hooks={"response": [raise_sync]},
    )
    async_client = _AsyncAPIClient(
        base_url=base_url,
        headers=headers,
        timeout=timeout,
        follow_redirects=True,
        transport=AsyncAPITransport(async_inner, settings),
        event_hooks={"response": [raise_async]},
    )
    return sync_client, async_client


def _outside_error(request: httpx.Request, error: Exception) -> APIConnectionError:
    """httpx errors raised outside the transport (redirect loops, a URL httpx cannot use)
    in our hierarchy, with the URL redacted."""
    what = "too many redirects" if isinstance(error, httpx.TooManyRedirects) else f"{type(error).__name__}: {error}"
    return APIConnectionError(what, method=request.method, url=redact_url(request.url))


class _APIClient(httpx.Client):
    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        try:
            return super().send(request, **kwargs)
        except (httpx.TooManyRedirects, httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
            raise _outside_error(request, error) from error


class _AsyncAPIClient(httpx.AsyncClient):
    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        try:
            return await super().send(request, **kwargs)
        except (httpx.TooManyRedirects, httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
            raise _outside_error(request, error) from error


def clock_of(client: GeneratedClient) -> Clock:
    """The clock `connect()` was given, for helpers that wait (polling, resuming)."""
    transport = getattr(client.get_httpx_client(), "_transport", None)
    return transport.settings.clock if isinstance(transport, APITransport) else SYSTEM_CLOCK


def attach(
    client: GeneratedClient,
    *,
    base_url: str,
    credential: Credential | None,
    vendor: VendorInfo,
    options: ConnectKwargs,
    extra_origins: Iterable[str] = (),
    routes: tuple[Route, ...] = (),
) -> None:
    """Give a generated client our configured httpx clients (both sync and async)."""
    sync_client, async_client = build_http_clients(
        base_url=base_url,
        credential=credential,
        vendor=vendor,
        options=ConnectOptions(**options),
        extra_origins=extra_origins,
        routes=routes,
    )
    client.set_httpx_client(sync_client)
    client.set_async_httpx_client(async_client)


def _error_hooks(
    secrets: Callable[[], tuple[str, ...]],
) -> tuple[Callable[[httpx.Response], None], Callable[[httpx.Response], Awaitable[None]]]:
    # Secrets are asked for at raise time: a token credential's secrets change.
    def raise_for_status(response: httpx.Response) -> None:
        if response.status_code >= 400:
            response.read()
            raise error_from_response(response, secrets())

    async def araise_for_status(response: httpx.Response) -> None:
        if response.status_code >= 400:
            await response.aread()
            raise error_from_response(response, secrets())

    return raise_for_status, araise_for_status
