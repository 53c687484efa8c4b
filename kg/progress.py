"""A progress bar for multi-file builds: files, characters, rate and time left, on stderr.

Shown only when stderr is a terminal (never in a pipe, a log or the outputs).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sized
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class Bar:
    """Counts finished files and their characters; a no-op when nothing is shown."""

    def __init__(self, progress: Progress | None = None, task: int = 0) -> None:
        self._progress = progress
        self._task = task
        self.chars = 0

    def advance(self, chars: int = 0) -> None:
        self.chars += chars
        if self._progress is not None:
            self._progress.update(self._task, advance=1, chars=self.chars)


class CharsColumn(ProgressColumn):
    """Characters built so far and characters per second."""

    def render(self, task: Task) -> Text:
        chars = task.fields.get("chars", 0)
        elapsed = task.elapsed or 0.0
        rate = f"{_si(chars / elapsed)} chars/s" if elapsed > 0 and chars else "…"
        return Text(f"{_si(chars)} chars  {rate}", style="progress.data.speed")


def _si(value: float) -> str:
    for unit in ("", "k", "M", "G"):
        if abs(value) < 1000:
            return f"{value:.0f}{unit}" if unit == "" else f"{value:.1f}{unit}"
        value /= 1000
    return f"{value:.1f}T"


@contextmanager
def progress_bar(files: Sized, enabled: bool = True, stream: TextIO | None = None) -> Iterator[Bar]:
    """A bar over ``files`` on ``stream`` (stderr), shown for two files or more on a terminal."""
    console = Console(file=stream or sys.stderr)
    if not (enabled and len(files) > 1 and console.is_terminal):
        yield Bar()
        return
    columns = (
        TextColumn("building"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files"),
        CharsColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=False) as progress:
        yield Bar(progress, progress.add_task("build", total=len(files), chars=0))
