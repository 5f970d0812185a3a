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
