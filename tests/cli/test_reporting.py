"""What every command says while it works and when it fails: retries as they happen,
the URL really requested, the package's version and extras."""

from __future__ import annotations

from importlib import import_module, metadata

import pytest

from tests.cli.conftest import Cli
from tests.faults.server import FaultServer, Status

DETECTIONS = "/export-api/v1/detections/objects"
EMPTY_PAGE = b'{"detected_objects": [], "total_count": 0, "limit": 1000, "offset": 0}'
PERIOD = ("--from", "2025-11-01T00:00:00", "--to", "2025-11-02T00:00:00")
PACKAGES = ["citylens_client", "scopix_client", "pictograph_client", "analytiks_client", "hasty_client"]


def test_a_retry_is_reported_while_it_happens_without_any_variable(citylens_cli: Cli, faults: FaultServer) -> None:
    faults.route(DETECTIONS, body=EMPTY_PAGE, faults=[Status(503, headers={"Retry-After": "0"})])
    result = citylens_cli.inproc("detections", *PERIOD, "--out", "d.jsonl", env={"CITYLENS_BASE_URL": faults.base_url})
    assert result.returncode == 0, result.stderr
    retry = next(line for line in result.stderr.splitlines() if "retrying" in line)
    assert retry.startswith("citylens: retrying GET " + faults.base_url + DETECTIONS)
    assert retry.endswith("(retry 1 of 4): HTTP 503 (Retry-After)")


def test_an_api_error_shows_the_url_as_sent_once_and_in_one_line(citylens_cli: Cli, faults: FaultServer) -> None:
    faults.route(DETECTIONS, faults=[Status(400, body=b'{"detail": "from_dt is after to_dt"}')])
    result = citylens_cli.inproc("detections", *PERIOD, "--out", "d.jsonl", env={"CITYLENS_BASE_URL": faults.base_url})
    assert result.returncode == 3
    [line] = result.stderr.splitlines()
    assert line.startswith("citylens: error: 400: ")
    assert "?from_dt=2025-11-01T00%3A00%3A00&to_dt=" in line  # the query the API got, not `--from=`
    assert "--from=" not in line and line.count("400") == 1


@pytest.mark.parametrize("package", PACKAGES)
def test_every_package_says_its_version_and_declares_its_extras(package: str) -> None:
    distribution = package.replace("_", "-")
    assert import_module(package).__version__ == metadata.version(distribution)
    extras = metadata.metadata(distribution).get_all("Provides-Extra") or []
    assert {"cli", "otel", "parquet"} <= set(extras)


def test_a_bad_option_is_one_line_that_says_where_to_read_more(citylens_cli: Cli) -> None:
    result = citylens_cli.inproc("detections", "--from", "yesterday", "--to", "2025-11-02", "--out", "d.jsonl")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "citylens: error: Invalid value for '--from': expected YYYY-MM-DDTHH:MM:SS (local time, no zone), "
        "got 'yesterday' (see citylens detections --help)"
    ]


def test_extracting_a_file_that_is_not_a_zip_is_one_line_and_exit_3(pictograph_cli: Cli) -> None:
    (pictograph_cli.cwd / "notes.zip").write_text("these are notes, not an archive")
    result = pictograph_cli.inproc("export", "extract", "notes.zip", "out")
    assert result.returncode == 3
    [line] = result.stderr.splitlines()
    assert line.startswith("pictograph: error: notes.zip: not a readable ZIP archive")


def test_an_interrupted_bar_ends_at_what_was_kept_before_the_message(capsys: pytest.CaptureFixture[str]) -> None:
    import click

    from citylens_client._runtime import cli as shared
    from citylens_client._runtime.progress import TerminalProgress
    from tests.runtime.test_progress import screen

    def build() -> click.Group:
        @click.group()
        def tool() -> None:
            pass

        @tool.command()
        def fetch() -> None:
            bar = TerminalProgress("frame.jpg", unit="B")
            bar(0, 1000)
            bar(700, 1000)  # sooner than the next redraw: not drawn yet
            raise shared.Interrupted("700 bytes kept in frame.jpg.part")

        return tool

    code = shared.run(shared.Tool("citylens", credential_hint="check --api-key"), build, ["fetch"])
    assert code == shared.EXIT_INTERRUPTED
    bar, message = screen(capsys.readouterr().err)
    assert bar.startswith("frame.jpg [") and "700 B/1000 B" in bar
    assert message == "citylens: interrupted: 700 bytes kept in frame.jpg.part"
