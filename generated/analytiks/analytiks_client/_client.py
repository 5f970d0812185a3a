"""`connect()`: a ready Analytiks client, with its token managed for you."""

from __future__ import annotations

from typing import Unpack

from ._common import AUDIENCE
from ._operations import DEFAULT_SERVER, IDEMPOTENT_OPERATIONS, OPERATION_SERVERS
from ._runtime.clock import SYSTEM_CLOCK
from ._runtime.http import ConnectKwargs, ConnectOptions
from ._runtime.oauth import ClientCredentialsToken, TokenGrant
from ._runtime.routing import build_routes
from ._runtime.validate import check_base_url, check_str
from .api.auth import create_token
from .client import Client
from .models import TokenRequest, TokenResponse

DEFAULT_EXPORTS_URL = DEFAULT_SERVER or "https://exports.analytiks.ai"
DEFAULT_TOKEN_URL = OPERATION_SERVERS[("POST", "/")]


def connect(
    client_id: str,
    client_secret: str,
    *,
    exports_url: str = DEFAULT_EXPORTS_URL,
    token_url: str = DEFAULT_TOKEN_URL,
    audience: str = AUDIENCE,
    **options: Unpack[ConnectKwargs],
) -> Client:
    """A client for the Analytiks JSON exports, on both of its hosts.

    The client-credentials token is fetched from `token_url` on first use, cached until
    shortly before it expires, and renewed once if the exports host refuses it; one
    fetch serves every thread and task. The client id and secret go to the token host
    only, the token to the exports host only, and neither shows in reprs, logs or errors.
    """
    client_id = check_str("client_id", client_id)
    secret = check_str("client_secret", client_secret)
    check_base_url("token_url", token_url)
    routes = build_routes(OPERATION_SERVERS, IDEMPOTENT_OPERATIONS, overrides={DEFAULT_TOKEN_URL: token_url})
    client = Client(exports_url, options=ConnectOptions.of(options), routes=routes)
    body = TokenRequest(client_id=client_id, client_secret=secret, audience=check_str("audience", audience))

    def grant(token: TokenResponse) -> TokenGrant:
        return token.access_token, float(token.expires_in)

    def fetch() -> TokenGrant:
        return grant(create_token.sync(client=client, body=body))

    async def afetch() -> TokenGrant:
        return grant(await create_token.asyncio(client=client, body=body))

    credential = ClientCredentialsToken(
        fetch,
        afetch,
        clock=options.get("clock", SYSTEM_CLOCK),
        client_secret=secret,
    )
    return client._evolve(credential=credential)
