"""On the sample and every test report: SHACL-valid graphs, evidence for every fact, offsets into the
original text, documents and speeches linked both ways, and union of separate builds = joint build."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.build import build_corpus, build_file
from kg.ingest import read_document
from kg.rdf import document_iri, speech_iri, union_graph
from kg.segment import segment
from kg.types import EntityType
from kg.validate import validate
from kg.vocab import KG

DATA = Path(__file__).resolve().parent / "data"
TEXTS = sorted((DATA / "reports").glob("*.txt")) + sorted((DATA / "sample").glob("*.txt"))
RELATIONS = "kg:servesIn kg:pursues kg:builds kg:develops kg:cooperatesWith kg:speaksAt kg:partOf"
PREFIXES = """PREFIX kg: <https://w3id.org/zhkg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
FACTS = PREFIXES + f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {RELATIONS} }} ?s ?p ?o }}"
# Facts with a statement that cites a sentence (text, offsets) of a document with a source path.
EVIDENCED_FACTS = (
    PREFIXES
    + """SELECT DISTINCT ?s ?p ?o WHERE {
  ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?sentence .
  ?sentence kg:text ?text ; kg:beginIndex ?begin ; kg:endIndex ?end ; dcterms:isPartOf ?doc .
  ?doc a kg:Document ; kg:sourcePath ?path .
  ?s ?p ?o .
}"""
)


@pytest.fixture(scope="module")
def graphs() -> dict[Path, Graph]:
    return {path: build_file(path).graph for path in TEXTS}


@pytest.fixture(scope="module")
def joint() -> Graph:
    return build_corpus(TEXTS).graph


def _squash(text: str) -> str:
    """Compare normalised and original text: NFKC, no white space, one kind of quote."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s", "", text).translate(str.maketrans("“”‘’", "\"\"''"))


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_provenance_each_report_graph_conforms(graphs, path):
    report = validate(graphs[path])
    assert report.conforms and not report.count("Warning"), report.violations[:3]


def test_provenance_union_of_all_reports_conforms(joint):
    report = validate(joint)
    assert report.conforms and not report.count("Warning"), report.violations[:3]


def test_provenance_union_of_separate_builds_equals_joint_build(graphs, joint):
    union = union_graph(graphs.values())
    assert set(union) == set(joint)  # no blank nodes: equal triple sets are isomorphic graphs


@pytest.mark.parametrize("graph_of", ["each", "union"])
def test_provenance_every_fact_has_evidence_reachable_by_sparql(graphs, joint, graph_of):
    for graph in graphs.values() if graph_of == "each" else [joint]:
        facts = set(graph.query(FACTS))
        assert facts and set(graph.query(EVIDENCED_FACTS)) == facts


def test_provenance_every_entity_is_derived_from_a_sentence_that_mentions_it(joint):
    for type_ in EntityType:
        for entity in joint.subjects(RDF.type, KG[type_.value]):
            sentences = set(joint.objects(entity, PROV.wasDerivedFrom))
            assert sentences, entity
            assert all((s, KG.mentions, entity) in joint for s in sentences)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_provenance_sentence_offsets_slice_the_original_text(graphs, path):
    doc = read_document(path)
    graph = graphs[path]
    sentences = set(graph.subjects(RDF.type, KG.Sentence))
    assert sentences
    for sentence in sentences:
        begin, end = (int(graph.value(sentence, p)) for p in (KG.beginIndex, KG.endIndex))
        assert _squash(doc.source_text[begin:end]) == _squash(str(graph.value(sentence, KG.text)))
        assert graph.value(sentence, DCTERMS.isPartOf) == document_iri(doc.id)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_provenance_document_node_describes_its_file(graphs, path):
    doc = read_document(path)
    graph, node = graphs[path], document_iri(doc.id)
    assert str(graph.value(node, KG.sha256)) == hashlib.sha256(path.read_bytes()).hexdigest()
    assert str(graph.value(node, KG.sourcePath)) == str(path)
    metadata = {DCTERMS.title: doc.title, DCTERMS.date: doc.date, KG.publication: doc.publication}
    for prop, value in metadata.items():
        assert str(graph.value(node, prop) or "") == value


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_provenance_speeches_are_linked_both_ways_and_span_their_speaker(graphs, path):
    doc = read_document(path)
    graph, node = graphs[path], document_iri(doc.id)
    speeches = set(graph.subjects(RDF.type, KG.Speech))
    assert speeches == {speech_iri(doc.id, s.index) for s in segment(doc)[0] if s.speaker}
    assert set(graph.objects(node, DCTERMS.hasPart)) == speeches
    for speech in speeches:
        assert graph.value(speech, DCTERMS.isPartOf) == node
        speaker = graph.value(speech, KG.speaker)
        assert isinstance(speaker, URIRef) and (speech, KG.mentions, speaker) in graph
        begin, end = (int(graph.value(speech, p)) for p in (KG.beginIndex, KG.endIndex))
        names = {str(n) for n in graph.objects(speaker, None) if getattr(n, "language", None) == "zh"}
        assert any(name in doc.source_text[begin:end] for name in names)


@pytest.mark.parametrize("floor", [0.8, 0.9])
def test_provenance_union_conforms_under_a_confidence_floor(floor):
    """Officials whose post falls below the floor are left out, not written without a post."""
    graph = build_corpus(TEXTS, min_confidence=floor).graph
    report = validate(graph)
    assert report.conforms, report.violations[:3]
    assert set(graph.subjects(RDF.type, KG.Official))
