"""The `iter_*` walks of the list operations a spec marks with `x-walk`.

    x-walk:
      helper: iter_datasets      # the helper's name
      items: items               # where the page keeps its items
      total: meta.total          # and the total count (optional; or has_more:)
      unit: datasets             # what progress counts
      doc: Every dataset of a project.
      # optional:
      #   items: [data, exports]   # alternatives, for servers keying the list differently;
      #                            # an answer that is a bare list is the whole list
      #   unique: id               # an item field identifying it: repeats are dropped
      #   positional: true         # the filters may be given by position too
      #   closed: true             # an enum filter refuses a value the spec does not list

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

from operation_signatures import Signature, annotation_names, field_annotation, marked, read
from spec import Document


@dataclass(frozen=True)
class Walk:
    helper: str
    signature: Signature
    entry: str
    items: str | tuple[str, ...]
    total: str | None
    has_more: str | None
    unit: str
    doc: str
    filters: list[tuple[str, str, str]]  # (name, annotation, default)
    item: str
    described: dict[str, str]
    paging: str  # the entry's page_size / max_page_size arguments, when the spec gives them
    flag: dict[str, str] | None  # a flag its pages carry about the whole list (`_runtime/flags.py`)
    unique: str | None = None
    positional: bool = False
    closed: bool = False

    def walk_type(self, mode: str) -> str:
        """The type the walk returns: the runtime's, or one that exposes its flag."""
        if self.flag is not None:
            return ("Async" if mode == "aio" else "") + self.flag["walk"]
        iterator = "AsyncOffsetIterator" if mode == "aio" else "OffsetIterator"
        return f"{iterator}[models.{self.item}]"


def walks(document: Document, package_dir: Path, classes: dict[str, ast.ClassDef]) -> list[Walk]:
    found = [_walk(document, operation, package_dir, classes) for operation in marked(document.contents, "x-walk")]
    return sorted(found, key=lambda w: w.helper)


def _walk(document: Document, operation: dict[str, Any], package_dir: Path, classes: dict[str, ast.ClassDef]) -> Walk:
    spec = operation["x-walk"]
    signature = read(package_dir, operation["operationId"])
    parameters = [document.resolve(p) for p in operation.get("parameters", [])]
    local_times = {p["name"] for p in parameters if document.resolve(p.get("schema", {})).get("x-local-time")}
    enums = _enums(classes)
    filters = [
        _filter(name, annotation, default, enums, name in local_times)
        for name, annotation, default in signature.keywords
        if name not in ("offset", "limit")
    ]
    return Walk(
        helper=spec["helper"],
        signature=signature,
        entry="_" + spec["helper"].removeprefix("iter_").upper(),
        items=spec["items"] if isinstance(spec["items"], str) else tuple(spec["items"]),
        total=spec.get("total"),
        has_more=spec.get("has_more"),
        unit=spec["unit"],
        doc=spec["doc"],
        filters=filters,
        item=item_class(classes, signature.returns, spec["items"]),
        described={p["name"]: " ".join(str(p["description"]).split()) for p in parameters if p.get("description")},
        paging=_paging(parameters),
        flag=spec.get("flag"),
        unique=spec.get("unique"),
        positional=spec.get("positional") is True,
        closed=spec.get("closed") is True,
    )


def _filter(name: str, annotation: str, default: str, enums: set[str], local_time: bool) -> tuple[str, str, str]:
    """A filter as the walk takes it: what the operation takes, loosened (`_runtime/filters.py`
    and `parameters.py` make it what the operation sends); an optional one is None when not
    given, as a query cannot send a null. A required one has no default."""
    loosened = _loosened(annotation, enums).replace("list[", "Sequence[")
    if local_time:
        loosened = loosened.replace("str", "datetime.datetime | str", 1)  # a local time, or its text
    if not default:
        return name, loosened, ""
    return name, loosened.replace(" | Unset", "") + " | None", "None" if default == "UNSET" else default


def _paging(parameters: list[dict[str, Any]]) -> str:
    """The entry's page size (the `limit` default) and maximum (only one the spec documents)."""
    limit: dict[str, Any] = next((p.get("schema", {}) for p in parameters if p.get("name") == "limit"), {})
    paging = ""
    if isinstance(limit.get("default"), int) and limit["default"] >= 1 and limit["default"] != 100:
        paging += f", page_size={limit['default']}"
    if isinstance(limit.get("maximum"), int):
        paging += f", max_page_size={limit['maximum']}"
    return paging


