"""`kg build --scheduler`: the per-document step on a real Dask cluster gives the same bytes."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.build import build_corpus, write_outputs
from kg.cli import app

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "tests" / "data" / "reports").glob("*.txt"))[:4]


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


def _write(report, out: Path) -> dict[str, bytes]:
    write_outputs(report, out, ("ttl", "nt"))
    return {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.nt", "graph.html")}


def test_build_distributed_equals_local_build_byte_for_byte(tmp_path, scheduler):
    local = build_corpus(REPORTS, workers=1)
    remote = build_corpus(REPORTS, scheduler=scheduler)
    assert [r.path for r in remote.results] == [r.path for r in local.results]
    assert isomorphic(remote.graph, local.graph)
    assert _write(remote, tmp_path / "remote") == _write(local, tmp_path / "local")


def _executed(client) -> int:
    return sum(client.run(lambda dask_worker: dask_worker.state.executed_count).values())


def test_build_distributed_runs_each_document_on_the_cluster_workers(scheduler):
    with distributed.Client(scheduler) as client:
        before = _executed(client)
        build_corpus(REPORTS[:3], scheduler=scheduler)
        assert _executed(client) - before == 3


def test_build_distributed_reports_failing_files_and_builds_the_rest(tmp_path, scheduler):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(bytes(range(256)) * 8)
    report = build_corpus([REPORTS[0], bad], scheduler=scheduler)
    assert [r.path for r in report.results] == [str(REPORTS[0])]
    assert [(f.path, f.reason) for f in report.failures] == [(str(bad), "not a text file")]


def test_build_distributed_cli_records_paths_as_given(tmp_path, scheduler, monkeypatch):
    monkeypatch.chdir(REPORTS[0].parent)
    result = CliRunner().invoke(
        app, ["build", REPORTS[0].name, "-o", str(tmp_path), "--scheduler", scheduler]
    )
    assert result.exit_code == 0, result.output
    assert f'"{REPORTS[0].name}"' in (tmp_path / "graph.ttl").read_text(encoding="utf-8")


def test_build_distributed_unreachable_scheduler_is_one_line(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = CliRunner().invoke(
        app, ["build", str(REPORTS[0]), "-o", str(tmp_path), "--scheduler", f"tcp://127.0.0.1:{port}"]
    )
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "graph.ttl").exists()
