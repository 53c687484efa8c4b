"""``kg build --store DIR``: each document's graph into its own named graph of a store.

A document is named by its content hash, so an edited file is a new document: the
graph of the file's previous version (same source path, other hash) is dropped
once the new one is in, and counted as replaced. Unchanged documents are skipped;
with ``prune``, documents of files no longer among the inputs are dropped. Stale
graphs are dropped only after the new ones are in, so an interrupted sync never loses
a file's facts and the next sync finishes the job.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.build import DocumentResult
from kg.rdf import document_iri
from kg.store import DocumentUnit, SyncReport, drop_graph, open_store, sync_documents
from kg.vocab import KG

_PATHS = f"SELECT ?g ?path WHERE {{ GRAPH ?g {{ ?g <{KG.sourcePath}> ?path }} }}"


def sync_into(
    directory: Path | str,
    documents: Iterable[DocumentResult],
    prune: bool = False,
    listed: Iterable[str] = (),
) -> SyncReport:
    """Sync ``documents`` (consumed as they come) into the store at ``directory``.

    ``listed`` are the paths of all input files, built or not: pruning keeps the
    graph of a file that is still listed but failed this time, and a build that
    built nothing prunes nothing.
    """
    store = open_store(directory)
    before = {row["g"].value: row["path"].value for row in store.query(_PATHS)}
    built: dict[str, str] = {}  # document IRI -> source path

    def units(docs: Iterable[DocumentResult]) -> Iterator[DocumentUnit]:
        for doc in docs:
            iri = str(document_iri(doc.doc_id))
            built[iri] = doc.path
            yield DocumentUnit(iri, doc.sha256, doc.graph)

    synced = sync_documents(store, units(documents), prune=False)
    paths = set(built.values())
    stale = sorted(iri for iri, path in before.items() if iri not in built and path in paths)
    keep = paths | set(listed)
    gone = sorted(i for i in before.keys() - built.keys() if before[i] not in keep) if prune and built else []
    for iri in (*stale, *gone):
        drop_graph(store, iri)
    store.flush()
    replaced = len({before[iri] for iri in stale})  # files whose earlier version was dropped
    return SyncReport(
        added=synced.added - replaced,
        replaced=synced.replaced + replaced,
        skipped=synced.skipped,
        dropped=len(gone),
    )
