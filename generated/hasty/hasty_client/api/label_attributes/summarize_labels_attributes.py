from typing import Any
from uuid import UUID

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.request_rules import check_body
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...models.labels_attribute import LabelsAttribute
from ...types import Response, loads_json, status_of


def _get_kwargs(
    project_id: UUID,
    image_id: UUID,
    *,
    body: list[UUID],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/images/{image_id}/label_attributes/summary".format(
            project_id=segment("project_id", project_id),
            image_id=segment("image_id", image_id),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = str(body_item_data)
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        check_body("summarize_labels_attributes", _kwargs["json"])
    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    project_id: UUID,
    image_id: UUID,
    *,
    body: list[UUID],
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        project_id=project_id,
        image_id=image_id,
        body=body,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> list[LabelsAttribute]:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("summarize_labels_attributes", response)
    if not response.content:
        raise empty_body("summarize_labels_attributes", "list[LabelsAttribute]", response)
    try:
        import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

        _response_200_gc = gc.isenabled()
        gc.disable()
        try:
            response_200 = []
            _response_200 = loads_json(response.content)
            for response_200_item_data in _response_200:
                response_200_item = LabelsAttribute.from_dict(response_200_item_data)

                response_200.append(response_200_item)

        finally:
            if _response_200_gc:
                gc.enable()

        check_parsed("summarize_labels_attributes", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("summarize_labels_attributes", error, response) from error


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[LabelsAttribute]]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> list[LabelsAttribute]:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    project_id: UUID,
    image_id: UUID,
    *,
    client: AuthenticatedClient,
    body: list[UUID],
) -> Response[list[LabelsAttribute]]:
    """Get the attributes that apply to some labels of an image

     Given IDs of labels of the image, the attributes that apply to them, each with `is_conflicting`. The
    page has no description; the meaning is inferred from the fields and the page's order (between the
    attribute and attribute-class operations).

    Args:
        project_id (UUID):
        image_id (UUID):
        body (list[UUID]): IDs of labels of the image (inferred: the page gives no description).

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[list[LabelsAttribute]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        image_id=image_id,
        body=body,
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
    body: list[UUID],
) -> list[LabelsAttribute]:
    """Get the attributes that apply to some labels of an image

     Given IDs of labels of the image, the attributes that apply to them, each with `is_conflicting`. The
    page has no description; the meaning is inferred from the fields and the page's order (between the
    attribute and attribute-class operations).

    Args:
        project_id (UUID):
        image_id (UUID):
        body (list[UUID]): IDs of labels of the image (inferred: the page gives no description).

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        list[LabelsAttribute]
    """

    return sync_detailed(
        project_id=project_id,
        image_id=image_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    image_id: UUID,
    *,
    client: AuthenticatedClient,
    body: list[UUID],
) -> Response[list[LabelsAttribute]]:
    """Get the attributes that apply to some labels of an image

     Given IDs of labels of the image, the attributes that apply to them, each with `is_conflicting`. The
    page has no description; the meaning is inferred from the fields and the page's order (between the
    attribute and attribute-class operations).

    Args:
        project_id (UUID):
        image_id (UUID):
        body (list[UUID]): IDs of labels of the image (inferred: the page gives no description).

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[list[LabelsAttribute]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        image_id=image_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    image_id: UUID,
    *,
    client: AuthenticatedClient,
    body: list[UUID],
) -> list[LabelsAttribute]:
    """Get the attributes that apply to some labels of an image

     Given IDs of labels of the image, the attributes that apply to them, each with `is_conflicting`. The
    page has no description; the meaning is inferred from the fields and the page's order (between the
    attribute and attribute-class operations).

    Args:
        project_id (UUID):
        image_id (UUID):
        body (list[UUID]): IDs of labels of the image (inferred: the page gives no description).

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        list[LabelsAttribute]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            image_id=image_id,
            client=client,
            body=body,
        )
    ).parsed
