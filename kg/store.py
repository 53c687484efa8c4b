"""An embedded persistent Oxigraph store holding one named graph per document.

A document unit is ``(doc_iri, sha256, graph)``: the document's IRI (also the name
of its graph), the SHA-256 of its source bytes and its rdflib graph. The hash is
kept inside the document's own graph as ``<doc> kg:sha256 "..."`` (as the graph
contract already has it), so an unchanged document is recognised and skipped.

The default graph of a store always holds the union of its named graphs (kept so by
``sync_documents`` and the loaders), and queries read it directly. Oxigraph's own
union-default-graph mode yields one solution per matching quad, so joins over
entities mentioned in many documents multiply (hundreds of times slower).
"""

from __future__ import annotations

import ipaddress
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib

from kg.vocab import KG

SHA256 = str(KG.sha256)
ONTOLOGY_GRAPH = str(KG._NS).rstrip("#")

# File extension -> (pyoxigraph format, rdflib format name).
FORMATS: dict[str, tuple[ox.RdfFormat, str]] = {
    ".ttl": (ox.RdfFormat.TURTLE, "turtle"),
    ".nt": (ox.RdfFormat.N_TRIPLES, "nt"),
    ".nq": (ox.RdfFormat.N_QUADS, "nquads"),
    ".trig": (ox.RdfFormat.TRIG, "trig"),
    ".jsonld": (ox.RdfFormat.JSON_LD, "json-ld"),
    ".json": (ox.RdfFormat.JSON_LD, "json-ld"),
    ".rdf": (ox.RdfFormat.RDF_XML, "xml"),
    ".owl": (ox.RdfFormat.RDF_XML, "xml"),
}


class StoreError(Exception):
    """A user-facing problem with a store or graph file (message names the path)."""


@dataclass(frozen=True)
class DocumentUnit:
    """One document's graph, ready to go into its own named graph."""

    doc_iri: str
    sha256: str
    graph: rdflib.Graph


@dataclass(frozen=True)
class SyncReport:
    """What ``sync_documents`` did, in documents."""

    added: int = 0
    replaced: int = 0
    skipped: int = 0
    dropped: int = 0


def is_store_dir(path: Path) -> bool:
    """True for a directory holding an Oxigraph (RocksDB) store."""
    return path.is_dir() and (path / "CURRENT").is_file()


def open_store(directory: str | Path, read_only: bool = False) -> ox.Store:
    """Open (or create, unless ``read_only``) the on-disk store at ``directory``."""
    path = Path(directory)
    if read_only:
        if not is_store_dir(path):
            raise StoreError(f"{path}: not an Oxigraph store directory")
        return ox.Store.read_only(str(path))
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: exists and is not a directory")
    if path.is_dir() and any(path.iterdir()) and not is_store_dir(path):
        raise StoreError(f"{path}: directory is not empty and is not an Oxigraph store")
    try:
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as err:
        raise StoreError(f"{path}: cannot open store ({err})") from err


def stored_documents(store: ox.Store) -> dict[str, str]:
    """``{doc_iri: sha256}`` of the documents in the store."""
    rows = store.query(f"SELECT ?g ?sha WHERE {{ GRAPH ?g {{ ?g <{SHA256}> ?sha }} }}")
    return {row["g"].value: row["sha"].value for row in rows}


def graph_to_ntriples(graph: rdflib.Graph) -> bytes:
    """N-Triples bytes of an rdflib graph (the fast path into Oxigraph)."""
    return graph.serialize(format="nt", encoding="utf-8")


def replace_graph(store: ox.Store, graph_iri: str, graph: rdflib.Graph) -> None:
    """Make the named graph ``graph_iri`` hold exactly the triples of ``graph`` (union kept).

    The new graph and its share of the union go in one transaction: a crash leaves
    the document either whole or absent (and so rebuilt by the next sync), never
    half-loaded with its hash already recorded.
    """
    drop_graph(store, graph_iri)
    name = f"<{graph_iri}> .\n".encode()
    quads = []
    for line in graph_to_ntriples(graph).splitlines():
        if line.strip():
            triple = line.rstrip()[:-1].rstrip()  # without the final " ."
            quads.append(triple + b" " + name)
            quads.append(triple + b" .\n")
    store.load(b"".join(quads), ox.RdfFormat.N_QUADS)


def drop_graph(store: ox.Store, graph_iri: str) -> None:
    """Remove a named graph, and from the union (default graph) what no other graph holds."""
    name = ox.NamedNode(graph_iri)
    for quad in list(store.quads_for_pattern(None, None, None, name)):
        holders = store.quads_for_pattern(quad.subject, quad.predicate, quad.object, None)
        if not any(q.graph_name not in (name, ox.DefaultGraph()) for q in holders):
            store.remove(ox.Quad(quad.subject, quad.predicate, quad.object, ox.DefaultGraph()))
    store.remove_graph(name)


def merge_named_graphs(store: ox.Store) -> None:
    """Add every named graph's triples to the default graph (the union)."""
    triples = (q.triple for q in store if q.graph_name != ox.DefaultGraph())
    store.bulk_load(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), ox.RdfFormat.N_TRIPLES)


def dataset_nquads(store: ox.Store) -> bytes:
    """N-Quads of the named graphs, or of the default graph when there are none."""
    if next(iter(store.named_graphs()), None) is None:
        return store.dump(format=ox.RdfFormat.N_QUADS)
    quads = (q for q in store if q.graph_name != ox.DefaultGraph())
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


