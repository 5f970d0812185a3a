from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bucket_objects import BucketObjects
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset, loads_json


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
            workspace_id=quote(str(workspace_id), safe=""),
            bucket_id=quote(str(bucket_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BucketObjects | ErrorBody | None:
    if response.status_code == 200:
        response_200 = BucketObjects.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(loads_json(response.content))

        return response_404

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(loads_json(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(loads_json(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BucketObjects | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: UUID,
    bucket_id: UUID,
    *,
    client: AuthenticatedClient,
    prefix: str | Unset = UNSET,
    upload_id: str | Unset = UNSET,
    upload_scope_id: str | Unset = UNSET,
) -> Response[BucketObjects | ErrorBody]:
    """List objects of a bucket

    Args:
        workspace_id (UUID):
        bucket_id (UUID):
        prefix (str | Unset):
        upload_id (str | Unset):
        upload_scope_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BucketObjects | ErrorBody]
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
) -> BucketObjects | ErrorBody | None:
    """List objects of a bucket

    Args:
        workspace_id (UUID):
        bucket_id (UUID):
        prefix (str | Unset):
        upload_id (str | Unset):
        upload_scope_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BucketObjects | ErrorBody
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
) -> Response[BucketObjects | ErrorBody]:
    """List objects of a bucket

    Args:
        workspace_id (UUID):
        bucket_id (UUID):
        prefix (str | Unset):
        upload_id (str | Unset):
        upload_scope_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BucketObjects | ErrorBody]
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
) -> BucketObjects | ErrorBody | None:
    """List objects of a bucket

    Args:
        workspace_id (UUID):
        bucket_id (UUID):
        prefix (str | Unset):
        upload_id (str | Unset):
        upload_scope_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BucketObjects | ErrorBody
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
