"""One exception hierarchy: catch `VisionAPIError` to catch everything we raise."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import httpx

from .redact import redact_headers, redact_url, scrub

__all__ = [
    "APIConnectionError",
    "ArchiveError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DestinationExistsError",
    "DownloadError",
    "DownloadVerificationError",
    "InternalServerError",
    "JobCancelledError",
    "JobError",
    "JobFailedError",
    "JobTimeoutError",
    "NotFoundError",
    "ParameterError",
    "ParameterTypeError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "VisionAPIError",
]

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id")


class VisionAPIError(Exception):
    """Base of every error raised by this package."""


class ParameterError(VisionAPIError, ValueError):
    """An argument was rejected before any request was sent."""

    def __init__(self, parameter: str, message: str) -> None:
        self.parameter = parameter
        super().__init__(f"{parameter}: {message}")


class ParameterTypeError(ParameterError, TypeError):
    """An argument has the wrong type."""


class APIConnectionError(VisionAPIError):
    """The API could not be reached (after any retries)."""

    def __init__(self, message: str, *, method: str, url: str, attempts: int = 1) -> None:
        self.method = method
        self.url = url
        self.attempts = attempts
        super().__init__(f"{message} ({method} {url}, {attempts} attempt{'s' if attempts != 1 else ''})")


class APITimeoutError(APIConnectionError):
    """The API did not answer in time (after any retries)."""


class APIError(VisionAPIError):
    """The API answered with an error status."""

    def __init__(
        self,
        *,
        status_code: int,
        message: str,
        code: str | None,
        request_id: str | None,
        method: str,
        url: str,
        body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.status_code = status_code
        self.headers = headers or {}
        """Response headers, credentials redacted."""
        self.message = message
        self.code = code
        self.request_id = request_id
        self.method = method
        self.url = url
        self.body = body
        details = f"{method} {url}" + (f", request id {request_id}" if request_id else "")
        # Some vendors put the status in the code field too: say it once.
        code_part = f" [{code}]" if code and code != str(status_code) else ""
        super().__init__(f"{status_code}{code_part}: {message} ({details})")


class BadRequestError(APIError):
    """400."""


class AuthenticationError(APIError):
    """401: the credential is missing, wrong or expired."""


class PaymentRequiredError(APIError):
    """402: the account lacks the credits or plan the request needs."""


class PermissionDeniedError(APIError):
    """403."""


class NotFoundError(APIError):
    """404."""


class ConflictError(APIError):
    """409."""


class UnprocessableEntityError(APIError):
    """422: the API rejected a parameter or body."""


class RateLimitError(APIError):
    """429, after retries."""


class InternalServerError(APIError):
    """5xx, after retries."""


class UnexpectedResponseError(VisionAPIError):
    """A success status with a body this client cannot read."""


class ResponseValidationError(UnexpectedResponseError):
    """A success response whose body does not have the documented shape.

    `operation` names the API operation, `field` the path into the body where reading
    failed (e.g. `items[3].bbox`), `status_code` the status answered; `body` holds the
    raw bytes (at most 64 KiB) for a bug report.
    """

    def __init__(
        self, operation: str, field: str, problem: str, *, status_code: int | None = None, body: bytes = b""
    ) -> None:
        self.operation = operation
        self.field = field
        self.problem = problem
        self.status_code = status_code
        self.body = body[: 64 << 10]
        where = f" at {field}" if field else ""
        status = f" (HTTP {status_code})" if status_code is not None else ""
        super().__init__(f"{operation}: malformed response{where}{status}: {problem}")


class JobError(VisionAPIError):
    """Base for long-running job outcomes."""

    def __init__(self, job_id: str, message: str) -> None:
        self.job_id = job_id
        super().__init__(message)


class JobFailedError(JobError):
    """The vendor reports that the job failed; `message` is the vendor's reason."""

    def __init__(self, job_id: str, reason: str | None) -> None:
        self.reason = reason
        super().__init__(job_id, f"job {job_id} failed: {reason or 'no reason given'}")


class JobTimeoutError(JobError):
    """The job did not finish before the deadline. It may still finish: wait again by its id."""

    def __init__(self, job_id: str, waited: float, last_status: object) -> None:
        self.waited = waited
        self.last_status = last_status
        super().__init__(job_id, f"job {job_id} not finished after {waited:.1f}s (last status: {last_status})")


class JobCancelledError(JobError):
    """Waiting was cancelled by the caller; the job itself goes on."""


class DownloadError(VisionAPIError):
    """A download could not be completed; nothing was left at the destination."""

    def __init__(self, message: str, *, url: str, dest: str) -> None:
        self.url = url
        self.dest = dest
        super().__init__(f"{message} (GET {url} -> {dest})")


class DownloadVerificationError(DownloadError):
    """The bytes received are not the file announced (size or content check failed)."""


class ArchiveError(VisionAPIError):
    """A downloaded archive could not be read or extracted (corrupt, not a ZIP, unsafe)."""


class DestinationExistsError(VisionAPIError, FileExistsError):
    """The destination exists and overwriting was not asked for."""


_STATUS_ERRORS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status_code: int) -> type[APIError]:
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, APIError)


def parse_error_body(body: Any) -> tuple[str | None, str | None]:
    """(message, code) from the error body shapes our vendors use.

    FastAPI `{"detail": "..."}` or `{"detail": [{"loc", "msg"}]}`; `{"message", "code"}`;
    `{"error": {"message", "code"}}`; OAuth `{"error", "error_description"}`.
    """
    if not isinstance(body, dict):
        return (body.strip()[:500] or None, None) if isinstance(body, str) else (None, None)
    code = body.get("code") if isinstance(body.get("code"), str | int) else None
    detail = body.get("detail")
    if isinstance(detail, str):
        return detail, _str(code)
    if isinstance(detail, list) and detail:
        return "; ".join(_validation_item(item) for item in detail), _str(code) or "validation_error"
    error = body.get("error")
    if isinstance(error, dict):
        return _str(error.get("message")), _str(error.get("code") or code)
    if isinstance(error, str):
        return _str(body.get("error_description") or body.get("message") or error), error
    return _str(body.get("message") or body.get("error_message")), _str(code)


def _validation_item(item: Any) -> str:
    if not isinstance(item, dict):
        return str(item)
    loc = item.get("loc")
    where = ".".join(str(p) for p in loc) if isinstance(loc, list) else None
    msg = str(item.get("msg", item))
    return f"{where}: {msg}" if where else msg


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def error_from_response(response: httpx.Response, secrets: Iterable[str] = ()) -> APIError:
    """The typed error for an error response whose body has been read."""
    secrets = list(secrets)
    try:
        body: Any = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = response.text if response.headers.get("content-type", "").startswith("text/") else None
    message, code = parse_error_body(body)
    request_id = next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)
    request = response.request
    return error_class(response.status_code)(
        status_code=response.status_code,
        message=scrub(message or response.reason_phrase or "error", secrets),
        code=code,
        request_id=request_id,
        method=request.method,
        url=scrub(redact_url(request.url), secrets),
        body=body,
        headers=redact_headers(response.headers),
    )
