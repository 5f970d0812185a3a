from typing import Any
from uuid import UUID

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...models.default_status import DefaultStatus
from ...models.project_label_list import ProjectLabelList
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    project_id: UUID,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    label_class_id: UUID | Unset = UNSET,
    labeler_id: UUID | Unset = UNSET,
    dataset_id: list[UUID] | Unset = UNSET,
    image_status: list[DefaultStatus] | Unset = UNSET,
    status_id: list[UUID] | Unset = UNSET,
    image_name: str | Unset = UNSET,
    label_author_id: UUID | Unset = UNSET,
    attribute_id: UUID | Unset = UNSET,
    attribute_value: str | Unset = UNSET,
    bool_attribute_value: bool | Unset = UNSET,
    created_since: str | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    no_attribute_id: UUID | Unset = UNSET,
    keypoint_schema_id: UUID | Unset = UNSET,
    add_keypoint_data: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    json_label_class_id: str | Unset = UNSET
    if not isinstance(label_class_id, Unset):
        json_label_class_id = str(label_class_id)
    params["label_class_id"] = json_label_class_id

    json_labeler_id: str | Unset = UNSET
    if not isinstance(labeler_id, Unset):
        json_labeler_id = str(labeler_id)
    params["labeler_id"] = json_labeler_id

    json_dataset_id: list[str] | Unset = UNSET
    if not isinstance(dataset_id, Unset):
        json_dataset_id = []
        for dataset_id_item_data in dataset_id:
            dataset_id_item = str(dataset_id_item_data)
            json_dataset_id.append(dataset_id_item)

    params["dataset_id"] = (
        ",".join(str(item) for item in json_dataset_id) if isinstance(json_dataset_id, list) else json_dataset_id
    )
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
    params["image_name"] = image_name

    json_label_author_id: str | Unset = UNSET
    if not isinstance(label_author_id, Unset):
        json_label_author_id = str(label_author_id)
    params["label_author_id"] = json_label_author_id

    json_attribute_id: str | Unset = UNSET
    if not isinstance(attribute_id, Unset):
        json_attribute_id = str(attribute_id)
    params["attribute_id"] = json_attribute_id

    params["attribute_value"] = attribute_value

    params["bool_attribute_value"] = bool_attribute_value

    params["created_since"] = created_since

    params["updated_since"] = updated_since

    json_no_attribute_id: str | Unset = UNSET
    if not isinstance(no_attribute_id, Unset):
        json_no_attribute_id = str(no_attribute_id)
    params["no_attribute_id"] = json_no_attribute_id

    json_keypoint_schema_id: str | Unset = UNSET
    if not isinstance(keypoint_schema_id, Unset):
        json_keypoint_schema_id = str(keypoint_schema_id)
    params["keypoint_schema_id"] = json_keypoint_schema_id

    params["add_keypoint_data"] = add_keypoint_data

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/labels".format(
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
    label_class_id: UUID | Unset = UNSET,
    labeler_id: UUID | Unset = UNSET,
    dataset_id: list[UUID] | Unset = UNSET,
    image_status: list[DefaultStatus] | Unset = UNSET,
    status_id: list[UUID] | Unset = UNSET,
    image_name: str | Unset = UNSET,
    label_author_id: UUID | Unset = UNSET,
    attribute_id: UUID | Unset = UNSET,
    attribute_value: str | Unset = UNSET,
    bool_attribute_value: bool | Unset = UNSET,
    created_since: str | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    no_attribute_id: UUID | Unset = UNSET,
    keypoint_schema_id: UUID | Unset = UNSET,
    add_keypoint_data: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        label_class_id=label_class_id,
        labeler_id=labeler_id,
        dataset_id=dataset_id,
        image_status=image_status,
        status_id=status_id,
        image_name=image_name,
        label_author_id=label_author_id,
        attribute_id=attribute_id,
        attribute_value=attribute_value,
        bool_attribute_value=bool_attribute_value,
        created_since=created_since,
        updated_since=updated_since,
        no_attribute_id=no_attribute_id,
        keypoint_schema_id=keypoint_schema_id,
        add_keypoint_data=add_keypoint_data,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> ProjectLabelList:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("list_labels", response)
    if not response.content:
        raise empty_body("list_labels", "ProjectLabelList", response)
    try:
        response_200 = ProjectLabelList.from_json(response.content)
        check_parsed("list_labels", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("list_labels", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ProjectLabelList]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> ProjectLabelList:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    label_class_id: UUID | Unset = UNSET,
    labeler_id: UUID | Unset = UNSET,
    dataset_id: list[UUID] | Unset = UNSET,
    image_status: list[DefaultStatus] | Unset = UNSET,
    status_id: list[UUID] | Unset = UNSET,
    image_name: str | Unset = UNSET,
    label_author_id: UUID | Unset = UNSET,
    attribute_id: UUID | Unset = UNSET,
    attribute_value: str | Unset = UNSET,
    bool_attribute_value: bool | Unset = UNSET,
    created_since: str | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    no_attribute_id: UUID | Unset = UNSET,
    keypoint_schema_id: UUID | Unset = UNSET,
    add_keypoint_data: bool | Unset = UNSET,
) -> Response[ProjectLabelList]:
    """List the labels of a project

    Args:
        project_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        label_class_id (UUID | Unset):
        labeler_id (UUID | Unset):
        dataset_id (list[UUID] | Unset):
        image_status (list[DefaultStatus] | Unset):
        status_id (list[UUID] | Unset):
        image_name (str | Unset):
        label_author_id (UUID | Unset):
        attribute_id (UUID | Unset):
        attribute_value (str | Unset):
        bool_attribute_value (bool | Unset):
        created_since (str | Unset):
        updated_since (str | Unset):
        no_attribute_id (UUID | Unset):
        keypoint_schema_id (UUID | Unset):
        add_keypoint_data (bool | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[ProjectLabelList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        label_class_id=label_class_id,
        labeler_id=labeler_id,
        dataset_id=dataset_id,
        image_status=image_status,
        status_id=status_id,
        image_name=image_name,
        label_author_id=label_author_id,
        attribute_id=attribute_id,
        attribute_value=attribute_value,
        bool_attribute_value=bool_attribute_value,
        created_since=created_since,
        updated_since=updated_since,
        no_attribute_id=no_attribute_id,
        keypoint_schema_id=keypoint_schema_id,
        add_keypoint_data=add_keypoint_data,
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
    label_class_id: UUID | Unset = UNSET,
    labeler_id: UUID | Unset = UNSET,
    dataset_id: list[UUID] | Unset = UNSET,
    image_status: list[DefaultStatus] | Unset = UNSET,
    status_id: list[UUID] | Unset = UNSET,
    image_name: str | Unset = UNSET,
    label_author_id: UUID | Unset = UNSET,
    attribute_id: UUID | Unset = UNSET,
    attribute_value: str | Unset = UNSET,
    bool_attribute_value: bool | Unset = UNSET,
    created_since: str | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    no_attribute_id: UUID | Unset = UNSET,
    keypoint_schema_id: UUID | Unset = UNSET,
    add_keypoint_data: bool | Unset = UNSET,
) -> ProjectLabelList:
    """List the labels of a project

    Args:
        project_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        label_class_id (UUID | Unset):
        labeler_id (UUID | Unset):
        dataset_id (list[UUID] | Unset):
        image_status (list[DefaultStatus] | Unset):
        status_id (list[UUID] | Unset):
        image_name (str | Unset):
        label_author_id (UUID | Unset):
        attribute_id (UUID | Unset):
        attribute_value (str | Unset):
        bool_attribute_value (bool | Unset):
        created_since (str | Unset):
        updated_since (str | Unset):
        no_attribute_id (UUID | Unset):
        keypoint_schema_id (UUID | Unset):
        add_keypoint_data (bool | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        ProjectLabelList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        offset=offset,
        limit=limit,
        label_class_id=label_class_id,
        labeler_id=labeler_id,
        dataset_id=dataset_id,
        image_status=image_status,
        status_id=status_id,
        image_name=image_name,
        label_author_id=label_author_id,
        attribute_id=attribute_id,
        attribute_value=attribute_value,
        bool_attribute_value=bool_attribute_value,
        created_since=created_since,
        updated_since=updated_since,
        no_attribute_id=no_attribute_id,
        keypoint_schema_id=keypoint_schema_id,
        add_keypoint_data=add_keypoint_data,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    label_class_id: UUID | Unset = UNSET,
    labeler_id: UUID | Unset = UNSET,
    dataset_id: list[UUID] | Unset = UNSET,
    image_status: list[DefaultStatus] | Unset = UNSET,
    status_id: list[UUID] | Unset = UNSET,
    image_name: str | Unset = UNSET,
    label_author_id: UUID | Unset = UNSET,
    attribute_id: UUID | Unset = UNSET,
    attribute_value: str | Unset = UNSET,
    bool_attribute_value: bool | Unset = UNSET,
    created_since: str | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    no_attribute_id: UUID | Unset = UNSET,
    keypoint_schema_id: UUID | Unset = UNSET,
    add_keypoint_data: bool | Unset = UNSET,
) -> Response[ProjectLabelList]:
    """List the labels of a project

    Args:
        project_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        label_class_id (UUID | Unset):
        labeler_id (UUID | Unset):
        dataset_id (list[UUID] | Unset):
        image_status (list[DefaultStatus] | Unset):
        status_id (list[UUID] | Unset):
        image_name (str | Unset):
        label_author_id (UUID | Unset):
        attribute_id (UUID | Unset):
        attribute_value (str | Unset):
        bool_attribute_value (bool | Unset):
        created_since (str | Unset):
        updated_since (str | Unset):
        no_attribute_id (UUID | Unset):
        keypoint_schema_id (UUID | Unset):
        add_keypoint_data (bool | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[ProjectLabelList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        label_class_id=label_class_id,
        labeler_id=labeler_id,
        dataset_id=dataset_id,
        image_status=image_status,
        status_id=status_id,
        image_name=image_name,
        label_author_id=label_author_id,
        attribute_id=attribute_id,
        attribute_value=attribute_value,
        bool_attribute_value=bool_attribute_value,
        created_since=created_since,
        updated_since=updated_since,
        no_attribute_id=no_attribute_id,
        keypoint_schema_id=keypoint_schema_id,
        add_keypoint_data=add_keypoint_data,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    label_class_id: UUID | Unset = UNSET,
    labeler_id: UUID | Unset = UNSET,
    dataset_id: list[UUID] | Unset = UNSET,
    image_status: list[DefaultStatus] | Unset = UNSET,
    status_id: list[UUID] | Unset = UNSET,
    image_name: str | Unset = UNSET,
    label_author_id: UUID | Unset = UNSET,
    attribute_id: UUID | Unset = UNSET,
    attribute_value: str | Unset = UNSET,
    bool_attribute_value: bool | Unset = UNSET,
    created_since: str | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    no_attribute_id: UUID | Unset = UNSET,
    keypoint_schema_id: UUID | Unset = UNSET,
    add_keypoint_data: bool | Unset = UNSET,
) -> ProjectLabelList:
    """List the labels of a project

    Args:
        project_id (UUID):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        label_class_id (UUID | Unset):
        labeler_id (UUID | Unset):
        dataset_id (list[UUID] | Unset):
        image_status (list[DefaultStatus] | Unset):
        status_id (list[UUID] | Unset):
        image_name (str | Unset):
        label_author_id (UUID | Unset):
        attribute_id (UUID | Unset):
        attribute_value (str | Unset):
        bool_attribute_value (bool | Unset):
        created_since (str | Unset):
        updated_since (str | Unset):
        no_attribute_id (UUID | Unset):
        keypoint_schema_id (UUID | Unset):
        add_keypoint_data (bool | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        ProjectLabelList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            label_class_id=label_class_id,
            labeler_id=labeler_id,
            dataset_id=dataset_id,
            image_status=image_status,
            status_id=status_id,
            image_name=image_name,
            label_author_id=label_author_id,
            attribute_id=attribute_id,
            attribute_value=attribute_value,
            bool_attribute_value=bool_attribute_value,
            created_since=created_since,
            updated_since=updated_since,
            no_attribute_id=no_attribute_id,
            keypoint_schema_id=keypoint_schema_id,
            add_keypoint_data=add_keypoint_data,
        )
    ).parsed
