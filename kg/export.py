"""Getting the graph out: files in the RDF formats, GraphML, CSV tables, and remote stores.

Sources are graph files or store directories (see ``kg.store.open_source``); named
graphs (one per document) are kept by the dataset formats (N-Quads, TriG) and by
``push``, which puts each graph into a remote SPARQL store with the Graph Store
Protocol, so pushing again replaces rather than duplicates.
"""

from __future__ import annotations

import base64
import csv
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib

from kg.query import KG_NS, PREFIXES
from kg.resources import ontology_dir
from kg.store import ONTOLOGY_GRAPH, dataset_nquads, open_source, to_rdflib
from kg.types import EntityType, RelationType

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
    """``(graph IRI, N-Triples)`` for each named graph, or for the default graph if there are none."""
    store = open_source(source)
    for name in sorted(store.named_graphs(), key=lambda g: g.value):
        yield name.value, store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name)
    if next(iter(store.named_graphs()), None) is None:  # otherwise the default graph is their union
        yield default_graph, store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())


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


# Files --------------------------------------------------------------------------------------

EXPORT_FORMATS = ("ttl", "nt", "nq", "trig", "jsonld", "graphml", "csv")
_ENTITIES = f"""SELECT ?e ?class ?label ?alias WHERE {{
  VALUES ?class {{ {" ".join(f"<{KG_NS}{t.value}>" for t in EntityType)} }}
  ?e a ?class ; rdfs:label ?label .
  OPTIONAL {{ ?e skos:altLabel ?alias }}
}}"""
_RELATIONS = f"""SELECT ?s ?p ?o ?sLabel ?oLabel ?text WHERE {{
  VALUES ?p {{ {" ".join(f"<{KG_NS}{r.value}>" for r in RelationType)} }}
  ?s ?p ?o .
  OPTIONAL {{ ?s rdfs:label ?sLabel }}
  OPTIONAL {{ ?o rdfs:label ?oLabel }}
  OPTIONAL {{ ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom/kg:text ?text }}
}}"""


def export(source: str | Path, fmt: str, out: str | Path) -> list[Path]:
    """Write the graph of ``source`` as ``fmt`` to ``out`` (a folder for ``csv``); the paths written.

    Turtle, N-Triples, JSON-LD and GraphML hold the union of all graphs; N-Quads and TriG
    keep the named graphs (one per document). Output is deterministic: sorted lines, or
    rdflib's sorted Turtle.
    """
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format '{fmt}' (choose from {', '.join(EXPORT_FORMATS)})")
    store, out = open_source(source), Path(out)
    if fmt == "csv":
        return write_csv(store, out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt in ("nt", "nq"):
        out.write_bytes(_sorted_lines(dataset_nquads(store) if fmt == "nq" else union_ntriples(store)))
    elif fmt == "graphml":
        from kg.network import to_networkx, write_graphml

        write_graphml(to_networkx(union_graph(store)), out)
    elif fmt == "trig":
        to_rdflib(store).serialize(out, format="trig", encoding="utf-8")
    elif fmt == "jsonld":
        out.write_text(_canonical_jsonld(union_graph(store)), encoding="utf-8")
    else:
        union_graph(store).serialize(out, format="turtle", encoding="utf-8")
    return [out]


def union_ntriples(store: ox.Store) -> bytes:
    """N-Triples of the union of every graph of the store (its default graph)."""
    return store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())


def union_graph(store: ox.Store) -> rdflib.Graph:
    """The union of every graph of the store, as one rdflib Graph with the usual prefixes."""
    graph = rdflib.Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    graph.parse(data=union_ntriples(store), format="nt")
    return graph


def _canonical_jsonld(graph: rdflib.Graph) -> str:
    """Compact JSON-LD (kg prefixes as context) with every array and key sorted."""
    document = json.loads(graph.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True))
    return json.dumps(_sorted_json(document), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _sorted_json(node: object) -> object:
    if isinstance(node, dict):
        return {key: _sorted_json(value) for key, value in node.items()}
    if isinstance(node, list):
        items = [_sorted_json(item) for item in node]
        return sorted(items, key=lambda item: json.dumps(item, ensure_ascii=False, sort_keys=True))
    return node


def _sorted_lines(data: bytes) -> bytes:
    return b"".join(sorted(set(data.splitlines(keepends=True))))


def write_csv(store: ox.Store, folder: Path) -> list[Path]:
    """``entities.csv`` (iri,type,label,aliases) and ``relations.csv`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    entities: dict[tuple[str, str, str], set[str]] = {}
    for row in store.query(_ENTITIES, prefixes=PREFIXES):
        key = (row["e"].value, row["class"].value.rsplit("#", 1)[1], row["label"].value)
        entities.setdefault(key, set()).update([row["alias"].value] if row["alias"] else [])
    relations: dict[tuple[str, ...], set[str]] = {}
    for row in store.query(_RELATIONS, prefixes=PREFIXES):
        key = tuple(row[v].value if row[v] else "" for v in ("s", "p", "o", "sLabel", "oLabel"))
        relations.setdefault(key, set()).update([row["text"].value] if row["text"] else [])
    paths = [folder / "entities.csv", folder / "relations.csv"]
    _write_rows(
        paths[0],
        ("iri", "type", "label", "aliases"),
        [(*key, "|".join(sorted(aliases))) for key, aliases in sorted(entities.items())],
    )
    _write_rows(
        paths[1],
        ("subject", "predicate", "object", "subject_label", "object_label", "evidence"),
        [
            (s, p.rsplit("#", 1)[1], o, sl, ol, "|".join(sorted(ev)))
            for (s, p, o, sl, ol), ev in sorted(relations.items())
        ],
    )
    return paths


def _write_rows(path: Path, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
