"""Resolved documents → RDF triples following ontology/kg.ttl (see docs/graph-contract.md).

Each document gives its own graph, built only from that document and generic
knowledge, so the corpus graph is the plain union of document graphs.

Provenance: an entity ``prov:wasDerivedFrom`` every sentence that mentions it (and
the sentence ``kg:mentions`` it back); a relation's reified statement, one per
document that states it, ``prov:wasDerivedFrom`` its evidence sentences; a sentence
carries its text, its offsets into the original decoded text and its document.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.resolve import Resolution, ResolvedRelation, post_title, without_postless_officials
from kg.types import Entity, EntityType, Speech
from kg.vocab import KG

ID = Namespace("https://w3id.org/zhkg/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
PREFIXES = {"kg": KG._NS, "id": ID, "org": ORG, "prov": PROV, "skos": SKOS, "dcterms": DCTERMS}


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def _decimal(value: float) -> Literal:
    return Literal(Decimal(str(round(value, 2))), datatype=XSD.decimal)


def entity_iri(key: str) -> URIRef:
    """``District:410173`` → ``id/district/410173``; other characters percent-encoded."""
    type_, _, rest = key.partition(":")
    return ID[f"{type_.lower()}/{quote(rest, safe='/')}"]


def document_iri(doc_id: str) -> URIRef:
    return ID[f"doc/{doc_id}"]


def sentence_iri(doc_id: str, index: int) -> URIRef:
    return ID[f"doc/{doc_id}/s{index}"]


def speech_iri(doc_id: str, index: int) -> URIRef:
    return ID[f"doc/{doc_id}/speech{index}"]


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


class Triples(set):
    """A plain set of triples with ``add``: far cheaper than an rdflib graph for assembling."""

    def ordered(self) -> tuple:
        """The triples in a fixed order (plain string comparison, not rdflib's rich one)."""
        return tuple(sorted(self, key=_triple_key))


def _triple_key(triple) -> tuple[str, ...]:
    s, p, o = triple
    return str(s), str(p), str(o), getattr(o, "language", None) or "", str(getattr(o, "datatype", None) or "")


def new_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def _add_document(graph: Triples, resolution: Resolution) -> None:
    doc = resolution.extraction.document
    node = document_iri(doc.id)
    graph.add((node, RDF.type, KG.Document))
    graph.add((node, KG.sha256, Literal(doc.sha256)))
    graph.add((node, KG.sourcePath, Literal(doc.path)))
    if doc.title:
        graph.add((node, DCTERMS.title, _zh(doc.title)))
    if doc.date:
        graph.add((node, DCTERMS.date, Literal(doc.date, datatype=XSD.date)))
    if doc.publication:
        graph.add((node, KG.publication, _zh(doc.publication)))
    if doc.encoding:
        graph.add((node, KG.encoding, Literal(doc.encoding)))


def _add_sentence(graph: Triples, resolution: Resolution, index: int) -> URIRef:
    doc = resolution.extraction.document
    sentence = resolution.extraction.sentences[index]
    node = sentence_iri(doc.id, index)
    if (node, RDF.type, KG.Sentence) not in graph:
        begin, end = doc.source_span(sentence.start, sentence.end)
        graph.add((node, RDF.type, KG.Sentence))
        graph.add((node, KG.text, _zh(sentence.text)))
        graph.add((node, KG.beginIndex, Literal(begin)))
        graph.add((node, KG.endIndex, Literal(end)))
        graph.add((node, DCTERMS.isPartOf, document_iri(doc.id)))
    return node


def _add_entity(graph: Triples, resolution: Resolution, entity: Entity) -> None:
    node = entity_iri(entity.key)
    graph.add((node, RDF.type, KG[entity.type.value]))
    graph.add((node, RDFS.label, _zh(entity.name)))
    graph.add((node, SKOS.prefLabel, _zh(entity.name)))
    for alias in entity.aliases:
        graph.add((node, SKOS.altLabel, _zh(alias)))
    if entity.attr("title"):
        graph.add((node, KG.title, _zh(entity.attr("title"))))
    if entity.attr("code"):
        graph.add((node, KG.divisionCode, Literal(entity.attr("code"))))
    for mention in entity.mentions:
        sentence = _add_sentence(graph, resolution, mention.sentence)
        graph.add((node, PROV.wasDerivedFrom, sentence))
        graph.add((sentence, KG.mentions, node))


def _add_relation(graph: Triples, resolution: Resolution, relation: ResolvedRelation) -> None:
    subject, obj = entity_iri(relation.subject), entity_iri(relation.object)
    predicate = KG[relation.predicate.value]
    graph.add((subject, predicate, obj))
    doc_id = resolution.extraction.document.id
    statement = ID[f"stmt/{_digest(doc_id, str(subject), str(predicate), str(obj))}"]
    graph.add((statement, RDF.type, RDF.Statement))
    graph.add((statement, RDF.subject, subject))
    graph.add((statement, RDF.predicate, predicate))
    graph.add((statement, RDF.object, obj))
    graph.add((statement, KG.confidence, _decimal(relation.confidence)))
    if relation.cue:
        graph.add((statement, KG.cue, _zh(relation.cue)))
    for index in relation.sentences:
        graph.add((statement, PROV.wasDerivedFrom, _add_sentence(graph, resolution, index)))
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
    holder, body = entity_iri(relation.subject), entity_iri(relation.object)
    post = ID[f"post/{_digest(str(holder), str(body), title)}"]
    graph.add((post, RDF.type, ORG.Post))
    graph.add((post, RDF.type, KG.Post))
    graph.add((post, KG.title, _zh(title)))
    graph.add((post, ORG.postIn, body))
    graph.add((post, ORG.heldBy, holder))
    graph.add((holder, ORG.holds, post))
    doc = resolution.extraction.document
    if doc.date:
        graph.add((post, DCTERMS.date, Literal(doc.date, datatype=XSD.date)))
    for index in relation.sentences:
        graph.add((post, PROV.wasDerivedFrom, _add_sentence(graph, resolution, index)))


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
    node, document = speech_iri(doc.id, speech.index), document_iri(doc.id)
    begin, end = doc.source_span(speech.start, speech.end)
    graph.add((node, RDF.type, KG.Speech))
    graph.add((node, DCTERMS.isPartOf, document))
    graph.add((document, DCTERMS.hasPart, node))
    graph.add((node, KG.beginIndex, Literal(begin)))
    graph.add((node, KG.endIndex, Literal(end)))
    graph.add((node, KG.speaker, entity_iri(speaker)))
    if speech.title:
        graph.add((node, KG.title, _zh(speech.title)))
    if speech.headline:
        graph.add((node, KG.headline, _zh(speech.headline)))
    for mention, key in resolution.mention_keys.items():
        if mention.speech != speech.index:
            continue
        if mention.type is EntityType.DISTRICT and mention.name == speech.district:
            graph.add((node, KG.district, entity_iri(key)))
        graph.add((node, KG.mentions, entity_iri(key)))
    for relation in resolution.relations:
        if relation.predicate.value == "speaksAt" and relation.subject == speaker:
            graph.add((node, KG.atMeeting, entity_iri(relation.object)))


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
        for triple in graph:
            union.add(triple)
    return union
