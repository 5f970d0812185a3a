"""The helpers a spec declares on its operations, written at generation into
`_aio_spec.py` and `_sync_spec.py`: the `iter_*` walks of `x-walk` list operations (and,
for a spec whose lists share one page shape, the root's `x-walk-any` walk of any of
them: scripts/walk_helpers.py) and the `wait_for_*` / `download_*` helpers of `x-wait`
status operations (scripts/job_helpers.py), and the helpers of `x-batch` operations, whose
body is a list sent a batch at a time (scripts/batch_helpers.py). A vendor's `aio.py` re-exports the first module, and
its generated `helpers.py` (scripts/sync_twins.py) the second.
"""

from __future__ import annotations

import ast
from pathlib import Path

import batch_helpers
import job_helpers
import walk_helpers
from operation_signatures import annotation_names
from spec import Document, load
from vendors import Vendor

MODULES = {"aio": "_aio_spec.py", "sync": "_sync_spec.py"}
# Names in the operations' annotations that are not models.
_NOT_MODELS = {"UUID", "datetime", "date", "Unset", "UNSET", "str", "int", "float", "bool", "list", "None", "Sequence"}
# Every name a helper may use; the generation's ruff pass drops those a module does not.
_IMPORTS = """\
import datetime
import os
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, Unpack
from uuid import UUID

from . import models
from ._runtime import filters
from ._runtime.any_list import any_list
from ._runtime.archive import check_zip
from ._runtime.batch_operations import BatchOperation
from ._runtime.files import FileOptions
from ._runtime.flags import PageFlag
from ._runtime.jobs import StatusOperation
from ._runtime.pagination import {iterator}
from ._runtime.polling import WaitOptions
from ._runtime.validate import check_int, check_str, check_uuid
from ._runtime.walks import OffsetList, WalkOptions
from .client import Client
from .types import UNSET, Unset
"""


def write_spec_modules(vendor: Vendor, package_dir: Path) -> list[Path]:
    """Write both forms when the spec declares any helper; the files written."""
    document = Document(load(vendor.spec))
    classes = _model_classes(package_dir)
    walks = walk_helpers.walks(document, package_dir, classes)
    jobs = job_helpers.jobs(document.contents, package_dir)
    batches = batch_helpers.batches(document.contents, package_dir, classes)
    if not walks and not jobs and not batches:
        return []  # (a spec's `x-walk-any` goes with its `x-walk` lists)
    written = []
    for mode, name in MODULES.items():
        target = package_dir / name
        target.write_text(render(walks, jobs, mode, document.contents.get("x-walk-any"), batches))
        written.append(target)
    return written


def render(
    walks: list[walk_helpers.Walk],
    jobs: list[job_helpers.Job],
    mode: str,
    any_walk: dict[str, str] | None = None,
    batches: list[batch_helpers.Batch] | None = None,
) -> str:
    batches = batches or []
    form = "async" if mode == "aio" else "sync"
    annotations = [a for w in walks for a in walk_helpers.filter_annotations(w)]
    used = {name for annotation in annotations for name in annotation_names(annotation)}
    imports = [_IMPORTS.format(iterator="AsyncOffsetIterator" if mode == "aio" else "OffsetIterator")]
    signatures = [w.signature for w in walks] + [s for j in jobs for s in job_helpers.signatures(j)]
    signatures += [b.signature for b in batches]
    imports += sorted({f"from .api.{s.tag_module} import {s.operation}" for s in signatures})
    model_names = sorted(used - _NOT_MODELS)
    if model_names:
        imports.append(f"from .models import {', '.join(model_names)}")
    helpers = sorted(
        [w.helper for w in walks] + [h for j in jobs for h in job_helpers.helpers(j)] + [b.helper for b in batches]
    )
    helpers += sorted(w.walk_type(mode) for w in walks if w.flag)
    helpers += [any_walk["helper"]] if any_walk else []
    entries = [walk_helpers.entry(w) for w in walks] + [job_helpers.entry(j) for j in jobs]
    entries += [batch_helpers.entry(b) for b in batches]
    functions = [walk_helpers.flag_class(w, mode) for w in walks if w.flag]
    functions += [walk_helpers.function(w, mode) for w in walks]
    functions += [f for j in jobs for f in job_helpers.functions(j, mode)]
    functions += [walk_helpers.any_function(any_walk, mode)] if any_walk else []
    functions += [batch_helpers.function(b, mode) for b in batches]
    header = (
        f'"""The {form} helpers the spec declares on its operations (`x-walk`, `x-wait`, `x-batch`),\n'
        'written by scripts/spec_helpers.py at generation: edit the spec, not this."""\n\n'
        "from __future__ import annotations\n\n"
    )
    exports = "__all__ = [" + ", ".join(f'"{h}"' for h in helpers) + "]"
    return (
        header
        + "\n".join(imports)
        + "\n\n"
        + exports
        + "\n\n"
        + "\n".join(entries)
        + "\n\n\n"
        + "\n\n\n".join(functions)
        + "\n"
    )


def _model_classes(package_dir: Path) -> dict[str, ast.ClassDef]:
    """Every generated model class by name, each module parsed once."""
    return {
        node.name: node
        for module in sorted(package_dir.glob("models/*.py"))
        for node in ast.parse(module.read_text()).body
        if isinstance(node, ast.ClassDef)
    }
