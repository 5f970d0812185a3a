"""The `wait_for_*` (and `download_*`) helpers of the status operations a spec marks
with `x-wait`.

    x-wait:
      helper: wait_for_export      # the helper's name
      done: [DONE]                 # `status` values that end the wait (any case)
      failed: [FAILED]             # and those that fail it
      reason: meta.error           # where a failed job says why (optional)
      progress: progress           # a 0..1 fraction to show beside the status (optional)
      hint: estimated_completion_time  # when the server expects it done (optional)
      status: state                # the status field, when it is not `status`
      poll_interval: 5             # the first interval, when not 2 s
      job_id: export_id            # the status's field holding the last path id: the
                                   # helpers take the status itself in place of that id
      label_parts: 2               # how many last path parameters name the job in
                                   # errors, joined by `/` (when not 1)
      parameters: {export_name: name}  # the helpers' names for path parameters, when
                                   # not the operation's (optional)
      doc: Poll an export job until it is done.
      download:                    # for a job that ends in a file (optional)
        helper: download_export
        url: meta.url              # its signed, expiring URL
        size: file_size            # its size in bytes (optional)
        verify: zip                # the file is opened as a ZIP before it is kept (optional)
        operation: get_export_download_url  # the operation answering `url` and `size`, from
                                   # the same path parameters, when not the status one
                                   # (it refuses a job not done: no wait first)
        doc: Download a finished export's archive.

Each becomes a `StatusOperation` table entry (`_runtime/jobs.py`) and typed functions
taking the operation's path parameters, checked before any request.
"""

from __future__ import annotations

import dataclasses
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from operation_signatures import Signature, marked, read

# What `verify:` names: a check of the downloaded file, from the runtime.
VERIFIERS = {"zip": "check_zip"}


@dataclass(frozen=True)
class Job:
    spec: dict[str, Any]
    signature: Signature
    entry: str
    url_signature: Signature | None = None  # the download's own URL operation, if any

    @property
    def download(self) -> dict[str, Any] | None:
        download: dict[str, Any] | None = self.spec.get("download")
        return download


def jobs(document: Mapping[str, Any], package_dir: Path) -> list[Job]:
    found = []
    for operation in marked(document, "x-wait"):
        spec = operation["x-wait"]
        signature = read(package_dir, operation["operationId"])
        names = spec.get("parameters", {})
        signature = dataclasses.replace(signature, path=[(names.get(n, n), a) for n, a in signature.path])
        url_operation = spec.get("download", {}).get("operation")
        url_signature = read(package_dir, url_operation) if url_operation else None
        found.append(Job(spec, signature, "_" + spec["helper"].removeprefix("wait_for_").upper(), url_signature))
    return sorted(found, key=lambda j: j.spec["helper"])


def signatures(job: Job) -> list[Signature]:
    """The operations the job's entry names (for the module's imports)."""
    return [job.signature, *([job.url_signature] if job.url_signature else [])]


def helpers(job: Job) -> list[str]:
    return [job.spec["helper"], *([job.download["helper"]] if job.download else [])]


def entry(job: Job) -> str:
    spec, download = job.spec, job.download or {}
    arguments = [job.signature.operation, f"done={tuple(spec['done'])!r}"]
    if "failed" in spec:
        arguments.append(f"failed={tuple(spec['failed'])!r}")
    arguments += [f"{key}={spec[key]!r}" for key in ("status", "reason", "hint", "progress") if key in spec]
    if "poll_interval" in spec:
        arguments.append(f"poll_interval={float(spec['poll_interval'])!r}")
    arguments += [f"{key}={download[key]!r}" for key in ("url", "size") if key in download]
    if "verify" in download:
        arguments.append(f"verify={VERIFIERS[download['verify']]}")
    if job.url_signature:
        arguments.append(f"url_operation={job.url_signature.operation}")
    if "label_parts" in spec:
        arguments.append(f"label_parts={int(spec['label_parts'])!r}")
    model = f"models.{job.signature.returns}"
    return f"{job.entry}: StatusOperation[{model}] = StatusOperation({', '.join(arguments)})"


def _path(job: Job) -> tuple[list[str], str]:
    """The helpers' path parameter lines and the checked arguments they pass on; with
    `job_id`, the last parameter also takes the status model itself."""
    signature, model = job.signature, f"models.{job.signature.returns}"
    lines, checked = signature.path_parameters(), signature.checked_path()
    field = job.spec.get("job_id")
    if field:
        name = signature.path[-1][0]
        lines[-1] = lines[-1].removesuffix(",") + f" | {model},"
        given = f"{name}.{field} if isinstance({name}, {model}) else {name}"
        checked[-1] = checked[-1].replace(f", {name})", f", {given})")
    return lines, ", ".join(["client", *checked])


def functions(job: Job, mode: str) -> list[str]:
    prefix, call = ("async def", "await ") if mode == "aio" else ("def", "")
    watch, save = ("awatch", "asave") if mode == "aio" else ("watch", "save")
    signature, model = job.signature, f"models.{job.signature.returns}"
    parameters, path = _path(job)
    header = [f"{prefix} {job.spec['helper']}(", "    client: Client,", *parameters]
    operation = signature.operation
    detail = f"`{operation}` until the job is done; `wait`: the options of every wait (`WaitOptions`)."
    wait = [
        *header,
        f"    **wait: Unpack[WaitOptions[{model}]],",
        f") -> {model}:",
        docstring(job.spec["doc"], detail),
        f"    return {call}{job.entry}.{watch}({path}, wait=wait)",
    ]
    written = ["\n".join(wait)]
    if job.download:
        written.append(
            "\n".join(
                [
                    f"{prefix} {job.download['helper']}(",
                    "    client: Client,",
                    *parameters,
                    "    dest: str | os.PathLike[str],",
                    "    **file: Unpack[FileOptions],",
                    ") -> Path:",
                    docstring(
                        job.download["doc"],
                        (
                            f"From `{job.url_signature.operation}`, which refuses a job not done"
                            if job.url_signature
                            else f"Once `{operation}` says the job is done"
                        )
                        + "; verified and atomic, an expired URL renewed;"
                        " `file`: the options of every file written (`FileOptions`).",
                    ),
                    f"    return {call}{job.entry}.{save}({path}, dest=dest, file=file)",
                ]
            )
        )
    return written


def docstring(doc: str, detail: str) -> str:
    """A helper's docstring: the spec's `doc`, then what the helper does with it."""
    text = textwrap.fill(" ".join(doc.split()), 100) + "\n\n" + textwrap.fill(detail, 100)
    return textwrap.indent('"""' + text + '\n"""', "    ")
