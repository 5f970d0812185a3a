"""Typed client for the Pictograph Exports API: create, wait, download, extract.

    import pictograph_client as pg

    with pg.connect(api_key) as client:
        pg.create_export(client, "street-scenes", "Training v1", include_images=True, wait=True)
        zip_path = pg.download_export(client, "street-scenes", "Training v1", "train.zip", progress=True)
        pg.extract_export(zip_path, "train/")

Async twins of every helper, with the same names, are in `pictograph_client.aio`.
"""

from . import helpers as _helpers
from ._runtime import errors as _errors
from ._runtime import public as _public
from ._runtime.archive import UnsafeArchiveError
from ._runtime.errors import *  # noqa: F403 - the one error hierarchy, listed in its __all__
from ._runtime.public import *  # noqa: F403 - the option types, listed in its __all__
from ._version import __version__ as __version__  # the release, written at generation
from .client import AuthenticatedClient, Client
from .helpers import *  # noqa: F403 - connect and the helpers, listed in its __all__
from .models import ExportStatus

__all__ = ["AuthenticatedClient", "Client", "ExportStatus", "UnsafeArchiveError"]
# Added this way so that type checkers and editors see every name.
__all__ += _errors.__all__
__all__ += _public.__all__
__all__ += _helpers.__all__
