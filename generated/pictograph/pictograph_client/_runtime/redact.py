"""Keeping secrets out of reprs, logs and exception messages."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

REDACTED = "[redacted]"

# Header names whose values are credentials wherever they appear.
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"})

# Query parameters of signed URLs and token-style parameters.
_SENSITIVE_PARAM = re.compile(
    r"(?i)(sig|signature|token|key|secret|password|credential|auth|x-amz-security-token|x-goog-)"
)


def redact_url(url: httpx.URL | str) -> str:
    """The URL with credentials and signature-like query values replaced."""
    parts = urlsplit(str(url))
    netloc = parts.netloc
    if "@" in netloc:
        netloc = f"{REDACTED}@{netloc.rsplit('@', 1)[1]}"
    query = urlencode(
        [(k, REDACTED if _SENSITIVE_PARAM.search(k) else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)],
        safe="[]",
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


# A URL inside free text (a log line, a message): up to a space, a quote or a bracket.
URL_IN_TEXT = re.compile(r"https?://[^\s\"'<>]+")


def redact_text(text: str) -> str:
    """`text` with every URL in it redacted as by `redact_url` (httpx's own log lines
    name the URLs it requests, signed query strings included)."""
    return URL_IN_TEXT.sub(lambda match: redact_url(match.group(0)), text)


def redact_headers(headers: Mapping[str, str] | httpx.Headers, extra: Iterable[str] = ()) -> dict[str, str]:
    sensitive = SENSITIVE_HEADERS | {h.lower() for h in extra}
    return {k: (REDACTED if k.lower() in sensitive else v) for k, v in headers.items()}


def scrub(text: str, secrets: Iterable[str]) -> str:
    """`text` with every occurrence of each secret replaced."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    return text
