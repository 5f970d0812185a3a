"""The shared command-line support (`<package>._runtime.cli`), and what every package's command does alike."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from citylens_client._runtime import cli as shared
from citylens_client._runtime.cli.interrupts import GUARD

PACKAGES = {
    "citylens_client": "citylens-client",
    "scopix_client": "scopix-client",
    "pictograph_client": "pictograph-client",
    "analytiks_client": "analytiks-client",
}


def test_without_click_main_says_how_to_install_it() -> None:
    code = "import sys; sys.modules['click'] = None; from citylens_client.cli import main; main()"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["citylens: the command line needs click: pip install 'citylens-client[cli]'"]


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_every_command_imports_without_click(
    package: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "click", None)
    module = __import__(f"{package}.cli", fromlist=["main"])
    with pytest.raises(SystemExit) as exit_:
        module.main([])
    assert exit_.value.code == 2
    assert f"pip install '{PACKAGES[package]}[cli]'" in capsys.readouterr().err


def walk_file(out: Path, *, resume: bool, fmt: shared.OutputFormat = "jsonl") -> shared.RecordFile:
    return shared.RecordFile(
        out, fmt, command="test walk", params={"q": 1}, resume=resume, overwrite=False, checkpoint_every=10
    )


def test_a_killed_walk_resumes_from_its_last_checkpoint_exactly(tmp_path: Path) -> None:
    out = tmp_path / "walk.jsonl"
    sink = walk_file(out, resume=False).__enter__()
    for n in range(25):  # checkpoints after 10 and 20
        sink.write({"n": n}, n + 1)
    assert sink._file is not None
    sink._file.write(b'{"n": 25, "half wri')  # the kill came mid-record, after the last checkpoint
    sink._file.flush()
    sink._file.close()  # ... and nothing else ran: no __exit__

    state = json.loads((tmp_path / "walk.jsonl.resume.json").read_text())
    assert (state["position"], state["records"]) == (20, 20)
    with walk_file(out, resume=True) as again:
        assert again.start_offset == 20
        for n in range(again.start_offset, 30):
            again.write({"n": n}, n + 1)
        again.commit()
    assert [json.loads(line)["n"] for line in out.read_text().splitlines()] == list(range(30))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["walk.jsonl"]


def write_then_fail(out: Path, *records: dict[str, object], fmt: shared.OutputFormat = "jsonl") -> None:
    with walk_file(out, resume=False, fmt=fmt) as sink:
        for n, record in enumerate(records, 1):
            sink.write(record, n)
        raise RuntimeError("connection lost")


def test_an_error_keeps_the_records_for_resume_and_says_so(tmp_path: Path) -> None:
    out = tmp_path / "walk.csv"
    with pytest.raises(RuntimeError, match="connection lost") as raised:
        write_then_fail(out, {"a": 1, "b": {"c": 2}}, fmt="csv")
    assert "--resume" in " ".join(getattr(raised.value, "__notes__", []))
    with walk_file(out, resume=True, fmt="csv") as sink:
        assert sink.start_offset == 1
        sink.write({"a": 3, "b": None}, 2)
        sink.commit()
    assert out.read_text().splitlines() == ["a,b", '1,"{""c"":2}"', "3,"]  # objects not flattened: JSON cells


def test_csv_refuses_a_record_with_fields_the_header_lacks(tmp_path: Path) -> None:
    with pytest.raises(shared.CommandError, match="new"):
        write_then_fail(tmp_path / "w.csv", {"a": 1}, {"a": 2, "new": 3}, fmt="csv")
    state = json.loads((tmp_path / "w.csv.resume.json").read_text())
    assert state["records"] == 1  # the refused record is not counted, nor kept
    assert (tmp_path / "w.csv.part").read_text().splitlines() == ["a", "1"]


def test_a_fresh_run_that_wrote_nothing_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="connection lost"):
        write_then_fail(tmp_path / "w.jsonl")
    assert not list(tmp_path.iterdir())


def interrupted_critical_section(done: Path) -> None:
    with GUARD.critical():
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(1000):  # the handler has run by now; the section still goes on
            pass
        done.write_text("yes")


def test_ctrl_c_is_held_until_a_record_and_its_checkpoint_are_written(tmp_path: Path) -> None:
    with shared.guard_interrupts(), pytest.raises(KeyboardInterrupt):
        interrupted_critical_section(tmp_path / "done")
    assert (tmp_path / "done").read_text() == "yes"
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_atomic_output_appears_whole_with_normal_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.json"

    def half_written() -> None:
        with shared.atomic_output(target) as file:
            file.write(b"half")
            raise ValueError("stop")

    with pytest.raises(ValueError, match="stop"):
        half_written()
    assert not list(tmp_path.iterdir())
    with shared.atomic_output(target) as file:
        file.write(b"whole")
    assert target.read_bytes() == b"whole"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_connection_options_reach_connect_and_only_secrets_are_hidden() -> None:
    import click
    from click.testing import CliRunner

    calls: list[tuple[tuple[str, ...], dict[str, str]]] = []

    def connect(client_id: str, client_secret: str, *, exports_url: str = "https://exports.example") -> str:
        calls.append(((client_id, client_secret), {"exports_url": exports_url}))
        return "client"

    connection = shared.Connection(
        connect,
        shared.Setting("--client-id", "T_CLIENT_ID", "id"),
        shared.Setting("--client-secret", "T_CLIENT_SECRET", "secret", secret=True),
        shared.Setting("--exports-url", "T_EXPORTS_URL", "host", "exports_url"),  # its default: connect()'s
    )

    @click.command()
    @connection
    def show(open_client: shared.Opener[str]) -> None:
        settings = open_client.settings()
        open_client()
        shared.echo(f"{settings} s3cr3t-value https://exports.example")

    result = CliRunner().invoke(show, ["--client-id", "me", "--client-secret", "s3cr3t-value"])
    assert result.exit_code == 0, result.output
    assert calls == [(("me", "s3cr3t-value"), {"exports_url": "https://exports.example"})]
    shown = result.output
    assert "s3cr3t-value" not in shown  # the secret is scrubbed from what the command prints ...
    assert "{'client_id': 'me', 'exports_url': 'https://exports.example'} " in shown  # ... settings are not
    assert shown.rstrip().endswith("https://exports.example")

    missing = CliRunner().invoke(show, ["--client-id", "me"], env={"T_CLIENT_SECRET": ""})
    assert isinstance(missing.exception, shared.UsageError)
    assert str(missing.exception) == "missing --client-secret: pass it, or set T_CLIENT_SECRET"


def test_a_helper_message_names_the_option_of_the_parameter_it_names(capsys: pytest.CaptureFixture[str]) -> None:
    import click

    from citylens_client._runtime.errors import ParameterError

    def build() -> click.Group:
        @click.group()
        def tool() -> None:
            pass

        @tool.command()
        @click.option("--page-size", type=int)
        @click.option("--dataset")
        def walk(page_size: int, dataset: str | None) -> None:
            raise ParameterError("page_size", "must be at most 1000, not dataset_name or request.dataset")

        @tool.command()
        @click.argument("dataset")
        def pull(dataset: str) -> None:
            raise ParameterError("dataset", "is not a folder")

        return tool

    tool = shared.Tool("citylens", options={"dataset_name": "DATASET"})
    assert shared.run(tool, build, ["walk", "--page-size", "5000"]) == shared.EXIT_USAGE
    # Named as an option: its option; named otherwise: as the tool says; spelt two ways: left as it is.
    said = "citylens: error: --page-size: must be at most 1000, not DATASET or request.dataset\n"
    assert capsys.readouterr().err == said
    assert shared.run(tool, build, ["pull", "x"]) == shared.EXIT_USAGE
    assert capsys.readouterr().err == "citylens: error: dataset: is not a folder\n"


def test_a_command_lists_the_connection_options_last_and_its_examples_after_its_help() -> None:
    import click
    from click.testing import CliRunner

    def connect(api_key: str, *, base_url: str = "https://api.example") -> str:
        return "client"

    commands = shared.Commands(click.Group("tool"), shared.Connection(connect, *shared.api_key("T", "The key.")))

    @commands.command(short_help="Walk.", examples="tool walk --page-size 5")
    @click.option("--page-size", type=int)
    def walk(page_size: int, open_client: shared.Opener[str]) -> None:
        """Every item."""

    shown = CliRunner().invoke(commands.click_group, ["walk", "--help"], terminal_width=200).output
    listed = shown.split("Options:\n")[1].split("\n\n")[0]
    assert [line.split()[0] for line in listed.splitlines()] == ["--page-size", "--base-url", "--api-key", "--help"]
    assert "[env var: T_BASE_URL; default: https://api.example]" in shown  # connect()'s default
    assert (
        shown.index("Every item.") < shown.index("Examples:\n    tool walk --page-size 5") < shown.index("Exit codes")
    )
