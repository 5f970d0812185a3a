from typing import Any
from uuid import UUID

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...models.label_class import LabelClass
from ...types import Response, status_of


def _get_kwargs(
    project_id: UUID,
    label_class_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/label_classes/{label_class_id}".format(
            project_id=segment("project_id", project_id),
            label_class_id=segment("label_class_id", label_class_id),
        ),
    }

    return _kwargs


def request_kwargs(
    project_id: UUID,
    label_class_id: UUID,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        project_id=project_id,
        label_class_id=label_class_id,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> LabelClass:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("get_label_class", response)
    if not response.content:
        raise empty_body("get_label_class", "LabelClass", response)
    try:
        response_200 = LabelClass.from_json(response.content)
        check_parsed("get_label_class", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("get_label_class", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[LabelClass]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> LabelClass:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    project_id: UUID,
    label_class_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[LabelClass]:
    """Get a label class

    Args:
        project_id (UUID):
        label_class_id (UUID):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[LabelClass]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        label_class_id=label_class_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    label_class_id: UUID,
    *,
    client: AuthenticatedClient,
) -> LabelClass:
    """Get a label class

    Args:
        project_id (UUID):
        label_class_id (UUID):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        LabelClass
    """

    return sync_detailed(
        project_id=project_id,
        label_class_id=label_class_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    label_class_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[LabelClass]:
    """Get a label class

    Args:
        project_id (UUID):
        label_class_id (UUID):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[LabelClass]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        label_class_id=label_class_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    label_class_id: UUID,
    *,
    client: AuthenticatedClient,
) -> LabelClass:
    """Get a label class

    Args:
        project_id (UUID):
        label_class_id (UUID):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        LabelClass
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            label_class_id=label_class_id,
            client=client,
        )
    ).parsed
