"""Where does what kg says about an entity come from? Each fact with its evidence sentences.

An entity is found by its label or an alias (compared in the guideline's normal
form). Its facts are the seven relations it takes part in, as subject or object;
each fact's evidence is read from its reified statements (one per document that
states it): the sentence text, its document's source path and the sentence's
offsets into the document's original text.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from rdflib import RDF, RDFS, ConjunctiveGraph, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, SKOS

from kg.errors import KgError
from kg.names import normalise_name
from kg.types import EntityType, RelationType
from kg.vocab import KG

_NAMES = (RDFS.label, SKOS.prefLabel, SKOS.altLabel)
_TYPES = {KG[t.value]: t.value for t in EntityType}
_RELATIONS = tuple(KG[r.value] for r in RelationType)


class UnknownEntity(KgError):
    """No entity has that name; ``suggestions`` are the nearest names the graph knows."""

    def __init__(self, name: str, suggestions: tuple[str, ...]) -> None:
        self.name = name
        self.suggestions = suggestions
        hint = f"; nearest: {', '.join(suggestions)}" if suggestions else ""
        super().__init__(f"no entity named {name!r}{hint}")


@dataclass(frozen=True)
class Evidence:
    """A sentence that states a fact or mentions an entity."""

    text: str
    document: str  # the document's source path (its IRI when the path is not recorded)
    begin: int  # offsets into the document's original decoded text, end exclusive
    end: int


@dataclass(frozen=True)
class Fact:
    """One relation triple, named by labels, with every sentence that states it."""

    subject: str
    predicate: str
    object: str
    evidence: tuple[Evidence, ...]
    detail: str = ""  # e.g. the posts behind a servesIn: ``党工委书记 (2023-01-07)``


@dataclass(frozen=True)
class Explanation:
    iri: str
    type: str
    label: str
    aliases: tuple[str, ...]
    mentions: tuple[Evidence, ...]  # the sentences it was derived from
    facts: tuple[Fact, ...]


def plain_graph(graph: Graph) -> Graph:
    """Every triple of ``graph``, whatever named graph of a dataset it sits in."""
    if not isinstance(graph, ConjunctiveGraph):
        return graph
    union = Graph()
    for s, p, o, _ in graph.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _label(graph: Graph, node: URIRef) -> str:
    labels = sorted(str(label) for label in graph.objects(node, RDFS.label))
    return labels[0] if labels else str(node)


def _entities(graph: Graph) -> set[URIRef]:
    return {s for type_ in _TYPES for s in graph.subjects(RDF.type, type_) if isinstance(s, URIRef)}


def find_entities(graph: Graph, name: str) -> tuple[URIRef, ...]:
    """Entities whose label or alias is ``name`` (normalised); the same name may name several."""
    wanted = normalise_name(name)
    found = {
        s
        for p in _NAMES
        for s, o in graph.subject_objects(p)
        if isinstance(o, Literal) and normalise_name(str(o)) == wanted
    }
    return tuple(sorted(found & _entities(graph)))


def suggest(graph: Graph, name: str, limit: int = 5) -> tuple[str, ...]:
    """The names nearest to ``name``: those containing it (or contained in it) first, then similar ones."""
    wanted = normalise_name(name)
    entities = _entities(graph)
    names = sorted({str(o) for p in _NAMES for s, o in graph.subject_objects(p) if s in entities})
    close = [n for n in names if wanted and (wanted in n or n in wanted)]
    close.sort(key=lambda n: (abs(len(n) - len(wanted)), n))
    close += difflib.get_close_matches(wanted, names, n=limit, cutoff=0.4)
    return tuple(dict.fromkeys(close))[:limit]


def _evidence(graph: Graph, sentence: URIRef) -> Evidence:
    document = graph.value(sentence, DCTERMS.isPartOf)
    path = graph.value(document, KG.sourcePath) if document is not None else None
    begin, end = graph.value(sentence, KG.beginIndex), graph.value(sentence, KG.endIndex)
    return Evidence(
        text=str(graph.value(sentence, KG.text) or ""),
        document=str(path if path is not None else document or ""),
        begin=int(begin.toPython()) if isinstance(begin, Literal) else -1,
        end=int(end.toPython()) if isinstance(end, Literal) else -1,
    )


def _sorted(evidence: set[Evidence]) -> tuple[Evidence, ...]:
    return tuple(sorted(evidence, key=lambda e: (e.document, e.begin, e.end, e.text)))


def _fact_evidence(graph: Graph, s: URIRef, p: URIRef, o: URIRef) -> tuple[Evidence, ...]:
    found = set()
    for statement in graph.subjects(RDF.subject, s):
        if (statement, RDF.predicate, p) in graph and (statement, RDF.object, o) in graph:
            found |= {
                _evidence(graph, sentence) for sentence in graph.objects(statement, PROV.wasDerivedFrom)
            }
    return _sorted(found)


def _posts(graph: Graph, holder: URIRef, body: URIRef) -> str:
    """The posts ``holder`` holds in ``body``: ``党工委书记 (2023-01-07)``."""
    posts = []
    for post in graph.objects(holder, ORG.holds):
        if (post, ORG.postIn, body) not in graph:
            continue
        titles = "、".join(sorted(str(t) for t in graph.objects(post, KG.title)))
        dates = ", ".join(sorted(str(d) for d in graph.objects(post, DCTERMS.date)))
        posts.append(f"{titles} ({dates})" if dates else titles)
    return "; ".join(sorted(posts))


def explain_entity(graph: Graph, entity: URIRef) -> Explanation:
    """Everything ``graph`` says about ``entity``, with evidence."""
    facts = []
    for p in _RELATIONS:
        edges = [(entity, o) for o in graph.objects(entity, p)] + [
            (s, entity) for s in graph.subjects(p, entity)
        ]
        for s, o in edges:
            if not (isinstance(s, URIRef) and isinstance(o, URIRef)):
                continue
            detail = _posts(graph, s, o) if p == KG.servesIn else ""
            facts.append(
                Fact(
                    _label(graph, s),
                    p.split("#")[-1],
                    _label(graph, o),
                    _fact_evidence(graph, s, p, o),
                    detail,
                )
            )
    types = sorted(_TYPES[t] for t in graph.objects(entity, RDF.type) if t in _TYPES)
    return Explanation(
        iri=str(entity),
        type="/".join(types),
        label=_label(graph, entity),
        aliases=tuple(sorted(str(a) for a in graph.objects(entity, SKOS.altLabel))),
        mentions=_sorted({_evidence(graph, s) for s in graph.objects(entity, PROV.wasDerivedFrom)}),
        facts=tuple(sorted(facts, key=lambda f: (f.predicate, f.subject, f.object))),
    )


def explain(graph: Graph, name: str) -> tuple[Explanation, ...]:
    """The entities named ``name`` with their facts; :class:`UnknownEntity` when there is none."""
    graph = plain_graph(graph)
    entities = find_entities(graph, name)
    if not entities:
        raise UnknownEntity(name, suggest(graph, name))
    return tuple(explain_entity(graph, entity) for entity in entities)
