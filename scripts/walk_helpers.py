"""The `iter_*` walks of the list operations a spec marks with `x-walk`.

    x-walk:
      helper: iter_datasets      # the helper's name
      items: items               # where the page keeps its items
      total: meta.total          # and the total count (optional; or has_more:)
      unit: datasets             # what progress counts
      doc: Every dataset of a project.

Each becomes an `OffsetList` table entry and a typed function: the operation's path
parameters, checked (a UUID or its text, an int, a non-empty string), then its filters
as keywords with the generated operation's own types (enum names given as text are made
members, `_runtime/filters.py`), then the options of every walk. Both forms are written,
`_aio_walks.py` and `_sync_walks.py`; a vendor's `aio.py` re-exports the first, and its
generated `helpers.py` (scripts/sync_twins.py) the second.
"""

from __future__ import annotations

import ast
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spec import load
from vendors import Vendor

MODULES = {"aio": "_aio_walks.py", "sync": "_sync_walks.py"}
_HTTP_METHODS = ("get", "post", "put", "patch", "delete")
# What a path parameter's annotation in the generated operation is checked with.
_PATH_CHECKS = {"UUID": ("UUID | str", "check_uuid"), "int": ("int", "check_int"), "str": ("str", "check_str")}
_FROM = {"UUID": "uuid", "datetime": "datetime", "date": "datetime", "Unset": ".types", "UNSET": ".types"}


@dataclass(frozen=True)
class Walk:
    helper: str
    operation: str
    tag_module: str
    entry: str
    items: str
    total: str | None
    has_more: str | None
    unit: str
    doc: str
    path: list[tuple[str, str]]  # (name, annotation in the operation)
    filters: list[tuple[str, str, str]]  # (name, annotation, default)
    item: str
    described: dict[str, str]
    paging: str  # the entry's page_size / max_page_size arguments, when the spec gives them


def _walks(vendor: Vendor, package_dir: Path) -> list[Walk]:
    document = load(vendor.spec)
    classes = _model_classes(package_dir)
    found = []
    for item in document.get("paths", {}).values():
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if operation and "x-walk" in operation:
                found.append(_walk(document, operation, package_dir, classes))
    return sorted(found, key=lambda w: w.helper)


def _walk(
    document: dict[str, Any], operation: dict[str, Any], package_dir: Path, classes: dict[str, ast.ClassDef]
) -> Walk:
    spec = operation["x-walk"]
    name = operation["operationId"]
    (module,) = package_dir.glob(f"api/*/{name}.py")
    tree = ast.parse(module.read_text())
    sync = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "sync")
    path = [(a.arg, ast.unparse(a.annotation)) for a in sync.args.args if a.annotation is not None]
    enums = _enums(classes)
    filters = [
        (a.arg, _loosened(ast.unparse(a.annotation), enums), ast.unparse(d) if d is not None else "")
        for a, d in zip(sync.args.kwonlyargs, sync.args.kw_defaults, strict=True)
        if a.arg not in ("client", "offset", "limit") and a.annotation is not None
    ]
    page = ast.unparse(sync.returns) if sync.returns is not None else ""
    parameters = _parameters(document, operation)
    return Walk(
        helper=spec["helper"],
        operation=name,
        tag_module=module.parent.name,
        entry="_" + spec["helper"].removeprefix("iter_").upper(),
        items=spec["items"],
        total=spec.get("total"),
        has_more=spec.get("has_more"),
        unit=spec["unit"],
        doc=spec["doc"],
        path=path,
        filters=filters,
        item=_item_class(classes, page, spec["items"]),
        described={p["name"]: " ".join(str(p["description"]).split()) for p in parameters if p.get("description")},
        paging=_paging(parameters),
    )


def _parameters(document: dict[str, Any], operation: dict[str, Any]) -> list[dict[str, Any]]:
    """The operation's parameters, `$ref`s resolved."""
    resolved = []
    for parameter in operation.get("parameters", []):
        while "$ref" in parameter:
            target: Any = document
            for part in str(parameter["$ref"]).removeprefix("#/").split("/"):
                target = target[part]
            parameter = target
        resolved.append(parameter)
    return resolved


def _paging(parameters: list[dict[str, Any]]) -> str:
    """The entry's page size (the `limit` default) and maximum (only one the spec documents)."""
    limit: dict[str, Any] = next((p.get("schema", {}) for p in parameters if p.get("name") == "limit"), {})
    paging = ""
    if isinstance(limit.get("default"), int) and limit["default"] >= 1 and limit["default"] != 100:
        paging += f", page_size={limit['default']}"
    if isinstance(limit.get("maximum"), int):
        paging += f", max_page_size={limit['maximum']}"
    return paging


def _model_classes(package_dir: Path) -> dict[str, ast.ClassDef]:
    """Every generated model class by name, each module parsed once."""
    return {
        node.name: node
        for module in sorted(package_dir.glob("models/*.py"))
        for node in ast.parse(module.read_text()).body
        if isinstance(node, ast.ClassDef)
    }


def _item_class(classes: dict[str, ast.ClassDef], page: str, items: str) -> str:
    """The model of the page's items: the `list[X]` annotation of its items field."""
    for field in classes[page].body if page in classes else []:
        if isinstance(field, ast.AnnAssign) and ast.unparse(field.target) == items.split(".")[-1]:
            return ast.unparse(field.annotation).removeprefix("list[").removesuffix("]")
    raise SystemExit(f"x-walk: no list field {items!r} in the model {page}")


def _enums(classes: dict[str, ast.ClassDef]) -> set[str]:
    """The generated enum classes (open enums: a value the spec does not list still fits)."""
    return {name for name, node in classes.items() if any("Enum" in ast.unparse(b) for b in node.bases)}


