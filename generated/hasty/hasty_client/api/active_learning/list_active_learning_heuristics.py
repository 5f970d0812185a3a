from typing import Any
from uuid import UUID

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...models.active_learning_heuristic import ActiveLearningHeuristic
from ...types import Response, loads_json, status_of


def _get_kwargs(
    project_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/active_learning/heuristics".format(
            project_id=segment("project_id", project_id),
        ),
    }

    return _kwargs


def request_kwargs(
    project_id: UUID,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        project_id=project_id,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client | None, response: httpx.Response
) -> list[ActiveLearningHeuristic]:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("list_active_learning_heuristics", response)
    if not response.content:
        raise empty_body("list_active_learning_heuristics", "list[ActiveLearningHeuristic]", response)
    try:
        import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

        _response_200_gc = gc.isenabled()
        gc.disable()
        try:
            response_200 = []
            _response_200 = loads_json(response.content)
            for response_200_item_data in _response_200:
                response_200_item = ActiveLearningHeuristic.from_dict(response_200_item_data)

                response_200.append(response_200_item)

        finally:
            if _response_200_gc:
                gc.enable()

        check_parsed("list_active_learning_heuristics", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("list_active_learning_heuristics", error, response) from error


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[ActiveLearningHeuristic]]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> list[ActiveLearningHeuristic]:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[list[ActiveLearningHeuristic]]:
    """List the active learning heuristics of each model family

     Return the list of active learning heuristics available for each supported model family.

    Args:
        project_id (UUID):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[list[ActiveLearningHeuristic]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
) -> list[ActiveLearningHeuristic]:
    """List the active learning heuristics of each model family

     Return the list of active learning heuristics available for each supported model family.

    Args:
        project_id (UUID):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        list[ActiveLearningHeuristic]
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[list[ActiveLearningHeuristic]]:
    """List the active learning heuristics of each model family

     Return the list of active learning heuristics available for each supported model family.

    Args:
        project_id (UUID):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[list[ActiveLearningHeuristic]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
) -> list[ActiveLearningHeuristic]:
    """List the active learning heuristics of each model family

     Return the list of active learning heuristics available for each supported model family.

    Args:
        project_id (UUID):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        list[ActiveLearningHeuristic]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
        )
    ).parsed
