"""`kg view`: the CLI shell over render_html."""

from __future__ import annotations

import json
import re

import pytest
from rdflib import Dataset, URIRef
from typer.testing import CliRunner

from kg.cli import app
from kg.network import to_networkx

runner = CliRunner()


def _labels(html: str) -> set[str]:
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1)
    return {n["label"] for n in json.loads(data)["nodes"]}


@pytest.fixture(scope="module")
def sample_ttl(sample_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("graph") / "graph.ttl"
    sample_graph.serialize(path, format="turtle")
    return path


def test_render_cli_writes_html_next_to_the_graph(sample_graph, sample_ttl):
    result = runner.invoke(app, ["view", str(sample_ttl)])
    assert result.exit_code == 0, result.output
    html = sample_ttl.with_suffix(".html").read_text(encoding="utf-8")
    assert "<title>郑州日报 2021年1月 分组讨论发言</title>" in html  # the corpus's one document
    assert _labels(html) == {d["label"] for _, d in to_networkx(sample_graph).nodes(data=True)}


@pytest.mark.parametrize(
    ("depth", "inside", "outside"), [(1, "枢纽+开放", "郑东新区"), (2, "郑东新区", "中原科技城")]
)
def test_render_cli_focus_and_depth(sample_ttl, tmp_path, depth, inside, outside):
    out = tmp_path / "focus.html"
    args = ["view", str(sample_ttl), "-o", str(out), "--focus", "航空港实验区", "--depth", str(depth)]
    result = runner.invoke(app, [*args, "--title", "港区"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    labels = _labels(html)
    assert "<title>港区</title>" in html
    assert inside in labels and outside not in labels


def test_render_cli_unknown_focus_is_one_line_with_suggestions(sample_ttl, tmp_path):
    result = runner.invoke(app, ["view", str(sample_ttl), "-o", str(tmp_path / "x.html"), "--focus", "高新"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and str(sample_ttl) in lines[0] and "高新区" in lines[0]
    assert not (tmp_path / "x.html").exists()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("missing.ttl", None, "no such file"),
        ("bad.ttl", "this is not turtle <<<", "not a readable RDF graph"),
    ],
)
def test_render_cli_bad_graph_file(tmp_path, name, content, reason):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["view", str(path)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [result.output.strip()]
    assert str(path) in result.output and reason in result.output
    assert "Traceback" not in result.output


def test_render_cli_reads_named_graphs(sample_graph, tmp_path):
    dataset = Dataset()
    named = dataset.graph(URIRef("https://w3id.org/zhkg/id/doc/0123456789abcdef"))
    for triple in sample_graph:
        named.add(triple)
    path = tmp_path / "corpus.trig"
    dataset.serialize(path, format="trig")
    result = runner.invoke(app, ["view", str(path), "-o", str(tmp_path / "c.html")])
    assert result.exit_code == 0, result.output
    labels = _labels((tmp_path / "c.html").read_text(encoding="utf-8"))
    assert labels == {d["label"] for _, d in to_networkx(sample_graph).nodes(data=True)}
