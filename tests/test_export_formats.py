"""`kg export`: every format round-trips the graph; named graphs kept; byte-identical reruns."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from test_query_corpus import DISTRICTS, FACTS, OFFICIALS, document_units, union_graph
from typer.testing import CliRunner

from kg.cli import app
from kg.store import open_store, sync_documents

runner = CliRunner()
KG_BIN = str(Path(sys.executable).parent / "kg")


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "store"
    sync_documents(open_store(path), document_units())
    return path


def _export(source: Path, fmt: str, out: Path) -> None:
    result = runner.invoke(app, ["export", str(source), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("fmt,parser", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_export_union_formats_round_trip(store_dir: Path, tmp_path: Path, fmt: str, parser: str) -> None:
    out = tmp_path / f"g.{fmt}"
    _export(store_dir, fmt, out)
    assert isomorphic(Graph().parse(out, format=parser), union_graph())


@pytest.mark.parametrize("fmt,parser", [("nq", "nquads"), ("trig", "trig")])
def test_export_dataset_formats_keep_document_graphs(
    store_dir: Path, tmp_path: Path, fmt: str, parser: str
) -> None:
    out = tmp_path / f"g.{fmt}"
    _export(store_dir, fmt, out)
    dataset = Dataset().parse(out, format=parser)
    for unit in document_units():
        assert isomorphic(dataset.graph(URIRef(unit.doc_iri)), unit.graph)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "trig", "jsonld"])
def test_export_is_byte_identical_across_processes(store_dir: Path, tmp_path: Path, fmt: str) -> None:
    outputs = []
    for run in range(2):
        out = tmp_path / f"{run}.{fmt}"
        done = subprocess.run(
            [KG_BIN, "export", str(store_dir), "-f", fmt, "-o", str(out)],
            capture_output=True,
            env={"PYTHONHASHSEED": str(run + 1), "PATH": str(Path(sys.executable).parent)},
        )
        assert done.returncode == 0, done.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_export_graphml_opens_as_networkx(store_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.graphml"
    _export(store_dir, "graphml", out)
    view = nx.read_graphml(out)
    labels = {data["label"] for _, data in view.nodes(data=True)}
    assert set(OFFICIALS) <= labels and set(DISTRICTS) <= labels
    assert view.number_of_edges() >= len(FACTS)


def test_export_csv_entities_and_relations(store_dir: Path, tmp_path: Path) -> None:
    _export(store_dir, "csv", tmp_path / "tables")
    with (tmp_path / "tables" / "entities.csv").open(encoding="utf-8") as handle:
        entities = list(csv.DictReader(handle))
    by_label = {row["label"]: row for row in entities}
    assert by_label["经开区"]["type"] == "District"
    assert set(by_label["经开区"]["aliases"].split("|")) == set(DISTRICTS["经开区"])
    assert {row["label"] for row in entities if row["type"] == "Official"} == set(OFFICIALS)
    with (tmp_path / "tables" / "relations.csv").open(encoding="utf-8") as handle:
        relations = list(csv.DictReader(handle))
    got = {(r["subject_label"], r["predicate"], r["object_label"]) for r in relations}
    assert {(s, p, o) for s, p, o, _, _ in FACTS} <= got
    row = next(r for r in relations if r["object_label"] == "智慧岛")
    assert row["evidence"] == "高新区推进智慧岛。"


@pytest.mark.parametrize(
    "args,message",
    [(["missing.ttl", "-f", "ttl"], "no such file"), (["{store}", "-f", "xlsx"], "unknown export format")],
)
def test_export_errors_exit_2(store_dir: Path, tmp_path: Path, args: list[str], message: str) -> None:
    argv = [str(store_dir) if a == "{store}" else a for a in args]
    result = runner.invoke(app, ["export", *argv, "-o", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert message in result.stderr
