"""`kg build --workers N`: a process pool gives the same bytes as one worker."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.build import Failure, build_corpus, build_file, write_outputs
from kg.cli import app
from kg.runners import in_order

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "tests" / "data" / "reports").glob("*.txt"))[:5]
OUTPUTS = ("graph.ttl", "graph.nt", "graph.html")


def _outputs(out: Path, **options) -> dict[str, bytes]:
    report = build_corpus(REPORTS, **options)
    write_outputs(report, out, ("ttl", "nt"))
    return {name: (out / name).read_bytes() for name in OUTPUTS}


@pytest.fixture(scope="module")
def one_worker(tmp_path_factory) -> dict[str, bytes]:
    return _outputs(tmp_path_factory.mktemp("one"), workers=1)


@pytest.mark.parametrize("workers", [2, 3])
def test_build_parallel_outputs_are_byte_identical_to_one_worker(tmp_path, one_worker, workers):
    assert _outputs(tmp_path, workers=workers) == one_worker


def test_build_parallel_cli_workers_option_gives_the_same_bytes(tmp_path, one_worker):
    result = CliRunner().invoke(
        app, ["build", *map(str, REPORTS), "-o", str(tmp_path), "-j", "2", "-f", "ttl", "-f", "nt"]
    )
    assert result.exit_code == 0, result.output
    for name in ("graph.ttl", "graph.html", "graph.nt"):
        assert (tmp_path / name).read_bytes() == one_worker[name], name


def test_build_parallel_failures_are_reported_and_the_rest_built(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(bytes(range(256)) * 8)
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n")
    inputs = [REPORTS[0], bad, REPORTS[1], empty]
    serial, pooled = build_corpus(inputs, workers=1), build_corpus(inputs, workers=2)
    assert [(f.path, f.reason) for f in pooled.failures] == [(f.path, f.reason) for f in serial.failures]
    assert {f.path for f in pooled.failures} == {str(bad), str(empty)}
    assert [r.path for r in pooled.results] == [str(REPORTS[0]), str(REPORTS[1])]
    assert len(pooled.graph) == len(serial.graph) > 0


@pytest.mark.parametrize("workers", [1, 2])
def test_build_parallel_same_bytes_twice_is_one_document_first_listed_wins(tmp_path, workers):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copy(REPORTS[0], first)
    shutil.copy(REPORTS[0], second)
    report = build_corpus([second, first, REPORTS[1]], workers=workers)
    assert [r.path for r in report.results] == sorted([str(second), str(REPORTS[1])])


def test_build_parallel_result_pickles_to_the_same_graph():
    import pickle

    from rdflib.compare import isomorphic

    result = build_file(REPORTS[0])
    back = pickle.loads(pickle.dumps(result))
    assert (back.doc_id, back.path, back.sha256, back.chars) == (
        result.doc_id, result.path, result.sha256, result.chars,
    )  # fmt: skip
    assert back.chars > 0 and isomorphic(back.graph, result.graph)


@pytest.mark.parametrize("order", [[2, 0, 1, 3], [3, 2, 1, 0], [0, 1, 2, 3]])
def test_build_parallel_outcomes_come_back_in_listing_order(order):
    outcomes = [Failure(f"f{i}", "reason") for i in range(4)]
    arrived: list[str] = []
    released = list(in_order(((i, outcomes[i]) for i in order), lambda o: arrived.append(o.path)))
    assert released == outcomes
    assert arrived == [f"f{i}" for i in order]
