"""Typed client for the Pictograph Exports API.

    import os
    import pictograph_client as pg

    # Your key; the URL only to reach another server (`vision-sim pictograph` prints a simulator's).
    api_key = os.environ["PICTOGRAPH_API_KEY"]
    base_url = os.environ.get("PICTOGRAPH_BASE_URL", "https://api.pictograph.io")

    with pg.connect(api_key, base_url=base_url) as client:           # X-API-Key: pk_live_...
        pg.create_export(client, "street-scenes", "Training v1 / cars", include_images=True,
                         class_filter=["car"], wait=True)
        path = pg.download_export(client, "street-scenes", "Training v1 / cars", "cars.zip", progress=True)
        pg.extract_export(path, "cars/")                   # refuses ../, absolute paths, links, bombs
        for e in pg.iter_exports(client, "street-scenes"):   # every page, fetched as you go
            print(e.name, e.status)

`connect()` returns the package's `Client`; the helpers take it. Their async forms,
with the same names, are in `pictograph_client.aio`; every operation of the API is in
`pictograph_client.api`, its models in `pictograph_client.models`. The README has the rest.
"""

# Written at generation (scripts/package_init.py): the same exports in every package.
# Each name is imported where it lives on first use (PEP 562 `__getattr__`, below), so a
# plain `import pictograph_client` does not pay for httpx, the operations and the models: a
# program (or a CLI's `--help`) loads only what it touches.
from typing import TYPE_CHECKING

from ._version import __version__ as __version__  # the release, written at generation

if TYPE_CHECKING:  # what type checkers and editors see: every name, from where it lives
    from ._runtime.errors import *  # noqa: F403 - the one error hierarchy, listed in its __all__
    from ._runtime.public import *  # noqa: F403 - the option types, listed in its __all__
    from ._sync_spec import *  # noqa: F403 - the spec's helpers, listed in its __all__
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
    "download_export",
    "iter_exports",
    "wait_for_export",
    "ExportStatus",
    "UnsafeArchiveError",
    "connect",
    "create_export",
    "delete_export",
    "export",
    "extract_export",
    "get_export",
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
    "._sync_spec": ("download_export", "iter_exports", "wait_for_export"),
    ".helpers": (
        "ExportStatus",
        "UnsafeArchiveError",
        "connect",
        "create_export",
        "delete_export",
        "export",
        "extract_export",
        "get_export",
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
            # A submodule (`pictograph_client.models`): reachable as an attribute, as when the
            # package imported everything at once.
            try:
                return importlib.import_module(f".{name}", __name__)
            except ModuleNotFoundError as error:
                if error.name != f"{__name__}.{name}":
                    raise
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
