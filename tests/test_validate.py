"""SHACL validation (kg/validate.py, ontology/shapes.ttl) and `kg validate` on hand-built graphs."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDFS, SH
from typer.testing import CliRunner

from kg.cli import app
from kg.validate import ValidationReport, validate
from kg.vocab import KG

ID = Namespace("https://w3id.org/zhkg/id/")
DOC = URIRef(ID["doc/00aa11bb22cc33dd"])
S0, S1, SPEECH = (URIRef(f"{DOC}/{name}") for name in ("s0", "s1", "speech0"))
ZONE, CITY = ID["district/donghu"], ID["district/binjiang"]
OFFICIAL, POST = ID["official/liming"], ID["post/donghu-secretary"]
STRATEGY, PROJECT, INDUSTRY = ID["strategy/innovation"], ID["project/science-city"], ID["industry/smart"]
COMPANY, MEETING = ID["organization/huaxing"], ID["meeting/plenary-12-5"]

# A small graph that follows docs/graph-contract.md: one document, two sentences, one speech,
# the seven relations (each with a reified statement citing a sentence) and one post.
VALID = """
@prefix kg:      <https://w3id.org/zhkg/ontology#> .
@prefix rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix org:     <http://www.w3.org/ns/org#> .
@prefix prov:    <http://www.w3.org/ns/prov#> .
@prefix id:      <https://w3id.org/zhkg/id/> .
@prefix d:       <https://w3id.org/zhkg/id/doc/00aa11bb22cc33dd/> .
@prefix district: <https://w3id.org/zhkg/id/district/> .
@prefix official: <https://w3id.org/zhkg/id/official/> .
@prefix stmt:    <https://w3id.org/zhkg/id/stmt/> .

<https://w3id.org/zhkg/id/doc/00aa11bb22cc33dd> a kg:Document ;
    kg:sha256 "00aa11bb22cc33dd00aa11bb22cc33dd00aa11bb22cc33dd00aa11bb22cc33dd" ;
    kg:sourcePath "reports/donghu.txt" ;
    kg:encoding "gb18030" ;
    dcterms:title "新区书记谈发展"@zh ;
    dcterms:date "2021-01-05"^^xsd:date .

d:s0 a kg:Sentence ;
    kg:text "东湖新区坚持“创新驱动”，建设东湖科学城，发展智能制造，与华星科技公司合作。"@zh ;
    kg:beginIndex 30 ; kg:endIndex 68 ;
    dcterms:isPartOf <https://w3id.org/zhkg/id/doc/00aa11bb22cc33dd> .

d:s1 a kg:Sentence ;
    kg:text "东湖新区党工委书记李明在滨江市委十二届五次全会上发言。"@zh ;
    kg:beginIndex 0 ; kg:endIndex 27 ;
    dcterms:isPartOf <https://w3id.org/zhkg/id/doc/00aa11bb22cc33dd> ;
    kg:mentions district:donghu , official:liming .

d:speech0 a kg:Speech ;
    kg:speaker official:liming ;
    kg:district district:donghu ;
    kg:atMeeting id:meeting\\/plenary-12-5 ;
    kg:headline "创新驱动 建设科学城"@zh ;
    kg:beginIndex 0 ; kg:endIndex 68 ;
    dcterms:isPartOf <https://w3id.org/zhkg/id/doc/00aa11bb22cc33dd> ;
    kg:mentions district:donghu , id:project\\/science-city .

district:donghu a kg:District ;
    rdfs:label "东湖新区"@zh ; skos:prefLabel "东湖新区"@zh ; skos:altLabel "东湖区"@zh ;
    kg:confidence "0.9"^^xsd:decimal ;
    prov:wasDerivedFrom d:s0 , d:s1 ;
    kg:partOf district:binjiang ;
    kg:pursues id:strategy\\/innovation ;
    kg:builds id:project\\/science-city ;
    kg:develops id:industry\\/smart ;
    kg:cooperatesWith id:organization\\/huaxing .

district:binjiang a kg:District ;
    rdfs:label "滨江市"@zh ; kg:divisionCode "330100" ; prov:wasDerivedFrom d:s1 .

