"""Typed client for the Scopix Data API.

    import os
    from datetime import UTC, datetime
    import scopix_client as sx
    from scopix_client.models import ExportDataType, ExportFormat, ExportRequest

    # Your key; the URL only to reach another server (`vision-sim scopix` prints a simulator's).
    api_key = os.environ["SCOPIX_API_KEY"]
    base_url = os.environ.get("SCOPIX_BASE_URL", "https://api.scopix.ai")

    with sx.connect(api_key, base_url=base_url) as client:        # Authorization: Bearer scopix_...
        for item in sx.iter_descriptions(client, search=["safety", "helmet"], min_confidence=0.8):
            print(item.id, item.description)

        request = ExportRequest(data_type=ExportDataType.DESCRIPTIONS, format_=ExportFormat.JSONL,
                                start_date=datetime(2025, 1, 1, tzinfo=UTC))
        result = sx.export(client, request, "history.jsonl", progress=True)
        for record in sx.iter_export_records(result.path):  # typed, streamed: flat memory
            ...

`connect()` returns the package's `Client`; the helpers take it. Their async forms,
with the same names, are in `scopix_client.aio`; every operation of the API is in
`scopix_client.api`, its models in `scopix_client.models`. The README has the rest.
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
