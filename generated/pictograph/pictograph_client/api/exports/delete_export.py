from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...types import Response, loads_json


def _get_kwargs(
    dataset_name: str,
    export_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/developer/exports/{dataset_name}/{export_name}".format(
            dataset_name=quote(str(dataset_name), safe=""),
            export_name=quote(str(export_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorMessage | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorMessage.from_dict(loads_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorMessage.from_dict(loads_json(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dataset_name: str,
    export_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorMessage]:
    """Delete an export

     Delete an export and its archive. Requires the admin or owner role: a key of
    another role answers `403`.

    Inferred, as the page does not say: success is `204 No Content` with no
    body; signed download URLs issued earlier stop working; an export may be
    deleted in any status.

    Args:
        dataset_name (str):
        export_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage]
    """

    kwargs = _get_kwargs(
        dataset_name=dataset_name,
        export_name=export_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_name: str,
    export_name: str,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorMessage | None:
    """Delete an export

     Delete an export and its archive. Requires the admin or owner role: a key of
    another role answers `403`.

    Inferred, as the page does not say: success is `204 No Content` with no
    body; signed download URLs issued earlier stop working; an export may be
    deleted in any status.

    Args:
        dataset_name (str):
        export_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage
    """

    return sync_detailed(
        dataset_name=dataset_name,
        export_name=export_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    dataset_name: str,
    export_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorMessage]:
    """Delete an export

     Delete an export and its archive. Requires the admin or owner role: a key of
    another role answers `403`.

    Inferred, as the page does not say: success is `204 No Content` with no
    body; signed download URLs issued earlier stop working; an export may be
    deleted in any status.

    Args:
        dataset_name (str):
        export_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage]
    """

    kwargs = _get_kwargs(
        dataset_name=dataset_name,
        export_name=export_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_name: str,
    export_name: str,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorMessage | None:
    """Delete an export

     Delete an export and its archive. Requires the admin or owner role: a key of
    another role answers `403`.

    Inferred, as the page does not say: success is `204 No Content` with no
    body; signed download URLs issued earlier stop working; an export may be
    deleted in any status.

    Args:
        dataset_name (str):
        export_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage
    """

    return (
        await asyncio_detailed(
            dataset_name=dataset_name,
            export_name=export_name,
            client=client,
        )
    ).parsed
