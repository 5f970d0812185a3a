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

from ._client import connect
from ._common import CameraData, LocationSeries, PointOfInterestSeries
from ._runtime.errors import *  # noqa: F403 - the one error hierarchy, listed in its __all__
from ._runtime.errors import __all__ as _errors
from ._runtime.http import ConnectKwargs
from ._runtime.progress import TerminalProgress
from ._runtime.retry import RetryPolicy
from ._version import __version__ as __version__  # the release, written at generation
from .client import AuthenticatedClient, Client
from .helpers import fetch_camera_data, iter_camera_data
from .models import Interval

__all__ = [
    *_errors,
    "AuthenticatedClient",
    "CameraData",
    "Client",
    "ConnectKwargs",
    "Interval",
    "LocationSeries",
    "PointOfInterestSeries",
    "RetryPolicy",
    "TerminalProgress",
    "connect",
    "fetch_camera_data",
    "iter_camera_data",
]
