"""kg.turtle writes the very bytes rdflib's Turtle serializer writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, XSD, BNode, Graph, Literal, Namespace, URIRef

from kg.build import build_corpus
from kg.rdf import new_graph
from kg.turtle import turtle_bytes

ROOT = Path(__file__).resolve().parent.parent
EX = Namespace("http://example.org/")
ODD = Namespace("http://odd.example/vocab#")  # bound nowhere: rdflib makes up ns1 for its predicates


def _made_up() -> Graph:
    """IRIs that need a generated prefix, no prefix at all, a rewritten prefix, or escaping."""
    graph = Graph()
    graph.bind("_x", "http://underscore.example/")  # Turtle prefixes cannot start with _: rewritten
    graph.bind("ex", EX)
    rows = [
        (EX["district/410173"], RDF.type, EX.District),
        (EX["district/410173"], ODD.code, Literal("410173")),
        (EX["official/410100/%E5%BC%A0"], ODD.holds, EX["post/1"]),
        (EX["a(b)"], EX.p, Literal("x", datatype=URIRef("http://types.example/t"))),
        (EX["ends."], EX.p, Literal(3)),
        (URIRef("http://underscore.example/thing"), EX.p, Literal("2021-01-05", datatype=XSD.date)),
        (URIRef("urn:isbn:0451450523"), URIRef("http://other.example/p"), EX["district/410173"]),
        (BNode("b1"), EX.p, EX["district/410173"]),
        (ODD.thing, EX.p, ODD.other),  # may be met before ODD gets its prefix
    ]
    for row in rows:
        graph.add(row)
    return graph


def _corpus() -> Graph:
    return build_corpus(sorted((ROOT / "tests" / "data" / "reports").glob("*.txt"))[:3]).graph


@pytest.mark.parametrize("make", [_made_up, _corpus, lambda: new_graph()], ids=["made-up", "corpus", "empty"])
def test_build_turtle_bytes_are_rdflibs(make):
    graph = make()
    assert turtle_bytes(graph) == graph.serialize(format="turtle", encoding="utf-8")
