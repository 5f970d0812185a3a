"""Typed client for the CityLens Export API.

    import os
    from datetime import datetime
    import citylens_client as cl

    # Your organization's API URL and key (`vision-sim citylens` prints a simulator's).
    base_url, api_key = os.environ["CITYLENS_BASE_URL"], os.environ["CITYLENS_API_KEY"]

    with cl.connect(api_key, base_url=base_url) as client:
        walk = cl.iter_detected_objects(
            client,
            datetime(2025, 11, 1),            # naive local time, as the API expects
            datetime(2025, 11, 30, 23, 59, 59),
            detector_name="signs",
            page_size=1000,
            progress=True,                    # or a callback (done, total)
        )
        for obj in walk:                      # typed DetectedObject; pages fetched as you go
            print(obj.id, obj.name, obj.value, obj.bbox.width)
        cl.download_frame(client, obj.frame_id, "frame.jpg", with_detections=True)
        if walk.processed is False:           # CityLens was still computing this period
            ...                               # (a cl.PartialResultsWarning was issued): walk it again later

`connect()` returns the package's `Client`; the helpers take it. Their async forms,
with the same names, are in `citylens_client.aio`; every operation of the API is in
`citylens_client.api`, its models in `citylens_client.models`. The README has the rest.
"""

# Written at generation (scripts/package_init.py): the same exports in every package.
# Each name is imported where it lives on first use (PEP 562 `__getattr__`, below), so a
# plain `import citylens_client` does not pay for httpx, the operations and the models: a
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
    "iter_detected_objects",
    "iter_frames",
    "DetectionWalk",
    "PartialResultsWarning",
    "connect",
    "download_frame",
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
    "._sync_spec": ("iter_detected_objects", "iter_frames", "DetectionWalk"),
    ".helpers": ("PartialResultsWarning", "connect", "download_frame"),
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
            # A submodule (`citylens_client.models`): reachable as an attribute, as when the
            # package imported everything at once.
            try:
                return importlib.import_module(f".{name}", __name__)
            except ModuleNotFoundError as error:
                if error.name != f"{__name__}.{name}":
                    raise
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
