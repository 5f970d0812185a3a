"""What the vendor packages' console commands share (the `[cli]` extra).

Written once here and copied into every package as `<package>._runtime.cli`. A
vendor's `cli.py` declares its `Tool` (name, help, examples, connection) and, in a
function given to `Tool.entry_point`, its commands (see `commands`); what the commands
have in common lives in the modules of this package, one job each:

    app              the tool, and running it; every failure is one line and an exit code
    commands         where a vendor declares its commands
    connection       the options saying where and as whom, and the client they open
    exit_codes       the exit codes and the errors that carry them
    interrupts       Ctrl-C, held while a record and its checkpoint are written
    options, values  the shared options and the parsing of their values
    secret_registry  secrets given to the process, scrubbed from every line shown
    console          result lines (stdout) and remarks (stderr)
    atomic_files     output files that appear whole or not at all
    download_target  a download command's options and destination: no clobbering, resumable
    export_job       an export job kept for --resume until its file is in place
    export_command   an export command's options, and its create-wait-download run
    waiting          a command waiting for a job: its options, the status shown
    resume_state     where an interrupted run stands (`<out>.resume.json`)
    record_file      JSONL / CSV / Parquet record files, resumable
    record_output    a command writing records: its options, the file filled and committed
    output_format    which record format to write
    parquet_file     JSONL to Parquet (the `[parquet]` extra)
    status_line      a job's status while waiting
    sync_command     the `sync` command of a pull that follows days or windows
    json_text        JSON as the commands write it

click is imported inside functions only, so that this package (and each `cli.py`)
imports without the extra installed; `run()` then says how to install it.
"""

from __future__ import annotations

from . import exit_codes
from .app import Tool, epilog, run
from .atomic_files import atomic_output
from .commands import Commands
from .connection import Connection, Opener, Setting, api_key
from .console import echo, echo_json, echo_pull, note
from .download_target import DownloadTarget, download_options, download_to
from .exit_codes import *  # noqa: F403 - the exit codes and the errors that carry them, listed in its __all__
from .export_command import ExportDownload, export_options
from .export_job import ExportJob
from .interrupts import guard_interrupts
from .json_text import as_dict, dumps
from .options import (
    compose,
    format_option,
    gathered,
    out_option,
    overwrite_option,
    page_size_option,
    period_options,
    poll_interval_option,
    progress_option,
    resume_option,
    secret_option,
    show_progress,
    timeout_option,
    url_option,
    window_options,
)
from .output_format import OutputFormat, output_format
from .record_file import RecordFile, Walk
from .record_output import RecordOutput, record_options
from .resume_state import ResumeState
from .secret_registry import required, secret
from .status_line import StatusLine
from .sync_command import add_sync_command
from .values import (
    comma_list,
    int_list,
    naive_datetime,
    optional_utc_or_local_datetime,
    utc_datetime,
    utc_or_local_datetime,
)
from .waiting import Waiting, waiting_options

__all__ = [
    "Commands",
    "Connection",
    "DownloadTarget",
    "ExportDownload",
    "ExportJob",
    "Opener",
    "OutputFormat",
    "RecordFile",
    "RecordOutput",
    "ResumeState",
    "Setting",
    "StatusLine",
    "Tool",
    "Waiting",
    "Walk",
    "add_sync_command",
    "api_key",
    "as_dict",
    "atomic_output",
    "comma_list",
    "compose",
    "download_options",
    "download_to",
    "dumps",
    "echo",
    "echo_json",
    "echo_pull",
    "epilog",
    "export_options",
    "format_option",
    "gathered",
    "guard_interrupts",
    "int_list",
    "naive_datetime",
    "note",
    "optional_utc_or_local_datetime",
    "out_option",
    "output_format",
    "overwrite_option",
    "page_size_option",
    "period_options",
    "poll_interval_option",
    "progress_option",
    "record_options",
    "required",
    "resume_option",
    "run",
    "secret",
    "secret_option",
    "show_progress",
    "timeout_option",
    "url_option",
    "utc_datetime",
    "utc_or_local_datetime",
    "waiting_options",
    "window_options",
]
__all__ += exit_codes.__all__