official:liming a kg:Official ;
    rdfs:label "李明"@zh ;
    kg:title "党工委书记"@zh ;
    org:holds id:post\\/donghu-secretary ;
    kg:servesIn district:donghu ;
    kg:speaksAt id:meeting\\/plenary-12-5 ;
    prov:wasDerivedFrom d:s1 .

id:post\\/donghu-secretary a kg:Post , org:Post ;
    kg:title "党工委书记"@zh ;
    org:postIn district:donghu ;
    org:heldBy official:liming .

id:strategy\\/innovation a kg:Strategy ; rdfs:label "创新驱动"@zh ; prov:wasDerivedFrom d:s0 .
id:project\\/science-city a kg:Project ; rdfs:label "东湖科学城"@zh ; prov:wasDerivedFrom d:s0 .
id:industry\\/smart a kg:Industry ; rdfs:label "智能制造"@zh ; prov:wasDerivedFrom d:s0 .
id:organization\\/huaxing a kg:Organization ; rdfs:label "华星科技公司"@zh ; prov:wasDerivedFrom d:s0 .
id:meeting\\/plenary-12-5 a kg:Meeting ; rdfs:label "市委十二届五次全会"@zh ; prov:wasDerivedFrom d:s1 .

stmt:serves a rdf:Statement ; rdf:subject official:liming ; rdf:predicate kg:servesIn ;
    rdf:object district:donghu ; prov:wasDerivedFrom d:s1 ; kg:confidence "0.95"^^xsd:decimal .
stmt:speaks a rdf:Statement ; rdf:subject official:liming ; rdf:predicate kg:speaksAt ;
    rdf:object id:meeting\\/plenary-12-5 ; prov:wasDerivedFrom d:s1 ; kg:confidence "0.9"^^xsd:decimal .
stmt:part a rdf:Statement ; rdf:subject district:donghu ; rdf:predicate kg:partOf ;
    rdf:object district:binjiang ; prov:wasDerivedFrom d:s1 ; kg:cue "division code" .
stmt:pursues a rdf:Statement ; rdf:subject district:donghu ; rdf:predicate kg:pursues ;
    rdf:object id:strategy\\/innovation ; prov:wasDerivedFrom d:s0 ; kg:cue "坚持" .
stmt:builds a rdf:Statement ; rdf:subject district:donghu ; rdf:predicate kg:builds ;
    rdf:object id:project\\/science-city ; prov:wasDerivedFrom d:s0 ; kg:cue "建设" .
stmt:develops a rdf:Statement ; rdf:subject district:donghu ; rdf:predicate kg:develops ;
    rdf:object id:industry\\/smart ; prov:wasDerivedFrom d:s0 ; kg:cue "发展" .
stmt:cooperates a rdf:Statement ; rdf:subject district:donghu ; rdf:predicate kg:cooperatesWith ;
    rdf:object id:organization\\/huaxing ; prov:wasDerivedFrom d:s0 ; kg:cue "合作" .
