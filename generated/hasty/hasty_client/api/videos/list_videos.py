from typing import Any
from uuid import UUID

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...models.health_status import HealthStatus
from ...models.video_list import VideoList
from ...models.video_status import VideoStatus
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    project_id: UUID,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    dataset_id: list[UUID] | Unset = UNSET,
    video_status: list[VideoStatus] | Unset = UNSET,
    status_id: list[UUID] | Unset = UNSET,
    video_name: str | Unset = UNSET,
    health_status: list[HealthStatus] | Unset = UNSET,
    activity: list[UUID] | Unset = UNSET,
    queue_id: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_dataset_id: list[str] | Unset = UNSET
    if not isinstance(dataset_id, Unset):
        json_dataset_id = []
        for dataset_id_item_data in dataset_id:
            dataset_id_item = str(dataset_id_item_data)
            json_dataset_id.append(dataset_id_item)

    params["dataset_id"] = (
        ",".join(str(item) for item in json_dataset_id) if isinstance(json_dataset_id, list) else json_dataset_id
    )
    json_video_status: list[str] | Unset = UNSET
    if not isinstance(video_status, Unset):
        json_video_status = []
        for video_status_item_data in video_status:
            video_status_item = video_status_item_data.value
            json_video_status.append(video_status_item)

    params["video_status"] = (
        ",".join(str(item) for item in json_video_status) if isinstance(json_video_status, list) else json_video_status
    )
    json_status_id: list[str] | Unset = UNSET
    if not isinstance(status_id, Unset):
        json_status_id = []
        for status_id_item_data in status_id:
            status_id_item = str(status_id_item_data)
            json_status_id.append(status_id_item)

    params["status_id"] = (
        ",".join(str(item) for item in json_status_id) if isinstance(json_status_id, list) else json_status_id
    )
    params["video_name"] = video_name

    json_health_status: list[str] | Unset = UNSET
    if not isinstance(health_status, Unset):
        json_health_status = []
        for health_status_item_data in health_status:
            health_status_item = health_status_item_data.value
            json_health_status.append(health_status_item)

    params["health_status"] = (
        ",".join(str(item) for item in json_health_status)
        if isinstance(json_health_status, list)
        else json_health_status
    )
    json_activity: list[str] | Unset = UNSET
    if not isinstance(activity, Unset):
        json_activity = []
        for activity_item_data in activity:
            activity_item = str(activity_item_data)
            json_activity.append(activity_item)

    params["activity"] = (
        ",".join(str(item) for item in json_activity) if isinstance(json_activity, list) else json_activity
    )
    params["queue_id"] = queue_id

    params["batch_id"] = batch_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/videos".format(
            project_id=segment("project_id", project_id),
        ),
        "params": params,
    }

    return _kwargs


def request_kwargs(
    project_id: UUID,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    dataset_id: list[UUID] | Unset = UNSET,
    video_status: list[VideoStatus] | Unset = UNSET,
    status_id: list[UUID] | Unset = UNSET,
    video_name: str | Unset = UNSET,
    health_status: list[HealthStatus] | Unset = UNSET,
    activity: list[UUID] | Unset = UNSET,
    queue_id: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        dataset_id=dataset_id,
        video_status=video_status,
        status_id=status_id,
        video_name=video_name,
        health_status=health_status,
        activity=activity,
        queue_id=queue_id,
        batch_id=batch_id,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> VideoList:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("list_videos", response)
    if not response.content:
        raise empty_body("list_videos", "VideoList", response)
    try:
        response_200 = VideoList.from_json(response.content)
        check_parsed("list_videos", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("list_videos", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[VideoList]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> VideoList:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    dataset_id: list[UUID] | Unset = UNSET,
    video_status: list[VideoStatus] | Unset = UNSET,
    status_id: list[UUID] | Unset = UNSET,
    video_name: str | Unset = UNSET,
    health_status: list[HealthStatus] | Unset = UNSET,
    activity: list[UUID] | Unset = UNSET,
    queue_id: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
) -> Response[VideoList]:
    """List videos

    Args:
        project_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        dataset_id (list[UUID] | Unset):
        video_status (list[VideoStatus] | Unset):
        status_id (list[UUID] | Unset):
        video_name (str | Unset):
        health_status (list[HealthStatus] | Unset):
        activity (list[UUID] | Unset):
        queue_id (str | Unset):
        batch_id (str | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[VideoList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        dataset_id=dataset_id,
        video_status=video_status,
        status_id=status_id,
        video_name=video_name,
        health_status=health_status,
        activity=activity,
        queue_id=queue_id,
        batch_id=batch_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    dataset_id: list[UUID] | Unset = UNSET,
    video_status: list[VideoStatus] | Unset = UNSET,
    status_id: list[UUID] | Unset = UNSET,
    video_name: str | Unset = UNSET,
    health_status: list[HealthStatus] | Unset = UNSET,
    activity: list[UUID] | Unset = UNSET,
    queue_id: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
) -> VideoList:
    """List videos

    Args:
        project_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        dataset_id (list[UUID] | Unset):
        video_status (list[VideoStatus] | Unset):
        status_id (list[UUID] | Unset):
        video_name (str | Unset):
        health_status (list[HealthStatus] | Unset):
        activity (list[UUID] | Unset):
        queue_id (str | Unset):
        batch_id (str | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        VideoList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        offset=offset,
        limit=limit,
        dataset_id=dataset_id,
        video_status=video_status,
        status_id=status_id,
        video_name=video_name,
        health_status=health_status,
        activity=activity,
        queue_id=queue_id,
        batch_id=batch_id,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    dataset_id: list[UUID] | Unset = UNSET,
    video_status: list[VideoStatus] | Unset = UNSET,
    status_id: list[UUID] | Unset = UNSET,
    video_name: str | Unset = UNSET,
    health_status: list[HealthStatus] | Unset = UNSET,
    activity: list[UUID] | Unset = UNSET,
    queue_id: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
) -> Response[VideoList]:
    """List videos

    Args:
        project_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        dataset_id (list[UUID] | Unset):
        video_status (list[VideoStatus] | Unset):
        status_id (list[UUID] | Unset):
        video_name (str | Unset):
        health_status (list[HealthStatus] | Unset):
        activity (list[UUID] | Unset):
        queue_id (str | Unset):
        batch_id (str | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[VideoList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        dataset_id=dataset_id,
        video_status=video_status,
        status_id=status_id,
        video_name=video_name,
        health_status=health_status,
        activity=activity,
        queue_id=queue_id,
        batch_id=batch_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    dataset_id: list[UUID] | Unset = UNSET,
    video_status: list[VideoStatus] | Unset = UNSET,
    status_id: list[UUID] | Unset = UNSET,
    video_name: str | Unset = UNSET,
    health_status: list[HealthStatus] | Unset = UNSET,
    activity: list[UUID] | Unset = UNSET,
    queue_id: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
) -> VideoList:
    """List videos

    Args:
        project_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        dataset_id (list[UUID] | Unset):
        video_status (list[VideoStatus] | Unset):
        status_id (list[UUID] | Unset):
        video_name (str | Unset):
        health_status (list[HealthStatus] | Unset):
        activity (list[UUID] | Unset):
        queue_id (str | Unset):
        batch_id (str | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        VideoList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            dataset_id=dataset_id,
            video_status=video_status,
            status_id=status_id,
            video_name=video_name,
            health_status=health_status,
            activity=activity,
            queue_id=queue_id,
            batch_id=batch_id,
        )
    ).parsed
