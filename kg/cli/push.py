"""`kg push`: load a built graph into a remote SPARQL store, one named graph per document."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli import app
from kg.export import CORPUS_GRAPH, ExportError, push
from kg.store import StoreError

PUSH_HELP = """Put SOURCE (a graph file or store directory) into a SPARQL store over HTTP.

Uses the SPARQL 1.1 Graph Store Protocol: each named graph (one per document) is
replaced with HTTP PUT at ENDPOINT?graph=IRI, so pushing again replaces rather than
duplicates; the ontology goes into its own graph. ENDPOINT is the store's Graph Store
URL, e.g. Oxigraph http://host:7878/store, Fuseki http://host:3030/DATASET/data,
GraphDB http://host:7200/repositories/REPO/rdf-graphs/service.
A file without named graphs (Turtle, N-Triples) goes into one graph, --graph.
"""


@app.command("push", help=PUSH_HELP)
def push_command(
    source: Annotated[Path, typer.Argument(help="Graph file or store directory.")],
    endpoint: Annotated[str, typer.Option("--endpoint", help="Graph Store Protocol URL.")],
    user: Annotated[str | None, typer.Option("--user", help="HTTP basic-auth user.")] = None,
    password: Annotated[
        str | None,
        typer.Option("--password", envvar="KG_PUSH_PASSWORD", help="Password (or $KG_PUSH_PASSWORD)."),
    ] = None,
    graph: Annotated[
        str, typer.Option("--graph", help="Graph for triples outside named graphs.")
    ] = CORPUS_GRAPH,
    ontology: Annotated[
        bool, typer.Option("--ontology/--no-ontology", help="Also push the ontology.")
    ] = True,
) -> None:
    try:
        report = push(source, endpoint, user, password, default_graph=graph, ontology=ontology)
    except (ExportError, StoreError) as err:
        typer.echo(f"kg push: {err}", err=True)
        raise typer.Exit(code=2) from None
    typer.echo(f"kg push: {report.graphs} graphs, {report.triples} triples to {endpoint}", err=True)