def _loosened(annotation: str, enums: set[str]) -> str:
    """An enum filter also takes the value's text, which the walk makes a member
    (`_runtime/filters.py`); a list of them, any sequence."""
    for enum in enums & _names(annotation):
        annotation = annotation.replace(f"list[{enum}]", f"Sequence[{enum} | str]")
        annotation = re.sub(rf"(?<![\w\[]){enum}(?! \| str)", f"{enum} | str", annotation)
    return annotation


def _names(annotation: str) -> set[str]:
    return {n.id for n in ast.walk(ast.parse(annotation, mode="eval")) if isinstance(n, ast.Name)}


def _function(walk: Walk, mode: str) -> str:
    iterator = "AsyncOffsetIterator" if mode == "aio" else "OffsetIterator"
    method = "awalk" if mode == "aio" else "walk"
    lines = [f"def {walk.helper}(", "    client: Client,"]
    checked = []
    for name, annotation in walk.path:
        public, check = _PATH_CHECKS.get(annotation, (annotation, ""))
        lines.append(f"    {name}: {public},")
        checked.append(f'{check}("{name}", {name})' if check else name)
    if walk.filters:
        lines.append("    *,")
        lines += [f"    {name}: {annotation} = {default or 'UNSET'}," for name, annotation, default in walk.filters]
    lines += ["    **options: Unpack[WalkOptions],", f") -> {iterator}[models.{walk.item}]:"]
    doc = [walk.doc, "", f"`{walk.operation}`, page by page; `options`: those of every walk (`WalkOptions`)."]
    described = [(name, walk.described.get(name, "")) for name, _, _ in walk.filters]
    if described:
        doc += ["", "Filters:"]
        doc += [
            textwrap.fill(f"{name}: {text}", 108, initial_indent="    ", subsequent_indent="        ")
            for name, text in described
        ]
    body = textwrap.indent('"""' + "\n".join(doc).rstrip() + '\n"""', "    ").splitlines()
    lines += [line.rstrip() for line in body]
    arguments = ", ".join(["client", *checked])
    if walk.filters:
        given = ", ".join(f'"{name}": {name}' for name, _, _ in walk.filters)
        lines.append(f"    given = {{k: v for k, v in {{{given}}}.items() if v is not UNSET}}")
        query = f", query=filters.coerce({walk.operation}, given)"
    else:
        query = ""
    lines.append(f"    return {walk.entry}.{method}({arguments}{query}, options=options)")
    return "\n".join(lines)


def render(walks: list[Walk], mode: str) -> str:
    iterator = "AsyncOffsetIterator" if mode == "aio" else "OffsetIterator"
    form = "async" if mode == "aio" else "sync"
    used: set[str] = set()
    for walk in walks:
        for _, annotation in walk.path:
            used |= _names(_PATH_CHECKS.get(annotation, (annotation, ""))[0])
        for _, annotation, _ in walk.filters:
            used |= _names(annotation) | {"UNSET"}
    checks = sorted({c for w in walks for _, a in w.path if (c := _PATH_CHECKS.get(a, ("", ""))[1])})
    imports = ["from typing import Unpack", ""]
    if "Sequence" in used:
        imports.insert(0, "from collections.abc import Sequence")
    for module in ("uuid", "datetime"):
        names = sorted(n for n in used if _FROM.get(n) == module)
        if names:
            imports.append(f"from {module} import {', '.join(names)}")
    imports += ["", "from . import models"]
    if any(w.filters for w in walks):
        imports.append("from ._runtime import filters")
    imports.append(f"from ._runtime.pagination import {iterator}")
    if checks:
        imports.append(f"from ._runtime.validate import {', '.join(checks)}")
    imports.append("from ._runtime.walks import OffsetList, WalkOptions")
    imports += [f"from .api.{w.tag_module} import {w.operation}" for w in sorted(walks, key=lambda w: w.operation)]
    imports.append("from .client import Client")
    builtins = {"str", "int", "float", "bool", "list", "None", "Sequence"}
    model_names = sorted(n for n in used if n not in _FROM and n not in builtins)
    if model_names:
        imports.append(f"from .models import {', '.join(model_names)}")
    types = sorted(n for n in used if _FROM.get(n) == ".types")
    if types:
        imports.append(f"from .types import {', '.join(types)}")
    entries = []
    for w in walks:
        counters = "".join(f", {k}={v!r}" for k, v in (("total", w.total), ("has_more", w.has_more)) if v)
        entries.append(
            f"{w.entry}: OffsetList[models.{w.item}] = OffsetList("
            f"{w.operation}, items={w.items!r}{counters}, unit={w.unit!r}{w.paging})"
        )
    header = (
        f'"""The {form} `iter_*` walks of the spec\'s `x-walk` list operations (written by\n'
        f'scripts/walk_helpers.py at generation: edit the spec, not this)."""\n\n'
        "from __future__ import annotations\n\n"
    )
    exports = "__all__ = [" + ", ".join(f'"{w.helper}"' for w in walks) + "]"
    functions = "\n\n\n".join(_function(w, mode) for w in walks)
    return header + "\n".join(imports) + "\n\n" + exports + "\n\n" + "\n".join(entries) + "\n\n\n" + functions + "\n"


def write_walk_modules(vendor: Vendor, package_dir: Path) -> list[Path]:
    """Write both forms when the spec has `x-walk` entries; the files written."""
    walks = _walks(vendor, package_dir)
    if not walks:
        return []
    written = []
    for mode, name in MODULES.items():
        target = package_dir / name
        target.write_text(render(walks, mode))
        written.append(target)
    return written
