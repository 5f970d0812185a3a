"""The secrets given to this process (keys, client secrets), so no message shows them."""

from __future__ import annotations

from ..redact import scrub
from .exit_codes import UsageError

# Process-wide on purpose: a command runs once per process, and every line it prints
# (results, notes, errors, log lines) must be scrubbed of whatever it was given.
_SECRETS: list[str] = []


def remember(value: str) -> None:
    _SECRETS.append(value)


def known() -> tuple[str, ...]:
    return tuple(_SECRETS)


def hide(text: str) -> str:
    """`text` with every secret given to this process replaced."""
    return scrub(text, _SECRETS)


def required(value: str | None, option: str, envvar: str) -> str:
    if value is None or not value.strip():
        raise UsageError(f"missing {option}: pass it, or set {envvar}")
    return value


def secret(value: str | None, option: str, envvar: str) -> str:
    """The secret given by option or environment, remembered so no message shows it."""
    text = required(value, option, envvar)
    remember(text)
    return text
