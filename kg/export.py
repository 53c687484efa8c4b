"""Getting the graph out: files in the RDF formats, GraphML, CSV tables, and remote stores.

Sources are graph files or store directories (see ``kg.store.open_source``); named
graphs (one per document) are kept by the dataset formats (N-Quads, TriG) and by
``push``, which puts each graph into a remote SPARQL store with the Graph Store
Protocol, so pushing again replaces rather than duplicates.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.resources import ontology_dir
from kg.store import ONTOLOGY_GRAPH, open_source

# Where the triples of a source without named graphs (a Turtle file) go when pushed.
CORPUS_GRAPH = "https://w3id.org/zhkg/id/corpus"


class ExportError(Exception):
    """A user-facing export or push problem (one line)."""


@dataclass(frozen=True)
class PushReport:
    """What ``push`` sent: graphs and triples."""

    graphs: int
    triples: int


def source_graphs(source: str | Path, default_graph: str = CORPUS_GRAPH) -> Iterator[tuple[str, bytes]]:
    """``(graph IRI, N-Triples)`` for each named graph of the source, its default graph last."""
    store = open_source(source)
    for name in sorted(store.named_graphs(), key=lambda g: g.value):
        yield name.value, store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name)
    default = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    if default:
        yield default_graph, default


def ontology_ntriples() -> bytes:
    """The shipped ontology as N-Triples."""
    store = open_source(ontology_dir() / "kg.ttl")
    return store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())


def put_graph(
    endpoint: str, graph: str, ntriples: bytes, auth: str | None = None, timeout: float = 60
) -> None:
    """Replace ``graph`` at a Graph Store Protocol endpoint by the given triples (HTTP PUT)."""
    parts = urllib.parse.urlsplit(endpoint)
    query = urllib.parse.urlencode([*urllib.parse.parse_qsl(parts.query), ("graph", graph)])
    url = urllib.parse.urlunsplit(parts._replace(query=query))
    headers = {"Content-Type": "application/n-triples"}
    if auth:
        headers["Authorization"] = "Basic " + base64.b64encode(auth.encode()).decode()
    request = urllib.request.Request(url, data=ntriples, method="PUT", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as err:
        detail = " ".join(err.read().decode(errors="replace").split())[:120]
        raise ExportError(
            f"{endpoint}: HTTP {err.code} {err.reason} for graph <{graph}> {detail}".strip()
        ) from None
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise ExportError(f"{endpoint}: cannot reach the store ({reason})") from None


def push(
    source: str | Path,
    endpoint: str,
    user: str | None = None,
    password: str | None = None,
    default_graph: str = CORPUS_GRAPH,
    ontology: bool = True,
) -> PushReport:
    """PUT every graph of ``source`` (and the ontology into its own graph) to ``endpoint``."""
    if not endpoint.startswith(("http://", "https://")):
        raise ExportError(f"{endpoint}: the endpoint must be an http(s) URL")
    auth = f"{user}:{password or ''}" if user else None
    graphs = dict(source_graphs(source, default_graph))
    if ontology and ONTOLOGY_GRAPH not in graphs:
        graphs[ONTOLOGY_GRAPH] = ontology_ntriples()
    triples = 0
    for graph, data in graphs.items():
        put_graph(endpoint, graph, data, auth)
        triples += data.count(b"\n")
    return PushReport(graphs=len(graphs), triples=triples)
