"""One IRI per real thing across documents: hand-written genre reports built separately, then unioned."""

from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, SKOS

from kg.build import build_file
from kg.rdf import union_graph
from kg.validate import validate
from kg.vocab import KG

# Three Zhengzhou reports naming the airport zone three ways, a Chengdu report with its own 经开区
# and an official who shares a name with one in Zhengzhou.
REPORTS = {
    "zz-a": """抓项目 促发展
郑州日报 2023年1月8日 第3版
——市委十二届五次全会分组讨论发言摘编

1月6日，郑州市委十二届五次全会进行分组讨论。

王建军（航空港实验区党工委书记）

建设枢纽经济 打造开放高地

航空港实验区将坚持“项目为王”，大力发展电子信息产业，深化与浙大的合作。经开区要加快发展汽车产业。
""",
    "zz-b": """拼经济 抓项目
郑州日报 2024年1月9日 第2版
——市委十二届六次全会分组讨论发言摘编

1月8日，市委十二届六次全会进行分组讨论。

李红梅（郑州航空港经济综合实验区党工委副书记）

当好火车头

郑州航空港经济综合实验区将坚持开放带动，发展新能源汽车产业，与浙江大学开展合作。
""",
    "zz-c": """奋力开创新局面
郑州日报 2025年2月10日 第1版
——市委十二届七次全会分组讨论发言摘编

2月8日，郑州市委十二届七次全会进行分组讨论。

王建军（市委常委，航空港区党工委书记）

做强主导产业

航空港区将做强电子信息产业，加快建设郑州国际航空货运枢纽。
""",
    "cd": """奋力推动成渝地区双城经济圈建设
成都日报 2021年12月30日 第2版
——成都市委十三届十次全会分组审议讨论发言摘登

12月28日下午，成都市委十三届十次全会举行分组审议讨论。

成都经开区党工委书记 王建军

建设汽车城

成都经开区将做强汽车产业，加快建设成都国际汽车城，深化与电子科大合作。
""",
}
AIRPORT_ZONE = "郑州航空港经济综合实验区"


@pytest.fixture(scope="module")
def graphs(tmp_path_factory) -> dict[str, Graph]:
    folder = tmp_path_factory.mktemp("identity")
    built = {}
    for name, text in REPORTS.items():
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        built[name] = build_file(path).graph
    return built


@pytest.fixture(scope="module")
def union(graphs) -> Graph:
    return union_graph(graphs.values())


def named(graph: Graph, name: str, type_: str) -> set[URIRef]:
    """Entities of ``type_`` whose label or alias is ``name``."""
    found = set()
    for p in (RDFS.label, SKOS.altLabel):
        found |= {s for s in graph.subjects(p, Literal(name, lang="zh")) if (s, RDF.type, KG[type_]) in graph}
    return found


@pytest.mark.parametrize(
    "report,form", [("zz-a", "航空港实验区"), ("zz-b", AIRPORT_ZONE), ("zz-c", "航空港区")]
)
def test_resolve_each_form_of_the_airport_zone_is_one_iri(graphs, union, report, form):
    (iri,) = named(graphs[report], form, "District")
    assert named(union, form, "District") == {iri}
    assert list(union.objects(iri, RDFS.label)) == [Literal(AIRPORT_ZONE, lang="zh")]
    assert union.value(iri, KG.divisionCode) == Literal("410173")


def test_resolve_airport_zone_forms_are_aliases_of_one_node(union):
    (iri,) = named(union, AIRPORT_ZONE, "District")
    aliases = {str(a) for a in union.objects(iri, SKOS.altLabel)}
    assert {"航空港实验区", "航空港区"} <= aliases


def test_resolve_bare_development_zone_depends_on_the_report_city(graphs):
    (zhengzhou,) = named(graphs["zz-a"], "经开区", "District")
    assert graphs["zz-a"].value(zhengzhou, KG.divisionCode) == Literal("410171")
    chengdu = named(graphs["cd"], "成都经开区", "District")
    assert chengdu and zhengzhou not in chengdu


@pytest.mark.parametrize("short,full", [("浙大", "浙江大学"), ("电子科大", "电子科技大学")])
def test_resolve_university_short_and_full_name_are_one_iri(union, short, full):
    assert named(union, short, "Organization") == named(union, full, "Organization")
    assert len(named(union, full, "Organization")) == 1


def test_resolve_same_official_in_two_reports_of_one_city_is_one_person(graphs, union):
    (in_a,) = named(graphs["zz-a"], "王建军", "Official")
    (in_c,) = named(graphs["zz-c"], "王建军", "Official")
    assert in_a == in_c
    bodies = {union.value(post, ORG.postIn) for post in union.objects(in_a, ORG.holds)}
    assert named(union, AIRPORT_ZONE, "District") <= bodies


def test_resolve_same_name_in_two_cities_is_two_people(union):
    assert len(named(union, "王建军", "Official")) == 2


def test_resolve_post_carries_each_attesting_document_date(graphs, union):
    (official,) = named(graphs["zz-a"], "王建军", "Official")
    zone = next(iter(named(union, AIRPORT_ZONE, "District")))
    (post,) = (p for p in union.objects(official, ORG.holds) if (p, ORG.postIn, zone) in union)
    assert {str(d) for d in union.objects(post, DCTERMS.date)} == {"2023-01-08", "2025-02-10"}
    assert {str(t) for t in union.objects(post, KG.title)} == {"党工委书记"}


def test_resolve_city_meeting_with_and_without_city_name_is_one_iri(graphs, union):
    (with_city,) = named(graphs["zz-a"], "郑州市委十二届五次全会", "Meeting")
    assert named(union, "市委十二届五次全会", "Meeting") == {with_city}
    (other_city,) = named(graphs["cd"], "成都市委十三届十次全会", "Meeting")
    assert other_city != with_city


def test_resolve_union_has_one_label_per_entity_and_conforms(union):
    for type_ in ("District", "Official", "Organization", "Meeting", "Industry", "Strategy", "Project"):
        for entity in union.subjects(RDF.type, KG[type_]):
            assert len(list(union.objects(entity, RDFS.label))) == 1, entity
    report = validate(union)
    assert report.conforms, report.violations[:3]
