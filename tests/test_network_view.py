"""kg.network: the networkx view derived from a contract graph."""

from __future__ import annotations

import json
from collections import Counter

import networkx as nx
import pytest
from browser.graphs import SAMPLE, XSS_IMG, XSS_SCRIPT, ContractGraph
from rdflib import RDFS, Graph, Literal

from kg.network import (
    Evidence,
    Post,
    UnknownEntityError,
    find_node,
    neighbourhood,
    to_networkx,
    write_graphml,
    zh_labels,
)
from kg.resources import ontology_dir
from kg.types import EntityType, RelationType
from kg.vocab import KG

GOLD = json.loads((SAMPLE / "zhengzhou-2021-01.gold.json").read_text(encoding="utf-8"))


def _small() -> tuple[Graph, dict]:
    """Two districts, an official with a post, a project; one relation without a statement."""
    b = ContractGraph()
    doc = b.document("00000000000000aa", "报告甲", "in/a.txt")
    s0 = b.sentence(doc, 0, "甲区党工委书记王五表示，甲区将建设乙园。")
    s1 = b.sentence(doc, 1, "甲区隶属于丙市。", 20)
    district = b.entity("District", "甲区", ["甲新区"], [s0, s1])
    city = b.entity("District", "丙市", [], [s1])
    official = b.entity("Official", "王五", [], [s0], title="党工委书记")
    project = b.entity("Project", "乙园", ["乙产业园"], [s0])
    b.post(official, "党工委书记", district)
    b.relate(official, "servesIn", district, [s0], confidence="0.7")
    b.relate(district, "builds", project, [s0], confidence="0.9")
    b.graph.add((district, KG.partOf, city))  # a direct triple with no reified statement
    return b.graph, {"district": district, "city": city, "official": official, "project": project, "s0": s0}


@pytest.mark.parametrize("etype", [t.value for t in EntityType])
def test_network_view_has_one_node_per_entity_of_each_type(sample_graph, etype):
    view = to_networkx(sample_graph)
    expected = sorted(e["name"] for e in GOLD["entities"] if e["type"] == etype)
    assert sorted(d["label"] for _, d in view.nodes(data=True) if d["type"] == etype) == expected


def test_network_view_has_one_edge_per_direct_relation_triple(sample_graph):
    view = to_networkx(sample_graph)
    got = Counter((view.nodes[s]["label"], k, view.nodes[o]["label"]) for s, o, k in view.edges(keys=True))
    assert got == Counter((r["s"], r["p"], r["o"]) for r in GOLD["relations"])


def test_network_view_skips_documents_sentences_posts_and_statements(sample_graph):
    view = to_networkx(sample_graph)
    assert all("/id/doc/" not in n and "/id/post/" not in n and "/id/stmt/" not in n for n in view)
    assert view.number_of_nodes() == len(GOLD["entities"])


def test_network_view_node_attributes():
    graph, iri = _small()
    view = to_networkx(graph)
    official = view.nodes[str(iri["official"])]
    assert official["title"] == "党工委书记"
    assert official["posts"] == (Post(title="党工委书记", org="甲区"),)
    assert official["districts"] == ("甲区",)
    assert official["documents"] == ("报告甲",)
    assert official["evidence"] == (
        Evidence("甲区党工委书记王五表示，甲区将建设乙园。", "报告甲", "in/a.txt"),
    )
    district = view.nodes[str(iri["district"])]
    assert (district["label"], district["type"], district["aliases"]) == ("甲区", "District", ("甲新区",))
    assert district["degree"] == 3
    assert district["districts"] == ("丙市", "甲区")


@pytest.mark.parametrize(
    ("subject", "predicate", "obj", "confidence", "evidence"),
    [
        ("official", "servesIn", "district", 0.7, ("甲区党工委书记王五表示，甲区将建设乙园。",)),
        ("district", "builds", "project", 0.9, ("甲区党工委书记王五表示，甲区将建设乙园。",)),
        ("district", "partOf", "city", None, ()),
    ],
)
def test_network_view_edge_evidence_comes_from_the_reified_statement(
    subject, predicate, obj, confidence, evidence
):
    graph, iri = _small()
    data = to_networkx(graph).edges[str(iri[subject]), str(iri[obj]), predicate]
    assert data["predicate"] == predicate
    assert data["label"] == zh_labels()[predicate]
    assert data["confidence"] == confidence
    assert tuple(e.text for e in data["evidence"]) == evidence