def sync_documents(store: ox.Store, units: Iterable[DocumentUnit], prune: bool = False) -> SyncReport:
    """Bring the store's per-document graphs in line with ``units``.

    An unchanged document (same SHA-256) is skipped, a changed one has its graph
    replaced, a new one is added; with ``prune``, stored documents not among
    ``units`` are dropped.
    """
    known = stored_documents(store)
    seen: set[str] = set()
    added = replaced = skipped = 0
    for unit in units:
        seen.add(unit.doc_iri)
        if known.get(unit.doc_iri) == unit.sha256:
            skipped += 1
            continue
        graph = _with_hash(unit)
        if unit.doc_iri in known:
            replaced += 1
        else:
            added += 1
        replace_graph(store, unit.doc_iri, graph)
    dropped = 0
    if prune:
        for doc_iri in known.keys() - seen:
            drop_graph(store, doc_iri)
            dropped += 1
    store.flush()
    return SyncReport(added=added, replaced=replaced, skipped=skipped, dropped=dropped)


def _with_hash(unit: DocumentUnit) -> rdflib.Graph:
    """The unit's graph with exactly one ``<doc> kg:sha256`` triple, the unit's hash."""
    doc, sha = rdflib.URIRef(unit.doc_iri), rdflib.URIRef(SHA256)
    if set(unit.graph.objects(doc, sha)) == {rdflib.Literal(unit.sha256)}:
        return unit.graph
    graph = rdflib.Graph()
    for triple in unit.graph:
        graph.add(triple)
    graph.set((doc, sha, rdflib.Literal(unit.sha256)))
    return graph


def load_file(path: str | Path, directory: str | Path | None = None) -> ox.Store:
    """A store holding an RDF file (triples into the default graph, quads as given).

    In memory, or on disk in ``directory`` when given.
    """
    path = Path(path)
    fmt = file_format(path)
    store = ox.Store() if directory is None else open_store(directory)
    try:
        store.bulk_load(path=str(path), format=fmt[0])
    except (SyntaxError, ValueError) as err:
        raise StoreError(f"{path}: not valid {fmt[1]} ({_first_line(err)})") from err
    except OSError as err:
        raise StoreError(f"{path}: cannot read ({err.strerror or err})") from err
    merge_named_graphs(store)
    return store


def file_format(path: Path) -> tuple[ox.RdfFormat, str]:
    """The RDF format of a graph file, from its extension."""
    if not path.is_file():
        raise StoreError(f"{path}: no such file")
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise StoreError(f"{path}: unknown RDF file extension (known: {known})") from None


def open_source(source: str | Path, read_only: bool = True) -> ox.Store:
    """A store directory (opened on disk) or a graph file (loaded into memory)."""
    path = Path(source)
    if path.is_dir():
        return open_store(path, read_only=read_only)
    return load_file(path)


def to_rdflib(store: ox.Store) -> rdflib.Dataset:
    """The store as an rdflib Dataset: its named graphs, or its default graph if it has none."""
    dataset = rdflib.Dataset()
    dataset.parse(data=dataset_nquads(store), format="nquads")
    return dataset


def from_rdflib(graph: rdflib.Graph) -> ox.Store:
    """An in-memory store holding an rdflib Graph (default graph) or Dataset (quads)."""
    store = ox.Store()
    if isinstance(graph, rdflib.Dataset):
        store.bulk_load(graph.serialize(format="nquads", encoding="utf-8"), ox.RdfFormat.N_QUADS)
        merge_named_graphs(store)
    else:
        store.bulk_load(graph_to_ntriples(graph), ox.RdfFormat.N_TRIPLES)
    return store


def _first_line(err: Exception) -> str:
    return str(err).splitlines()[0] if str(err) else type(err).__name__


# Serving ---------------------------------------------------------------------------------


def oxigraph_binary() -> str:
    """The ``oxigraph`` server program (PyPI's ``oxigraph`` package), beside this Python first."""
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if not found:
        raise StoreError("oxigraph: server program not found (pip install oxigraph)")
    return found


def server_command(location: Path, host: str, port: int, writable: bool = False) -> list[str]:
    """The command line of an Oxigraph SPARQL server over ``location`` (default graph: the union)."""
    mode = "serve" if writable else "serve-read-only"
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return [oxigraph_binary(), mode, "--location", str(location), "--bind", bind]


def start_server(
    location: Path, host: str = "127.0.0.1", port: int = 7878, writable: bool = False, timeout: float = 20
) -> subprocess.Popen:
    """Start the server and return once it accepts connections (its stderr names any failure)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as probe:
        try:
            probe.bind((host, port))
        except OSError as err:
            raise StoreError(f"cannot listen on {host}:{port} ({err.strerror or err})") from None
    # stderr goes to a file, not a pipe: a long-lived server must never block on it.
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(server_command(location, host, port, writable), stderr=log)
        try:
            _wait_until_listening(process, log, host, port, timeout)
        except BaseException:  # a failure or an interrupt while starting: leave no server behind
            process.terminate()
            process.wait()
            raise
    return process


def _wait_until_listening(process: subprocess.Popen, log, host: str, port: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            lines = log.read().decode(errors="replace").strip().splitlines()
            raise StoreError(f"oxigraph server failed ({lines[-1] if lines else process.returncode})")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise StoreError(f"oxigraph server did not start within {timeout:.0f} s")


def is_loopback(host: str) -> bool:
    """True for a host name or address that only this machine can reach."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"
