"""The httpx clients under a vendor package's `Client`, and the options of `connect()`."""

from __future__ import annotations

import ssl
import sys
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, TypedDict

import attrs
import httpx

from .clock import SYSTEM_CLOCK, Clock
from .credentials import Credential
from .errors import APIConnectionError, error_from_response
from .redact import redact_url
from .retry import RetryPolicy
from .transport import APITransport, AsyncAPITransport, BudgetSlot
from .validate import check_option_names

if TYPE_CHECKING:
    from httpx._types import CookieTypes

    from .client import ClientConfig

DEFAULT_TIMEOUT = 30.0


@attrs.frozen
class VendorInfo:
    package: str
    distribution: str
    env_prefix: str

    @property
    def user_agent(self) -> str:
        return f"{self.distribution}/{self._version()} httpx/{httpx.__version__}"

    def _version(self) -> str:
        # The package's own `_version` (written at generation, the release its metadata
        # states too): reading the installed metadata costs ~10 ms on every connect().
        version = getattr(sys.modules.get(self.package), "__version__", None)
        if isinstance(version, str):
            return version
        from importlib import metadata  # only for a package without one

        try:
            return metadata.version(self.distribution)
        except metadata.PackageNotFoundError:
            return "0+unknown"

    @classmethod
    def of_package(cls, package: str) -> VendorInfo:
        """The facts of a package that follows the naming convention (`acme_client`)."""
        vendor = package.removesuffix("_client")
        return cls(package=package, distribution=f"{vendor}-client", env_prefix=vendor.upper())


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


@attrs.frozen
class ConnectOptions:
    """The settings shared by every vendor's `connect()` (see `ConnectKwargs`), as given."""

    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT
    retries: RetryPolicy | bool | int | None = True
    headers: Mapping[str, str] | None = None
    clock: Clock = SYSTEM_CLOCK
    verify: bool | str | ssl.SSLContext = True
    transport: httpx.BaseTransport | None = None
    async_transport: httpx.AsyncBaseTransport | None = None

    @classmethod
    def of(cls, options: Mapping[str, Any]) -> ConnectOptions:
        """The options `connect(**options)` was given; an unknown name is a `ParameterError`."""
        check_option_names(options, sorted(field.name for field in attrs.fields(cls)), "connect()")
        return cls(**options)


def build_sync_client(config: ClientConfig, pool: httpx.BaseTransport, slot: BudgetSlot) -> httpx.Client:
    """The httpx client a `Client` sends with: the credential added by the transport to
    requests for the API's origins (and removed from every other request, redirects
    included), retries, and statuses >= 400 raised as the package's typed errors."""
    hook = _error_hooks(config.credential)[0]
    return _APIClient(
        transport=APITransport(pool, config.settings(), slot), event_hooks={"response": [hook]}, **_same(config)
    )


def build_async_client(config: ClientConfig, pool: httpx.AsyncBaseTransport, slot: BudgetSlot) -> httpx.AsyncClient:
    """The async form of `build_sync_client`."""
    hook = _error_hooks(config.credential)[1]
    transport = AsyncAPITransport(pool, config.settings(), slot)
    return _AsyncAPIClient(transport=transport, event_hooks={"response": [hook]}, **_same(config))


def _same(config: ClientConfig) -> dict[str, Any]:
    """What the sync and async httpx clients share."""
    return {
        "base_url": config.base_url,
        "headers": dict(config.headers),
        "timeout": config.timeout,
        "follow_redirects": True,
    }


def _outside_error(request: httpx.Request, error: Exception) -> APIConnectionError:
    """httpx errors raised outside the transport (redirect loops, a URL httpx cannot use)
    in our hierarchy, with the URL redacted."""
    what = "too many redirects" if isinstance(error, httpx.TooManyRedirects) else f"{type(error).__name__}: {error}"
    return APIConnectionError(what, method=request.method, url=redact_url(request.url))


class _Cookies(httpx.Cookies):
    """The cookie jar of our httpx clients. httpx hands every response to
    `extract_cookies`, which wraps it and its request for `http.cookiejar` even when it
    sets no cookie: about a tenth of the CPU of a small request. The jar reads only these
    two headers, so skipping a response without them changes nothing."""

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers or "set-cookie2" in response.headers:
            super().extract_cookies(response)


class _CookieJar:
    """`cookies` as httpx's clients have it, holding a `_Cookies` (httpx reads and sets
    the jar through this property only; its constructor's own jar goes unused)."""

    _jar: _Cookies | None = None

    @property
    def cookies(self) -> httpx.Cookies:
        if self._jar is None:
            self._jar = _Cookies()
        return self._jar

    @cookies.setter
    def cookies(self, cookies: CookieTypes) -> None:
        self._jar = _Cookies(cookies)


class _APIClient(_CookieJar, httpx.Client):
    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        try:
            return super().send(request, **kwargs)
        except (httpx.TooManyRedirects, httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
            raise _outside_error(request, error) from error


class _AsyncAPIClient(_CookieJar, httpx.AsyncClient):
    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        try:
            return await super().send(request, **kwargs)
        except (httpx.TooManyRedirects, httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
            raise _outside_error(request, error) from error


def _error_hooks(
    credential: Credential | None,
) -> tuple[Callable[[httpx.Response], None], Callable[[httpx.Response], Awaitable[None]]]:
    # Secrets are asked for at raise time: a token credential's secrets change.
    def secrets() -> tuple[str, ...]:
        return tuple(credential.secrets()) if credential else ()

    def raise_for_status(response: httpx.Response) -> None:
        if response.status_code >= 400:
            response.read()
            raise error_from_response(response, secrets())

    async def araise_for_status(response: httpx.Response) -> None:
        if response.status_code >= 400:
            await response.aread()
            raise error_from_response(response, secrets())

    return raise_for_status, araise_for_status
