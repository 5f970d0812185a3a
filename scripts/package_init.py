"""Each package's `__init__.py`: the same exports everywhere, and the vendor's usage example
(the first code block of `overlays/<vendor>/USAGE.md`) as its docstring, so `help()`
shows what the README shows. An overlay with an `__init__.py` of its own keeps it."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from string import Template

from spec import load
from vendors import Vendor

TEMPLATE = Path(__file__).resolve().parent / "templates" / "package_init.py.tmpl"
_FIRST_PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def write_package_init(vendor: Vendor, package_dir: Path) -> bool:
    """Write it, unless the overlay has its own or no helpers (`aio.py`) to export;
    True when written."""
    if (vendor.overlay / "__init__.py").exists() or not (vendor.overlay / "aio.py").exists():
        return False
    title = load(vendor.spec)["info"]["title"]
    usage = vendor.overlay / "USAGE.md"
    block = _FIRST_PYTHON_BLOCK.search(usage.read_text()) if usage.exists() else None
    example = textwrap.indent(block.group(1).rstrip(), "    ") if block else ""
    text = Template(TEMPLATE.read_text()).substitute(
        title=f"Typed client for the {title}.", example=example.replace('"""', "'''"), package=vendor.package
    )
    if (package_dir / "_sync_walks.py").exists():
        # mypy follows `helpers.__all__` but not the module that extends it: the spec's
        # x-walk lists (scripts/walk_helpers.py) are named here once more.
        imports = (
            "from . import _sync_walks as _walks\n"
            "from ._sync_walks import *  # noqa: F403 - the spec's x-walk lists, listed in its __all__\n"
        )
        text = text.replace("\n__all__ = [", imports + "\n__all__ = [", 1) + "__all__ += _walks.__all__\n"
    (package_dir / "__init__.py").write_text(text)
    return True
