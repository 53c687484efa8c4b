"""`kg view`: the interactive offline HTML view of a built graph."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rdflib import Dataset, Graph
from rdflib.util import guess_format

from kg.cli import app
from kg.network import UnknownEntityError
from kg.render import render_html
from kg.render.page import corpus_title


@app.command()
def view(
    graph_path: Annotated[
        Path, typer.Argument(metavar="GRAPH", help="A built graph (.ttl, .nt, .jsonld, .trig).")
    ],
    out: Annotated[
        Path | None, typer.Option("-o", "--out", help="HTML file to write (default: GRAPH with .html).")
    ] = None,
    focus: Annotated[
        str | None, typer.Option("--focus", help="Draw only the neighbourhood of this name or alias.")
    ] = None,
    depth: Annotated[int, typer.Option("--depth", min=1, help="Relation steps around --focus.")] = 1,
    title: Annotated[
        str | None, typer.Option("--title", help="Title bar text (default: the corpus).")
    ] = None,
) -> None:
    """Write GRAPH as one self-contained HTML page that works with no network."""
    graph = _load(graph_path)
    target = out or graph_path.with_suffix(".html")
    try:
        render_html(
            graph, target, title=title or corpus_title(graph, graph_path.stem), focus=focus, depth=depth
        )
    except UnknownEntityError as err:
        _fail(f"{graph_path}: {err}")
    except OSError as err:
        _fail(f"{target}: {err.strerror or err}")
    typer.echo(f"wrote {target}")


def _load(path: Path) -> Graph:
    """All triples of the file, named graphs merged."""
    if not path.is_file():
        _fail(f"{path}: no such file")
    dataset = Dataset()
    try:
        dataset.parse(path, format=guess_format(str(path)) or "turtle")
    except Exception as err:  # rdflib raises many parser-specific types
        _fail(f"{path}: not a readable RDF graph ({type(err).__name__}: {str(err).splitlines()[0][:120]})")
    graph = Graph()
    for s, p, o, _ in dataset.quads():
        graph.add((s, p, o))
    return graph


def _fail(message: str) -> None:
    typer.echo(f"kg view: {message}", err=True)
    raise typer.Exit(code=2)
