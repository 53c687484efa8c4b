"""N-Triples term strings (kg.terms): valid N-Triples that read back to the rdflib term they stand for."""

from __future__ import annotations

import pytest
from rdflib import XSD, Graph, Literal, URIRef

from kg.terms import Nodes, iri, literal, to_node

TEXTS = [
    "郑东新区",
    'a "quoted" word',
    "back\\slash and \\n not a newline",
    "two\nlines\r\nand a tab\t",
    'ends with a quote"',
    "ends with a backslash\\",
    'looks like a tag"@en',
    '"^^<http://example.org/t>',
    "",
]


def _parsed(term: str):
    """The object of a one-triple N-Triples document, as rdflib's parser reads it."""
    graph = Graph().parse(data=f"<http://example.org/s> <http://example.org/p> {term} .\n", format="nt")
    return next(iter(graph.objects()))


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(
    "make,expected",
    [
        (lambda t: literal(t, "zh"), lambda t: Literal(t, lang="zh")),
        (lambda t: literal(t), lambda t: Literal(t)),
        (lambda t: literal(t, datatype=XSD.string), lambda t: Literal(t, datatype=XSD.string)),
    ],
)
def test_build_terms_literals_read_back_as_rdflib_and_its_parser_read_them(text, make, expected):
    term = make(text)
    assert to_node(term) == expected(text)
    assert _parsed(term) == expected(text)


@pytest.mark.parametrize(
    "lexical,datatype",
    [("42", XSD.integer), ("0.85", XSD.decimal), ("2021-12-30", XSD.date), ("not a date", XSD.date)],
)
def test_build_terms_typed_literals_are_made_as_rdflib_makes_them(lexical, datatype):
    node = to_node(literal(lexical, datatype=datatype))
    reference = Literal(lexical, datatype=datatype)
    assert node == reference and node.value == reference.value and node.datatype == datatype


@pytest.mark.parametrize(
    "value",
    ["https://w3id.org/zhkg/id/district/410173", "https://w3id.org/zhkg/id/project/%E5%9B%AD", "urn:x:1"],
)
def test_build_terms_iris_read_back_as_urirefs(value):
    assert to_node(iri(value)) == URIRef(value) == _parsed(iri(value))


def test_build_terms_nodes_make_each_term_once():
    nodes = Nodes()
    first = nodes[literal("同一句", "zh")]
    assert nodes[literal("同一句", "zh")] is first
    assert nodes[iri("urn:x:1")] == URIRef("urn:x:1") and len(nodes) == 2
