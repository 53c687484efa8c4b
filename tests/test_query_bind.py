"""Query headers, parameter binding with escaping, update detection, output formats."""

from __future__ import annotations

import csv
import io
import json

import pytest
import rdflib
from rich.cells import cell_len

from kg.query import QueryError, Result, bind, format_result, is_update, parse_query, resolve, run
from kg.store import from_rdflib

HEADER = """# description: Things with a name
# param: name — a name
# param: kind?: kg — a class
# param: min: int = 2 — a floor
SELECT ?s WHERE { ?s a $kind ; rdfs:label $name . FILTER(?n >= $min) }
"""


def test_query_header_declares_params() -> None:
    query = parse_query("q", HEADER)
    assert query.description == "Things with a name"
    assert [(p.name, p.kind, p.required, p.default) for p in query.params] == [
        ("name", "label", True, None),
        ("kind", "kg", False, None),
        ("min", "int", False, "2"),
    ]


@pytest.mark.parametrize(
    "value", ["高新区", 'say "hi"', "back\\slash", "line\nbreak", "} ; DROP ALL ; {", "$name"]
)
def test_query_bind_escapes_literals(value: str) -> None:
    graph = rdflib.Graph()
    thing = rdflib.URIRef("https://example.org/x")
    graph.add((thing, rdflib.RDFS.label, rdflib.Literal(value, lang="zh")))
    text = bind(
        parse_query("q", "SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> $v }"),
        {"v": value},
    )
    result = run(from_rdflib(graph), text)
    assert result.rows == ((thing,),)


def test_query_bind_leaves_strings_iris_and_comments_alone() -> None:
    text = 'SELECT ?x WHERE { ?x <http://e.org/$v> "$v" . # $v\n ?x ?p $v }'
    bound = bind(parse_query("q", text), {"v": "甲"})
    assert bound == 'SELECT ?x WHERE { ?x <http://e.org/$v> "$v" . # $v\n ?x ?p "甲"@zh }'


def test_query_bind_defaults_and_optional() -> None:
    bound = bind(parse_query("q", HEADER), {"name": "甲"})
    assert '"甲"@zh' in bound and ">= 2" in bound and "a $kind" in bound
    bound = bind(parse_query("q", HEADER), {"name": "甲", "kind": "District", "min": "5"})
    assert "a <https://w3id.org/zhkg/ontology#District>" in bound and ">= 5" in bound


@pytest.mark.parametrize(
    "values,message",
    [
        ({}, "missing parameter name"),
        ({"name": "甲", "nope": "1"}, "no parameter 'nope'"),
        ({"name": "甲", "min": "two"}, "must be an integer"),
        ({"name": "甲", "kind": "a b"}, "ontology term"),
    ],
)
def test_query_bind_errors(values: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        bind(parse_query("q", HEADER), values)


@pytest.mark.parametrize(
    "text,update",
    [
        ("SELECT * WHERE { ?s ?p ?o }", False),
        ("PREFIX ex: <http://e.org/>\nASK { ?s ex:insert ?o }", False),
        ("# INSERT DATA\nCONSTRUCT WHERE { ?s ?p ?o }", False),
        ('SELECT * WHERE { ?s ?p "DELETE" }', False),
        ("INSERT DATA { <a:b> <a:c> <a:d> }", True),
        ("PREFIX ex: <http://e.org/>\n# comment\ndelete where { ?s ex:p ?o }", True),
        ("BASE <http://e.org/> DROP ALL", True),
        ("WITH <http://e.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", True),
    ],
)
def test_query_detects_updates(text: str, update: bool) -> None:
    assert is_update(text) is update


def test_query_update_refused_without_flag() -> None:
    store = from_rdflib(rdflib.Graph())
    with pytest.raises(QueryError, match="read-only"):
        run(store, "INSERT DATA { <http://e.org/a> <http://e.org/b> <http://e.org/c> }")
    assert len(store) == 0
    run(store, "INSERT DATA { <http://e.org/a> <http://e.org/b> <http://e.org/c> }", update=True)
    assert len(store) == 1


@pytest.mark.parametrize(
    "query,message", [("no-such-query", "unknown named query"), ("missing.rq", "missing.rq")]
)
def test_query_resolve_errors(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        resolve(query)


def test_query_bad_sparql_is_one_line_error() -> None:
    with pytest.raises(QueryError, match="bad SPARQL") as err:
        run(from_rdflib(rdflib.Graph()), "SELECT WHERE {")
    assert "\n" not in str(err.value)


RESULT = Result(
    kind="select",
    variables=("name", "iri", "n"),
    rows=(
        (
            rdflib.Literal("郑州高新技术产业开发区", lang="zh"),
            rdflib.URIRef("https://w3id.org/zhkg/id/district/x"),
            None,
        ),
        (rdflib.Literal('a,"b"'), rdflib.URIRef("http://e.org/y"), rdflib.Literal(3)),
    ),
)


def test_query_table_aligns_cjk_columns() -> None:
    lines = format_result(RESULT, "table", width=200).splitlines()
    header, rows = lines[0], [line for line in lines[2:4]]
    col = cell_len(header[: header.index("iri")])
    for row in rows:
        cells = row.split()
        assert cell_len(row[: row.index(cells[1])]) == col
    assert "id:district/x" in lines[2]


@pytest.mark.parametrize("fmt,sep", [("csv", ","), ("tsv", "\t")])
def test_query_csv_and_tsv_round_trip(fmt: str, sep: str) -> None:
    rows = list(csv.reader(io.StringIO(format_result(RESULT, fmt)), delimiter=sep))
    assert rows[0] == ["name", "iri", "n"]
    assert rows[1:] == [[str(c) if c is not None else "" for c in r] for r in RESULT.rows]


def test_query_json_is_sparql_results() -> None:
    body = json.loads(format_result(RESULT, "json"))
    assert body["head"]["vars"] == ["name", "iri", "n"]
    first, second = body["results"]["bindings"]
    assert first["name"] == {"type": "literal", "value": "郑州高新技术产业开发区", "xml:lang": "zh"}
    assert "n" not in first
    assert second["n"]["datatype"] == str(rdflib.XSD.integer)