"""


def valid_graph() -> Graph:
    return Graph().parse(data=VALID, format="turtle")


def _drop(*pattern):
    return lambda g: g.remove(pattern)


def _add(*triples):
    def apply(g: Graph) -> None:
        for triple in triples:
            g.add(triple)

    return apply


def _set(s, p, o):
    return lambda g: g.set((s, p, o))


def _retype(node, old, new):
    return lambda g: (g.remove((node, RDF.type, old)), g.add((node, RDF.type, new)))


STMT_BUILDS = ID["stmt/builds"]

# (case, mutation of the valid graph, focus label, path, words of the English message)
BROKEN = [
    ("official without title", _drop(OFFICIAL, KG.title, None), "李明", "kg:title", "needs a kg:title"),
    ("official without post", _drop(OFFICIAL, ORG.holds, None), "李明", "org:holds", "needs a post"),
    ("official without servesIn", _drop(OFFICIAL, KG.servesIn, None), "李明", "kg:servesIn", "serve in a"),
    (
        "statement without evidence",
        _drop(STMT_BUILDS, PROV.wasDerivedFrom, None),
        "id:stmt/builds",
        "prov:wasDerivedFrom",
        "a statement needs evidence",
    ),
    (
        "relation without statement",
        _drop(STMT_BUILDS, None, None),
        "东湖新区",
        "kg:builds",
        "has no evidence",
    ),
    (
        "statement without direct triple",
        _drop(ZONE, KG.develops, INDUSTRY),
        "id:stmt/develops",
        "",
        "no matching direct triple",
    ),
    (
        "statement citing a document instead of a sentence",
        _set(STMT_BUILDS, PROV.wasDerivedFrom, DOC),
        "id:stmt/builds",
        "prov:wasDerivedFrom",
        "a statement needs evidence",
    ),
    (
        "builds a strategy",
        _retype(PROJECT, KG.Project, KG.Strategy),
        "东湖新区",
        "kg:builds",
        "object of kg:builds must be a kg:Project",
    ),
    (
        "serves in a strategy",
        _add((OFFICIAL, KG.servesIn, STRATEGY)),
        "李明",
        "kg:servesIn",
        "must be a kg:District or a kg:Organization",
    ),
    (
        "a project pursues",
        _add((PROJECT, KG.pursues, STRATEGY)),
        "东湖科学城",
        "",
        "subject of kg:pursues must be a kg:District",
    ),
    (
        "cooperates with an industry",
        _retype(COMPANY, KG.Organization, KG.Industry),
        "东湖新区",
        "kg:cooperatesWith",
        "must be a kg:Organization",
    ),
    ("partOf cycle", _add((CITY, KG.partOf, ZONE)), "东湖新区", "", "cycle"),
    ("entity without label", _drop(PROJECT, RDFS.label, None), "id:project/science-city", "rdfs:label", ""),
    ("English label", _set(PROJECT, RDFS.label, Literal("Science City", lang="en")), "", "rdfs:label", ""),
    (
        "two labels",
        _add((PROJECT, RDFS.label, Literal("科学城", lang="zh"))),
        "",
        "rdfs:label",
        "exactly one",
    ),
    (
        "speech without speaker",
        _drop(SPEECH, KG.speaker, None),
        "id:doc/00aa11bb22cc33dd/speech0",
        "kg:speaker",
        "",
    ),
    ("document without sha256", _drop(DOC, KG.sha256, None), "", "kg:sha256", "kg:sha256"),
    ("bad sha256", _set(DOC, KG.sha256, Literal("ABC")), "", "kg:sha256", "64 lower-case hex"),
    ("sentence without text", _drop(S0, KG.text, None), "", "kg:text", "kg:text"),
    ("begin after end", _set(S0, KG.beginIndex, Literal(99)), "", "kg:beginIndex", "must not exceed"),
    ("sentence outside a document", _drop(S1, DCTERMS.isPartOf, None), "", "dcterms:isPartOf", "kg:Document"),
    ("confidence above one", _set(ZONE, KG.confidence, Literal(Decimal("1.5"))), "", "", "between"),
    ("post in nothing", _drop(POST, ORG.postIn, None), "", "org:postIn", "exactly one district"),
    ("post elsewhere than servesIn", _set(POST, ORG.postIn, CITY), "李明", "", "holds a post there"),
    ("bad division code", _set(CITY, KG.divisionCode, Literal("41A")), "滨江市", "kg:divisionCode", "digits"),
]


def test_validate_hand_built_contract_graph_conforms():
    report = validate(valid_graph())
    assert isinstance(report, ValidationReport)
    assert report.conforms, report.violations
    assert report.violations == ()


@pytest.mark.parametrize(
    ("mutate", "label", "path", "words"), [case[1:] for case in BROKEN], ids=[case[0] for case in BROKEN]
)
def test_validate_broken_graph_reports_violation(mutate, label, path, words):
    graph = valid_graph()
    mutate(graph)
    report = validate(graph)
    assert not report.conforms
    matching = [
        v
        for v in report.violations
        if v.severity == "Violation"
        and words in v.message
        and (not path or v.path == path)
        and (not label or v.label == label)
    ]
    assert matching, report.violations


def test_validate_entity_without_evidence_is_only_a_warning():
    graph = valid_graph()
    graph.remove((PROJECT, PROV.wasDerivedFrom, None))
    report = validate(graph)
    assert report.conforms
    assert [(v.severity, v.label, v.path) for v in report.violations] == [
        ("Warning", "东湖科学城", "prov:wasDerivedFrom")
    ]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (_drop(OFFICIAL, KG.title, None), "官员须有中文职务名称 kg:title（@zh）"),
        (
            _drop(STMT_BUILDS, None, None),
            "该关系没有出处：缺少引用 kg:Sentence 的 rdf:Statement",
        ),  # SPARQL-based
    ],
    ids=["core constraint", "sparql constraint"],
)
def test_validate_messages_in_chinese(mutate, message):
    graph = valid_graph()
    mutate(graph)
    (violation,) = validate(graph, lang="zh").violations
    assert violation.message == message


def test_validate_every_shape_message_is_in_chinese_and_english():
    shapes = Graph().parse(Path(__file__).parent.parent / "ontology" / "shapes.ttl", format="turtle")
    holders = set(shapes.subjects(SH.message, None))
    assert len(holders) > 30
    for holder in holders:
        assert sorted(m.language for m in shapes.objects(holder, SH.message)) == ["en", "zh"], holder


def test_validate_speech_at_a_joint_session_may_name_two_meetings():
    graph = valid_graph()
    second = ID["meeting/economic-work"]
    graph.add((second, RDF.type, KG.Meeting))
    graph.add((second, RDFS.label, Literal("市委经济工作会议", lang="zh")))
    graph.add((second, PROV.wasDerivedFrom, S1))
    graph.add((SPEECH, KG.atMeeting, second))
    assert validate(graph).conforms


def test_validate_dataset_checks_the_union_of_named_graphs():
    """Facts split over per-document named graphs are checked together, as one graph."""
    dataset = Dataset()
    entities = dataset.graph(ID["doc/entities"])
    evidence = dataset.graph(ID["doc/evidence"])
    for triple in valid_graph():
        (evidence if triple[1] in (PROV.wasDerivedFrom, KG.text) else entities).add(triple)
    assert validate(dataset).conforms
    assert not validate(entities).conforms


def test_validate_rdfs_inference_lets_a_subclass_typed_post_count_as_post():
    """Without inference a post typed only kg:Post still satisfies sh:class org:Post (ontology mixed in)."""
    graph = valid_graph()
    graph.remove((POST, RDF.type, ORG.Post))
    assert validate(graph).conforms
    assert validate(graph, inference="rdfs").conforms


# --- the command line ---------------------------------------------------------------------------


def _write(tmp_path: Path, graph: Graph, name: str = "graph.ttl", fmt: str = "turtle") -> Path:
    path = tmp_path / name
    graph.serialize(path, format=fmt)
    return path


def run_cli(*args: str):
    return CliRunner().invoke(app, ["validate", *args])


@pytest.mark.parametrize(
    ("name", "fmt"), [("graph.ttl", "turtle"), ("graph.nt", "nt"), ("graph.jsonld", "json-ld")]
)
def test_validate_cli_conforming_graph_exits_0(tmp_path, name, fmt):
    result = run_cli(str(_write(tmp_path, valid_graph(), name, fmt)))
    assert result.exit_code == 0, result.output
    assert "conforms: 0 violation(s), 0 warning(s)" in result.output


def test_validate_cli_trig_named_graphs_exit_0(tmp_path):
    dataset = Dataset()
    named = dataset.graph(DOC)
    for triple in valid_graph():
        named.add(triple)
    path = tmp_path / "graph.trig"
    dataset.serialize(path, format="trig")
    assert run_cli(str(path)).exit_code == 0


def test_validate_cli_broken_graph_prints_table_and_exits_1(tmp_path):
    graph = valid_graph()
    graph.remove((OFFICIAL, KG.title, None))
    result = run_cli(str(_write(tmp_path, graph)))
    assert result.exit_code == 1
    row = next(line for line in result.output.splitlines() if "李明" in line)
    assert "kg:title" in row and "Violation" in row
    assert "does not conform: 1 violation(s), 0 warning(s)" in result.output


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "no such file"),
        ("@prefix kg: <x> .\nkg:a kg:b", "not a readable RDF graph"),
        ("\x00\xff", "not a readable"),
    ],
    ids=["missing", "truncated turtle", "binary"],
)
def test_validate_cli_unreadable_file_exits_2_with_one_line(tmp_path, content, reason):
    path = tmp_path / "graph.ttl"
    if content is not None:
        path.write_text(content, encoding="latin-1")
    result = run_cli(str(path))
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and reason in lines[0]
    assert "Traceback" not in result.output
