"""Typed client for the Hasty API v1: every documented operation, plus helpers.

    import hasty_client as hc

    with hc.connect(api_key) as client:
        for project in hc.iter_projects(client):
            ...
        images = hc.upload_images(client, project_id, dataset_id, ["a.jpg", "b.jpg"])
        hc.create_labels(client, project_id, images[0].id, labels)
        hc.create_image_from_url(client, project_id, dataset_id, "https://example.com/a.jpg")
        hc.run_automated_labeling(client, project_id, experiment_id)  # start and wait
        hc.export_project(client, project_id, "json_coco", "export.zip", progress=True)

Async twins of every helper, with the same names, are in `hasty_client.aio`. Every
operation of the API is generated in `hasty_client.api.<resource>`.
"""

from ._client import connect
from ._runtime.errors import *  # noqa: F403 - the one error hierarchy, listed in its __all__
from ._runtime.errors import PaymentRequiredError
from ._runtime.errors import __all__ as _errors
from ._runtime.http import ConnectKwargs
from ._runtime.progress import TerminalProgress
from ._runtime.retry import RetryPolicy
from ._version import __version__ as __version__  # the release, written at generation
from .client import AuthenticatedClient, Client
from .helpers import (
    create_image_from_bucket,
    create_image_from_url,
    create_labels,
    delete_labels,
    download_export,
    export_project,
    iter_attributes,
    iter_datasets,
    iter_images,
    iter_items,
    iter_label_classes,
    iter_labels,
    iter_projects,
    iter_segments,
    iter_tag_classes,
    iter_videos,
    run_automated_labeling,
    update_labels,
    upload_image,
    upload_images,
    wait_for_automated_labeling,
    wait_for_export,
)

# Hasty answers 402 when the workspace is out of credits (automated labeling, ranking):
# the same class as `PaymentRequiredError`, under the name a Hasty user looks for.
InsufficientCreditsError = PaymentRequiredError

__all__ = [
    *_errors,
    "AuthenticatedClient",
    "Client",
    "ConnectKwargs",
    "RetryPolicy",
    "TerminalProgress",
    "InsufficientCreditsError",
    "connect",
    "create_image_from_bucket",
    "create_image_from_url",
    "create_labels",
    "delete_labels",
    "download_export",
    "export_project",
    "iter_attributes",
    "iter_datasets",
    "iter_images",
    "iter_items",
    "iter_label_classes",
    "iter_labels",
    "iter_projects",
    "iter_segments",
    "iter_tag_classes",
    "iter_videos",
    "run_automated_labeling",
    "update_labels",
    "upload_image",
    "upload_images",
    "wait_for_automated_labeling",
    "wait_for_export",
]
