"""`kg explain NAME [GRAPH]`: each fact about an entity with the sentences it comes from."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli import app
from kg.cli.validate import load_graph
from kg.explain import Evidence, Explanation, UnknownEntity, explain


def _evidence_line(evidence: Evidence) -> str:
    return f"    {evidence.document} [{evidence.begin}:{evidence.end}] {evidence.text}"


def format_explanation(explanation: Explanation, mentions: bool = False) -> list[str]:
    """The lines ``kg explain`` prints for one entity."""
    documents = {e.document for e in explanation.mentions}
    lines = [f"{explanation.label} ({explanation.type}) <{explanation.iri}>"]
    if explanation.aliases:
        lines.append(f"  aliases: {', '.join(explanation.aliases)}")
    lines.append(f"  mentioned in {len(explanation.mentions)} sentence(s) of {len(documents)} document(s)")
    if mentions:
        lines += [_evidence_line(e) for e in explanation.mentions]
    if not explanation.facts:
        lines.append("  no relations")
    for fact in explanation.facts:
        detail = f"  [{fact.detail}]" if fact.detail else ""
        lines.append(f"  {fact.subject} {fact.predicate} {fact.object}{detail}")
        lines += [_evidence_line(e) for e in fact.evidence] or ["    (no evidence)"]
    return lines


@app.command("explain")
def explain_cli(
    name: Annotated[str, typer.Argument(help="An entity's name or alias, e.g. 航空港区")],
    graph: Annotated[Path, typer.Argument(help="A graph file (.ttl, .nt, .jsonld, .trig, .nq)")] = Path(
        "output/graph.ttl"
    ),
    mentions: Annotated[
        bool, typer.Option("--mentions", "-m", help="Also list every sentence naming it.")
    ] = False,
) -> None:
    """Print each fact about NAME with its evidence: sentence, document and offsets into the original text."""
    data = load_graph("explain", graph)
    try:
        explanations = explain(data, name)
    except UnknownEntity as error:
        typer.echo(f"kg explain: {graph}: {error}", err=True)
        raise typer.Exit(code=1) from None
    for i, explanation in enumerate(explanations):
        if i:
            typer.echo("")
        typer.echo("\n".join(format_explanation(explanation, mentions)))
