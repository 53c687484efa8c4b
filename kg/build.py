"""Build a corpus: read each file, extract, resolve, and assemble the corpus graph.

``build_document`` is the pure per-document step; ``build_task`` wraps it for a
runner (in this process, a process pool, a Dask cluster: see ``kg.runners``) and
never raises. ``build_corpus`` lists the inputs, runs the tasks, takes the results
back in listing order and merges the per-document graphs by union (stable IRIs
make the union exact, so the output does not depend on where documents were
built); ``write_outputs`` writes the files atomically.
"""

from __future__ import annotations

import gc
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import RDF, Graph

from kg.errors import InputError
from kg.ingest import is_supported, iter_input_files, read_document
from kg.pipeline import extract_document
from kg.rdf import add_triples, document_triples, new_graph
from kg.resolve import resolve
from kg.terms import Nodes
from kg.turtle import turtle_bytes
from kg.types import Document, EntityType, Extraction, RelationType
from kg.vocab import KG

if TYPE_CHECKING:
    from kg.store import SyncReport


@dataclass(frozen=True)
class DocumentResult:
    """One document's triples, with what identifies it.

    Plain picklable data (triples of N-Triples strings, see ``kg.terms``), so
    worker processes and cluster nodes send it back cheaply; ``graph`` builds the
    rdflib graph only when asked (the corpus union takes the triples directly).
    """

    doc_id: str
    path: str
    sha256: str
    triples: tuple[tuple[str, str, str], ...]
    chars: int = 0  # length of the document's text

    @cached_property
    def graph(self) -> Graph:
        return new_graph(self.triples)


@dataclass(frozen=True)
class Failure:
    """A file that could not be built (picklable, unlike the exception it stands for)."""

    path: str
    reason: str

    def error(self) -> InputError:
        return InputError(self.reason, self.path)


@dataclass(frozen=True)
class DocumentInfo:
    """What a build report keeps of a document once its graph is merged."""

    doc_id: str
    path: str
    sha256: str
    chars: int


@dataclass(frozen=True)
class Listing:
    """The inputs resolved to the files to build, in a fixed order."""

    files: tuple[Path, ...]
    failures: tuple[InputError, ...] = ()  # paths that do not exist or cannot be listed
    skipped: tuple[Path, ...] = ()  # files of formats kg does not read


@dataclass(frozen=True)
class BuildReport:
    results: tuple[DocumentInfo, ...]
    failures: tuple[InputError, ...] = ()
    graph: Graph = field(default_factory=Graph)
    skipped: tuple[Path, ...] = ()  # files of formats kg does not read
    sync: SyncReport | None = None  # what a --store build did to the store

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
    triples = document_triples(resolve(extraction)).ordered()
    return DocumentResult(doc.id, doc.path, doc.sha256, triples, len(doc.text))


def build_file(path: Path | str, min_confidence: float = 0.0) -> DocumentResult:
    return build_document(read_document(path), min_confidence)


def build_task(path: str, min_confidence: float = 0.0, location: str = "") -> DocumentResult | Failure:
    """Build one file wherever this runs; any failure comes back as a ``Failure``.

    ``path`` is the file as the user gave it (recorded in the graph); the bytes
    are read from ``location`` when given (an absolute path for a cluster node).
    """
    try:
        doc = read_document(location or path)
        if location:
            doc = replace(doc, path=path)
        return build_document(doc, min_confidence)
    except InputError as error:
        return Failure(path, error.reason)
    except Exception as error:  # a bug on one document must not stop a corpus
        return Failure(path, f"internal error: {type(error).__name__}: {error}")


def list_inputs(inputs: Iterable[Path | str]) -> Listing:
    """The files to build (folders walked in sorted order), what is missing, what is skipped."""
    files: list[Path] = []
    failures: list[InputError] = []
    skipped: list[Path] = []
    for item in iter_input_files(inputs):
        if isinstance(item, InputError):
            failures.append(item)
        elif is_supported(item):
            files.append(item)
        else:
            skipped.append(item)
    return Listing(tuple(files), tuple(failures), tuple(skipped))


