"""Each package's `__init__.py`: the same exports everywhere, and the vendor's usage example
(the first code block of `overlays/<vendor>/USAGE.md`) as its docstring, so `help()`
shows what the README shows. An overlay with an `__init__.py` of its own keeps it.

The exports are imported on first use (`__getattr__` in the template), so the file names
each one and the module it lives in, read from those modules' `__all__`."""

from __future__ import annotations

import ast
import re
import textwrap
from pathlib import Path
from string import Template

from spec import load
from vendors import Vendor

TEMPLATE = Path(__file__).resolve().parent / "templates" / "package_init.py.tmpl"
_FIRST_PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.S)

# The modules whose names the package exports, cheapest to import first. Each lists its
# names in `__all__`, but for `.client`, whose two are written here.
HOMES = ("._runtime.errors", "._runtime.public", ".client", "._sync_spec", ".helpers")
# The helpers the spec declares (scripts/spec_helpers.py), where it declares any. `helpers.py`
# re-exports them by extending its `__all__`, which neither this reader nor mypy follows.
DECLARED = "._sync_spec"
_DECLARED_IMPORT = "from ._sync_spec import *  # noqa: F403 - the spec's helpers, listed in its __all__"
CLIENT_NAMES = ("AuthenticatedClient", "Client")


def write_package_init(vendor: Vendor, package_dir: Path) -> bool:
    """Write it, unless the overlay has its own or no helpers (`aio.py`) to export;
    True when written. Reads `helpers.py`: call it once that is written."""
    if (vendor.overlay / "__init__.py").exists() or not (vendor.overlay / "aio.py").exists():
        return False
    title = load(vendor.spec)["info"]["title"]
    usage = vendor.overlay / "USAGE.md"
    block = _FIRST_PYTHON_BLOCK.search(usage.read_text()) if usage.exists() else None
    example = textwrap.indent(block.group(1).rstrip(), "    ") if block else ""
    declared = (package_dir / f"{DECLARED[1:]}.py").exists()
    homes = {home: _exports(package_dir, home) for home in HOMES if declared or home != DECLARED}
    names = [name for exported in homes.values() for name in exported]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise ValueError(f"{vendor.package}: exported by two modules: {', '.join(twice)}")
    text = Template(TEMPLATE.read_text()).substitute(
        title=f"Typed client for the {title}.",
        example=example.replace('"""', "'''"),
        package=vendor.package,
        names=repr(names),
        homes=repr(homes),
        declared=_DECLARED_IMPORT if declared else "",
    )
    (package_dir / "__init__.py").write_text(text)
    return True


def _exports(package_dir: Path, home: str) -> tuple[str, ...]:
    """The names `home` (a module, relative to the package) lists in its `__all__`."""
    if home == ".client":
        return CLIENT_NAMES
    path = package_dir.joinpath(*home.lstrip(".").split(".")).with_suffix(".py")
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return tuple(ast.literal_eval(node.value))
    raise ValueError(f"{path}: no `__all__ = [...]` to read the exported names from")
