from typing import Any
from uuid import UUID

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...models.upload_style import UploadStyle
from ...models.upload_url_list import UploadUrlList
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    project_id: UUID,
    *,
    count: int,
    style: UploadStyle | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["count"] = count

    json_style: str | Unset = UNSET
    if not isinstance(style, Unset):
        json_style = style.value

    params["style"] = json_style

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/uploads".format(
            project_id=segment("project_id", project_id),
        ),
        "params": params,
    }

    return _kwargs


def request_kwargs(
    project_id: UUID,
    *,
    count: int,
    style: UploadStyle | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        project_id=project_id,
        count=count,
        style=style,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> UploadUrlList:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("get_upload_urls", response)
    if not response.content:
        raise empty_body("get_upload_urls", "UploadUrlList", response)
    try:
        response_200 = UploadUrlList.from_json(response.content)
        check_parsed("get_upload_urls", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("get_upload_urls", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[UploadUrlList]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> UploadUrlList:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    count: int,
    style: UploadStyle | Unset = UNSET,
) -> Response[UploadUrlList]:
    """Get signed URLs to upload files to

     The first step of an upload (public-facts): get `count` signed URLs, PUT each file's bytes to a URL
    (one file per URL, no API key, `Content-Type: image/*` per the vendor's upload guide), then create
    the image (or video) with the URL's `id` as `upload_id` and a `filename`.

    Args:
        project_id (UUID):
        count (int):
        style (UploadStyle | Unset): Cloud upload style of signed upload URLs.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[UploadUrlList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        count=count,
        style=style,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    count: int,
    style: UploadStyle | Unset = UNSET,
) -> UploadUrlList:
    """Get signed URLs to upload files to

     The first step of an upload (public-facts): get `count` signed URLs, PUT each file's bytes to a URL
    (one file per URL, no API key, `Content-Type: image/*` per the vendor's upload guide), then create
    the image (or video) with the URL's `id` as `upload_id` and a `filename`.

    Args:
        project_id (UUID):
        count (int):
        style (UploadStyle | Unset): Cloud upload style of signed upload URLs.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        UploadUrlList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        count=count,
        style=style,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    count: int,
    style: UploadStyle | Unset = UNSET,
) -> Response[UploadUrlList]:
    """Get signed URLs to upload files to

     The first step of an upload (public-facts): get `count` signed URLs, PUT each file's bytes to a URL
    (one file per URL, no API key, `Content-Type: image/*` per the vendor's upload guide), then create
    the image (or video) with the URL's `id` as `upload_id` and a `filename`.

    Args:
        project_id (UUID):
        count (int):
        style (UploadStyle | Unset): Cloud upload style of signed upload URLs.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[UploadUrlList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        count=count,
        style=style,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    count: int,
    style: UploadStyle | Unset = UNSET,
) -> UploadUrlList:
    """Get signed URLs to upload files to

     The first step of an upload (public-facts): get `count` signed URLs, PUT each file's bytes to a URL
    (one file per URL, no API key, `Content-Type: image/*` per the vendor's upload guide), then create
    the image (or video) with the URL's `id` as `upload_id` and a `filename`.

    Args:
        project_id (UUID):
        count (int):
        style (UploadStyle | Unset): Cloud upload style of signed upload URLs.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        UploadUrlList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            count=count,
            style=style,
        )
    ).parsed
