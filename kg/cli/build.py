"""`kg build`: files or folders in, Turtle and HTML out (and optionally a store)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import typer

from kg.cli import app
from kg.types import EntityType, RelationType


def print_summary(report, written: list[Path]) -> None:
    counts = report.counts()
    typer.echo(f"built {len(report.results)} document(s), {len(report.graph)} triples")
    typer.echo("entities:  " + "  ".join(f"{t.value} {counts[t.value]}" for t in EntityType))
    typer.echo("relations: " + "  ".join(f"{r.value} {counts[r.value]}" for r in RelationType))
    if report.failures:
        typer.echo(f"failed: {len(report.failures)} file(s), listed above")
    if report.skipped:
        suffixes = Counter(p.suffix.lower() or "(none)" for p in report.skipped)
        kinds = ", ".join(f"{s} {n}" for s, n in sorted(suffixes.items()))
        typer.echo(f"skipped {len(report.skipped)} file(s) of formats kg does not read: {kinds}")
    if report.sync is not None:
        s = report.sync
        typer.echo(
            f"store: {s.added} added, {s.replaced} replaced, {s.skipped} unchanged, {s.dropped} dropped"
        )
    for path in written:
        typer.echo(f"wrote {path}")


@app.command()
def build(
    inputs: list[Path] = typer.Argument(..., help="Report files (txt, html, docx, pdf) or folders of them."),
    out: Path = typer.Option(Path("output"), "-o", "--out", help="Output folder."),
    formats: list[str] = typer.Option(
        ["ttl"], "--format", "-f", help="RDF formats to write: ttl, nt, jsonld (repeatable)."
    ),
    min_confidence: float = typer.Option(0.0, "--min-confidence", help="Drop facts scored below this (0–1)."),
    html: bool = typer.Option(True, "--html/--no-html", help="Write the interactive graph.html view."),
    strict: bool = typer.Option(False, "--strict", help="Exit non-zero when any input file fails."),
    workers: int = typer.Option(
        0, "--workers", "-j", min=0, help="Worker processes (default: the number of cores; 1: this process)."
    ),
    scheduler: str = typer.Option(
        "", "--scheduler", help="Build on a Dask cluster: the scheduler's address (tcp://HOST:8786)."
    ),
    store: Path | None = typer.Option(
        None, "--store", help="Also sync each document's graph into this on-disk Oxigraph store."
    ),
    prune: bool = typer.Option(False, "--prune", help="With --store: drop documents not among INPUTS."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Build the knowledge graph of INPUTS into OUT/graph.ttl and OUT/graph.html.

    A file that cannot be read is reported in one line and the rest is built;
    the exit status is non-zero when nothing could be built, or with --strict
    when any file failed. Outputs are the same bytes for any --workers or --scheduler.
    """
    from kg.build import FORMATS, build_corpus, default_workers, write_outputs
    from kg.errors import KgError
    from kg.store import StoreError

    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        typer.echo(f"error: unknown format {unknown[0]!r} (choose from {', '.join(FORMATS)})", err=True)
        raise typer.Exit(2)
    if prune and store is None:
        typer.echo("error: --prune needs --store DIR", err=True)
        raise typer.Exit(2)
    try:
        report = build_corpus(
            inputs,
            min_confidence,
            workers=workers or default_workers(),
            scheduler=scheduler,
            progress=not quiet,
            store=store,
            prune=prune,
        )
    except (KgError, StoreError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from None
    for failure in report.failures:
        typer.echo(f"error: {failure.path}: {failure.reason}", err=True)
    if not report.results:
        typer.echo("error: nothing could be built", err=True)
        raise typer.Exit(1)
    written = write_outputs(report, out, formats, html=html)
    print_summary(report, written)
    if strict and report.failures:
        raise typer.Exit(1)
