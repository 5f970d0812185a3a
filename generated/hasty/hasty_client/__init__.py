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
from . import _sync_walks as _walks
from . import helpers as _helpers
from ._runtime import errors as _errors
from ._runtime import public as _public
from ._runtime.errors import *  # noqa: F403 - the one error hierarchy, listed in its __all__
from ._runtime.public import *  # noqa: F403 - the option types, listed in its __all__
from ._sync_walks import *  # noqa: F403 - the spec's x-walk lists, listed in its __all__
from ._version import __version__ as __version__  # the release, written at generation
from .client import AuthenticatedClient, Client
from .helpers import *  # noqa: F403 - connect, the helpers and their types, listed in its __all__

__all__ = ["AuthenticatedClient", "Client"]
# Added this way so that type checkers and editors see every name.
__all__ += _errors.__all__
__all__ += _public.__all__
__all__ += _helpers.__all__
__all__ += _walks.__all__
