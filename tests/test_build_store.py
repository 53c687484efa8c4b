"""`kg build --store DIR`: per-document named graphs in a real on-disk Oxigraph store."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.store import open_store, stored_documents

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "tests" / "data" / "reports").glob("*.txt"))[:3]
SYNC = re.compile(r"store: (\d+) added, (\d+) replaced, (\d+) unchanged, (\d+) dropped")


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for report in REPORTS:
        shutil.copy(report, folder / report.name)
    return folder


def build(*args: str | Path) -> tuple[int, int, int, int]:
    result = CliRunner().invoke(app, ["build", *map(str, args), "-j", "1", "--no-html"])
    assert result.exit_code == 0, result.output
    found = SYNC.search(result.output)
    assert found, result.output
    return tuple(int(n) for n in found.groups())


def stored(store: Path) -> dict[str, str]:
    """``{source path: sha256}`` of the documents in the store."""
    db = open_store(store, read_only=True)
    paths = {
        row["g"].value: row["p"].value
        for row in db.query(
            "SELECT ?g ?p WHERE { GRAPH ?g { ?g <https://w3id.org/zhkg/ontology#sourcePath> ?p } }"
        )
    }
    return {paths[iri]: sha for iri, sha in stored_documents(db).items()}


def default_graph(store: Path) -> Graph:
    db = open_store(store, read_only=True)
    data = ox.serialize(
        db.quads_for_pattern(None, None, None, ox.DefaultGraph()), format=ox.RdfFormat.N_QUADS
    )
    return Graph().parse(data=data, format="nt")


def test_build_store_second_build_skips_every_document(tmp_path, corpus):
    store = tmp_path / "store"
    assert build(corpus, "-o", tmp_path / "a", "--store", store) == (3, 0, 0, 0)
    assert set(stored(store)) == {str(corpus / r.name) for r in REPORTS}
    assert build(corpus, "-o", tmp_path / "b", "--store", store) == (0, 0, 3, 0)
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()


def test_build_store_edited_file_replaces_its_graph_only(tmp_path, corpus):
    store = tmp_path / "store"
    build(corpus, "-o", tmp_path / "a", "--store", store)
    before = stored(store)
    edited = corpus / REPORTS[1].name
    edited.write_text(edited.read_text(encoding="utf-8").replace("。", "。\n", 3), encoding="utf-8")
    assert build(corpus, "-o", tmp_path / "b", "--store", store) == (0, 1, 2, 0)
    after = stored(store)
    assert set(after) == set(before)
    assert [p for p in after if after[p] != before[p]] == [str(edited)]
    # the store's union is the graph the outputs were written from
    assert isomorphic(default_graph(store), Graph().parse(tmp_path / "b" / "graph.ttl"))


def test_build_store_prune_drops_a_removed_file(tmp_path, corpus):
    store = tmp_path / "store"
    build(corpus, "-o", tmp_path / "a", "--store", store)
    removed = corpus / REPORTS[0].name
    removed.unlink()
    assert build(corpus, "-o", tmp_path / "b", "--store", store) == (0, 0, 2, 0)
    assert str(removed) in stored(store)  # kept without --prune
    assert build(corpus, "-o", tmp_path / "c", "--store", store, "--prune") == (0, 0, 2, 1)
    assert set(stored(store)) == {str(corpus / r.name) for r in REPORTS[1:]}
    assert isomorphic(default_graph(store), Graph().parse(tmp_path / "c" / "graph.ttl"))


def test_build_store_prune_keeps_a_listed_file_that_failed(tmp_path, corpus):
    store = tmp_path / "store"
    build(corpus, "-o", tmp_path / "a", "--store", store)
    broken = corpus / REPORTS[2].name
    broken.write_bytes(bytes(range(256)) * 8)
    assert build(corpus, "-o", tmp_path / "b", "--store", store, "--prune") == (0, 0, 2, 0)
    assert str(broken) in stored(store)


@pytest.mark.parametrize(
    "args,message",
    [(["--prune"], "--prune needs --store"), (["--store", "{file}"], "is not a directory")],
)
def test_build_store_user_errors_are_one_line(tmp_path, args, message):
    a_file = tmp_path / "file"
    a_file.write_text("x")
    args = [a.format(file=a_file) for a in args]
    result = CliRunner().invoke(
        app, ["build", str(REPORTS[0]), "-o", str(tmp_path / "out"), "-j", "1", *args]
    )
    assert result.exit_code != 0
    assert message in result.output and "Traceback" not in result.output
