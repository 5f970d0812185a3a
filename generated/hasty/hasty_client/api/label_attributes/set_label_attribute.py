from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.label_attribute_value import LabelAttributeValue
from ...models.set_label_attribute_request import SetLabelAttributeRequest
from ...types import Response, loads_json


def _get_kwargs(
    project_id: UUID,
    label_id: UUID,
    attribute_id: UUID,
    *,
    body: SetLabelAttributeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/labels/{label_id}/attributes/{attribute_id}".format(
            project_id=quote(str(project_id), safe=""),
            label_id=quote(str(label_id), safe=""),
            attribute_id=quote(str(attribute_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | LabelAttributeValue | None:
    if response.status_code == 200:
        response_200 = LabelAttributeValue.from_dict(loads_json(response.content))

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
) -> Response[ErrorBody | LabelAttributeValue]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: UUID,
    label_id: UUID,
    attribute_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SetLabelAttributeRequest,
) -> Response[ErrorBody | LabelAttributeValue]:
    """Set an attribute's value on a label

    Args:
        project_id (UUID):
        label_id (UUID):
        attribute_id (UUID):
        body (SetLabelAttributeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | LabelAttributeValue]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        label_id=label_id,
        attribute_id=attribute_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    label_id: UUID,
    attribute_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SetLabelAttributeRequest,
) -> ErrorBody | LabelAttributeValue | None:
    """Set an attribute's value on a label

    Args:
        project_id (UUID):
        label_id (UUID):
        attribute_id (UUID):
        body (SetLabelAttributeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | LabelAttributeValue
    """

    return sync_detailed(
        project_id=project_id,
        label_id=label_id,
        attribute_id=attribute_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    label_id: UUID,
    attribute_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SetLabelAttributeRequest,
) -> Response[ErrorBody | LabelAttributeValue]:
    """Set an attribute's value on a label

    Args:
        project_id (UUID):
        label_id (UUID):
        attribute_id (UUID):
        body (SetLabelAttributeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | LabelAttributeValue]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        label_id=label_id,
        attribute_id=attribute_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    label_id: UUID,
    attribute_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SetLabelAttributeRequest,
) -> ErrorBody | LabelAttributeValue | None:
    """Set an attribute's value on a label

    Args:
        project_id (UUID):
        label_id (UUID):
        attribute_id (UUID):
        body (SetLabelAttributeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | LabelAttributeValue
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            label_id=label_id,
            attribute_id=attribute_id,
            client=client,
            body=body,
        )
    ).parsed