def test_network_view_ignores_relations_to_things_that_are_not_entities():
    graph, iri = _small()
    graph.add((iri["district"], KG.builds, iri["s0"]))
    assert to_networkx(graph).number_of_edges() == 3


@pytest.mark.parametrize("name", [*(t.value for t in EntityType), *(r.value for r in RelationType)])
def test_network_zh_labels_come_from_the_ontology(name):
    ontology = Graph().parse(ontology_dir() / "kg.ttl")
    zh = [str(label) for label in ontology.objects(KG[name], RDFS.label) if label.language == "zh"]
    assert [zh_labels()[name]] == zh


def test_network_view_is_independent_of_triple_order(sample_graph, tmp_path):
    shuffled = Graph()
    for triple in sorted(sample_graph, key=lambda t: str(t[::-1])):
        shuffled.add(triple)
    write_graphml(to_networkx(sample_graph), tmp_path / "a.graphml")
    write_graphml(to_networkx(shuffled), tmp_path / "b.graphml")
    assert (tmp_path / "a.graphml").read_bytes() == (tmp_path / "b.graphml").read_bytes()
    assert list(to_networkx(shuffled)) == sorted(to_networkx(sample_graph))


def test_network_graphml_round_trips_scalar_attributes(sample_graph, tmp_path):
    view = to_networkx(sample_graph)
    write_graphml(view, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert sorted(back) == sorted(view)
    assert back.number_of_edges() == view.number_of_edges()
    for node, data in back.nodes(data=True):
        assert data["label"] == view.nodes[node]["label"]
        assert data["degree"] == view.nodes[node]["degree"]
        assert all(isinstance(v, str | int | float) for v in data.values())


def test_network_graphml_keeps_markup_as_text(hostile_graph, tmp_path):
    write_graphml(to_networkx(hostile_graph), tmp_path / "x.graphml")
    back = nx.read_graphml(tmp_path / "x.graphml")
    assert {d["label"] for _, d in back.nodes(data=True)} >= {XSS_IMG, f"{XSS_IMG}创新港"}
    assert any(XSS_SCRIPT in d["aliases"] for _, d in back.nodes(data=True))


@pytest.mark.parametrize(
    ("name", "label"), [("航空港实验区", "航空港实验区"), ("郑州航空港经济综合实验区", "航空港实验区")]
)
def test_network_find_node_by_label_or_alias(sample_graph, name, label):
    view = to_networkx(sample_graph)
    assert view.nodes[find_node(view, name)]["label"] == label


def test_network_find_node_suggests_near_names(sample_graph):
    view = to_networkx(sample_graph)
    with pytest.raises(UnknownEntityError) as err:
        find_node(view, "航空港")
    assert "航空港实验区" in err.value.suggestions
    assert "航空港" in str(err.value)


@pytest.mark.parametrize(("depth", "labels"), [(1, {"王五", "甲区", "乙园", "丙市"}), (0, {"甲区"})])
def test_network_neighbourhood_by_depth(depth, labels):
    graph, iri = _small()
    view = to_networkx(graph)
    ego = neighbourhood(view, str(iri["district"]), depth)
    assert {d["label"] for _, d in ego.nodes(data=True)} == labels


def test_network_neighbourhood_follows_both_directions(sample_graph):
    view = to_networkx(sample_graph)
    official = find_node(view, "张俊峰")
    near = {view.nodes[n]["label"] for n in neighbourhood(view, official, 2)}
    assert {"航空港实验区", "郑州", "枢纽+开放", "市委经济工作会议", "牛瑞华"} <= near
    assert "高新区" not in near  # three steps away: 张俊峰 → 航空港实验区 → 郑州 → 高新区


def test_network_label_falls_back_to_pref_label():
    graph, iri = _small()
    graph.remove((iri["city"], RDFS.label, None))
    assert to_networkx(graph).nodes[str(iri["city"])]["label"] == "丙市"
    graph.add((iri["city"], RDFS.label, Literal("丙", lang="zh")))
    assert to_networkx(graph).nodes[str(iri["city"])]["label"] == "丙"
