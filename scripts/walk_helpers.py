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
members, `_runtime/filters.py`), then the options of every walk; scripts/spec_helpers.py
writes them.
"""

from __future__ import annotations

import ast
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from operation_signatures import Signature, annotation_names, marked, read


@dataclass(frozen=True)
class Walk:
    helper: str
    signature: Signature
    entry: str
    items: str
    total: str | None
    has_more: str | None
    unit: str
    doc: str
    filters: list[tuple[str, str, str]]  # (name, annotation, default)
    item: str
    described: dict[str, str]
    paging: str  # the entry's page_size / max_page_size arguments, when the spec gives them


def walks(document: dict[str, Any], package_dir: Path, classes: dict[str, ast.ClassDef]) -> list[Walk]:
    found = [_walk(document, operation, package_dir, classes) for operation in marked(document, "x-walk")]
    return sorted(found, key=lambda w: w.helper)


def _walk(
    document: dict[str, Any], operation: dict[str, Any], package_dir: Path, classes: dict[str, ast.ClassDef]
) -> Walk:
    spec = operation["x-walk"]
    signature = read(package_dir, operation["operationId"])
    enums = _enums(classes)
    filters = [
        (name, _loosened(annotation, enums), default)
        for name, annotation, default in signature.keywords
        if name not in ("offset", "limit")
    ]
    parameters = _parameters(document, operation)
    return Walk(
        helper=spec["helper"],
        signature=signature,
        entry="_" + spec["helper"].removeprefix("iter_").upper(),
        items=spec["items"],
        total=spec.get("total"),
        has_more=spec.get("has_more"),
        unit=spec["unit"],
        doc=spec["doc"],
        filters=filters,
        item=_item_class(classes, signature.returns, spec["items"]),
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
    for enum in enums & annotation_names(annotation):
        annotation = annotation.replace(f"list[{enum}]", f"Sequence[{enum} | str]")
        annotation = re.sub(rf"(?<![\w\[]){enum}(?! \| str)", f"{enum} | str", annotation)
    return annotation


def filter_annotations(walk: Walk) -> list[str]:
    """The annotations the walk's function writes (for its imports)."""
    return [a for _, a, _ in walk.filters]


def entry(w: Walk) -> str:
    counters = "".join(f", {k}={v!r}" for k, v in (("total", w.total), ("has_more", w.has_more)) if v)
    return (
        f"{w.entry}: OffsetList[models.{w.item}] = OffsetList("
        f"{w.signature.operation}, items={w.items!r}{counters}, unit={w.unit!r}{w.paging})"
    )


def function(walk: Walk, mode: str) -> str:
    iterator = "AsyncOffsetIterator" if mode == "aio" else "OffsetIterator"
    method = "awalk" if mode == "aio" else "walk"
    lines = [f"def {walk.helper}(", "    client: Client,", *walk.signature.path_parameters()]
    if walk.filters:
        lines.append("    *,")
        lines += [f"    {name}: {annotation} = {default or 'UNSET'}," for name, annotation, default in walk.filters]
    lines += ["    **options: Unpack[WalkOptions],", f") -> {iterator}[models.{walk.item}]:"]
    operation = walk.signature.operation
    doc = [walk.doc, "", f"`{operation}`, page by page; `options`: those of every walk (`WalkOptions`)."]
    described = [(name, walk.described.get(name, "")) for name, _, _ in walk.filters]
    if described:
        doc += ["", "Filters:"]
        doc += [
            textwrap.fill(f"{name}: {text}", 108, initial_indent="    ", subsequent_indent="        ")
            for name, text in described
        ]
    body = textwrap.indent('"""' + "\n".join(doc).rstrip() + '\n"""', "    ").splitlines()
    lines += [line.rstrip() for line in body]
    arguments = ", ".join(["client", *walk.signature.checked_path()])
    if walk.filters:
        given = ", ".join(f'"{name}": {name}' for name, _, _ in walk.filters)
        lines.append(f"    given = {{k: v for k, v in {{{given}}}.items() if v is not UNSET}}")
        query = f", query=filters.coerce({operation}, given)"
    else:
        query = ""
    lines.append(f"    return {walk.entry}.{method}({arguments}{query}, options=options)")
    return "\n".join(lines)
