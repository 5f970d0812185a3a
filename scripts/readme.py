"""Each package's README, rendered from one template so the five stay consistent.

The template is `scripts/templates/package_readme.md` (string.Template); the parts that
differ come from the package itself: the spec's title and summary, the helpers' names
and first docstring lines (read from the overlay's `aio.py` and the generated walks), the
vendor's usage example (`overlays/<vendor>/USAGE.md`), and whether it has a command line.
"""

from __future__ import annotations

import ast
from pathlib import Path
from string import Template

from spec import load
from vendors import Vendor

TEMPLATE = Path(__file__).resolve().parent / "templates" / "package_readme.md"


def _helpers(sources: list[Path]) -> str:
    rows = []
    for source in (s for s in sources if s.exists()):
        for node in ast.parse(source.read_text()).body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_"):
                doc = (ast.get_docstring(node) or "").strip().split("\n\n")[0].replace("\n", " ")
                rows.append(f"| `{node.name}` | {doc} |")
    if not rows:
        return "None yet: use the generated operations below."
    return "\n".join(["| helper | what it does |", "| --- | --- |", *sorted(rows)])


def render(vendor: Vendor, package_dir: Path | None = None) -> str:
    """The README; `package_dir` (the package being generated) adds the helpers
    generation writes there (the spec's `x-walk` and `x-wait` helpers)."""
    spec = load(vendor.spec)
    command = vendor.distribution.removesuffix("-client")
    cli = (
        f"## Command line\n\n`pip install '{vendor.distribution}[cli]'` adds the `{command}` command "
        f"(`{command} --help` lists its commands, with examples). Credentials come from options or "
        f"`{vendor.key.upper()}_*` environment variables and are never echoed; outputs are written "
        "atomically; after Ctrl-C (exit 130) run the same command with `--resume`. Exit codes: 0 done, "
        "1 a local problem, 2 usage, 3 an API error, 130 interrupted. Writing Parquet needs "
        f"`pip install '{vendor.distribution}[parquet]'`.\n"
        if (vendor.overlay / "cli.py").exists()
        else ""
    )
    usage = vendor.overlay / "USAGE.md"
    return Template(TEMPLATE.read_text()).substitute(
        title=spec["info"]["title"],
        summary=spec["info"].get("summary", ""),
        distribution=vendor.distribution,
        package=vendor.package,
        env=vendor.key.upper(),
        usage=usage.read_text().strip() if usage.exists() else "",
        helpers=_helpers([vendor.overlay / "aio.py", *([package_dir / "_aio_spec.py"] if package_dir else [])]),
        cli=cli,
    )
