from typing import Any
from uuid import UUID

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...models.label_attribute_value_list import LabelAttributeValueList
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    project_id: UUID,
    image_id: UUID,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/images/{image_id}/label_attributes".format(
            project_id=segment("project_id", project_id),
            image_id=segment("image_id", image_id),
        ),
        "params": params,
    }

    return _kwargs


def request_kwargs(
    project_id: UUID,
    image_id: UUID,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        project_id=project_id,
        image_id=image_id,
        offset=offset,
        limit=limit,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client | None, response: httpx.Response
) -> LabelAttributeValueList:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("list_image_label_attributes", response)
    if not response.content:
        raise empty_body("list_image_label_attributes", "LabelAttributeValueList", response)
    try:
        response_200 = LabelAttributeValueList.from_json(response.content)
        check_parsed("list_image_label_attributes", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("list_image_label_attributes", error, response) from error


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LabelAttributeValueList]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> LabelAttributeValueList:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    project_id: UUID,
    image_id: UUID,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[LabelAttributeValueList]:
    """List the attribute values of every label of an image

    Args:
        project_id (UUID):
        image_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[LabelAttributeValueList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        image_id=image_id,
        offset=offset,
        limit=limit,
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
) -> LabelAttributeValueList:
    """List the attribute values of every label of an image

    Args:
        project_id (UUID):
        image_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        LabelAttributeValueList
    """

    return sync_detailed(
        project_id=project_id,
        image_id=image_id,
        client=client,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    image_id: UUID,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[LabelAttributeValueList]:
    """List the attribute values of every label of an image

    Args:
        project_id (UUID):
        image_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[LabelAttributeValueList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        image_id=image_id,
        offset=offset,
        limit=limit,
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
) -> LabelAttributeValueList:
    """List the attribute values of every label of an image

    Args:
        project_id (UUID):
        image_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        LabelAttributeValueList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            image_id=image_id,
            client=client,
            offset=offset,
            limit=limit,
        )
    ).parsed
