from typing import Any
from uuid import UUID

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...models.bucket_objects import BucketObjects
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    workspace_id: UUID,
    bucket_id: UUID,
    *,
    prefix: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    upload_scope_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["prefix"] = prefix

    params["upload_id"] = upload_id

    params["upload_scope_id"] = upload_scope_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/buckets/{workspace_id}/credentials/{bucket_id}/objects".format(
            workspace_id=segment("workspace_id", workspace_id),
            bucket_id=segment("bucket_id", bucket_id),
        ),
        "params": params,
    }

    return _kwargs


def request_kwargs(
    workspace_id: UUID,
    bucket_id: UUID,
    *,
    prefix: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    upload_scope_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        workspace_id=workspace_id,
        bucket_id=bucket_id,
        prefix=prefix,
        upload_id=upload_id,
        upload_scope_id=upload_scope_id,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> BucketObjects:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("list_bucket_objects", response)
    if not response.content:
        raise empty_body("list_bucket_objects", "BucketObjects", response)
    try:
        response_200 = BucketObjects.from_json(response.content)
        check_parsed("list_bucket_objects", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("list_bucket_objects", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BucketObjects]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> BucketObjects:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    workspace_id: UUID,
    bucket_id: UUID,
    *,
    client: AuthenticatedClient,
    prefix: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    upload_scope_id: str | Unset = UNSET,
) -> Response[BucketObjects]:
    """List objects of a bucket

    Args:
        workspace_id (UUID):
        bucket_id (UUID):
        prefix (str | Unset):
        upload_id (str | Unset):
        upload_scope_id (str | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[BucketObjects]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        bucket_id=bucket_id,
        prefix=prefix,
        upload_id=upload_id,
        upload_scope_id=upload_scope_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    bucket_id: UUID,
    *,
    client: AuthenticatedClient,
    prefix: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    upload_scope_id: str | Unset = UNSET,
) -> BucketObjects:
    """List objects of a bucket

    Args:
        workspace_id (UUID):
        bucket_id (UUID):
        prefix (str | Unset):
        upload_id (str | Unset):
        upload_scope_id (str | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        BucketObjects
    """

    return sync_detailed(
        workspace_id=workspace_id,
        bucket_id=bucket_id,
        client=client,
        prefix=prefix,
        upload_id=upload_id,
        upload_scope_id=upload_scope_id,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    bucket_id: UUID,
    *,
    client: AuthenticatedClient,
    prefix: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    upload_scope_id: str | Unset = UNSET,
) -> Response[BucketObjects]:
    """List objects of a bucket

    Args:
        workspace_id (UUID):
        bucket_id (UUID):
        prefix (str | Unset):
        upload_id (str | Unset):
        upload_scope_id (str | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[BucketObjects]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        bucket_id=bucket_id,
        prefix=prefix,
        upload_id=upload_id,
        upload_scope_id=upload_scope_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    bucket_id: UUID,
    *,
    client: AuthenticatedClient,
    prefix: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    upload_scope_id: str | Unset = UNSET,
) -> BucketObjects:
    """List objects of a bucket

    Args:
        workspace_id (UUID):
        bucket_id (UUID):
        prefix (str | Unset):
        upload_id (str | Unset):
        upload_scope_id (str | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        BucketObjects
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            bucket_id=bucket_id,
            client=client,
            prefix=prefix,
            upload_id=upload_id,
            upload_scope_id=upload_scope_id,
        )
    ).parsed
