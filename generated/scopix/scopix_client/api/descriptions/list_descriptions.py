import datetime
from typing import Any

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ...client import AuthenticatedClient, Client
from ...models.descriptions_page import DescriptionsPage
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    min_confidence: float | Unset = UNSET,
    max_confidence: float | Unset = UNSET,
    search: list[str] | Unset = UNSET,
    source_types: list[str] | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat().replace("+00:00", "Z")
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat().replace("+00:00", "Z")
    params["end_date"] = json_end_date

    params["min_confidence"] = min_confidence

    params["max_confidence"] = max_confidence

    json_search: list[str] | Unset = UNSET
    if not isinstance(search, Unset):
        json_search = search

    params["search"] = ",".join(str(item) for item in json_search) if isinstance(json_search, list) else json_search
    json_source_types: list[str] | Unset = UNSET
    if not isinstance(source_types, Unset):
        json_source_types = source_types

    params["source_types"] = (
        ",".join(str(item) for item in json_source_types) if isinstance(json_source_types, list) else json_source_types
    )
    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/data/descriptions",
        "params": params,
    }

    return _kwargs


def request_kwargs(
    *,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    min_confidence: float | Unset = UNSET,
    max_confidence: float | Unset = UNSET,
    search: list[str] | Unset = UNSET,
    source_types: list[str] | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        min_confidence=min_confidence,
        max_confidence=max_confidence,
        search=search,
        source_types=source_types,
        offset=offset,
        limit=limit,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> DescriptionsPage:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("list_descriptions", response)
    if not response.content:
        raise empty_body("list_descriptions", "DescriptionsPage", response)
    try:
        response_200 = DescriptionsPage.from_json(response.content)
        check_parsed("list_descriptions", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("list_descriptions", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DescriptionsPage]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> DescriptionsPage:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    min_confidence: float | Unset = UNSET,
    max_confidence: float | Unset = UNSET,
    search: list[str] | Unset = UNSET,
    source_types: list[str] | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[DescriptionsPage]:
    """List the processing history

     A page of image descriptions (and extraction and rule results), filtered by
    date, confidence, search terms and source type, with statistics over every
    item matching the filters and a summary of the filters applied.

    Inferred, as the page does not say: items come newest first (`created_at`
    descending, then `id` descending), so consecutive offsets neither skip nor
    repeat items while the history does not change; both ends of the date range
    are included; a search term matches case-insensitively anywhere in the
    description and an item matches when any term does; items whose
    `confidence_score` is null never match a confidence bound; failed results
    are not listed (only an export with `include_failed` carries them).

    Args:
        start_date (datetime.datetime | Unset): Only items created at or after this time.
        end_date (datetime.datetime | Unset): Only items created at or before this time.
        min_confidence (float | Unset): A confidence score between 0 and 1.
        max_confidence (float | Unset): A confidence score between 0 and 1.
        search (list[str] | Unset): Search terms; an item matches when its description contains
            any of them.
        source_types (list[str] | Unset): Only items of these source types.
        offset (int | Unset): Number of items to skip. Default: 0.
        limit (int | Unset): Maximum number of items to return (1-1000). Default: 100.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[DescriptionsPage]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        min_confidence=min_confidence,
        max_confidence=max_confidence,
        search=search,
        source_types=source_types,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    min_confidence: float | Unset = UNSET,
    max_confidence: float | Unset = UNSET,
    search: list[str] | Unset = UNSET,
    source_types: list[str] | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> DescriptionsPage:
    """List the processing history

     A page of image descriptions (and extraction and rule results), filtered by
    date, confidence, search terms and source type, with statistics over every
    item matching the filters and a summary of the filters applied.

    Inferred, as the page does not say: items come newest first (`created_at`
    descending, then `id` descending), so consecutive offsets neither skip nor
    repeat items while the history does not change; both ends of the date range
    are included; a search term matches case-insensitively anywhere in the
    description and an item matches when any term does; items whose
    `confidence_score` is null never match a confidence bound; failed results
    are not listed (only an export with `include_failed` carries them).

    Args:
        start_date (datetime.datetime | Unset): Only items created at or after this time.
        end_date (datetime.datetime | Unset): Only items created at or before this time.
        min_confidence (float | Unset): A confidence score between 0 and 1.
        max_confidence (float | Unset): A confidence score between 0 and 1.
        search (list[str] | Unset): Search terms; an item matches when its description contains
            any of them.
        source_types (list[str] | Unset): Only items of these source types.
        offset (int | Unset): Number of items to skip. Default: 0.
        limit (int | Unset): Maximum number of items to return (1-1000). Default: 100.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        DescriptionsPage
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        min_confidence=min_confidence,
        max_confidence=max_confidence,
        search=search,
        source_types=source_types,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    min_confidence: float | Unset = UNSET,
    max_confidence: float | Unset = UNSET,
    search: list[str] | Unset = UNSET,
    source_types: list[str] | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[DescriptionsPage]:
    """List the processing history

     A page of image descriptions (and extraction and rule results), filtered by
    date, confidence, search terms and source type, with statistics over every
    item matching the filters and a summary of the filters applied.

    Inferred, as the page does not say: items come newest first (`created_at`
    descending, then `id` descending), so consecutive offsets neither skip nor
    repeat items while the history does not change; both ends of the date range
    are included; a search term matches case-insensitively anywhere in the
    description and an item matches when any term does; items whose
    `confidence_score` is null never match a confidence bound; failed results
    are not listed (only an export with `include_failed` carries them).

    Args:
        start_date (datetime.datetime | Unset): Only items created at or after this time.
        end_date (datetime.datetime | Unset): Only items created at or before this time.
        min_confidence (float | Unset): A confidence score between 0 and 1.
        max_confidence (float | Unset): A confidence score between 0 and 1.
        search (list[str] | Unset): Search terms; an item matches when its description contains
            any of them.
        source_types (list[str] | Unset): Only items of these source types.
        offset (int | Unset): Number of items to skip. Default: 0.
        limit (int | Unset): Maximum number of items to return (1-1000). Default: 100.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[DescriptionsPage]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        min_confidence=min_confidence,
        max_confidence=max_confidence,
        search=search,
        source_types=source_types,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    min_confidence: float | Unset = UNSET,
    max_confidence: float | Unset = UNSET,
    search: list[str] | Unset = UNSET,
    source_types: list[str] | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> DescriptionsPage:
    """List the processing history

     A page of image descriptions (and extraction and rule results), filtered by
    date, confidence, search terms and source type, with statistics over every
    item matching the filters and a summary of the filters applied.

    Inferred, as the page does not say: items come newest first (`created_at`
    descending, then `id` descending), so consecutive offsets neither skip nor
    repeat items while the history does not change; both ends of the date range
    are included; a search term matches case-insensitively anywhere in the
    description and an item matches when any term does; items whose
    `confidence_score` is null never match a confidence bound; failed results
    are not listed (only an export with `include_failed` carries them).

    Args:
        start_date (datetime.datetime | Unset): Only items created at or after this time.
        end_date (datetime.datetime | Unset): Only items created at or before this time.
        min_confidence (float | Unset): A confidence score between 0 and 1.
        max_confidence (float | Unset): A confidence score between 0 and 1.
        search (list[str] | Unset): Search terms; an item matches when its description contains
            any of them.
        source_types (list[str] | Unset): Only items of these source types.
        offset (int | Unset): Number of items to skip. Default: 0.
        limit (int | Unset): Maximum number of items to return (1-1000). Default: 100.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        DescriptionsPage
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            min_confidence=min_confidence,
            max_confidence=max_confidence,
            search=search,
            source_types=source_types,
            offset=offset,
            limit=limit,
        )
    ).parsed
