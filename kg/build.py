"""Build a corpus: read each file, extract, resolve, and assemble the corpus graph.

``build_document`` is the pure per-document step (it runs anywhere: a worker
process, a cluster node); ``build_corpus`` reads inputs and merges per-document
graphs by union; ``write_outputs`` writes the files atomically.
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import RDF, Graph

from kg.errors import InputError
from kg.ingest import is_supported, iter_input_files, read_document
from kg.pipeline import extract_document
from kg.rdf import document_graph, union_graph
from kg.resolve import resolve
from kg.types import Document, EntityType, Extraction, RelationType
from kg.vocab import KG


@dataclass(frozen=True)
class DocumentResult:
    """One document's graph, with what identifies it."""

    doc_id: str
    path: str
    sha256: str
    graph: Graph


@dataclass(frozen=True)
class BuildReport:
    results: tuple[DocumentResult, ...]
    failures: tuple[InputError, ...] = ()
    graph: Graph = field(default_factory=Graph)
    skipped: tuple[Path, ...] = ()  # files of formats kg does not read

    def counts(self) -> dict[str, int]:
        """Entities per type and relations per predicate in the corpus graph."""
        counts: Counter[str] = Counter()
        for type_ in EntityType:
            counts[type_.value] = len(set(self.graph.subjects(RDF.type, KG[type_.value])))
        for predicate in RelationType:
            counts[predicate.value] = len(list(self.graph.triples((None, KG[predicate.value], None))))
        return dict(counts)


def filter_confidence(extraction: Extraction, minimum: float) -> Extraction:
    """Drop mentions and relations scored below ``minimum``."""
    if minimum <= 0:
        return extraction
    mentions = tuple(m for m in extraction.mentions if m.confidence >= minimum)
    kept = set(mentions)
    relations = tuple(
        r for r in extraction.relations if r.confidence >= minimum and r.subject in kept and r.object in kept
    )
    return replace(extraction, mentions=mentions, relations=relations)


def build_document(doc: Document, min_confidence: float = 0.0) -> DocumentResult:
    """The graph of one document (pure: no I/O)."""
    extraction = filter_confidence(extract_document(doc), min_confidence)
    return DocumentResult(doc.id, doc.path, doc.sha256, document_graph(resolve(extraction)))


def build_file(path: Path | str, min_confidence: float = 0.0) -> DocumentResult:
    return build_document(read_document(path), min_confidence)


def build_corpus(inputs: Iterable[Path | str], min_confidence: float = 0.0) -> BuildReport:
    """Build every readable input; unreadable ones are reported, never fatal."""
    results: dict[str, DocumentResult] = {}
    failures: list[InputError] = []
    skipped: list[Path] = []
    for item in iter_input_files(inputs):
        if isinstance(item, InputError):
            failures.append(item)
            continue
        if not is_supported(item):
            skipped.append(item)
            continue
        try:
            result = build_file(item, min_confidence)
        except InputError as error:
            failures.append(error)
            continue
        results.setdefault(result.doc_id, result)  # the same bytes twice: one document
    ordered = tuple(sorted(results.values(), key=lambda r: (r.path, r.doc_id)))
    return BuildReport(ordered, tuple(failures), union_graph(r.graph for r in ordered), tuple(skipped))


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that no half-written file is ever left behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}


def write_outputs(
    report: BuildReport, outdir: Path, formats: Iterable[str] = ("ttl",), html: bool = True
) -> list[Path]:
    """Write ``graph.<ext>`` for each format and ``graph.html``; returns the paths written."""
    written = []
    for ext in formats:
        data = report.graph.serialize(format=FORMATS[ext], encoding="utf-8")
        if ext == "nt":  # N-Triples order is arbitrary: sort for byte-stable output
            data = b"".join(sorted(data.splitlines(keepends=True)))
        path = outdir / f"graph.{ext}"
        write_atomic(path, data)
        written.append(path)
    if html:
        from kg.network import to_networkx
        from kg.render import render_page

        title = "kg · " + ", ".join(sorted({Path(r.path).name for r in report.results}))
        page = render_page(to_networkx(report.graph), title=title)
        path = outdir / "graph.html"
        write_atomic(path, page.encode("utf-8"))
        written.append(path)
    return written
