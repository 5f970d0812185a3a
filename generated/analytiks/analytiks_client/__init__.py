"""Typed client for the Analytiks JSON Exports API.

    import os
    from datetime import UTC, datetime
    import analytiks_client as ak

    # Your client credentials; the URLs only to reach other servers (`vision-sim analytiks` prints a simulator's).
    client_id, client_secret = os.environ["ANALYTIKS_CLIENT_ID"], os.environ["ANALYTIKS_CLIENT_SECRET"]
    hosts = {name: os.environ[f"ANALYTIKS_{name.upper()}"] for name in ("exports_url", "token_url")
             if f"ANALYTIKS_{name.upper()}" in os.environ}

    with ak.connect(client_id, client_secret, **hosts) as client:   # token fetched, cached, renewed for you
        start, end = datetime(2023, 6, 1, tzinfo=UTC), datetime(2023, 6, 23, tzinfo=UTC)
        data = ak.fetch_camera_data(client, start, end, locations=range(1, 138), interval="15min", progress=True)
        data.locations[1].metrics["visits"]                 # {datetime: count}
        data.failed_locations                               # ids these credentials may not read
        week = datetime(2023, 6, 6, tzinfo=UTC)
        for series in ak.iter_camera_data(client, start, week, brand_id=1234):  # the v3 cursor walk (5 days at most)
            ...

`connect()` returns the package's `Client`; the helpers take it. Their async forms,
with the same names, are in `analytiks_client.aio`; every operation of the API is in
`analytiks_client.api`, its models in `analytiks_client.models`. The README has the rest.
"""

# Written at generation (scripts/package_init.py): the same exports in every package.
# Each name is imported where it lives on first use (PEP 562 `__getattr__`, below), so a
# plain `import analytiks_client` does not pay for httpx, the operations and the models: a
# program (or a CLI's `--help`) loads only what it touches.
from typing import TYPE_CHECKING

from ._version import __version__ as __version__  # the release, written at generation

if TYPE_CHECKING:  # what type checkers and editors see: every name, from where it lives
    from ._runtime.errors import *  # noqa: F403 - the one error hierarchy, listed in its __all__
    from ._runtime.public import *  # noqa: F403 - the option types, listed in its __all__
    from .client import AuthenticatedClient, Client
    from .helpers import *  # noqa: F403 - connect, the helpers and their types, listed in its __all__


# A list written out (not built) so that type checkers and editors see every name.
__all__ = [
    "APIConnectionError",
    "ArchiveError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DestinationExistsError",
    "DownloadError",
    "DownloadVerificationError",
    "InternalServerError",
    "JobCancelledError",
    "JobError",
    "JobFailedError",
    "JobTimeoutError",
    "NotFoundError",
    "ParameterError",
    "ParameterTypeError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "VisionAPIError",
    "ConnectKwargs",
    "ExportOptions",
    "FileOptions",
    "ResponseFieldWarning",
    "RetryPolicy",
    "TerminalProgress",
    "WaitOptions",
    "WalkOptions",
    "AuthenticatedClient",
    "Client",
    "CameraData",
    "Interval",
    "LocationSeries",
    "PointOfInterestSeries",
    "connect",
    "fetch_camera_data",
    "iter_camera_data",
]

# Where each name lives (the modules' own `__all__`, read at generation).
_HOMES = {
    "._runtime.errors": (
        "APIConnectionError",
        "ArchiveError",
        "APIError",
        "APITimeoutError",
        "AuthenticationError",
        "BadRequestError",
        "ConflictError",
        "DestinationExistsError",
        "DownloadError",
        "DownloadVerificationError",
        "InternalServerError",
        "JobCancelledError",
        "JobError",
        "JobFailedError",
        "JobTimeoutError",
        "NotFoundError",
        "ParameterError",
        "ParameterTypeError",
        "PaymentRequiredError",
        "PermissionDeniedError",
        "RateLimitError",
        "ResponseValidationError",
        "UnexpectedResponseError",
        "UnprocessableEntityError",
        "VisionAPIError",
    ),
    "._runtime.public": (
        "ConnectKwargs",
        "ExportOptions",
        "FileOptions",
        "ResponseFieldWarning",
        "RetryPolicy",
        "TerminalProgress",
        "WaitOptions",
        "WalkOptions",
    ),
    ".client": ("AuthenticatedClient", "Client"),
    ".helpers": (
        "CameraData",
        "Interval",
        "LocationSeries",
        "PointOfInterestSeries",
        "connect",
        "fetch_camera_data",
        "iter_camera_data",
    ),
}

if not TYPE_CHECKING:  # hidden from type checkers: they would take any misspelt name for one of these

    def __getattr__(name: str) -> object:
        import importlib

        home = next((module for module, names in _HOMES.items() if name in names), None)
        if home is not None:
            value = getattr(importlib.import_module(home, __name__), name)
            globals()[name] = value  # the next lookup finds it without coming here
            return value
        if not name.startswith("__"):
            # A submodule (`analytiks_client.models`): reachable as an attribute, as when the
            # package imported everything at once.
            try:
                return importlib.import_module(f".{name}", __name__)
            except ModuleNotFoundError as error:
                if error.name != f"{__name__}.{name}":
                    raise
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
