from typing import Any
from uuid import UUID

import httpx

from ..._runtime.lenient import unexpected_status
from ..._runtime.request_rules import check_body
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...models.attribute_class_ref import AttributeClassRef
from ...types import Response, status_of


def _get_kwargs(
    project_id: UUID,
    *,
    body: list[AttributeClassRef],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/projects/{project_id}/attributes_classes".format(
            project_id=segment("project_id", project_id),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        check_body("delete_attribute_classes", _kwargs["json"])
    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    project_id: UUID,
    *,
    body: list[AttributeClassRef],
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        project_id=project_id,
        body=body,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> None:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("delete_attribute_classes", response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def parse_response(response: httpx.Response) -> None:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    body: list[AttributeClassRef],
) -> Response[None]:
    """Unlink attributes from label classes

     The page states no maximum batch size.

    Args:
        project_id (UUID):
        body (list[AttributeClassRef]):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    body: list[AttributeClassRef],
) -> Response[None]:
    """Unlink attributes from label classes

     The page states no maximum batch size.

    Args:
        project_id (UUID):
        body (list[AttributeClassRef]):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
