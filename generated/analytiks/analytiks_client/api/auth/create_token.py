from typing import Any

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.request_rules import check_body
from ...client import AuthenticatedClient, Client
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response, status_of


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

    if "json" in _kwargs:
        check_body("create_token", _kwargs["json"])
    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        body=body,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> TokenResponse:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("create_token", response)
    if not response.content:
        raise empty_body("create_token", "TokenResponse", response)
    try:
        response_200 = TokenResponse.from_json(response.content)
        check_parsed("create_token", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("create_token", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TokenResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> TokenResponse:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[TokenResponse]:
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
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[TokenResponse]
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
) -> TokenResponse:
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
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[TokenResponse]:
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
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[TokenResponse]
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
) -> TokenResponse:
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
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
