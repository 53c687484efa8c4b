"""The networkx view of a built graph: entities as nodes, direct relation triples as edges.

Derived from the rdflib graph (the one source of truth), never built alongside it.
Node ids are entity IRIs; nodes and edges are inserted in sorted order so every
output written from the view is byte-stable.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import networkx as nx
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV

from kg.resources import ontology_dir
from kg.types import EntityType, RelationType
from kg.vocab import KG

# Used where the ontology file carries no @zh label for a term.
_ZH_FALLBACK = {
    "District": "行政区",
    "Official": "官员",
    "Organization": "机构",
    "Project": "项目",
    "Strategy": "战略",
    "Industry": "产业",
    "Meeting": "会议",
    "servesIn": "任职于",
    "pursues": "践行",
    "builds": "建设",
    "develops": "发展",
    "cooperatesWith": "合作",
    "speaksAt": "出席",
    "partOf": "隶属于",
}


@dataclass(frozen=True, order=True)
class Evidence:
    """A sentence that states a fact, with the document it comes from."""

    text: str
    document: str  # dcterms:title of the document, "" when unknown
    path: str  # kg:sourcePath of the document, "" when unknown


@dataclass(frozen=True, order=True)
class Post:
    """A post an official holds: its title and the body it is held in."""

    title: str
    org: str  # label of the district or organization


@cache
def zh_labels() -> dict[str, str]:
    """Chinese labels of the entity classes and relations, by local name (ontology first)."""
    labels = dict(_ZH_FALLBACK)
    path = ontology_dir() / "kg.ttl"
    if path.is_file():
        ontology = Graph().parse(path)
        for name in labels:
            for label in ontology.objects(KG[name], RDFS.label):
                if isinstance(label, Literal) and label.language == "zh":
                    labels[name] = str(label)
    return labels


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """The entities of ``graph`` and the direct relation triples between them."""
    view = nx.MultiDiGraph()
    entities = _entities(graph)
    labels = zh_labels()
    for iri in sorted(entities, key=str):
        view.add_node(str(iri), **_node_attributes(graph, iri, entities[iri]))
    statements = _statements(graph)
    edges = []
    for relation in RelationType:
        predicate = KG[relation.value]
        for s, o in graph.subject_objects(predicate):
            if s in entities and o in entities:
                edges.append((str(s), str(o), relation.value, statements.get((s, predicate, o), ())))
    for s, o, name, stmts in sorted(edges, key=lambda e: e[:3]):
        confidences = [c for c, _ in stmts if c is not None]
        view.add_edge(
            s,
            o,
            key=name,
            predicate=name,
            label=labels[name],
            confidence=max(confidences) if confidences else None,
            evidence=tuple(sorted({ev for _, evs in stmts for ev in evs})),
        )
    district_labels = {d["label"] for _, d in view.nodes(data=True) if d["type"] == EntityType.DISTRICT.value}
    for node, data in view.nodes(data=True):
        data["degree"] = view.degree(node)
        data["districts"] = _districts(view, node, district_labels)
    return view


def find_node(view: nx.MultiDiGraph, name: str) -> str:
    """The node whose label or alias is ``name``; KeyError naming close matches otherwise."""
    names = _names(view)
    if name in names:
        return names[name]
    close = difflib.get_close_matches(name, sorted(names), n=3, cutoff=0.3)
    close += sorted(n for n in names if name in n and n not in close)[: 3 - len(close)]
    raise UnknownEntityError(name, tuple(close))


def neighbourhood(view: nx.MultiDiGraph, node: str, depth: int) -> nx.MultiDiGraph:
    """The sub-view of nodes within ``depth`` relation steps of ``node``, in either direction."""
    return view.subgraph(nx.ego_graph(view, node, radius=depth, undirected=True)).copy()


class UnknownEntityError(KeyError):
    """No entity has the given name; ``suggestions`` lists the nearest names."""

    def __init__(self, name: str, suggestions: tuple[str, ...]) -> None:
        super().__init__(name)
        self.name = name
        self.suggestions = suggestions

    def __str__(self) -> str:
        hint = f"; did you mean {'、'.join(self.suggestions)}?" if self.suggestions else ""
        return f"no entity named {self.name!r}{hint}"


def write_graphml(view: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``view`` as GraphML with scalar attributes only (lists joined), for Gephi."""
    flat = nx.MultiDiGraph()
    for node, data in view.nodes(data=True):
        flat.add_node(
            node,
            label=data["label"],
            type=data["type"],
            aliases="、".join(data["aliases"]),
            title=data["title"],
            degree=data["degree"],
            districts="、".join(data["districts"]),
            documents="\n".join(data["documents"]),
            evidence="\n".join(ev.text for ev in data["evidence"]),
        )
    for s, o, key, data in view.edges(keys=True, data=True):
        scalars = {k: data[k] for k in ("predicate", "label")}
        if data["confidence"] is not None:
            scalars["confidence"] = data["confidence"]
        scalars["evidence"] = "\n".join(ev.text for ev in data["evidence"])
        flat.add_edge(s, o, key=key, **scalars)
    nx.write_graphml(flat, str(path), encoding="utf-8", prettyprint=True)


