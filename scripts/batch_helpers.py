"""The helpers of the operations a spec marks with `x-batch`: a JSON body that is a list
the API takes a limited number of at once.

    x-batch:
      helper: create_labels   # the helper's name
      size: 100               # items per request (its source in the operation's x-source)
      parameter: labels       # the helper's name for the list
      answer: items           # the answer's field listing what a batch did (optional)
      wrap: id                # the helper takes values of this field of the item model
                              # instead of items (ids to delete; optional)
      doc: Create any number of labels on an image.

Each becomes a `BatchOperation` table entry (`_runtime/batch_operations.py`) and a
typed function taking the operation's path parameters, checked, then the list.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from job_helpers import docstring
from operation_signatures import PATH_CHECKS, Signature, field_annotation, marked, read
from walk_helpers import item_class


@dataclass(frozen=True)
class Batch:
    spec: dict[str, Any]
    signature: Signature
    entry: str
    item: str  # the body's item model
    taken: str  # the annotation of what the helper takes in the list
    check: str  # how a wrapped value is checked ("" when items are taken as they are)
    returns: str  # the model of what the answers list ("" when they list nothing)

    @property
    def helper(self) -> str:
        return str(self.spec["helper"])


def batches(document: Mapping[str, Any], package_dir: Path, classes: dict[str, ast.ClassDef]) -> list[Batch]:
    found = []
    for operation in marked(document, "x-batch"):
        spec = operation["x-batch"]
        signature = read(package_dir, operation["operationId"])
        body = {name: annotation for name, annotation, _ in signature.keywords}["body"]
        item = body.removeprefix("list[").removesuffix("]")
        taken, check = f"models.{item}", ""
        if "wrap" in spec:
            annotation = field_annotation(classes[item], spec["wrap"])
            if annotation is None:
                raise SystemExit(f"x-batch: no field {spec['wrap']!r} in the model {item}")
            taken, check = PATH_CHECKS[annotation]
        returns = item_class(classes, signature.returns, spec["answer"]) if "answer" in spec else ""
        entry = "_" + spec["helper"].upper()
        found.append(Batch(spec, signature, entry, item, taken, check, returns))
    return sorted(found, key=lambda b: b.helper)


def entry(batch: Batch) -> str:
    spec = batch.spec
    arguments = [batch.signature.operation, f"models.{batch.item}", str(int(spec["size"])), repr(spec["parameter"])]
    arguments += [f"{key}={spec[key]!r}" for key in ("answer", "wrap") if key in spec]
    arguments += [f"check={batch.check}"] if batch.check else []
    return f"{batch.entry}: BatchOperation[models.{batch.item}] = BatchOperation({', '.join(arguments)})"


def function(batch: Batch, mode: str) -> str:
    prefix, call, send = ("async def", "await ", "asend") if mode == "aio" else ("def", "", "send")
    returns = f"list[models.{batch.returns}]" if batch.returns else "None"
    path = ", ".join(["client", *batch.signature.checked_path()])
    parameter = batch.spec["parameter"]
    sent = f"{call}{batch.entry}.{send}({path}, items={parameter})"
    detail = (
        f"Sends `{batch.signature.operation}` {int(batch.spec['size'])} at a time, in order, once every item is"
        " checked (its type and the spec's rules, errors naming it by its position) so that nothing is sent when"
        " one is refused."
    )
    lines = [
        f"{prefix} {batch.helper}(",
        "    client: Client,",
        *batch.signature.path_parameters(),
        f"    {parameter}: Sequence[{batch.taken}],",
        f") -> {returns}:",
        docstring(batch.spec["doc"], detail),
        f"    return {sent}" if batch.returns else f"    {sent}",
    ]
    return "\n".join(lines)
