from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.label_list import LabelList
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    project_id: UUID,
    image_id: UUID,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    include_border_mask: bool | Unset = UNSET,
    include_errors: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["include_border_mask"] = include_border_mask

    params["include_errors"] = include_errors

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/images/{image_id}/labels".format(
            project_id=quote(str(project_id), safe=""),
            image_id=quote(str(image_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | LabelList | None:
    if response.status_code == 200:
        response_200 = LabelList.from_dict(loads_json(response.content))

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
) -> Response[ErrorBody | LabelList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: UUID,
    image_id: UUID,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    include_border_mask: bool | Unset = UNSET,
    include_errors: bool | Unset = UNSET,
) -> Response[ErrorBody | LabelList]:
    """List the labels of an image

    Args:
        project_id (UUID):
        image_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        include_border_mask (bool | Unset):
        include_errors (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | LabelList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        image_id=image_id,
        offset=offset,
        limit=limit,
        include_border_mask=include_border_mask,
        include_errors=include_errors,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    image_id: UUID,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    include_border_mask: bool | Unset = UNSET,
    include_errors: bool | Unset = UNSET,
) -> ErrorBody | LabelList | None:
    """List the labels of an image

    Args:
        project_id (UUID):
        image_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        include_border_mask (bool | Unset):
        include_errors (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | LabelList
    """

    return sync_detailed(
        project_id=project_id,
        image_id=image_id,
        client=client,
        offset=offset,
        limit=limit,
        include_border_mask=include_border_mask,
        include_errors=include_errors,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    image_id: UUID,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    include_border_mask: bool | Unset = UNSET,
    include_errors: bool | Unset = UNSET,
) -> Response[ErrorBody | LabelList]:
    """List the labels of an image

    Args:
        project_id (UUID):
        image_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        include_border_mask (bool | Unset):
        include_errors (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | LabelList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        image_id=image_id,
        offset=offset,
        limit=limit,
        include_border_mask=include_border_mask,
        include_errors=include_errors,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    image_id: UUID,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    include_border_mask: bool | Unset = UNSET,
    include_errors: bool | Unset = UNSET,
) -> ErrorBody | LabelList | None:
    """List the labels of an image

    Args:
        project_id (UUID):
        image_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        include_border_mask (bool | Unset):
        include_errors (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | LabelList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            image_id=image_id,
            client=client,
            offset=offset,
            limit=limit,
            include_border_mask=include_border_mask,
            include_errors=include_errors,
        )
    ).parsed
