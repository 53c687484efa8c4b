"""`kg push` against a real writable Oxigraph server started on loopback."""

from __future__ import annotations

import json
import signal
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Dataset, URIRef
from test_query_corpus import document_units, union_graph
from test_serve_endpoint import free_port
from typer.testing import CliRunner

from kg.cli import app
from kg.export import CORPUS_GRAPH, ExportError, ontology_ntriples, push
from kg.store import ONTOLOGY_GRAPH, open_store, start_server, sync_documents

runner = CliRunner()
COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


@pytest.fixture
def remote(tmp_path: Path):
    """A writable Oxigraph server (plain `oxigraph serve`) on a free loopback port."""
    port = free_port()
    process = start_server(tmp_path / "remote", port=port, writable=True)
    yield f"http://127.0.0.1:{port}"
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=10)


def counts(url: str) -> dict[str, int]:
    request = urllib.request.Request(
        f"{url}/query?" + urllib.parse.urlencode({"query": COUNTS}),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        rows = json.load(response)["results"]["bindings"]
    return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}


def store_with(tmp_path: Path, units) -> Path:
    path = tmp_path / "local"
    sync_documents(open_store(path), units)
    return path


def test_push_twice_replaces_rather_than_duplicates(remote, tmp_path: Path) -> None:
    units = document_units()
    source = store_with(tmp_path, units)
    for _ in range(2):
        result = runner.invoke(app, ["push", str(source), "--endpoint", f"{remote}/store"])
        assert result.exit_code == 0, result.output
        expected = {u.doc_iri: len(u.graph) for u in units}
        expected[ONTOLOGY_GRAPH] = ontology_ntriples().count(b"\n")
        assert counts(remote) == expected


def test_push_changed_document_replaces_its_graph(remote, tmp_path: Path) -> None:
    push(store_with(tmp_path / "a", document_units()), f"{remote}/store", ontology=False)
    changed = document_units(changed=1)
    report = push(store_with(tmp_path / "b", changed), f"{remote}/store", ontology=False)
    assert report.graphs == 2
    assert counts(remote) == {u.doc_iri: len(u.graph) for u in changed}
    ask = "ASK { GRAPH ?g { ?s rdfs:label '城市更新行动'@zh } }"
    request = urllib.request.Request(
        f"{remote}/query?"
        + urllib.parse.urlencode({"query": "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + ask}),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert json.load(response)["boolean"] is True


@pytest.mark.parametrize("fmt,ext", [("trig", "trig"), ("nquads", "nq"), ("turtle", "ttl")])
def test_push_graph_files(remote, tmp_path: Path, fmt: str, ext: str) -> None:
    units = document_units()
    path = tmp_path / f"corpus.{ext}"
    if fmt == "turtle":
        union_graph(units).serialize(path, format=fmt)
        expected = {CORPUS_GRAPH: len(union_graph(units))}
    else:
        dataset = Dataset()
        for unit in units:
            named = dataset.graph(URIRef(unit.doc_iri))
            for triple in unit.graph:
                named.add(triple)
        dataset.serialize(path, format=fmt)
        expected = {u.doc_iri: len(u.graph) for u in units}
    push(path, f"{remote}/store", ontology=False)
    push(path, f"{remote}/store", ontology=False)
    assert counts(remote) == expected


def test_push_unreachable_endpoint_is_one_line_error(tmp_path: Path) -> None:
    source = store_with(tmp_path, document_units())
    result = runner.invoke(app, ["push", str(source), "--endpoint", f"http://127.0.0.1:{free_port()}/store"])
    assert result.exit_code == 2
    assert "cannot reach the store" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_push_http_error_names_status(remote, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="HTTP 4"):
        push(store_with(tmp_path, document_units()), f"{remote}/no-such-service", ontology=False)


def test_push_read_only_server_refuses(tmp_path: Path) -> None:
    source = store_with(tmp_path, document_units())
    port = free_port()
    process = start_server(source, port=port, writable=False)
    try:
        with pytest.raises(ExportError, match="HTTP 403"):
            push(source, f"http://127.0.0.1:{port}/store", ontology=False)
    finally:
        process.terminate()
        process.wait(timeout=10)
