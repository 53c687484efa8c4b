"""`kg build`: files or folders in, Turtle and HTML out."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli import app


@app.command()
def build(
    inputs: list[Path] = typer.Argument(..., help="Files or folders of reports."),
    out: Path = typer.Option(Path("output"), "-o", "--out", help="Output folder."),
) -> None:
    """Build the knowledge graph of INPUT files or folders into OUTDIR."""
    raise typer.Exit(code=2)
