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
from . import helpers as _helpers
from ._runtime import errors as _errors
from ._runtime import public as _public
from ._runtime.errors import *  # noqa: F403 - the one error hierarchy, listed in its __all__
from ._runtime.public import *  # noqa: F403 - the option types, listed in its __all__
from ._version import __version__ as __version__  # the release, written at generation
from .client import AuthenticatedClient, Client
from .helpers import *  # noqa: F403 - connect, the helpers and their types, listed in its __all__

__all__ = ["AuthenticatedClient", "Client"]
# Added this way so that type checkers and editors see every name.
__all__ += _errors.__all__
__all__ += _public.__all__
__all__ += _helpers.__all__