class Collector:
    """Merges per-document results, taken in listing order, into the corpus graph.

    ``documents`` passes each new document through (so a store can take it too)
    while adding its triples to the union; a second file with the same bytes is
    the same document and is dropped, the first one listed wins. Each distinct
    term becomes one rdflib term, made the first time a document brings it.
    """

    def __init__(self, listing: Listing, settle: Callable[[], None] = lambda: None) -> None:
        self.listing = listing
        self.settle = settle  # called once a document is merged (see ``long_lived_heap``)
        self.graph = new_graph()
        self._nodes = Nodes()
        self.infos: list[DocumentInfo] = []
        self.failures: list[InputError] = list(listing.failures)
        self._seen: set[str] = set()

    def documents(self, outcomes: Iterable[DocumentResult | Failure]) -> Iterator[DocumentResult]:
        for outcome in outcomes:
            if isinstance(outcome, Failure):
                self.failures.append(outcome.error())
                continue
            if outcome.doc_id in self._seen:
                continue
            self._seen.add(outcome.doc_id)
            add_triples(self.graph, outcome.triples, self._nodes)
            self.settle()
            self.infos.append(DocumentInfo(outcome.doc_id, outcome.path, outcome.sha256, outcome.chars))
            yield outcome

    def report(self, sync: SyncReport | None = None) -> BuildReport:
        results = tuple(sorted(self.infos, key=lambda r: (r.path, r.doc_id)))
        return BuildReport(results, tuple(self.failures), self.graph, self.listing.skipped, sync)


@contextmanager
def long_lived_heap() -> Iterator[Callable[[], None]]:
    """A ``settle`` function that takes what is alive now out of the garbage collector's rounds.

    The corpus graph only grows during a build, and every full collection would
    rescan all of it (a tenth of a one-worker build); settled objects are handed
    back to the collector on exit. Does nothing if the caller froze objects itself.
    """
    if gc.get_freeze_count():
        yield lambda: None
        return
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()


def build_corpus(
    inputs: Iterable[Path | str],
    min_confidence: float = 0.0,
    *,
    workers: int = 1,
    scheduler: str = "",
    progress: bool = False,
    store: Path | str | None = None,
    prune: bool = False,
) -> BuildReport:
    """Build every readable input; unreadable ones are reported, never fatal.

    ``workers`` > 1 builds in a process pool, ``scheduler`` on a Dask cluster;
    the result is the same graph either way. With ``store``, each document's
    graph is also synced into that on-disk store (see ``kg.storesync``).
    """
    from kg.progress import progress_bar
    from kg.runners import run_tasks

    listing = list_inputs(inputs)
    with long_lived_heap() as settle, progress_bar(listing.files, enabled=progress) as bar:
        collector = Collector(listing, settle)
        outcomes = run_tasks(
            listing.files, min_confidence, workers, scheduler, lambda o: bar.advance(getattr(o, "chars", 0))
        )
        documents = collector.documents(outcomes)
        if store is None:
            for _ in documents:
                pass
            return collector.report()
        from kg.storesync import sync_into

        sync = sync_into(store, documents, prune, (str(path) for path in listing.files))
    return collector.report(sync)


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that no half-written file is ever left behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
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
        if ext == "ttl":
            data = turtle_bytes(report.graph)
        else:
            data = report.graph.serialize(format=FORMATS[ext], encoding="utf-8")
        if ext == "nt":  # N-Triples order is arbitrary: sort for byte-stable output
            data = b"".join(sorted(data.splitlines(keepends=True)))
        path = outdir / f"graph.{ext}"
        write_atomic(path, data)
        written.append(path)
    if html:
        from kg.network import to_networkx
        from kg.render import render_page

        names = sorted({Path(r.path).name for r in report.results})
        title = "kg · " + (", ".join(names) if len(names) <= 3 else f"{len(names)} documents")
        page = render_page(to_networkx(report.graph), title=title)
        path = outdir / "graph.html"
        write_atomic(path, page.encode("utf-8"))
        written.append(path)
    return written
