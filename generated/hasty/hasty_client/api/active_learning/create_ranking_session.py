from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_ranking_session_request import CreateRankingSessionRequest
from ...models.error_body import ErrorBody
from ...models.ranking_session import RankingSession
from ...types import Response, loads_json


def _get_kwargs(
    project_id: UUID,
    *,
    body: CreateRankingSessionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/active_learning/ranking_sessions".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | RankingSession | None:
    if response.status_code == 200:
        response_200 = RankingSession.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 402:
        response_402 = ErrorBody.from_dict(loads_json(response.content))

        return response_402

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
) -> Response[ErrorBody | RankingSession]:
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
    body: CreateRankingSessionRequest,
) -> Response[ErrorBody | RankingSession]:
    """Start an active learning ranking session

     Triggers active learning ranking job to run with the given parameters. The session starts `INIT`.

    Args:
        project_id (UUID):
        body (CreateRankingSessionRequest): The page marks no field as required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RankingSession]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateRankingSessionRequest,
) -> ErrorBody | RankingSession | None:
    """Start an active learning ranking session

     Triggers active learning ranking job to run with the given parameters. The session starts `INIT`.

    Args:
        project_id (UUID):
        body (CreateRankingSessionRequest): The page marks no field as required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RankingSession
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateRankingSessionRequest,
) -> Response[ErrorBody | RankingSession]:
    """Start an active learning ranking session

     Triggers active learning ranking job to run with the given parameters. The session starts `INIT`.

    Args:
        project_id (UUID):
        body (CreateRankingSessionRequest): The page marks no field as required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RankingSession]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateRankingSessionRequest,
) -> ErrorBody | RankingSession | None:
    """Start an active learning ranking session

     Triggers active learning ranking job to run with the given parameters. The session starts `INIT`.

    Args:
        project_id (UUID):
        body (CreateRankingSessionRequest): The page marks no field as required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RankingSession
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
