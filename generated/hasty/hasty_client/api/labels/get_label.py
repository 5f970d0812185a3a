from typing import Any
from uuid import UUID

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...models.label import Label
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    project_id: UUID,
    label_id: UUID,
    *,
    include_border_mask: bool | Unset = UNSET,
    include_errors: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_border_mask"] = include_border_mask

    params["include_errors"] = include_errors

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/labels/{label_id}".format(
            project_id=segment("project_id", project_id),
            label_id=segment("label_id", label_id),
        ),
        "params": params,
    }

    return _kwargs


def request_kwargs(
    project_id: UUID,
    label_id: UUID,
    *,
    include_border_mask: bool | Unset = UNSET,
    include_errors: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        project_id=project_id,
        label_id=label_id,
        include_border_mask=include_border_mask,
        include_errors=include_errors,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> Label:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("get_label", response)
    if not response.content:
        raise empty_body("get_label", "Label", response)
    try:
        response_200 = Label.from_json(response.content)
        check_parsed("get_label", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("get_label", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Label]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> Label:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    project_id: UUID,
    label_id: UUID,
    *,
    client: AuthenticatedClient,
    include_border_mask: bool | Unset = UNSET,
    include_errors: bool | Unset = UNSET,
) -> Response[Label]:
    """Get a label

    Args:
        project_id (UUID):
        label_id (UUID):
        include_border_mask (bool | Unset):
        include_errors (bool | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[Label]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        label_id=label_id,
        include_border_mask=include_border_mask,
        include_errors=include_errors,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    label_id: UUID,
    *,
    client: AuthenticatedClient,
    include_border_mask: bool | Unset = UNSET,
    include_errors: bool | Unset = UNSET,
) -> Label:
    """Get a label

    Args:
        project_id (UUID):
        label_id (UUID):
        include_border_mask (bool | Unset):
        include_errors (bool | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Label
    """

    return sync_detailed(
        project_id=project_id,
        label_id=label_id,
        client=client,
        include_border_mask=include_border_mask,
        include_errors=include_errors,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    label_id: UUID,
    *,
    client: AuthenticatedClient,
    include_border_mask: bool | Unset = UNSET,
    include_errors: bool | Unset = UNSET,
) -> Response[Label]:
    """Get a label

    Args:
        project_id (UUID):
        label_id (UUID):
        include_border_mask (bool | Unset):
        include_errors (bool | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[Label]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        label_id=label_id,
        include_border_mask=include_border_mask,
        include_errors=include_errors,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    label_id: UUID,
    *,
    client: AuthenticatedClient,
    include_border_mask: bool | Unset = UNSET,
    include_errors: bool | Unset = UNSET,
) -> Label:
    """Get a label

    Args:
        project_id (UUID):
        label_id (UUID):
        include_border_mask (bool | Unset):
        include_errors (bool | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Label
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            label_id=label_id,
            client=client,
            include_border_mask=include_border_mask,
            include_errors=include_errors,
        )
    ).parsed
