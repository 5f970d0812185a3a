"""Typed client for the Analytiks JSON exports of camera data.

    from datetime import UTC, datetime
    import analytiks_client as ak

    with ak.connect(client_id, client_secret) as client:
        data = ak.fetch_camera_data(
            client, datetime(2023, 6, 1, tzinfo=UTC), datetime(2023, 6, 23, tzinfo=UTC),
            locations=range(1, 138), interval="15min", progress=True,
        )
        data.locations[1].metrics["visits"]   # {datetime: count}

Async twins of every helper, with the same names, are in `analytiks_client.aio`. The
v1 export (all-or-nothing: 401 when any location is refused) is the generated
`analytiks_client.api.exports.export_camera_data_v1`.
"""

from . import helpers as _helpers
from ._common import CameraData, LocationSeries, PointOfInterestSeries
from ._runtime import errors as _errors
from ._runtime import public as _public
from ._runtime.errors import *  # noqa: F403 - the one error hierarchy, listed in its __all__
from ._runtime.public import *  # noqa: F403 - the option types, listed in its __all__
from ._version import __version__ as __version__  # the release, written at generation
from .client import AuthenticatedClient, Client
from .helpers import *  # noqa: F403 - connect and the helpers, listed in its __all__
from .models import Interval

__all__ = ["AuthenticatedClient", "Client", "CameraData", "Interval", "LocationSeries", "PointOfInterestSeries"]
# Added this way so that type checkers and editors see every name.
__all__ += _errors.__all__
__all__ += _public.__all__
__all__ += _helpers.__all__
