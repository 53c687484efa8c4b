"""`kg validate GRAPH`: check a built graph against the SHACL shapes and list what is wrong."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rdflib import Dataset, Graph
from rdflib.util import guess_format
from rich.console import Console
from rich.table import Table

from kg.cli import app
from kg.validate import ValidationReport, validate

_QUAD_FORMATS = {"trig", "nquads", "trix"}


def read_graph(path: Path) -> Graph:
    """Parse an RDF file, its format guessed from the suffix (Turtle when unknown); quads as a Dataset."""
    fmt = guess_format(str(path)) or "turtle"
    graph: Graph = Dataset() if fmt in _QUAD_FORMATS else Graph()
    return graph.parse(path, format=fmt)


def load_graph(command: str, path: Path) -> Graph:
    """``read_graph``, or a one-line error and exit status 2 for a missing or unreadable file."""
    if not path.is_file():
        typer.echo(f"kg {command}: {path}: no such file", err=True)
        raise typer.Exit(code=2)
    try:
        return read_graph(path)
    except Exception as error:  # rdflib's parsers raise many kinds of errors on bad input
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        typer.echo(f"kg {command}: {path}: not a readable RDF graph ({reason})", err=True)
        raise typer.Exit(code=2) from None


def render(report: ValidationReport, console: Console) -> None:
    """Print the violations as a table, then a one-line verdict."""
    if report.violations:
        table = Table(show_lines=False)
        for column in ("severity", "focus node", "property", "value", "message"):
            table.add_column(column, overflow="fold")
        for v in report.violations:
            table.add_row(v.severity, v.label, v.path, v.value, v.message)
        console.print(table)
    errors, warnings = report.count("Violation"), report.count("Warning")
    verdict = "conforms" if report.conforms else "does not conform"
    console.print(f"{verdict}: {errors} violation(s), {warnings} warning(s)", highlight=False)


@app.command("validate")
def validate_cli(
    graph: Annotated[Path, typer.Argument(help="A graph file: .ttl, .nt, .jsonld, .trig, .nq, .rdf")],
    lang: Annotated[str, typer.Option("--lang", help="Language of the messages: en or zh.")] = "en",
    inference: Annotated[str, typer.Option("--inference", help="none, rdfs, owlrl or both.")] = "none",
) -> None:
    """Check GRAPH against the SHACL shapes; exit 0 if it conforms, 1 if not, 2 if unreadable."""
    if inference not in ("none", "rdfs", "owlrl", "both"):
        typer.echo(f"kg validate: unknown --inference {inference!r} (none, rdfs, owlrl, both)", err=True)
        raise typer.Exit(code=2)
    data = load_graph("validate", graph)
    report = validate(data, inference=inference, lang=lang)
    console = Console()
    if not console.is_terminal:  # a pipe or a log: wide rows rather than 80 columns of wrapping
        console.width = 160
    render(report, console)
    raise typer.Exit(code=0 if report.conforms else 1)
