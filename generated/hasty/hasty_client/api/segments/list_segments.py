from typing import Any
from uuid import UUID

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...models.segment_list import SegmentList
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    project_id: UUID,
    video_id: UUID,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    activity_type_id: UUID | Unset = UNSET,
    start_time_ms: int | Unset = UNSET,
    end_time_ms: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_activity_type_id: str | Unset = UNSET
    if not isinstance(activity_type_id, Unset):
        json_activity_type_id = str(activity_type_id)
    params["activity_type_id"] = json_activity_type_id

    params["start_time_ms"] = start_time_ms

    params["end_time_ms"] = end_time_ms

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/videos/{video_id}/segments".format(
            project_id=segment("project_id", project_id),
            video_id=segment("video_id", video_id),
        ),
        "params": params,
    }

    return _kwargs


def request_kwargs(
    project_id: UUID,
    video_id: UUID,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    activity_type_id: UUID | Unset = UNSET,
    start_time_ms: int | Unset = UNSET,
    end_time_ms: int | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        project_id=project_id,
        video_id=video_id,
        offset=offset,
        limit=limit,
        activity_type_id=activity_type_id,
        start_time_ms=start_time_ms,
        end_time_ms=end_time_ms,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> SegmentList:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("list_segments", response)
    if not response.content:
        raise empty_body("list_segments", "SegmentList", response)
    try:
        response_200 = SegmentList.from_json(response.content)
        check_parsed("list_segments", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("list_segments", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SegmentList]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> SegmentList:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    project_id: UUID,
    video_id: UUID,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    activity_type_id: UUID | Unset = UNSET,
    start_time_ms: int | Unset = UNSET,
    end_time_ms: int | Unset = UNSET,
) -> Response[SegmentList]:
    """List the segments of a video

    Args:
        project_id (UUID):
        video_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        activity_type_id (UUID | Unset):
        start_time_ms (int | Unset):
        end_time_ms (int | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[SegmentList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        video_id=video_id,
        offset=offset,
        limit=limit,
        activity_type_id=activity_type_id,
        start_time_ms=start_time_ms,
        end_time_ms=end_time_ms,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    video_id: UUID,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    activity_type_id: UUID | Unset = UNSET,
    start_time_ms: int | Unset = UNSET,
    end_time_ms: int | Unset = UNSET,
) -> SegmentList:
    """List the segments of a video

    Args:
        project_id (UUID):
        video_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        activity_type_id (UUID | Unset):
        start_time_ms (int | Unset):
        end_time_ms (int | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        SegmentList
    """

    return sync_detailed(
        project_id=project_id,
        video_id=video_id,
        client=client,
        offset=offset,
        limit=limit,
        activity_type_id=activity_type_id,
        start_time_ms=start_time_ms,
        end_time_ms=end_time_ms,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    video_id: UUID,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    activity_type_id: UUID | Unset = UNSET,
    start_time_ms: int | Unset = UNSET,
    end_time_ms: int | Unset = UNSET,
) -> Response[SegmentList]:
    """List the segments of a video

    Args:
        project_id (UUID):
        video_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        activity_type_id (UUID | Unset):
        start_time_ms (int | Unset):
        end_time_ms (int | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[SegmentList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        video_id=video_id,
        offset=offset,
        limit=limit,
        activity_type_id=activity_type_id,
        start_time_ms=start_time_ms,
        end_time_ms=end_time_ms,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    video_id: UUID,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    activity_type_id: UUID | Unset = UNSET,
    start_time_ms: int | Unset = UNSET,
    end_time_ms: int | Unset = UNSET,
) -> SegmentList:
    """List the segments of a video

    Args:
        project_id (UUID):
        video_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        activity_type_id (UUID | Unset):
        start_time_ms (int | Unset):
        end_time_ms (int | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        SegmentList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            video_id=video_id,
            client=client,
            offset=offset,
            limit=limit,
            activity_type_id=activity_type_id,
            start_time_ms=start_time_ms,
            end_time_ms=end_time_ms,
        )
    ).parsed
