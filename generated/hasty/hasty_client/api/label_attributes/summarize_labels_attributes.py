from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.labels_attribute import LabelsAttribute
from ...types import Response, loads_json


def _get_kwargs(
    project_id: UUID,
    image_id: UUID,
    *,
    body: list[UUID],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/images/{image_id}/label_attributes/summary".format(
            project_id=quote(str(project_id), safe=""),
            image_id=quote(str(image_id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = str(body_item_data)
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[LabelsAttribute] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = loads_json(response.content)
        for response_200_item_data in _response_200:
            response_200_item = LabelsAttribute.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorBody | list[LabelsAttribute]]:
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
    body: list[UUID],
) -> Response[ErrorBody | list[LabelsAttribute]]:
    """Get the attributes that apply to some labels of an image

     Given IDs of labels of the image, the attributes that apply to them, each with `is_conflicting`. The
    page has no description; the meaning is inferred from the fields and the page's order (between the
    attribute and attribute-class operations).

    Args:
        project_id (UUID):
        image_id (UUID):
        body (list[UUID]): IDs of labels of the image (inferred: the page gives no description).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[LabelsAttribute]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        image_id=image_id,
        body=body,
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
    body: list[UUID],
) -> ErrorBody | list[LabelsAttribute] | None:
    """Get the attributes that apply to some labels of an image

     Given IDs of labels of the image, the attributes that apply to them, each with `is_conflicting`. The
    page has no description; the meaning is inferred from the fields and the page's order (between the
    attribute and attribute-class operations).

    Args:
        project_id (UUID):
        image_id (UUID):
        body (list[UUID]): IDs of labels of the image (inferred: the page gives no description).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[LabelsAttribute]
    """

    return sync_detailed(
        project_id=project_id,
        image_id=image_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    image_id: UUID,
    *,
    client: AuthenticatedClient,
    body: list[UUID],
) -> Response[ErrorBody | list[LabelsAttribute]]:
    """Get the attributes that apply to some labels of an image

     Given IDs of labels of the image, the attributes that apply to them, each with `is_conflicting`. The
    page has no description; the meaning is inferred from the fields and the page's order (between the
    attribute and attribute-class operations).

    Args:
        project_id (UUID):
        image_id (UUID):
        body (list[UUID]): IDs of labels of the image (inferred: the page gives no description).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[LabelsAttribute]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        image_id=image_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    image_id: UUID,
    *,
    client: AuthenticatedClient,
    body: list[UUID],
) -> ErrorBody | list[LabelsAttribute] | None:
    """Get the attributes that apply to some labels of an image

     Given IDs of labels of the image, the attributes that apply to them, each with `is_conflicting`. The
    page has no description; the meaning is inferred from the fields and the page's order (between the
    attribute and attribute-class operations).

    Args:
        project_id (UUID):
        image_id (UUID):
        body (list[UUID]): IDs of labels of the image (inferred: the page gives no description).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[LabelsAttribute]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            image_id=image_id,
            client=client,
            body=body,
        )
    ).parsed
