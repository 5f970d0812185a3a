from typing import Any
from uuid import UUID

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.request_rules import check_body
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...models.create_image_from_bucket_request import CreateImageFromBucketRequest
from ...models.create_image_from_url_request import CreateImageFromUrlRequest
from ...models.create_image_request import CreateImageRequest
from ...models.image import Image
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    project_id: UUID,
    *,
    body: CreateImageFromBucketRequest | CreateImageFromUrlRequest | CreateImageRequest,
    replace: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["replace"] = replace

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/images".format(
            project_id=segment("project_id", project_id),
        ),
        "params": params,
    }

    if isinstance(body, CreateImageRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CreateImageFromUrlRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        check_body("create_image", _kwargs["json"])
    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    project_id: UUID,
    *,
    body: CreateImageFromBucketRequest | CreateImageFromUrlRequest | CreateImageRequest,
    replace: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        project_id=project_id,
        body=body,
        replace=replace,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> Image:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("create_image", response)
    if not response.content:
        raise empty_body("create_image", "Image", response)
    try:
        response_200 = Image.from_json(response.content)
        check_parsed("create_image", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("create_image", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Image]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> Image:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateImageFromBucketRequest | CreateImageFromUrlRequest | CreateImageRequest,
    replace: bool | Unset = UNSET,
) -> Response[Image]:
    """Create an image from an uploaded file, a URL or a bucket object

     The last step of an upload (the file was PUT to the signed URL of `upload_id`), or an image fetched
    by the platform from a URL or from a connected bucket (forms of the vendor's code). File names are
    unique in a dataset (vendor's upload guide): a name already taken answers 400 unless `replace` is
    true (inferred status).

    Args:
        project_id (UUID):
        replace (bool | Unset):
        body (CreateImageFromBucketRequest | CreateImageFromUrlRequest | CreateImageRequest): One
            of three forms: from an upload (`upload_id`, the page's form), from a URL (`url`), or from
            an object of a connected bucket (`bucket_id` and its path as `url`). The page shows only
            the first; the vendor's own client sends all three.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[Image]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        replace=replace,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateImageFromBucketRequest | CreateImageFromUrlRequest | CreateImageRequest,
    replace: bool | Unset = UNSET,
) -> Image:
    """Create an image from an uploaded file, a URL or a bucket object

     The last step of an upload (the file was PUT to the signed URL of `upload_id`), or an image fetched
    by the platform from a URL or from a connected bucket (forms of the vendor's code). File names are
    unique in a dataset (vendor's upload guide): a name already taken answers 400 unless `replace` is
    true (inferred status).

    Args:
        project_id (UUID):
        replace (bool | Unset):
        body (CreateImageFromBucketRequest | CreateImageFromUrlRequest | CreateImageRequest): One
            of three forms: from an upload (`upload_id`, the page's form), from a URL (`url`), or from
            an object of a connected bucket (`bucket_id` and its path as `url`). The page shows only
            the first; the vendor's own client sends all three.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Image
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
        replace=replace,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateImageFromBucketRequest | CreateImageFromUrlRequest | CreateImageRequest,
    replace: bool | Unset = UNSET,
) -> Response[Image]:
    """Create an image from an uploaded file, a URL or a bucket object

     The last step of an upload (the file was PUT to the signed URL of `upload_id`), or an image fetched
    by the platform from a URL or from a connected bucket (forms of the vendor's code). File names are
    unique in a dataset (vendor's upload guide): a name already taken answers 400 unless `replace` is
    true (inferred status).

    Args:
        project_id (UUID):
        replace (bool | Unset):
        body (CreateImageFromBucketRequest | CreateImageFromUrlRequest | CreateImageRequest): One
            of three forms: from an upload (`upload_id`, the page's form), from a URL (`url`), or from
            an object of a connected bucket (`bucket_id` and its path as `url`). The page shows only
            the first; the vendor's own client sends all three.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[Image]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        replace=replace,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateImageFromBucketRequest | CreateImageFromUrlRequest | CreateImageRequest,
    replace: bool | Unset = UNSET,
) -> Image:
    """Create an image from an uploaded file, a URL or a bucket object

     The last step of an upload (the file was PUT to the signed URL of `upload_id`), or an image fetched
    by the platform from a URL or from a connected bucket (forms of the vendor's code). File names are
    unique in a dataset (vendor's upload guide): a name already taken answers 400 unless `replace` is
    true (inferred status).

    Args:
        project_id (UUID):
        replace (bool | Unset):
        body (CreateImageFromBucketRequest | CreateImageFromUrlRequest | CreateImageRequest): One
            of three forms: from an upload (`upload_id`, the page's form), from a URL (`url`), or from
            an object of a connected bucket (`bucket_id` and its path as `url`). The page shows only
            the first; the vendor's own client sends all three.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Image
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            replace=replace,
        )
    ).parsed
