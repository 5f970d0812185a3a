"""What generation reads back from a generated operation module: its `sync` function's
path parameters, keyword parameters and return type, for the helpers the spec declares
on that operation (`x-walk`, `x-wait`: scripts/spec_helpers.py)."""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "post", "put", "patch", "delete")
# What a path parameter's annotation in the generated operation is checked with.
PATH_CHECKS = {"UUID": ("UUID | str", "check_uuid"), "int": ("int", "check_int"), "str": ("str", "check_str")}


@dataclass(frozen=True)
class Signature:
    operation: str
    tag_module: str
    path: list[tuple[str, str]]  # (name, annotation)
    keywords: list[tuple[str, str, str]]  # (name, annotation, default), `client` left out
    returns: str

    def path_parameters(self) -> list[str]:
        """The helper's parameter lines for the path parameters, with the types it takes."""
        return [f"    {name}: {PATH_CHECKS.get(annotation, (annotation, ''))[0]}," for name, annotation in self.path]

    def checked_path(self) -> list[str]:
        """The path parameters as the helper passes them on, each checked first."""
        checked = []
        for name, annotation in self.path:
            check = PATH_CHECKS.get(annotation, ("", ""))[1]
            checked.append(f'{check}("{name}", {name})' if check else name)
        return checked


def field_annotation(model: ast.ClassDef, name: str) -> str | None:
    """The annotation of a generated model's field `name`, as written; None when it has none."""
    for node in model.body:
        if isinstance(node, ast.AnnAssign) and ast.unparse(node.target) == name:
            return ast.unparse(node.annotation)
    return None


def annotation_names(annotation: str) -> set[str]:
    return {n.id for n in ast.walk(ast.parse(annotation, mode="eval")) if isinstance(n, ast.Name)}


def operations(document: Mapping[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The spec's operations, each with its path."""
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation:
                yield path, operation


def marked(document: Mapping[str, Any], extension: str) -> Iterator[dict[str, Any]]:
    """The spec's operations that carry `extension`."""
    return (operation for _, operation in operations(document) if extension in operation)


def read(package_dir: Path, operation_id: str) -> Signature:
    (module,) = package_dir.glob(f"api/*/{operation_id}.py")
    tree = ast.parse(module.read_text())
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    sync = functions.get("sync") or functions["sync_detailed"]  # an answer without a body has no `sync`
    return Signature(
        operation=operation_id,
        tag_module=module.parent.name,
        path=[(a.arg, ast.unparse(a.annotation)) for a in sync.args.args if a.annotation is not None],
        keywords=[
            (a.arg, ast.unparse(a.annotation), ast.unparse(d) if d is not None else "")
            for a, d in zip(sync.args.kwonlyargs, sync.args.kw_defaults, strict=True)
            if a.arg != "client" and a.annotation is not None
        ],
        returns=ast.unparse(sync.returns) if sync.returns is not None else "",
    )
