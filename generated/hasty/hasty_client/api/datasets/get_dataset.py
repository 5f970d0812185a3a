from typing import Any
from uuid import UUID

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...models.dataset import Dataset
from ...types import Response, status_of


def _get_kwargs(
    project_id: UUID,
    dataset_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/datasets/{dataset_id}".format(
            project_id=segment("project_id", project_id),
            dataset_id=segment("dataset_id", dataset_id),
        ),
    }

    return _kwargs


def request_kwargs(
    project_id: UUID,
    dataset_id: UUID,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> Dataset:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("get_dataset", response)
    if not response.content:
        raise empty_body("get_dataset", "Dataset", response)
    try:
        response_200 = Dataset.from_json(response.content)
        check_parsed("get_dataset", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("get_dataset", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Dataset]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> Dataset:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    project_id: UUID,
    dataset_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Dataset]:
    """Get a dataset

    Args:
        project_id (UUID):
        dataset_id (UUID):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[Dataset]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    dataset_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Dataset:
    """Get a dataset

    Args:
        project_id (UUID):
        dataset_id (UUID):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Dataset
    """

    return sync_detailed(
        project_id=project_id,
        dataset_id=dataset_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    dataset_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Dataset]:
    """Get a dataset

    Args:
        project_id (UUID):
        dataset_id (UUID):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[Dataset]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    dataset_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Dataset:
    """Get a dataset

    Args:
        project_id (UUID):
        dataset_id (UUID):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Dataset
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            dataset_id=dataset_id,
            client=client,
        )
    ).parsed
