"""Typed client for the Hasty API v1.

    import os
    import hasty_client as hc
    from hasty_client.models import CreateLabelRequest, DefaultStatus, UpdateLabelRequest

    # Your key; the URL only to reach another server (`vision-sim hasty` prints a simulator's).
    api_key = os.environ["HASTY_API_KEY"]
    base_url = os.environ.get("HASTY_BASE_URL", "https://api.hasty.ai")

    with hc.connect(api_key, base_url=base_url) as client:  # X-Api-Key, to the API's host only
        project = next(p for p in hc.iter_projects(client) if p.name == "Street scenes")
        dataset = next(iter(hc.iter_datasets(client, project.id)))
        car = next(c.id for c in hc.iter_label_classes(client, project.id) if c.name == "car")
        for image in hc.iter_images(client, project.id, image_status=[DefaultStatus.DONE], page_size=500):
            ...  # any page size; a server that answers fewer items per page is walked whole
        images = hc.upload_images(client, project.id, dataset.id, ["a.jpg", "b.jpg"], concurrency=4)
        hc.create_image_from_url(client, project.id, dataset.id, "https://cdn.example.com/c.jpg")
        labels = hc.create_labels(
            client, project.id, images[0].id, [CreateLabelRequest(class_id=car, bbox=[10, 10, 90, 60])] * 250
        )  # sent in batches of 100
        hc.update_labels(client, project.id, images[0].id, [UpdateLabelRequest(id=labels[0].id, bbox=[5, 5, 50, 50])])
        hc.delete_labels(client, project.id, images[0].id, [label.id for label in labels[1:]])
        hc.export_project(client, project.id, "json_coco", "export.zip", progress=True)

`connect()` returns the package's `Client`; the helpers take it. Their async forms,
with the same names, are in `hasty_client.aio`; every operation of the API is in
`hasty_client.api`, its models in `hasty_client.models`. The README has the rest.
"""

# Written at generation (scripts/package_init.py): the same exports in every package.
# Each name is imported where it lives on first use (PEP 562 `__getattr__`, below), so a
# plain `import hasty_client` does not pay for httpx, the operations and the models: a
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
    "create_labels",
    "delete_labels",
    "download_export",
    "iter_attributes",
    "iter_datasets",
    "iter_images",
    "iter_label_classes",
    "iter_labels",
    "iter_projects",
    "iter_segments",
    "iter_tag_classes",
    "iter_videos",
    "update_labels",
    "wait_for_automated_labeling",
    "wait_for_export",
    "iter_items",
    "ImageOptions",
    "InsufficientCreditsError",
    "connect",
    "create_image_from_bucket",
    "create_image_from_url",
    "export_project",
    "run_automated_labeling",
    "upload_image",
    "upload_images",
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
    "._sync_spec": (
        "create_labels",
        "delete_labels",
        "download_export",
        "iter_attributes",
        "iter_datasets",
        "iter_images",
        "iter_label_classes",
        "iter_labels",
        "iter_projects",
        "iter_segments",
        "iter_tag_classes",
        "iter_videos",
        "update_labels",
        "wait_for_automated_labeling",
        "wait_for_export",
        "iter_items",
    ),
    ".helpers": (
        "ImageOptions",
        "InsufficientCreditsError",
        "connect",
        "create_image_from_bucket",
        "create_image_from_url",
        "export_project",
        "run_automated_labeling",
        "upload_image",
        "upload_images",
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
            # A submodule (`hasty_client.models`): reachable as an attribute, as when the
            # package imported everything at once.
            try:
                return importlib.import_module(f".{name}", __name__)
            except ModuleNotFoundError as error:
                if error.name != f"{__name__}.{name}":
                    raise
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
