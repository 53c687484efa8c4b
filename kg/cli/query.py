"""`kg query`: SPARQL over a graph file or a store; named queries with parameters."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Annotated

import typer

from kg.cli import app
from kg.query import FORMATS, QueryError, bind, format_result, named_queries, resolve, run
from kg.store import StoreError, is_store_dir, open_source

QUERY_HELP = """Run SPARQL on SOURCE: a graph file (.ttl .nt .nq .trig .jsonld) or a store directory.

QUERY is SPARQL text, a .rq file or the name of a shipped query (kg query --list).
Patterns match the union of all named graphs. Parameters: --bind district=高新区.
Updates (INSERT, DELETE, ...) are refused unless --update is given, and only on a store.

Exit status: 0; 2 on a bad source, query or parameter.
"""


def _parse_bindings(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"--bind wants NAME=VALUE, got '{pair}'")
        values[name.strip()] = value
    return values


def list_queries() -> str:
    """One block per shipped query: name, description, parameters."""
    lines = []
    for name, query in sorted(named_queries().items()):
        lines.append(f"{name}\n    {query.description}")
        for p in query.params:
            note = "required" if p.required else f"default {p.default}" if p.default else "optional"
            lines.append(f"    --bind {p.name}=…  ({note}) {p.help}")
    return "\n".join(lines) + "\n"


@app.command("query", help=QUERY_HELP)
def query_command(
    source: Annotated[str | None, typer.Argument(help="Graph file or store directory.")] = None,
    query: Annotated[str | None, typer.Argument(help="SPARQL text, .rq file or named query.")] = None,
    bindings: Annotated[
        list[str] | None, typer.Option("--bind", "-b", help="Parameter NAME=VALUE (repeatable).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of {', '.join(FORMATS)}.")] = "table",
    update: Annotated[bool, typer.Option("--update", help="Allow SPARQL updates (store only).")] = False,
    show_list: Annotated[bool, typer.Option("--list", help="List the shipped named queries.")] = False,
) -> None:
    if show_list:
        typer.echo(list_queries(), nl=False)
        return
    try:
        if source is None or query is None:
            raise QueryError("give SOURCE and QUERY (or --list)")
        if fmt not in FORMATS:
            raise QueryError(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")
        text = bind(resolve(query), _parse_bindings(bindings or []))
        if update and not is_store_dir(Path(source)):
            raise QueryError(f"{source}: --update needs a store directory, not a file")
        result = run(open_source(source, read_only=not update), text, update=update)
    except (QueryError, StoreError) as err:
        typer.echo(f"kg query: {err}", err=True)
        raise typer.Exit(code=2) from None
    if result is None:
        typer.echo("update done", err=True)
        return
    width = shutil.get_terminal_size((120, 24)).columns
    typer.echo(format_result(result, fmt, width=width), nl=False)
