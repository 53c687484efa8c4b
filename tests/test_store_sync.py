"""The on-disk Oxigraph store: one named graph per document, skip/replace/drop by content hash."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from test_query_corpus import KG, document_units, union_graph

from kg.store import (
    StoreError,
    SyncReport,
    from_rdflib,
    load_file,
    open_store,
    stored_documents,
    sync_documents,
    to_rdflib,
)


def _graph_of(store: ox.Store, iri: str) -> Graph:
    dataset = to_rdflib(store)
    return dataset.graph(URIRef(iri))


def test_store_sync_adds_one_named_graph_per_document(tmp_path: Path) -> None:
    units = document_units()
    store = open_store(tmp_path / "db")
    report = sync_documents(store, units)
    assert report == SyncReport(added=2)
    assert stored_documents(store) == {u.doc_iri: u.sha256 for u in units}
    for unit in units:
        assert isomorphic(_graph_of(store, unit.doc_iri), unit.graph)
    assert len(store) == sum(len(u.graph) for u in units) + len(union_graph(units))


def _union(store: ox.Store) -> Graph:
    graph = Graph()
    graph.parse(data=store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()), format="nt")
    return graph


@pytest.mark.parametrize("step", ["add", "replace", "drop"])
def test_store_default_graph_is_the_union(tmp_path: Path, step: str) -> None:
    store = open_store(tmp_path / "db")
    units = document_units()
    sync_documents(store, units)
    if step == "replace":
        units = document_units(changed=1)
        sync_documents(store, units)
    if step == "drop":
        units = units[:1]
        sync_documents(store, units, prune=True)
    assert isomorphic(_union(store), union_graph(units))


def test_store_sync_is_persistent_and_skips_unchanged(tmp_path: Path) -> None:
    units = document_units()
    sync_documents(open_store(tmp_path / "db"), units)
    store = open_store(tmp_path / "db")
    size = len(store)
    assert sync_documents(store, units) == SyncReport(skipped=2)
    assert len(store) == size


def test_store_sync_replaces_changed_document(tmp_path: Path) -> None:
    store = open_store(tmp_path / "db")
    sync_documents(store, document_units())
    changed = document_units(changed=1)
    assert sync_documents(store, changed) == SyncReport(replaced=1, skipped=1)
    assert isomorphic(_graph_of(store, changed[1].doc_iri), changed[1].graph)
    assert stored_documents(store)[changed[1].doc_iri] == changed[1].sha256


@pytest.mark.parametrize("prune", [True, False])
def test_store_sync_drops_removed_documents_only_with_prune(tmp_path: Path, prune: bool) -> None:
    store = open_store(tmp_path / "db")
    units = document_units()
    sync_documents(store, units)
    report = sync_documents(store, units[:1], prune=prune)
    assert report == SyncReport(skipped=1, dropped=int(prune))
    assert (units[1].doc_iri in stored_documents(store)) is not prune


def test_store_sync_records_hash_missing_from_graph(tmp_path: Path) -> None:
    unit = document_units()[0]
    unit.graph.remove((URIRef(unit.doc_iri), KG.sha256, None))
    store = open_store(tmp_path / "db")
    sync_documents(store, [unit])
    assert stored_documents(store) == {unit.doc_iri: unit.sha256}
    assert sync_documents(store, [unit]) == SyncReport(skipped=1)


def test_store_read_only_refuses_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not an Oxigraph store"):
        open_store(tmp_path / "nothing", read_only=True)


def test_store_refuses_non_store_directory(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(StoreError, match="not an Oxigraph store"):
        open_store(tmp_path)


@pytest.mark.parametrize(
    "fmt,ext", [("turtle", ".ttl"), ("nt", ".nt"), ("json-ld", ".jsonld"), ("xml", ".rdf")]
)
def test_store_load_file_matches_rdflib(tmp_path: Path, fmt: str, ext: str) -> None:
    graph = union_graph()
    path = tmp_path / f"g{ext}"
    graph.serialize(path, format=fmt)
    store = load_file(path)
    assert isomorphic(to_rdflib(store).default_graph, graph)


def test_store_round_trip_keeps_named_graphs() -> None:
    dataset = Dataset()
    for unit in document_units():
        named = dataset.graph(URIRef(unit.doc_iri))
        for triple in unit.graph:
            named.add(triple)
    back = to_rdflib(from_rdflib(dataset))
    for unit in document_units():
        assert isomorphic(back.graph(URIRef(unit.doc_iri)), unit.graph)


@pytest.mark.parametrize("name,content", [("g.ttl", "<a> <b> ."), ("g.xyz", "")])
def test_store_load_file_errors_name_the_file(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(StoreError, match=name):
        load_file(path)
