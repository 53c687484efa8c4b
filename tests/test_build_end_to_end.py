"""End to end: `kg build` on real report files, through the CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.build import build_corpus
from kg.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
REPORTS = ROOT / "tests" / "data" / "reports"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def test_build_reproduces_committed_output_byte_for_byte(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # the README's command names the folder relative to the checkout
    result = run("build", "examples", "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    for name in ("graph.ttl", "graph.html"):
        committed = (ROOT / "output" / name).read_bytes()
        assert (tmp_path / name).read_bytes() == committed, f"output/{name} is stale: rebuild it"


def test_build_prints_counts_per_type(tmp_path):
    result = run("build", str(EXAMPLES), "-o", str(tmp_path))
    assert "District" in result.output and "servesIn" in result.output
    assert "built 1 document(s)" in result.output


@pytest.mark.parametrize("fmt,ext", [("nt", "nt"), ("jsonld", "jsonld")])
def test_build_other_formats_parse_to_the_same_graph(tmp_path, fmt, ext):
    assert run("build", str(EXAMPLES), "-o", str(tmp_path), "-f", "ttl", "-f", fmt).exit_code == 0
    turtle = Graph().parse(tmp_path / "graph.ttl")
    other = Graph().parse(tmp_path / f"graph.{ext}")
    assert isomorphic(turtle, other)


def test_build_twice_gives_identical_bytes(tmp_path):
    for out in ("a", "b"):
        assert run("build", str(REPORTS), "-o", str(tmp_path / out), "-f", "ttl", "-f", "nt").exit_code == 0
    for name in ("graph.ttl", "graph.nt", "graph.html"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_build_union_of_separate_builds_equals_joint_build():
    texts = sorted(REPORTS.glob("*.txt"))[:3]
    joint = build_corpus(texts).graph
    union = Graph()
    for text in texts:
        for triple in build_corpus([text]).graph:
            union.add(triple)
    assert isomorphic(joint, union)


@pytest.mark.parametrize(
    "make_bad,reason",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: (d / "empty.txt").write_text("  \n") and d / "empty.txt", "empty file"),
        (lambda d: (d / "blob.txt").write_bytes(bytes(range(256)) * 8) and d / "blob.txt", "not a text file"),
    ],
)
def test_build_reports_bad_input_in_one_line_and_builds_the_rest(tmp_path, make_bad, reason):
    bad = make_bad(tmp_path)
    good = tmp_path / "good.txt"
    shutil.copy(EXAMPLES / "zhengzhou-2021-01.txt", good)
    result = runner.invoke(app, ["build", str(bad), str(good), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0
    strict = runner.invoke(app, ["build", "--strict", str(bad), str(good), "-o", str(tmp_path / "strict")])
    assert strict.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and str(bad) in errors[0] and reason in errors[0]
    assert "Traceback" not in result.output
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0


def test_build_skips_unknown_formats_with_a_note(tmp_path):
    shutil.copy(EXAMPLES / "zhengzhou-2021-01.txt", tmp_path / "report.txt")
    (tmp_path / "notes.xyz").write_text("x")
    result = run("build", str(tmp_path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert "skipped 1 file(s)" in result.output and ".xyz 1" in result.output


def test_build_with_nothing_buildable_fails_without_output(tmp_path):
    result = run("build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert not (tmp_path / "out").exists()


def test_build_min_confidence_drops_weak_facts(tmp_path):
    full = build_corpus([EXAMPLES]).graph
    strict = build_corpus([EXAMPLES], min_confidence=0.9).graph
    assert 0 < len(strict) < len(full)


@pytest.mark.parametrize(
    ("folder", "entity_floor", "relation_floor"),
    [
        ("reports", "0.90", "0.87"),  # the genre reports the rules were developed against
        ("unseen", "0.87", "0.85"),  # reports written apart from the rules, then used to find gaps
        ("holdout", "0.88", "0.89"),  # reports written late and used only to check layouts
        ("dev2", "0.88", "0.86"),  # later reports, each set first measured before any rule saw it
        ("dev3", "0.87", "0.87"),
        ("dev4", "0.89", "0.90"),
        ("dev5", "0.85", "0.84"),
        ("dev6", "0.89", "0.88"),
        ("dev7", "0.90", "0.87"),
        ("dev8", "0.86", "0.87"),
        ("dev9", "0.87", "0.88"),
        ("dev10", "0.90", "0.91"),
        ("dev11", "0.89", "0.89"),
        ("dev12", "0.87", "0.89"),
        ("dev13", "0.90", "0.89"),
        ("dev14", "0.87", "0.88"),
        ("dev15", "0.88", "0.87"),
        ("dev16", "0.87", "0.88"),
        ("dev17", "0.92", "0.90"),
        ("dev18", "0.89", "0.89"),
        ("dev19", "0.89", "0.87"),
        ("dev20", "0.89", "0.89"),
        ("dev21", "0.90", "0.88"),
        ("dev22", "0.87", "0.88"),
        ("dev23", "0.89", "0.90"),
        ("dev24", "0.84", "0.80"),
        ("dev25", "0.89", "0.88"),
        ("dev26", "0.91", "0.87"),
        ("dev27", "0.89", "0.89"),
        ("dev28", "0.88", "0.85"),
        ("dev29", "0.90", "0.89"),
        ("dev30", "0.88", "0.87"),
        ("dev31", "0.88", "0.83"),
        ("dev32", "0.89", "0.89"),
        ("dev33", "0.88", "0.90"),
    ],
)
def test_eval_on_genre_reports_stays_above_floor(folder, entity_floor, relation_floor):
    """Extraction quality on reports of other cities, years and layouts: floors that cannot drop silently."""
    result = run(
        "eval", "--build", str(ROOT / "tests" / "data" / folder),
        "--min-entity-f1", entity_floor, "--min-relation-f1", relation_floor,
    )  # fmt: skip
    assert result.exit_code == 0, result.output


def test_eval_on_sample_meets_targets():
    result = run("eval", "--build", str(ROOT / "tests" / "data" / "sample"), "--json")
    assert result.exit_code == 0, result.output
    import json

    rows = json.loads(result.output)
    assert rows["entities"]["f1"] >= 0.90
    assert rows["relations"]["f1"] >= 0.90


def test_build_an_internal_error_on_one_document_is_one_line_and_the_rest_builds(tmp_path, monkeypatch):
    import kg.build

    real = kg.build.extract_document

    def failing(doc):
        if "故障" in doc.text:
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(kg.build, "extract_document", failing)
    shutil.copy(EXAMPLES / "zhengzhou-2021-01.txt", tmp_path / "good.txt")
    (tmp_path / "bad.txt").write_text("某区发生故障。" * 20, encoding="utf-8")
    result = run("build", str(tmp_path), "-o", str(tmp_path / "out"), "-j", "1")
    assert result.exit_code == 0, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {tmp_path / 'bad.txt'}: internal error: RuntimeError: boom"]
    assert "built 1 document(s)" in result.output
