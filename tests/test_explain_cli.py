"""`kg explain NAME [GRAPH]` on a graph built from a real report: facts, evidence, unknown names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph
from typer.testing import CliRunner

from kg.build import build_corpus, write_outputs
from kg.cli import app
from kg.explain import UnknownEntity, explain, suggest

REPORT = Path(__file__).resolve().parent / "data" / "reports" / "zhengzhou-2023-01.txt"
runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("explain")
    write_outputs(build_corpus([REPORT]), out, formats=("ttl", "nt"), html=False)
    return out


@pytest.mark.parametrize("fmt", ["ttl", "nt"])
@pytest.mark.parametrize("name", ["航空港区", "郑州航空港经济综合实验区"])
def test_explain_prints_facts_with_evidence_by_label_or_alias(built, fmt, name):
    result = runner.invoke(app, ["explain", name, str(built / f"graph.{fmt}")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("郑州航空港经济综合实验区 (District)")
    text = REPORT.read_text(encoding="utf-8")
    evidence = [line.strip() for line in lines if line.startswith("    ")]
    assert evidence
    for line in evidence:  # "<path> [begin:end] <sentence>": the offsets slice the file's text
        path, span, sentence = line.split(" ", 2)
        begin, end = map(int, span.strip("[]").split(":"))
        assert (
            path == str(REPORT) and re.sub(r"\s", "", text[begin:end]) == sentence
        )  # a broken line rejoined


def test_explain_lists_servesin_with_the_post(built):
    result = runner.invoke(app, ["explain", "马俊峰", str(built / "graph.ttl")])
    assert "马俊峰 servesIn 郑州航空港经济综合实验区  [党工委书记]" in result.output
    assert "马俊峰 servesIn 郑州市  [市委常委]" in result.output


def test_explain_mentions_option_lists_every_sentence(built):
    plain = runner.invoke(app, ["explain", "中牟县", str(built / "graph.ttl")]).output
    more = runner.invoke(app, ["explain", "中牟县", str(built / "graph.ttl"), "--mentions"]).output
    assert len(more.splitlines()) > len(plain.splitlines())


def test_explain_unknown_name_is_one_line_with_suggestions(built):
    result = runner.invoke(app, ["explain", "航空港", str(built / "graph.ttl")])
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert "graph.ttl" in line and "航空港区" in line and "Traceback" not in line


@pytest.mark.parametrize(
    "args,reason", [(["x", "missing.ttl"], "no such file"), (["x", "__file__"], "not a readable RDF graph")]
)
def test_explain_bad_graph_file_is_one_line(tmp_path, args, reason):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <", encoding="utf-8")
    args = [str(bad) if a == "__file__" else str(tmp_path / a) if a.endswith(".ttl") else a for a in args]
    result = runner.invoke(app, ["explain", *args])
    assert result.exit_code == 2 and reason in result.output and len(result.output.strip().splitlines()) == 1


def test_explain_api_raises_with_nearest_names(built):
    graph = Graph().parse(built / "graph.ttl")
    with pytest.raises(UnknownEntity) as error:
        explain(graph, "中牟")
    assert "中牟县" in error.value.suggestions
    assert suggest(graph, "中牟县")[0] == "中牟县"
