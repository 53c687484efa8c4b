"""`kg query` end to end: files and stores, named queries, formats, errors, updates."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Dataset, URIRef
from test_query_corpus import OFFICIALS, document_units, union_graph
from typer.testing import CliRunner

from kg.cli import app
from kg.query import named_queries
from kg.store import open_store, sync_documents

runner = CliRunner()


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("sources")
    graph = union_graph()
    out = {ext: root / f"corpus.{ext}" for ext in ("ttl", "nt", "jsonld")}
    graph.serialize(out["ttl"], format="turtle")
    graph.serialize(out["nt"], format="nt")
    graph.serialize(out["jsonld"], format="json-ld")
    dataset = Dataset()
    for unit in document_units():
        named = dataset.graph(URIRef(unit.doc_iri))
        for triple in unit.graph:
            named.add(triple)
    out["trig"] = root / "corpus.trig"
    dataset.serialize(out["trig"], format="trig")
    out["store"] = root / "store"
    store = open_store(out["store"])
    sync_documents(store, document_units())
    del store
    return out


def _invoke(*args: str):
    return runner.invoke(app, ["query", *args])


def _csv(output: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(output)))


@pytest.mark.parametrize("kind", ["ttl", "nt", "jsonld", "trig", "store"])
def test_query_cli_same_answer_on_every_source(sources, kind: str) -> None:
    result = _invoke(str(sources[kind]), "officials-by-district", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = _csv(result.stdout)
    assert rows[0][:3] == ["districtName", "officialName", "title"]
    expected = sorted((n, t, d) for n, (t, d, _) in OFFICIALS.items())
    assert sorted((r[1], r[2], r[0]) for r in rows[1:]) == expected


def test_query_cli_bind_and_json(sources) -> None:
    result = _invoke(str(sources["store"]), "projects-by-district", "-b", "district=金水区", "-f", "json")
    assert result.exit_code == 0, result.output
    bindings = json.loads(result.stdout)["results"]["bindings"]
    assert [b["projectName"]["value"] for b in bindings] == ["金融中心"]


def test_query_cli_rq_file_and_default_prefixes(sources, tmp_path: Path) -> None:
    rq = tmp_path / "count.rq"
    rq.write_text("# param: kind: kg — class\nSELECT (COUNT(?e) AS ?n) WHERE { ?e a $kind }\n", "utf-8")
    result = _invoke(str(sources["ttl"]), str(rq), "--bind", "kind=Official", "-f", "tsv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["n", str(len(OFFICIALS))]


def test_query_cli_table_and_ask(sources) -> None:
    table = _invoke(str(sources["ttl"]), "district-profile", "--bind", "district=高新区")
    assert table.exit_code == 0
    assert "智慧岛" in table.stdout and "rows" in table.stdout.splitlines()[-1]
    ask = _invoke(str(sources["ttl"]), "ASK { ?d rdfs:label '金水区'@zh }")
    assert ask.stdout == "true\n"


def test_query_cli_lists_named_queries() -> None:
    result = _invoke("--list")
    assert result.exit_code == 0
    for name, query in named_queries().items():
        assert name in result.stdout and query.description in result.stdout


@pytest.mark.parametrize(
    "args,message",
    [
        (["missing.ttl", "officials-by-district"], "missing.ttl: no such file"),
        (["{ttl}", "no-such-query"], "unknown named query"),
        (["{ttl}", "district-profile"], "missing parameter district"),
        (["{ttl}", "SELECT ?x WHERE {"], "bad SPARQL"),
        (["{ttl}", "officials-by-district", "-f", "xml"], "unknown format"),
        (["{ttl}", "officials-by-district", "--bind", "district"], "NAME=VALUE"),
        (["{ttl}", "DELETE WHERE { ?s ?p ?o }"], "read-only"),
        (["{ttl}", "DELETE WHERE { ?s ?p ?o }", "--update"], "needs a store directory"),
    ],
)
def test_query_cli_errors_are_one_line_exit_2(sources, args: list[str], message: str) -> None:
    result = _invoke(*(str(sources["ttl"]) if a == "{ttl}" else a for a in args))
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_query_cli_update_on_store_only_with_flag(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    sync_documents(open_store(store_dir), document_units())
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Project }"
    drop = "DELETE WHERE { ?s a kg:Project }"
    assert _invoke(str(store_dir), drop).exit_code == 2
    assert _invoke(str(store_dir), count, "-f", "tsv").stdout.splitlines()[1] == "3"
    assert _invoke(str(store_dir), drop, "--update").exit_code == 0
    assert _invoke(str(store_dir), count, "-f", "tsv").stdout.splitlines()[1] == "0"
