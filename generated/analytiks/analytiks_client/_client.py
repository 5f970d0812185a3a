"""`connect()`: a ready client of the Analytiks JSON Exports API, with its token managed for you.

Written by scripts/connect_module.py from the spec's OAuth 2 client-credentials scheme
(`ClientCredentials`), its token operation (`create_token`) and servers; the scheme's
`x-connect-doc` is the docstring's middle paragraph.
"""

from __future__ import annotations

from typing import Unpack

from ._operations import IDEMPOTENT_OPERATIONS, OPERATION_SERVERS
from ._runtime.http import ConnectKwargs, ConnectOptions
from ._runtime.oauth import with_client_credentials
from ._runtime.routing import build_routes
from ._runtime.validate import check_base_url, check_str
from .api.auth import create_token
from .client import Client
from .models import TokenRequest

DEFAULT_EXPORTS_URL = "https://exports.analytiks.ai"
DEFAULT_TOKEN_URL = "https://tokens.analytiks.ai"
DEFAULT_AUDIENCE = "https://gql.analytiks.ai"


def connect(
    client_id: str,
    client_secret: str,
    *,
    exports_url: str = DEFAULT_EXPORTS_URL,
    token_url: str = DEFAULT_TOKEN_URL,
    audience: str = DEFAULT_AUDIENCE,
    **options: Unpack[ConnectKwargs],
) -> Client:
    """A client for the Analytiks JSON Exports API, on all of its hosts.

    The client-credentials token is fetched from `token_url` on first use, cached until
    shortly before it expires, and renewed once if the exports host refuses it; one
    fetch serves every thread and task. The client id and secret go to the token host
    only, the token to the exports host only, and neither shows in reprs, logs or
    errors.

    Use it in `with` (or `async with`) to close its connections.
    """
    secret = check_str("client_secret", client_secret)
    body = TokenRequest(
        client_id=check_str("client_id", client_id), client_secret=secret, audience=check_str("audience", audience)
    )
    check_base_url("token_url", token_url)
    routes = build_routes(OPERATION_SERVERS, IDEMPOTENT_OPERATIONS, overrides={DEFAULT_TOKEN_URL: token_url})
    client = Client(exports_url, options=ConnectOptions.of(options), routes=routes)
    return with_client_credentials(client, create_token, body, secret)
