from typing import Any
from uuid import UUID

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...models.default_status import DefaultStatus
from ...models.ef_user_action import EFUserAction
from ...models.error_type import ErrorType
from ...models.image_list import ImageList
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    project_id: UUID,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    dataset_id: list[UUID] | Unset = UNSET,
    image_name: str | Unset = UNSET,
    image_status: list[DefaultStatus] | Unset = UNSET,
    status_id: list[UUID] | Unset = UNSET,
    tag_class_id: list[str] | Unset = UNSET,
    updated_since: int | Unset = UNSET,
    created_since: int | Unset = UNSET,
    queue_id: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    ef_run_ids: list[UUID] | Unset = UNSET,
    ef_user_action: EFUserAction | Unset = UNSET,
    ef_error_type: ErrorType | Unset = UNSET,
    aldi_session_id: UUID | Unset = UNSET,
    has_missing_attributes: bool | Unset = UNSET,
    has_missing_tags: bool | Unset = UNSET,
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
    params["image_name"] = image_name

    json_image_status: list[str] | Unset = UNSET
    if not isinstance(image_status, Unset):
        json_image_status = []
        for image_status_item_data in image_status:
            image_status_item = image_status_item_data.value
            json_image_status.append(image_status_item)

    params["image_status"] = (
        ",".join(str(item) for item in json_image_status) if isinstance(json_image_status, list) else json_image_status
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
    json_tag_class_id: list[str] | Unset = UNSET
    if not isinstance(tag_class_id, Unset):
        json_tag_class_id = tag_class_id

    params["tag_class_id"] = (
        ",".join(str(item) for item in json_tag_class_id) if isinstance(json_tag_class_id, list) else json_tag_class_id
    )
    params["updated_since"] = updated_since

    params["created_since"] = created_since

    params["queue_id"] = queue_id

    params["batch_id"] = batch_id

    json_ef_run_ids: list[str] | Unset = UNSET
    if not isinstance(ef_run_ids, Unset):
        json_ef_run_ids = []
        for ef_run_ids_item_data in ef_run_ids:
            ef_run_ids_item = str(ef_run_ids_item_data)
            json_ef_run_ids.append(ef_run_ids_item)

    params["ef_run_ids"] = (
        ",".join(str(item) for item in json_ef_run_ids) if isinstance(json_ef_run_ids, list) else json_ef_run_ids
    )
    json_ef_user_action: str | Unset = UNSET
    if not isinstance(ef_user_action, Unset):
        json_ef_user_action = ef_user_action.value

    params["ef_user_action"] = json_ef_user_action

    json_ef_error_type: str | Unset = UNSET
    if not isinstance(ef_error_type, Unset):
        json_ef_error_type = ef_error_type.value

    params["ef_error_type"] = json_ef_error_type

    json_aldi_session_id: str | Unset = UNSET
    if not isinstance(aldi_session_id, Unset):
        json_aldi_session_id = str(aldi_session_id)
    params["aldi_session_id"] = json_aldi_session_id

    params["has_missing_attributes"] = has_missing_attributes

    params["has_missing_tags"] = has_missing_tags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/images".format(
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
    image_name: str | Unset = UNSET,
    image_status: list[DefaultStatus] | Unset = UNSET,
    status_id: list[UUID] | Unset = UNSET,
    tag_class_id: list[str] | Unset = UNSET,
    updated_since: int | Unset = UNSET,
    created_since: int | Unset = UNSET,
    queue_id: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    ef_run_ids: list[UUID] | Unset = UNSET,
    ef_user_action: EFUserAction | Unset = UNSET,
    ef_error_type: ErrorType | Unset = UNSET,
    aldi_session_id: UUID | Unset = UNSET,
    has_missing_attributes: bool | Unset = UNSET,
    has_missing_tags: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        dataset_id=dataset_id,
        image_name=image_name,
        image_status=image_status,
        status_id=status_id,
        tag_class_id=tag_class_id,
        updated_since=updated_since,
        created_since=created_since,
        queue_id=queue_id,
        batch_id=batch_id,
        ef_run_ids=ef_run_ids,
        ef_user_action=ef_user_action,
        ef_error_type=ef_error_type,
        aldi_session_id=aldi_session_id,
        has_missing_attributes=has_missing_attributes,
        has_missing_tags=has_missing_tags,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> ImageList:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("list_images", response)
    if not response.content:
        raise empty_body("list_images", "ImageList", response)
    try:
        response_200 = ImageList.from_json(response.content)
        check_parsed("list_images", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("list_images", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ImageList]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> ImageList:
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
    image_name: str | Unset = UNSET,
    image_status: list[DefaultStatus] | Unset = UNSET,
    status_id: list[UUID] | Unset = UNSET,
    tag_class_id: list[str] | Unset = UNSET,
    updated_since: int | Unset = UNSET,
    created_since: int | Unset = UNSET,
    queue_id: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    ef_run_ids: list[UUID] | Unset = UNSET,
    ef_user_action: EFUserAction | Unset = UNSET,
    ef_error_type: ErrorType | Unset = UNSET,
    aldi_session_id: UUID | Unset = UNSET,
    has_missing_attributes: bool | Unset = UNSET,
    has_missing_tags: bool | Unset = UNSET,
) -> Response[ImageList]:
    """List images

    Args:
        project_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        dataset_id (list[UUID] | Unset):
        image_name (str | Unset):
        image_status (list[DefaultStatus] | Unset):
        status_id (list[UUID] | Unset):
        tag_class_id (list[str] | Unset):
        updated_since (int | Unset):
        created_since (int | Unset):
        queue_id (str | Unset):
        batch_id (str | Unset):
        ef_run_ids (list[UUID] | Unset):
        ef_user_action (EFUserAction | Unset): Error finder user action.
        ef_error_type (ErrorType | Unset): Error finder error type.
        aldi_session_id (UUID | Unset):
        has_missing_attributes (bool | Unset):
        has_missing_tags (bool | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[ImageList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        dataset_id=dataset_id,
        image_name=image_name,
        image_status=image_status,
        status_id=status_id,
        tag_class_id=tag_class_id,
        updated_since=updated_since,
        created_since=created_since,
        queue_id=queue_id,
        batch_id=batch_id,
        ef_run_ids=ef_run_ids,
        ef_user_action=ef_user_action,
        ef_error_type=ef_error_type,
        aldi_session_id=aldi_session_id,
        has_missing_attributes=has_missing_attributes,
        has_missing_tags=has_missing_tags,
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
    image_name: str | Unset = UNSET,
    image_status: list[DefaultStatus] | Unset = UNSET,
    status_id: list[UUID] | Unset = UNSET,
    tag_class_id: list[str] | Unset = UNSET,
    updated_since: int | Unset = UNSET,
    created_since: int | Unset = UNSET,
    queue_id: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    ef_run_ids: list[UUID] | Unset = UNSET,
    ef_user_action: EFUserAction | Unset = UNSET,
    ef_error_type: ErrorType | Unset = UNSET,
    aldi_session_id: UUID | Unset = UNSET,
    has_missing_attributes: bool | Unset = UNSET,
    has_missing_tags: bool | Unset = UNSET,
) -> ImageList:
    """List images

    Args:
        project_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        dataset_id (list[UUID] | Unset):
        image_name (str | Unset):
        image_status (list[DefaultStatus] | Unset):
        status_id (list[UUID] | Unset):
        tag_class_id (list[str] | Unset):
        updated_since (int | Unset):
        created_since (int | Unset):
        queue_id (str | Unset):
        batch_id (str | Unset):
        ef_run_ids (list[UUID] | Unset):
        ef_user_action (EFUserAction | Unset): Error finder user action.
        ef_error_type (ErrorType | Unset): Error finder error type.
        aldi_session_id (UUID | Unset):
        has_missing_attributes (bool | Unset):
        has_missing_tags (bool | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        ImageList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        offset=offset,
        limit=limit,
        dataset_id=dataset_id,
        image_name=image_name,
        image_status=image_status,
        status_id=status_id,
        tag_class_id=tag_class_id,
        updated_since=updated_since,
        created_since=created_since,
        queue_id=queue_id,
        batch_id=batch_id,
        ef_run_ids=ef_run_ids,
        ef_user_action=ef_user_action,
        ef_error_type=ef_error_type,
        aldi_session_id=aldi_session_id,
        has_missing_attributes=has_missing_attributes,
        has_missing_tags=has_missing_tags,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    dataset_id: list[UUID] | Unset = UNSET,
    image_name: str | Unset = UNSET,
    image_status: list[DefaultStatus] | Unset = UNSET,
    status_id: list[UUID] | Unset = UNSET,
    tag_class_id: list[str] | Unset = UNSET,
    updated_since: int | Unset = UNSET,
    created_since: int | Unset = UNSET,
    queue_id: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    ef_run_ids: list[UUID] | Unset = UNSET,
    ef_user_action: EFUserAction | Unset = UNSET,
    ef_error_type: ErrorType | Unset = UNSET,
    aldi_session_id: UUID | Unset = UNSET,
    has_missing_attributes: bool | Unset = UNSET,
    has_missing_tags: bool | Unset = UNSET,
) -> Response[ImageList]:
    """List images

    Args:
        project_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        dataset_id (list[UUID] | Unset):
        image_name (str | Unset):
        image_status (list[DefaultStatus] | Unset):
        status_id (list[UUID] | Unset):
        tag_class_id (list[str] | Unset):
        updated_since (int | Unset):
        created_since (int | Unset):
        queue_id (str | Unset):
        batch_id (str | Unset):
        ef_run_ids (list[UUID] | Unset):
        ef_user_action (EFUserAction | Unset): Error finder user action.
        ef_error_type (ErrorType | Unset): Error finder error type.
        aldi_session_id (UUID | Unset):
        has_missing_attributes (bool | Unset):
        has_missing_tags (bool | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[ImageList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        dataset_id=dataset_id,
        image_name=image_name,
        image_status=image_status,
        status_id=status_id,
        tag_class_id=tag_class_id,
        updated_since=updated_since,
        created_since=created_since,
        queue_id=queue_id,
        batch_id=batch_id,
        ef_run_ids=ef_run_ids,
        ef_user_action=ef_user_action,
        ef_error_type=ef_error_type,
        aldi_session_id=aldi_session_id,
        has_missing_attributes=has_missing_attributes,
        has_missing_tags=has_missing_tags,
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
    image_name: str | Unset = UNSET,
    image_status: list[DefaultStatus] | Unset = UNSET,
    status_id: list[UUID] | Unset = UNSET,
    tag_class_id: list[str] | Unset = UNSET,
    updated_since: int | Unset = UNSET,
    created_since: int | Unset = UNSET,
    queue_id: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    ef_run_ids: list[UUID] | Unset = UNSET,
    ef_user_action: EFUserAction | Unset = UNSET,
    ef_error_type: ErrorType | Unset = UNSET,
    aldi_session_id: UUID | Unset = UNSET,
    has_missing_attributes: bool | Unset = UNSET,
    has_missing_tags: bool | Unset = UNSET,
) -> ImageList:
    """List images

    Args:
        project_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        dataset_id (list[UUID] | Unset):
        image_name (str | Unset):
        image_status (list[DefaultStatus] | Unset):
        status_id (list[UUID] | Unset):
        tag_class_id (list[str] | Unset):
        updated_since (int | Unset):
        created_since (int | Unset):
        queue_id (str | Unset):
        batch_id (str | Unset):
        ef_run_ids (list[UUID] | Unset):
        ef_user_action (EFUserAction | Unset): Error finder user action.
        ef_error_type (ErrorType | Unset): Error finder error type.
        aldi_session_id (UUID | Unset):
        has_missing_attributes (bool | Unset):
        has_missing_tags (bool | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        ImageList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            dataset_id=dataset_id,
            image_name=image_name,
            image_status=image_status,
            status_id=status_id,
            tag_class_id=tag_class_id,
            updated_since=updated_since,
            created_since=created_since,
            queue_id=queue_id,
            batch_id=batch_id,
            ef_run_ids=ef_run_ids,
            ef_user_action=ef_user_action,
            ef_error_type=ef_error_type,
            aldi_session_id=aldi_session_id,
            has_missing_attributes=has_missing_attributes,
            has_missing_tags=has_missing_tags,
        )
    ).parsed
