"""The types of the options every package's `connect()`, walks, waits and file-writing
helpers take, and the warning about a field read leniently, which every package exports
beside its errors (`errors.__all__`) and its own helpers."""

from .files import ExportOptions, FileOptions
from .http import ConnectKwargs
from .lenient import ResponseFieldWarning
from .polling import WaitOptions
from .progress import TerminalProgress
from .retry import RetryPolicy
from .walks import WalkOptions

__all__ = [
    "ConnectKwargs",
    "ExportOptions",
    "FileOptions",
    "ResponseFieldWarning",
    "RetryPolicy",
    "TerminalProgress",
    "WaitOptions",
    "WalkOptions",
]
