from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detector_list import DetectorList
from ...models.error_message import ErrorMessage
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    *,
    locale: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["locale"] = locale

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/export-api/v1/detectors",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetectorList | ErrorMessage | ValidationErrorBody | None:
    if response.status_code == 200:
        response_200 = DetectorList.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 422:
        response_422 = ValidationErrorBody.from_dict(loads_json(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DetectorList | ErrorMessage | ValidationErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    locale: str | Unset = UNSET,
) -> Response[DetectorList | ErrorMessage | ValidationErrorBody]:
    """List available detectors

     Categories of urban environment objects that can be detected in frames.

    Args:
        locale (str | Unset): A locale such as `en_AE` (language, underscore, region).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetectorList | ErrorMessage | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        locale=locale,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    locale: str | Unset = UNSET,
) -> DetectorList | ErrorMessage | ValidationErrorBody | None:
    """List available detectors

     Categories of urban environment objects that can be detected in frames.

    Args:
        locale (str | Unset): A locale such as `en_AE` (language, underscore, region).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetectorList | ErrorMessage | ValidationErrorBody
    """

    return sync_detailed(
        client=client,
        locale=locale,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    locale: str | Unset = UNSET,
) -> Response[DetectorList | ErrorMessage | ValidationErrorBody]:
    """List available detectors

     Categories of urban environment objects that can be detected in frames.

    Args:
        locale (str | Unset): A locale such as `en_AE` (language, underscore, region).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetectorList | ErrorMessage | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        locale=locale,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    locale: str | Unset = UNSET,
) -> DetectorList | ErrorMessage | ValidationErrorBody | None:
    """List available detectors

     Categories of urban environment objects that can be detected in frames.

    Args:
        locale (str | Unset): A locale such as `en_AE` (language, underscore, region).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetectorList | ErrorMessage | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            locale=locale,
        )
    ).parsed
