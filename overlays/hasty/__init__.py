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

from . import helpers as _helpers
from ._runtime import errors as _errors
from ._runtime import public as _public
from ._runtime.errors import *  # noqa: F403 - the one error hierarchy, listed in its __all__
from ._runtime.errors import PaymentRequiredError
from ._runtime.public import *  # noqa: F403 - the option types, listed in its __all__
from ._version import __version__ as __version__  # the release, written at generation
from .client import AuthenticatedClient, Client
from .helpers import *  # noqa: F403 - connect and every helper, listed in its __all__

# Hasty answers 402 when the workspace is out of credits (automated labeling, ranking):
# the same class as `PaymentRequiredError`, under the name a Hasty user looks for.
InsufficientCreditsError = PaymentRequiredError

__all__ = ["AuthenticatedClient", "Client", "InsufficientCreditsError"]
# Added this way so that type checkers and editors see every name.
__all__ += _errors.__all__
__all__ += _public.__all__
__all__ += _helpers.__all__
