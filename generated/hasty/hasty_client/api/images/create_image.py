from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_image_request import CreateImageRequest
from ...models.error_body import ErrorBody
from ...models.image import Image
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    project_id: UUID,
    *,
    body: CreateImageRequest,
    replace: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["replace"] = replace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/images".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | Image | None:
    if response.status_code == 200:
        response_200 = Image.from_dict(loads_json(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorBody | Image]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateImageRequest,
    replace: bool | Unset = UNSET,
) -> Response[ErrorBody | Image]:
    """Create an image from an uploaded file

     The last step of an upload: the file was PUT to the signed URL of `upload_id`. File names are unique
    in a dataset (vendor's upload guide): a name already taken answers 400 unless `replace` is true
    (inferred status).

    Args:
        project_id (UUID):
        replace (bool | Unset):
        body (CreateImageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | Image]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        replace=replace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateImageRequest,
    replace: bool | Unset = UNSET,
) -> ErrorBody | Image | None:
    """Create an image from an uploaded file

     The last step of an upload: the file was PUT to the signed URL of `upload_id`. File names are unique
    in a dataset (vendor's upload guide): a name already taken answers 400 unless `replace` is true
    (inferred status).

    Args:
        project_id (UUID):
        replace (bool | Unset):
        body (CreateImageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | Image
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
        replace=replace,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateImageRequest,
    replace: bool | Unset = UNSET,
) -> Response[ErrorBody | Image]:
    """Create an image from an uploaded file

     The last step of an upload: the file was PUT to the signed URL of `upload_id`. File names are unique
    in a dataset (vendor's upload guide): a name already taken answers 400 unless `replace` is true
    (inferred status).

    Args:
        project_id (UUID):
        replace (bool | Unset):
        body (CreateImageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | Image]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        replace=replace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateImageRequest,
    replace: bool | Unset = UNSET,
) -> ErrorBody | Image | None:
    """Create an image from an uploaded file

     The last step of an upload: the file was PUT to the signed URL of `upload_id`. File names are unique
    in a dataset (vendor's upload guide): a name already taken answers 400 unless `replace` is true
    (inferred status).

    Args:
        project_id (UUID):
        replace (bool | Unset):
        body (CreateImageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | Image
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            replace=replace,
        )
    ).parsed
