from typing import Any
from uuid import UUID

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.request_rules import check_body
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...models.bucket_credentials import BucketCredentials
from ...models.bucket_credentials_request import BucketCredentialsRequest
from ...types import Response, status_of


def _get_kwargs(
    workspace_id: UUID,
    *,
    body: BucketCredentialsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/buckets/{workspace_id}/credentials".format(
            workspace_id=segment("workspace_id", workspace_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        check_body("create_bucket_credentials", _kwargs["json"])
    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    workspace_id: UUID,
    *,
    body: BucketCredentialsRequest,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> BucketCredentials:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("create_bucket_credentials", response)
    if not response.content:
        raise empty_body("create_bucket_credentials", "BucketCredentials", response)
    try:
        response_200 = BucketCredentials.from_json(response.content)
        check_parsed("create_bucket_credentials", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("create_bucket_credentials", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BucketCredentials]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> BucketCredentials:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BucketCredentialsRequest,
) -> Response[BucketCredentials]:
    """Add bucket credentials to a workspace

    Args:
        workspace_id (UUID):
        body (BucketCredentialsRequest): Credentials of a cloud bucket. The page lists `secret`,
            `description` and `cloud_provider`; the public client also sends provider-specific string
            fields (`bucket_s3` and `role`; `bucket_gcs` and `key_json`; `account_name`,
            `secret_access_key` and `container`), accepted here as additional properties.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[BucketCredentials]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BucketCredentialsRequest,
) -> BucketCredentials:
    """Add bucket credentials to a workspace

    Args:
        workspace_id (UUID):
        body (BucketCredentialsRequest): Credentials of a cloud bucket. The page lists `secret`,
            `description` and `cloud_provider`; the public client also sends provider-specific string
            fields (`bucket_s3` and `role`; `bucket_gcs` and `key_json`; `account_name`,
            `secret_access_key` and `container`), accepted here as additional properties.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        BucketCredentials
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BucketCredentialsRequest,
) -> Response[BucketCredentials]:
    """Add bucket credentials to a workspace

    Args:
        workspace_id (UUID):
        body (BucketCredentialsRequest): Credentials of a cloud bucket. The page lists `secret`,
            `description` and `cloud_provider`; the public client also sends provider-specific string
            fields (`bucket_s3` and `role`; `bucket_gcs` and `key_json`; `account_name`,
            `secret_access_key` and `container`), accepted here as additional properties.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[BucketCredentials]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BucketCredentialsRequest,
) -> BucketCredentials:
    """Add bucket credentials to a workspace

    Args:
        workspace_id (UUID):
        body (BucketCredentialsRequest): Credentials of a cloud bucket. The page lists `secret`,
            `description` and `cloud_provider`; the public client also sends provider-specific string
            fields (`bucket_s3` and `role`; `bucket_gcs` and `key_json`; `account_name`,
            `secret_access_key` and `container`), accepted here as additional properties.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        BucketCredentials
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            body=body,
        )
    ).parsed
