"""Resolved documents → RDF triples following ontology/kg.ttl (see docs/graph-contract.md).

Each document gives its own graph, built only from that document and generic
knowledge, so the corpus graph is the plain union of document graphs.

Provenance: an entity ``prov:wasDerivedFrom`` every sentence that mentions it (and
the sentence ``kg:mentions`` it back); a relation's reified statement, one per
document that states it, ``prov:wasDerivedFrom`` its evidence sentences; a sentence
carries its text, its offsets into the original decoded text and its document.

Triples are assembled as N-Triples strings (``kg.terms``): plain data, cheap to
send back from a worker and to merge; ``new_graph`` makes the rdflib graph.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal
from functools import cache, lru_cache
from types import SimpleNamespace
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.resolve import Resolution, ResolvedRelation, post_title, without_postless_officials
from kg.terms import Nodes, iri, literal
from kg.triplestore import TripleStore
from kg.types import Entity, EntityType, Speech
from kg.vocab import KG

ID = Namespace("https://w3id.org/zhkg/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
PREFIXES = {"kg": KG._NS, "id": ID, "org": ORG, "prov": PROV, "skos": SKOS, "dcterms": DCTERMS}

Triple = tuple[str, str, str]


def _terms(namespace, names: str) -> SimpleNamespace:
    """The N-Triples forms of ``names`` in ``namespace``, as attributes."""
    return SimpleNamespace(**{name: iri(namespace[name]) for name in names.split()})


_RDF = _terms(RDF, "type Statement subject predicate object")
_RDFS = _terms(RDFS, "label")
_SKOS = _terms(SKOS, "prefLabel altLabel")
_DCT = _terms(DCTERMS, "title date isPartOf hasPart")
_PROV = _terms(PROV, "wasDerivedFrom")
_ORG = _terms(ORG, "Post postIn heldBy holds")
_KG = _terms(
    KG,
    "Document Sentence Speech Post sha256 sourcePath publication encoding text beginIndex endIndex "
    "title divisionCode mentions confidence cue speaker headline district atMeeting",
)


@cache
def _kg(name: str) -> str:
    """An entity class or relation of the ontology, by local name."""
    return iri(KG[name])


def _zh(text: str) -> str:
    return literal(text, "zh")


def _integer(value: int) -> str:
    return literal(str(value), datatype=XSD.integer)


def _date(value: str) -> str:
    return literal(value, datatype=XSD.date)


@cache
def _decimal(value: float) -> str:
    return literal(str(Literal(Decimal(str(round(value, 2))), datatype=XSD.decimal)), datatype=XSD.decimal)


@lru_cache(maxsize=1 << 16)
def _entity_path(key: str) -> str:
    type_, _, rest = key.partition(":")
    return f"{ID}{type_.lower()}/{quote(rest, safe='/')}"


def entity_iri(key: str) -> URIRef:
    """``District:410173`` → ``id/district/410173``; other characters percent-encoded."""
    return URIRef(_entity_path(key))


@lru_cache(maxsize=1 << 16)
def _entity(key: str) -> str:
    return iri(_entity_path(key))


def document_iri(doc_id: str) -> URIRef:
    return ID[f"doc/{doc_id}"]


def sentence_iri(doc_id: str, index: int) -> URIRef:
    return ID[f"doc/{doc_id}/s{index}"]


def speech_iri(doc_id: str, index: int) -> URIRef:
    return ID[f"doc/{doc_id}/speech{index}"]


def _id(path: str) -> str:
    """The N-Triples form of ``id/<path>``."""
    return f"<{ID}{path}>"


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


class Triples(set):
    """A plain set of N-Triples string triples with ``add``: cheap to assemble and to send."""

    def ordered(self) -> tuple[Triple, ...]:
        """The triples in a fixed order, each distinct term one string object (pickled once)."""
        terms: dict[str, str] = {}
        one = terms.setdefault
        return tuple((one(s, s), one(p, p), one(o, o)) for s, p, o in sorted(self))


def new_graph(triples: Iterable[Triple] = ()) -> Graph:
    """An rdflib graph (on a ``TripleStore``) of N-Triples string triples, kg's prefixes bound."""
    graph = Graph(store=TripleStore())
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    add_triples(graph, triples)
    return graph


