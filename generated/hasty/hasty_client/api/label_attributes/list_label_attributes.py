from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.label_attribute_value_list import LabelAttributeValueList
from ...types import Response, loads_json


def _get_kwargs(
    project_id: UUID,
    label_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/labels/{label_id}/attributes".format(
            project_id=quote(str(project_id), safe=""),
            label_id=quote(str(label_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | LabelAttributeValueList | None:
    if response.status_code == 200:
        response_200 = LabelAttributeValueList.from_dict(loads_json(response.content))

        return response_200

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
) -> Response[ErrorBody | LabelAttributeValueList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: UUID,
    label_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | LabelAttributeValueList]:
    """List a label's attribute values

    Args:
        project_id (UUID):
        label_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | LabelAttributeValueList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        label_id=label_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    label_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | LabelAttributeValueList | None:
    """List a label's attribute values

    Args:
        project_id (UUID):
        label_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | LabelAttributeValueList
    """

    return sync_detailed(
        project_id=project_id,
        label_id=label_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    label_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | LabelAttributeValueList]:
    """List a label's attribute values

    Args:
        project_id (UUID):
        label_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | LabelAttributeValueList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        label_id=label_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    label_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | LabelAttributeValueList | None:
    """List a label's attribute values

    Args:
        project_id (UUID):
        label_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | LabelAttributeValueList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            label_id=label_id,
            client=client,
        )
    ).parsed
