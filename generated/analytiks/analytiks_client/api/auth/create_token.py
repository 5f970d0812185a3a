from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_error import OAuthError
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response, loads_json


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthError | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = OAuthError.from_dict(loads_json(response.content))

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuthError | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[OAuthError | TokenResponse]:
    """Get an access token with the client credentials

     Exchanges the client ID and secret for a bearer token accepted by the exports
    host for `expires_in` seconds. The request needs no `Authorization` header.

    Inferred, as the page does not say: wrong credentials are answered 401 and an
    audience the client may not use 403, with an OAuth 2.0 error body
    (`error`, `error_description`), as OAuth servers of this style do; a missing
    or malformed field is answered 400 the same way.

    Args:
        body (TokenRequest): OAuth 2.0 client credentials grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> OAuthError | TokenResponse | None:
    """Get an access token with the client credentials

     Exchanges the client ID and secret for a bearer token accepted by the exports
    host for `expires_in` seconds. The request needs no `Authorization` header.

    Inferred, as the page does not say: wrong credentials are answered 401 and an
    audience the client may not use 403, with an OAuth 2.0 error body
    (`error`, `error_description`), as OAuth servers of this style do; a missing
    or malformed field is answered 400 the same way.

    Args:
        body (TokenRequest): OAuth 2.0 client credentials grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[OAuthError | TokenResponse]:
    """Get an access token with the client credentials

     Exchanges the client ID and secret for a bearer token accepted by the exports
    host for `expires_in` seconds. The request needs no `Authorization` header.

    Inferred, as the page does not say: wrong credentials are answered 401 and an
    audience the client may not use 403, with an OAuth 2.0 error body
    (`error`, `error_description`), as OAuth servers of this style do; a missing
    or malformed field is answered 400 the same way.

    Args:
        body (TokenRequest): OAuth 2.0 client credentials grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> OAuthError | TokenResponse | None:
    """Get an access token with the client credentials

     Exchanges the client ID and secret for a bearer token accepted by the exports
    host for `expires_in` seconds. The request needs no `Authorization` header.

    Inferred, as the page does not say: wrong credentials are answered 401 and an
    audience the client may not use 403, with an OAuth 2.0 error body
    (`error`, `error_description`), as OAuth servers of this style do; a missing
    or malformed field is answered 400 the same way.

    Args:
        body (TokenRequest): OAuth 2.0 client credentials grant.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