def add_triples(graph: Graph, triples: Iterable[Triple], nodes: Nodes | None = None) -> None:
    """Add N-Triples string triples to a graph of ``new_graph``; ``nodes`` caches their terms."""
    nodes = Nodes() if nodes is None else nodes
    graph.store.load(((nodes[s], nodes[p], nodes[o]) for s, p, o in triples), graph)


def _add_document(graph: Triples, resolution: Resolution) -> None:
    doc = resolution.extraction.document
    node = _id(f"doc/{doc.id}")
    graph.add((node, _RDF.type, _KG.Document))
    graph.add((node, _KG.sha256, literal(doc.sha256)))
    graph.add((node, _KG.sourcePath, literal(doc.path)))
    if doc.title:
        graph.add((node, _DCT.title, _zh(doc.title)))
    if doc.date:
        graph.add((node, _DCT.date, _date(doc.date)))
    if doc.publication:
        graph.add((node, _KG.publication, _zh(doc.publication)))
    if doc.encoding:
        graph.add((node, _KG.encoding, literal(doc.encoding)))


def _add_sentence(graph: Triples, resolution: Resolution, index: int) -> str:
    doc = resolution.extraction.document
    node = _id(f"doc/{doc.id}/s{index}")
    if (node, _RDF.type, _KG.Sentence) not in graph:
        sentence = resolution.extraction.sentences[index]
        begin, end = doc.source_span(sentence.start, sentence.end)
        graph.add((node, _RDF.type, _KG.Sentence))
        graph.add((node, _KG.text, _zh(sentence.text)))
        graph.add((node, _KG.beginIndex, _integer(begin)))
        graph.add((node, _KG.endIndex, _integer(end)))
        graph.add((node, _DCT.isPartOf, _id(f"doc/{doc.id}")))
    return node


def _add_entity(graph: Triples, resolution: Resolution, entity: Entity) -> None:
    node = _entity(entity.key)
    graph.add((node, _RDF.type, _kg(entity.type.value)))
    graph.add((node, _RDFS.label, _zh(entity.name)))
    graph.add((node, _SKOS.prefLabel, _zh(entity.name)))
    for alias in entity.aliases:
        graph.add((node, _SKOS.altLabel, _zh(alias)))
    if entity.attr("title"):
        graph.add((node, _KG.title, _zh(entity.attr("title"))))
    if entity.attr("code"):
        graph.add((node, _KG.divisionCode, literal(entity.attr("code"))))
    for mention in entity.mentions:
        sentence = _add_sentence(graph, resolution, mention.sentence)
        graph.add((node, _PROV.wasDerivedFrom, sentence))
        graph.add((sentence, _KG.mentions, node))


def _add_relation(graph: Triples, resolution: Resolution, relation: ResolvedRelation) -> None:
    subject, obj = _entity(relation.subject), _entity(relation.object)
    predicate = _kg(relation.predicate.value)
    graph.add((subject, predicate, obj))
    doc_id = resolution.extraction.document.id
    statement = _id(f"stmt/{_digest(doc_id, subject[1:-1], predicate[1:-1], obj[1:-1])}")
    graph.add((statement, _RDF.type, _RDF.Statement))
    graph.add((statement, _RDF.subject, subject))
    graph.add((statement, _RDF.predicate, predicate))
    graph.add((statement, _RDF.object, obj))
    graph.add((statement, _KG.confidence, _decimal(relation.confidence)))
    if relation.cue:
        graph.add((statement, _KG.cue, _zh(relation.cue)))
    for index in relation.sentences:
        graph.add((statement, _PROV.wasDerivedFrom, _add_sentence(graph, resolution, index)))
    if relation.predicate.value == "servesIn":
        _add_post(graph, resolution, relation)


