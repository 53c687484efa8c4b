"""`kg export`: a graph file or store into another RDF format, GraphML or CSV tables."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli import app
from kg.export import EXPORT_FORMATS, ExportError, export
from kg.store import StoreError

EXPORT_HELP = """Write SOURCE (a graph file or store directory) as FORMAT to PATH.

ttl, nt, jsonld, graphml: the union of all graphs (GraphML opens in Gephi).
nq, trig: named graphs kept (one per document; from a store or a TriG/N-Quads file).
csv: PATH is a folder that gets entities.csv (iri,type,label,aliases) and
relations.csv (subject,predicate,object,subject_label,object_label,evidence).
Output is deterministic: the same graph gives the same bytes.
"""


@app.command("export", help=EXPORT_HELP)
def export_command(
    source: Annotated[Path, typer.Argument(help="Graph file or store directory.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of {', '.join(EXPORT_FORMATS)}.")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Output file (a folder for csv).")],
) -> None:
    try:
        written = export(source, fmt, out)
    except (ExportError, StoreError) as err:
        typer.echo(f"kg export: {err}", err=True)
        raise typer.Exit(code=2) from None
    for path in written:
        typer.echo(f"kg export: wrote {path}", err=True)
