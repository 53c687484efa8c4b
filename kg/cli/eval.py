"""`kg eval`: score built graphs against gold annotations."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rdflib import Graph

from kg import evaluate
from kg.cli import app
from kg.errors import KgError

EVAL_HELP = """Score built graphs against gold annotations (ANNOTATION.md semantics).

Prints P/R/F1 per entity type, per relation and overall, micro-averaged.
Three ways to name what is scored:

kg eval GRAPH GOLD [GRAPH GOLD ...]: explicit pairs of graph file and gold file.

kg eval --gold-dir DIR GRAPH_OR_FOLDER ...: NAME.ttl or NAME/graph.ttl goes with DIR/NAME.gold.json.

A folder of graphs must hold a graph for every gold file of DIR.

kg eval --build TEXT_DIR: builds and scores each NAME.txt that has a NAME.gold.json beside it.

Exit status: 0; 1 when a --min-* floor is not met; 2 on unreadable input.
"""


@app.command("eval", help=EVAL_HELP)
def eval_command(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="GRAPH GOLD pairs, or graphs and folders with --gold-dir.")
    ] = None,
    gold_dir: Annotated[Path | None, typer.Option("--gold-dir", help="Folder of NAME.gold.json.")] = None,
    build_dir: Annotated[
        Path | None, typer.Option("--build", help="Folder of NAME.txt with NAME.gold.json to build.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print scores as JSON (score.py's shape).")] = False,
    show: Annotated[bool, typer.Option("--show", help="List misses and false alarms.")] = False,
    min_entity_f1: Annotated[float, typer.Option(help="Exit 1 if entity micro-F1 is lower.")] = 0.0,
    min_relation_f1: Annotated[float, typer.Option(help="Exit 1 if relation micro-F1 is lower.")] = 0.0,
) -> None:
    try:
        pairs = _pairs(paths or [], gold_dir, build_dir)
        scores = evaluate.score(pairs)
    except (evaluate.InputError, KgError) as err:
        typer.echo(f"kg eval: {err}", err=True)
        raise typer.Exit(code=2) from None
    misses = "\n".join(f"  {m}" for m in scores.misses) if show else ""
    if as_json:
        if misses:
            typer.echo(misses, err=True)
        typer.echo(json.dumps(scores.as_dict(), ensure_ascii=False, indent=1))
    else:
        if misses:
            typer.echo(misses)
        typer.echo(evaluate.format_table(scores))
    if scores.entities.f1 < min_entity_f1 or scores.relations.f1 < min_relation_f1:
        floor = f"entities F1 {scores.entities.f1:.3f}, relations F1 {scores.relations.f1:.3f}"
        typer.echo(f"kg eval: below the floor ({floor})", err=True)
        raise typer.Exit(code=1)


def _pairs(
    paths: list[Path], gold_dir: Path | None, build_dir: Path | None
) -> list[tuple[Graph, evaluate.Gold]]:
    """Read every (graph, gold) pair the arguments name; raise InputError on the first bad one."""
    if build_dir is not None:
        if paths or gold_dir is not None:
            raise evaluate.InputError("--build takes a text folder and no other paths or --gold-dir")
        build = _build_function()
        texts = evaluate.texts_with_gold(build_dir)
        return [(build(text), evaluate.load_gold(gold)) for text, gold in texts]
    if gold_dir is not None:
        if not paths:
            raise evaluate.InputError("--gold-dir needs at least one graph file or folder")
        files = evaluate.pair_with_gold(paths, gold_dir)
    else:
        if not paths or len(paths) % 2:
            raise evaluate.InputError("give GRAPH GOLD pairs, or --gold-dir, or --build (see kg eval --help)")
        files = list(zip(paths[::2], paths[1::2], strict=True))
    return [(evaluate.load_graph(graph), evaluate.load_gold(gold)) for graph, gold in files]


def _build_function() -> Callable[[Path], Graph]:
    """One document's graph from its text file (the pipeline is imported only when needed)."""
    from kg.build import build_file

    return lambda path: build_file(path).graph
