"""The shipped named queries: same answers on Oxigraph and on rdflib, and the right answers."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import pytest
from test_query_corpus import DISTRICTS, FACTS, OFFICIALS, union_graph

from kg.query import Result, bind, named_queries, run, run_rdflib
from kg.store import from_rdflib

REQUIRED = {"district-profile": {"district": "高新区"}}
CASES = [
    ("officials-by-district", {}),
    ("officials-by-district", {"district": "经济技术开发区"}),
    ("shared-strategies", {}),
    ("shared-strategies", {"min": "1"}),
    ("projects-by-district", {}),
    ("projects-by-district", {"district": "金水区"}),
    ("cooperation", {"organization": "中原理工大学"}),
    ("cooperation", {}),
    ("evidence", {"subject": "高新区", "relation": "pursues"}),
    ("evidence", {"object": "市委全会"}),
    ("district-profile", {"district": "高新区"}),
    ("district-profile", {"district": "经济开发区"}),
    ("co-occurring-strategies", {}),
    ("co-occurring-strategies", {"min": "2"}),
]


@pytest.fixture(scope="module")
def engines():
    graph = union_graph()
    return graph, from_rdflib(graph)


def _rows(result: Result, variables: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Rows as strings in the order of ``variables``; GROUP_CONCAT lists sorted."""
    index = [result.variables.index(v) for v in variables]
    rows = []
    for row in result.rows:
        cells = [("" if row[i] is None else str(row[i])) for i in index]
        rows.append(tuple("、".join(sorted(c.split("、"))) for c in cells))
    return sorted(rows)


def _select(engines, name: str, values: dict[str, str]) -> Result:
    text = bind(named_queries()[name], values)
    return run(engines[1], text)


def test_query_every_shipped_query_is_listed_with_description() -> None:
    queries = named_queries()
    assert {n for n, _ in CASES} == set(queries)
    for query in queries.values():
        assert query.description
        assert query.text.lstrip().startswith("# description:")


@pytest.mark.parametrize("name,values", CASES)
def test_query_oxigraph_and_rdflib_agree(engines, name: str, values: dict[str, str]) -> None:
    text = bind(named_queries()[name], values)
    ox_result, rdf_result = run(engines[1], text), run_rdflib(engines[0], text)
    assert ox_result.variables == rdf_result.variables
    assert ox_result.rows
    assert _rows(ox_result, ox_result.variables) == _rows(rdf_result, ox_result.variables)


def test_query_officials_by_district_with_alias(engines) -> None:
    result = _select(engines, "officials-by-district", {"district": "高新技术产业开发区"})
    expected = sorted(("高新区", n, t) for n, (t, d, _) in OFFICIALS.items() if d == "高新区")
    assert _rows(result, ("districtName", "officialName", "title")) == expected


def _pursuers() -> dict[str, set[str]]:
    by_strategy = defaultdict(set)
    for s, p, o, _, _ in FACTS:
        if p == "pursues":
            by_strategy[o].add(s)
    return by_strategy


@pytest.mark.parametrize("minimum", [1, 2, 3])
def test_query_shared_strategies_counts_districts(engines, minimum: int) -> None:
    result = _select(engines, "shared-strategies", {"min": str(minimum)})
    expected = sorted(
        (name, str(len(ds)), "、".join(sorted(ds))) for name, ds in _pursuers().items() if len(ds) >= minimum
    )
    assert _rows(result, ("strategyName", "districts", "districtNames")) == expected


def test_query_co_occurring_strategies_counts_pairs(engines) -> None:
    pairs = defaultdict(set)
    by_district = defaultdict(set)
    for strategy, districts in _pursuers().items():
        for d in districts:
            by_district[d].add(strategy)
    for d, strategies in by_district.items():
        for a, b in combinations(sorted(strategies), 2):
            pairs[a, b].add(d)
    result = _select(engines, "co-occurring-strategies", {})
    got = {
        tuple(sorted((a, b))): int(n) for a, b, n in _rows(result, ("strategyA", "strategyB", "districts"))
    }
    assert got == {k: len(v) for k, v in pairs.items()}


@pytest.mark.parametrize("organization", ["中原理工大学", "星河集团"])
def test_query_cooperation_finds_partners(engines, organization: str) -> None:
    result = _select(engines, "cooperation", {"organization": organization})
    expected = sorted(s for s, p, o, _, _ in FACTS if p == "cooperatesWith" and o == organization)
    assert sorted(r[0] for r in _rows(result, ("partnerName",))) == expected


@pytest.mark.parametrize("district", ["高新区", "经开区", "金水区"])
def test_query_projects_by_district(engines, district: str) -> None:
    result = _select(engines, "projects-by-district", {"district": district})
    expected = sorted(o for s, p, o, _, _ in FACTS if p == "builds" and s == district)
    assert [r[0] for r in _rows(result, ("projectName",))] == expected


def test_query_evidence_gives_sentence_offsets_and_document(engines) -> None:
    graph = engines[0]
    result = _select(engines, "evidence", {"subject": "经开区", "relation": "builds", "object": "国际物流园"})
    assert len(result.rows) == 1
    row = dict(zip(result.variables, result.rows[0], strict=True))
    assert str(row["text"]) == "经开区推进国际物流园。"
    assert int(row["end"]) - int(row["begin"]) == len(str(row["text"]))
    assert (row["document"], None, None) in graph


@pytest.mark.parametrize("alias", ["经开区", *DISTRICTS["经开区"]])
def test_query_district_profile_by_any_alias(engines, alias: str) -> None:
    result = _select(engines, "district-profile", {"district": alias})
    aspects = defaultdict(set)
    for aspect, name in _rows(result, ("aspect", "name")):
        aspects[aspect].add(name)
    assert aspects["alias"] == set(DISTRICTS["经开区"])
    assert aspects["pursues"] == {o for s, p, o, _, _ in FACTS if s == "经开区" and p == "pursues"}
    assert aspects["official"] == {n for n, (_, d, _) in OFFICIALS.items() if d == "经开区"}
    assert len(aspects["document"]) == 1


def test_query_unknown_district_gives_no_rows(engines) -> None:
    assert _select(engines, "district-profile", {"district": "不存在区"}).rows == ()
