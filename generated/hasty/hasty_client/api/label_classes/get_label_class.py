from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.label_class import LabelClass
from ...types import Response, loads_json


def _get_kwargs(
    project_id: UUID,
    label_class_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/label_classes/{label_class_id}".format(
            project_id=quote(str(project_id), safe=""),
            label_class_id=quote(str(label_class_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | LabelClass | None:
    if response.status_code == 200:
        response_200 = LabelClass.from_dict(loads_json(response.content))

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
) -> Response[ErrorBody | LabelClass]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: UUID,
    label_class_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | LabelClass]:
    """Get a label class

    Args:
        project_id (UUID):
        label_class_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | LabelClass]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        label_class_id=label_class_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    label_class_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | LabelClass | None:
    """Get a label class

    Args:
        project_id (UUID):
        label_class_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | LabelClass
    """

    return sync_detailed(
        project_id=project_id,
        label_class_id=label_class_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    label_class_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | LabelClass]:
    """Get a label class

    Args:
        project_id (UUID):
        label_class_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | LabelClass]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        label_class_id=label_class_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    label_class_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | LabelClass | None:
    """Get a label class

    Args:
        project_id (UUID):
        label_class_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | LabelClass
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            label_class_id=label_class_id,
            client=client,
        )
    ).parsed
