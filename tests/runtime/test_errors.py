"""Error bodies of every vendor shape become one typed error."""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest

import citylens_client as cl
from citylens_client._runtime.errors import error_from_response, parse_error_body
from citylens_client._runtime.progress import TerminalProgress


@pytest.mark.parametrize(
    ("body", "message", "code"),
    [
        ({"detail": "Frame not found"}, "Frame not found", None),
        (
            {"detail": [{"loc": ["query", "limit"], "msg": "must be <= 1000", "type": "less_than_equal"}]},
            "query.limit: must be <= 1000",
            "validation_error",
        ),
        ({"code": "NOT_FOUND", "message": "Project not found"}, "Project not found", "NOT_FOUND"),
        ({"error": {"code": "quota", "message": "Export quota exceeded"}}, "Export quota exceeded", "quota"),
        ({"error": "invalid_client", "error_description": "Unknown client"}, "Unknown client", "invalid_client"),
        ({"error_message": "limit above 100000"}, "limit above 100000", None),
        ("Service Unavailable", "Service Unavailable", None),
        ([1, 2], None, None),
    ],
)
def test_vendor_error_shapes(body: Any, message: str | None, code: str | None) -> None:
    assert parse_error_body(body) == (message, code)


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, cl.BadRequestError),
        (401, cl.AuthenticationError),
        (403, cl.PermissionDeniedError),
        (404, cl.NotFoundError),
        (409, cl.ConflictError),
        (422, cl.UnprocessableEntityError),
        (429, cl.RateLimitError),
        (500, cl.InternalServerError),
        (503, cl.InternalServerError),
        (418, cl.APIError),
    ],
)
def test_status_maps_to_a_subclass_of_the_one_base(status: int, kind: type[cl.APIError]) -> None:
    request = httpx.Request("GET", "https://api.example/v1/x?token=abc")
    response = httpx.Response(status, json={"message": "m"}, headers={"X-Request-ID": "req-9"}, request=request)
    error = error_from_response(response)
    assert type(error) is kind
    assert isinstance(error, cl.VisionAPIError)
    assert (error.status_code, error.request_id, error.message) == (status, "req-9", "m")
    assert "abc" not in str(error) and "req-9" in str(error)


def test_terminal_progress_draws_a_bar_and_ends_the_line() -> None:
    out = io.StringIO()
    bar = TerminalProgress("f.zip", unit="B", stream=out)
    bar(0, 4 << 20)
    bar(4 << 20, 4 << 20)
    bar.close()
    text = out.getvalue()
    assert "f.zip [" in text and "4.0 MiB/4.0 MiB" in text and text.endswith("\n")
