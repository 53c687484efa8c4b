"""The progress bar: shown on a terminal, silent in pipes and with --quiet."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from kg.progress import progress_bar

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "tests" / "data" / "reports").glob("*.txt"))[:2]


def run_kg(args: list[str], stderr_tty: bool) -> tuple[int, str, bytes]:
    """Run ``kg`` in a child process; stderr a pseudo-terminal or a pipe. Returns (status, stdout, stderr)."""
    command = [str(Path(sys.executable).parent / "kg"), *args]
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "120"}
    if not stderr_tty:
        done = subprocess.run(command, capture_output=True, env=env, timeout=300)
        return done.returncode, done.stdout.decode(), done.stderr
    controller, terminal = pty.openpty()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=terminal, env=env)
    os.close(terminal)
    seen = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal closed: the child is done with it
            break
        if not chunk:
            break
        seen += chunk
    stdout = process.stdout.read().decode()
    status = process.wait(timeout=300)
    os.close(controller)
    return status, stdout, seen


def build_args(tmp_path: Path, *extra: str) -> list[str]:
    return ["build", *map(str, REPORTS), "-o", str(tmp_path), "-j", "1", "--no-html", *extra]


def test_build_progress_shown_on_a_terminal(tmp_path):
    status, stdout, stderr = run_kg(build_args(tmp_path), stderr_tty=True)
    assert status == 0, stdout
    text = stderr.decode(errors="replace")
    assert "building" in text and f"{len(REPORTS)}/{len(REPORTS)}" in text and "chars/s" in text
    assert "building" not in stdout


@pytest.mark.parametrize("stderr_tty,extra", [(False, []), (True, ["--quiet"]), (True, ["-q"])])
def test_build_progress_silent_in_a_pipe_or_with_quiet(tmp_path, stderr_tty, extra):
    status, stdout, stderr = run_kg(build_args(tmp_path, *extra), stderr_tty=stderr_tty)
    assert status == 0, stdout
    assert stderr == b""
    assert "built 2 document(s)" in stdout


def test_build_progress_never_in_the_outputs(tmp_path):
    run_kg(build_args(tmp_path / "tty", "-f", "ttl", "-f", "nt"), stderr_tty=True)
    run_kg(build_args(tmp_path / "pipe", "-f", "ttl", "-f", "nt"), stderr_tty=False)
    for name in ("graph.ttl", "graph.nt"):
        assert (tmp_path / "tty" / name).read_bytes() == (tmp_path / "pipe" / name).read_bytes()


@pytest.mark.parametrize("files,enabled", [(["a", "b"], True), (["a", "b"], False), (["a"], True)])
def test_build_progress_writes_nothing_to_a_non_terminal_stream(files, enabled):
    stream = io.StringIO()
    with progress_bar(files, enabled=enabled, stream=stream) as bar:
        bar.advance(10)
        bar.advance(5)
    assert stream.getvalue() == ""
    assert bar.chars == 15