def _entities(graph: Graph) -> dict[URIRef, str]:
    """Entity IRIs with the local name of their class (first of the seven in guideline order)."""
    found: dict[URIRef, str] = {}
    for etype in EntityType:
        for iri in graph.subjects(RDF.type, KG[etype.value]):
            if isinstance(iri, URIRef):
                found.setdefault(iri, etype.value)
    return found


def _node_attributes(graph: Graph, iri: URIRef, etype: str) -> dict:
    label = _text(graph.value(iri, RDFS.label)) or _text(graph.value(iri, SKOS.prefLabel)) or str(iri)
    aliases = sorted({str(a) for a in graph.objects(iri, SKOS.altLabel)} - {label})
    evidence = tuple(sorted(_evidence(graph, s) for s in graph.objects(iri, PROV.wasDerivedFrom)))
    return {
        "label": label,
        "type": etype,
        "type_label": zh_labels()[etype],
        "aliases": tuple(aliases),
        "title": "、".join(sorted(str(t) for t in graph.objects(iri, KG.title))),
        "posts": tuple(sorted(_post(graph, p) for p in graph.objects(iri, ORG.holds))),
        "documents": tuple(sorted({ev.document or ev.path for ev in evidence} - {""})),
        "evidence": evidence,
    }


def _statements(graph: Graph) -> dict[tuple, list[tuple[float | None, tuple[Evidence, ...]]]]:
    """Reified statements by the (subject, predicate, object) they describe."""
    found: dict[tuple, list] = defaultdict(list)
    for st in graph.subjects(RDF.type, RDF.Statement):
        spo = (graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object))
        confidence = graph.value(st, KG.confidence)
        evidence = tuple(_evidence(graph, s) for s in graph.objects(st, PROV.wasDerivedFrom))
        found[spo].append((float(confidence) if confidence is not None else None, evidence))
    return found


def _evidence(graph: Graph, sentence) -> Evidence:
    doc = graph.value(sentence, DCTERMS.isPartOf)
    return Evidence(
        text=_text(graph.value(sentence, KG.text)),
        document=_text(graph.value(doc, DCTERMS.title)) if doc is not None else "",
        path=_text(graph.value(doc, KG.sourcePath)) if doc is not None else "",
    )


def _post(graph: Graph, post) -> Post:
    org = graph.value(post, ORG.postIn)
    org_label = _text(graph.value(org, RDFS.label)) if org is not None else ""
    return Post(title="、".join(sorted(str(t) for t in graph.objects(post, KG.title))), org=org_label)


def _districts(view: nx.MultiDiGraph, node: str, district_labels: set[str]) -> tuple[str, ...]:
    """Labels of the districts a node is, is linked to or holds a post in (for the district filter)."""
    near = {node, *view.successors(node), *view.predecessors(node)}
    found = {view.nodes[n]["label"] for n in near if view.nodes[n]["type"] == EntityType.DISTRICT.value}
    found |= {post.org for post in view.nodes[node]["posts"]} & district_labels
    return tuple(sorted(found))


def _names(view: nx.MultiDiGraph) -> dict[str, str]:
    """Every label and alias mapped to its node (labels win over aliases)."""
    names: dict[str, str] = {}
    for node, data in view.nodes(data=True):
        for alias in data["aliases"]:
            names.setdefault(alias, node)
    for node, data in view.nodes(data=True):
        names[data["label"]] = node
    return names


def _text(term) -> str:
    return "" if term is None else str(term)
