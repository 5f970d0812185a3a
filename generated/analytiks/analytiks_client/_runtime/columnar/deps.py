"""The optional libraries of the columnar output, imported only when asked for."""

from __future__ import annotations

import importlib
from types import ModuleType

from ..errors import VisionAPIError


class MissingExtraError(VisionAPIError, ImportError):
    """A columnar feature was asked for without the library it needs installed."""

    def __init__(self, module: str, install: str) -> None:
        self.module = module
        super().__init__(f"this needs {module}, which is not installed: pip install {install}")


def _package_distribution() -> str:
    # The runtime lives at <package>/_runtime/columnar: the package name tells the
    # distribution to name in the install hint (citylens_client -> citylens-client).
    return __name__.split(".")[0].replace("_", "-")


def need(module: str) -> ModuleType:
    """Import `module` (pyarrow, polars, pandas...) or say how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        root = module.split(".")[0]
        hint = f"'{_package_distribution()}[arrow]'" if root == "pyarrow" else root
        raise MissingExtraError(root, hint) from error
