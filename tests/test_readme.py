"""The README's promises: its SPARQL examples run on the committed example output and answer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
QUERIES = re.findall(r"```sparql\n(.*?)```", README, flags=re.S)


def test_readme_has_three_sparql_examples():
    assert len(QUERIES) == 3


@pytest.mark.parametrize("query", QUERIES, ids=[f"example{i + 1}" for i in range(len(QUERIES))])
def test_readme_sparql_example_answers_on_example_output(query):
    result = CliRunner().invoke(app, ["query", str(ROOT / "output" / "graph.ttl"), query, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if line.strip()]
    assert len(rows) >= 2, result.output  # a header and at least one answer


def test_readme_test_command_is_what_ci_runs():
    assert "./scripts/test" in README
    assert "./scripts/test" in (ROOT / ".ci" / "run").read_text()