def _add_post(graph: Triples, resolution: Resolution, relation: ResolvedRelation) -> None:
    """The W3C ORG post behind a ``servesIn`` triple: title, body, holder, evidence, date.

    One post per (holder, body, title) across documents; each document that attests
    it adds its date (``dcterms:date``: the holder held the post on that day).
    """
    official = resolution.entities[relation.subject]
    if not official.attr("title"):
        return
    title = post_title(official.attr("title"), resolution.entities[relation.object])
    holder, body = _entity(relation.subject), _entity(relation.object)
    post = _id(f"post/{_digest(holder[1:-1], body[1:-1], title)}")
    graph.add((post, _RDF.type, _ORG.Post))
    graph.add((post, _RDF.type, _KG.Post))
    graph.add((post, _KG.title, _zh(title)))
    graph.add((post, _ORG.postIn, body))
    graph.add((post, _ORG.heldBy, holder))
    graph.add((holder, _ORG.holds, post))
    doc = resolution.extraction.document
    if doc.date:
        graph.add((post, _DCT.date, _date(doc.date)))
    for index in relation.sentences:
        graph.add((post, _PROV.wasDerivedFrom, _add_sentence(graph, resolution, index)))


def _speaker_key(resolution: Resolution, speech: Speech) -> str | None:
    return next(
        (
            key
            for mention, key in resolution.mention_keys.items()
            if mention.speech == speech.index
            and mention.type is EntityType.OFFICIAL
            and mention.name == speech.speaker
        ),
        None,
    )


def _add_speech(graph: Triples, resolution: Resolution, speech: Speech) -> None:
    """A speech with a known speaker: its document (both ways), span, speaker, district, meetings."""
    speaker = _speaker_key(resolution, speech)
    if speaker is None:  # the speaker's mention was not kept (e.g. below --min-confidence)
        return
    doc = resolution.extraction.document
    node, document = _id(f"doc/{doc.id}/speech{speech.index}"), _id(f"doc/{doc.id}")
    begin, end = doc.source_span(speech.start, speech.end)
    graph.add((node, _RDF.type, _KG.Speech))
    graph.add((node, _DCT.isPartOf, document))
    graph.add((document, _DCT.hasPart, node))
    graph.add((node, _KG.beginIndex, _integer(begin)))
    graph.add((node, _KG.endIndex, _integer(end)))
    graph.add((node, _KG.speaker, _entity(speaker)))
    if speech.title:
        graph.add((node, _KG.title, _zh(speech.title)))
    if speech.headline:
        graph.add((node, _KG.headline, _zh(speech.headline)))
    for mention, key in resolution.mention_keys.items():
        if mention.speech != speech.index:
            continue
        if mention.type is EntityType.DISTRICT and mention.name == speech.district:
            graph.add((node, _KG.district, _entity(key)))
        graph.add((node, _KG.mentions, _entity(key)))
    for relation in resolution.relations:
        if relation.predicate.value == "speaksAt" and relation.subject == speaker:
            graph.add((node, _KG.atMeeting, _entity(relation.object)))


def document_triples(resolution: Resolution) -> Triples:
    """The triples of one document: its entities, relations, speeches and their evidence."""
    resolution = without_postless_officials(resolution)
    graph = Triples()
    _add_document(graph, resolution)
    for entity in resolution.entities.values():
        _add_entity(graph, resolution, entity)
    for relation in resolution.relations:
        _add_relation(graph, resolution, relation)
    for speech in resolution.extraction.speeches:
        if speech.speaker:
            _add_speech(graph, resolution, speech)
    return graph


def union_graph(graphs: Iterable[Graph]) -> Graph:
    """The corpus graph: the union of document graphs."""
    union = new_graph()
    for graph in graphs:
        union.store.load(graph, union)
    return union
