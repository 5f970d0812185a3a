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
    (package_dir / "__init__.py").write_text(text)
    return True
