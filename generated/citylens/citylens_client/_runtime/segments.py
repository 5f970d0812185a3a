"""A path parameter's value as one URL path segment."""

from __future__ import annotations

from urllib.parse import quote

from .errors import ParameterError


def segment(parameter: str, value: object) -> str:
    """`value` percent-encoded as one path segment (`/` too), refusing the two values a
    URL path cannot carry as a segment: every client and proxy resolves `.` and `..` as
    dot segments, so the request would address another resource."""
    text = str(value)
    if text in (".", ".."):
        raise ParameterError(parameter, f"{text!r} cannot be addressed: URL paths resolve it as a dot segment")
    return quote(text, safe="")
