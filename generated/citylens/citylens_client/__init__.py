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
