"""kg.triplestore: a graph on a TripleStore answers as rdflib's own Memory store does."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys

import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, Namespace, URIRef

from kg.rdf import PREFIXES, new_graph
from kg.terms import iri, literal
from kg.triplestore import TripleStore
from kg.validate import validate

EX = Namespace("http://example.org/")
TRIPLES = [
    (EX.a, RDF.type, EX.District),
    (EX.a, RDFS.label, Literal("甲区", lang="zh")),
    (EX.a, EX.partOf, EX.b),
    (EX.b, RDF.type, EX.District),
    (EX.b, RDFS.label, Literal("乙市", lang="zh")),
    (EX.c, EX.partOf, EX.b),
    (EX.c, EX.number, Literal(3)),
    (EX.a, EX.partOf, EX.b),  # twice: held once
]
NODES = [*sorted({node for triple in TRIPLES for node in triple}, key=str), EX.absent]
PATTERNS = [
    (s, p, o)
    for s, p, o in itertools.product([None, EX.a, EX.c, EX.absent], [None, RDF.type, EX.partOf], [None, EX.b])
]


def _pair() -> tuple[Graph, Graph]:
    """The same triples in a TripleStore graph and in a Memory graph."""
    ours, memory = Graph(store=TripleStore()), Graph()
    for triple in TRIPLES:
        ours.add(triple)
        memory.add(triple)
    return ours, memory


@pytest.mark.parametrize("pattern", PATTERNS)
def test_build_triplestore_answers_every_pattern_as_memory_does(pattern):
    ours, memory = _pair()
    assert set(ours.triples(pattern)) == set(memory.triples(pattern))
    assert len(ours) == len(memory) == 7


@pytest.mark.parametrize("pattern", [(EX.a, None, None), (None, EX.partOf, None), (None, None, EX.b)])
def test_build_triplestore_removes_what_memory_removes(pattern):
    ours, memory = _pair()
    ours.remove(pattern)
    memory.remove(pattern)
    assert set(ours) == set(memory) and len(ours) == len(memory)
    for node in NODES:  # no index keeps a removed triple
        for p in (None, *NODES):
            assert set(ours.triples((node, p, None))) == set(memory.triples((node, p, None)))
            assert set(ours.triples((None, p, node))) == set(memory.triples((None, p, node)))


@pytest.mark.parametrize("fmt", ["turtle", "nt"])
def test_build_triplestore_serialises_to_the_same_bytes(fmt):
    ours, memory = _pair()
    for graph in (ours, memory):
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        graph.bind("ex", EX)
    expected = memory.serialize(format=fmt)
    if fmt == "nt":  # N-Triples order is arbitrary
        expected = "".join(sorted(expected.splitlines(keepends=True)))
        assert "".join(sorted(ours.serialize(format=fmt).splitlines(keepends=True))) == expected
    else:
        assert ours.serialize(format=fmt) == expected


ORDER = """
from rdflib import Graph, Literal, Namespace
from kg.triplestore import TripleStore
EX = Namespace("http://example.org/")
graph = Graph(store=TripleStore())
for i in range(50):
    graph.add((EX[f"s{i % 7}"], EX[f"p{i % 3}"], Literal(f"o{i}")))
print([str(o) for o in graph.objects()], [str(s) for s in graph.subjects(None, None, unique=True)])
"""


def test_build_triplestore_iterates_in_the_same_order_whatever_the_hash_seed():
    runs = {
        subprocess.run(
            [sys.executable, "-c", ORDER], env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True, text=True, check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }  # fmt: skip
    assert len(runs) == 1 and "o49" in runs.pop()


def test_build_triplestore_holds_one_graph():
    graph = Graph(store=TripleStore())
    graph.add(TRIPLES[0])
    other = Graph(store=graph.store, identifier=URIRef("urn:other"))
    assert len(other) == 0 and list(other) == []
    with pytest.raises(ValueError, match="one graph"):
        other.add(TRIPLES[1])
    dataset = Dataset(store=graph.store, default_union=True)
    assert [c.identifier for c in graph.store.contexts()] == [graph.identifier]
    assert set(dataset.triples((None, None, None))) == {TRIPLES[0]}


def test_build_triplestore_new_graph_reads_nt_strings_and_validates():
    doc = "https://w3id.org/zhkg/id/doc/0123456789abcdef"
    rows = [
        (iri(doc), iri(str(RDF.type)), iri("https://w3id.org/zhkg/ontology#Document")),
        (iri(doc), iri("https://w3id.org/zhkg/ontology#sourcePath"), literal("a.txt")),
    ]
    graph = new_graph(rows)
    assert set(graph) == {
        (URIRef(doc), RDF.type, URIRef("https://w3id.org/zhkg/ontology#Document")),
        (URIRef(doc), URIRef("https://w3id.org/zhkg/ontology#sourcePath"), Literal("a.txt")),
    }
    report = validate(graph)  # pySHACL wraps the store in a dataset: it must see the triples
    assert not report.conforms and any(v.path == "kg:sha256" for v in report.violations)
