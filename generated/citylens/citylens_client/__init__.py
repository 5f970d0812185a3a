"""Typed client for the CityLens Export API.

    from citylens_client import connect, iter_detected_objects, download_frame

    with connect(api_key, base_url="https://citylens.example.org") as client:
        for obj in iter_detected_objects(client, "2025-11-01T00:00:00", "2025-11-02T00:00:00"):
            ...

Async twins of every helper, with the same names, are in `citylens_client.aio`.
The generated operations are in `citylens_client.api`, the models in
`citylens_client.models`.
"""

from . import helpers as _helpers
from ._common import PartialResultsWarning
from ._runtime import errors as _errors
from ._runtime import public as _public
from ._runtime.errors import *  # noqa: F403 - the one error hierarchy, listed in its __all__
from ._runtime.public import *  # noqa: F403 - the option types, listed in its __all__
from ._version import __version__ as __version__  # the release, written at generation
from .client import AuthenticatedClient, Client
from .helpers import *  # noqa: F403 - connect and the helpers, listed in its __all__

__all__ = ["AuthenticatedClient", "Client", "PartialResultsWarning"]
# Added this way so that type checkers and editors see every name.
__all__ += _errors.__all__
__all__ += _public.__all__
__all__ += _helpers.__all__