def item_class(classes: dict[str, ast.ClassDef], page: str, items: str | tuple[str, ...]) -> str:
    """The model of the page's items: the `list[X]` annotation of its (first) items field,
    in the page model (of those the operation answers, the one that has it)."""
    leaf = (items if isinstance(items, str) else items[0]).split(".")[-1]
    for model in sorted(annotation_names(page) & classes.keys()):
        listed = re.search(r"list\[(\w+)\]", field_annotation(classes[model], leaf) or "")
        if listed:
            return listed.group(1)
    raise SystemExit(f"x-walk: no list field {items!r} in the model {page}")


def _enums(classes: dict[str, ast.ClassDef]) -> set[str]:
    """The generated enum classes (open enums: a value the spec does not list still fits)."""
    return {name for name, node in classes.items() if any("Enum" in ast.unparse(b) for b in node.bases)}


def _loosened(annotation: str, enums: set[str]) -> str:
    """An enum filter also takes the value's text, which the walk makes a member."""
    for enum in enums & annotation_names(annotation):
        annotation = annotation.replace(f"list[{enum}]", f"list[{enum} | str]")
        annotation = re.sub(rf"(?<![\w\[]){enum}(?! \| str)", f"{enum} | str", annotation)
    return annotation


def filter_annotations(walk: Walk) -> list[str]:
    """The annotations the walk's function writes (for its imports)."""
    return [a for _, a, _ in walk.filters]


def entry(w: Walk) -> str:
    counters = "".join(
        f", {k}={v!r}" for k, v in (("total", w.total), ("has_more", w.has_more), ("unique", w.unique)) if v
    )
    return (
        f"{w.entry}: OffsetList[models.{w.item}] = OffsetList("
        f"{w.signature.operation}, items={w.items!r}{counters}, unit={w.unit!r}{w.paging})"
    )


def flag_class(walk: Walk, mode: str) -> str:
    """The walk type of a list whose pages carry a flag, exposing it under its name."""
    assert walk.flag is not None
    base = "AsyncOffsetIterator" if mode == "aio" else "OffsetIterator"
    name, doc = walk.flag["field"], " ".join(walk.flag["doc"].split())
    return "\n".join(
        [
            f"class {walk.walk_type(mode)}({base}[models.{walk.item}]):",
            f'    """The walk of `{walk.helper}`, which also tells `{name}`."""',
            "",
            "    def __init__(self, *args: Any, **kwargs: Any) -> None:",
            "        super().__init__(*args, **kwargs)",
            f"        self._flag = PageFlag({name!r}, {walk.flag['warning']!r})",
            "",
            "    def observe(self, answer: Any) -> None:",
            "        self._flag.note(answer)",
            "",
            "    @property",
            f"    def {name}(self) -> bool | None:",
            textwrap.indent('"""' + textwrap.fill(doc, 96) + '"""', "        "),
            "        return self._flag.value",
        ]
    )


def function(walk: Walk, mode: str) -> str:
    method = "awalk" if mode == "aio" else "walk"
    lines = [f"def {walk.helper}(", "    client: Client,", *walk.signature.path_parameters()]
    lines += [f"    {name}: {annotation}," for name, annotation, default in walk.filters if not default]
    optional = [(name, annotation, default) for name, annotation, default in walk.filters if default]
    if optional:
        lines += [] if walk.positional else ["    *,"]
        lines += [f"    {name}: {annotation} = {default}," for name, annotation, default in optional]
    lines += ["    **options: Unpack[WalkOptions],", f") -> {walk.walk_type(mode)}:"]
    operation = walk.signature.operation
    doc = [textwrap.fill(" ".join(walk.doc.split()), 100), ""]
    doc.append(f"`{operation}`, page by page; `options`: those of every walk (`WalkOptions`).")
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
        closed = ", closed=True" if walk.closed else ""
        query = f", query=filters.coerce({operation}, {{{given}}}{closed})"
    else:
        query = ""
    walk_type = f", walk_type={walk.walk_type(mode)}" if walk.flag else ""
    lines.append(f"    return {walk.entry}.{method}({arguments}{query}, options=options{walk_type})")
    return "\n".join(lines)


def any_function(spec: dict[str, str], mode: str) -> str:
    """The walk of any list operation whose pages have the shape the spec's root
    `x-walk-any` names (`_runtime/any_list.py`)."""
    iterator = "AsyncOffsetIterator" if mode == "aio" else "OffsetIterator"
    method = "awalk" if mode == "aio" else "walk"
    doc = textwrap.indent('"""' + textwrap.fill(" ".join(spec["doc"].split()), 96) + '"""', "    ")
    return "\n".join(
        [
            f"def {spec['helper']}(",
            "    client: Client, operation: ModuleType, /, *path: Any, **params: Any",
            f") -> {iterator}[Any]:",
            doc,
            f"    shape = {{'items': {spec['items']!r}, 'total': {spec['total']!r}}}",
            "    entry, options, query = any_list(operation, params, **shape)",
            f"    return entry.{method}(client, *path, query=query, options=options)",
        ]
    )
