"""A small hand-built corpus graph following docs/graph-contract.md, shared by the store,
query, serve, push and export tests; the tests here check that it follows the contract."""

from __future__ import annotations

import hashlib
from urllib.parse import quote

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.store import DocumentUnit
from kg.vocab import KG

ORG = Namespace("http://www.w3.org/ns/org#")
ID = "https://w3id.org/zhkg/id/"

DISTRICTS = {"高新区": ["高新技术产业开发区"], "经开区": ["经济技术开发区", "经济开发区"], "金水区": []}
OFFICIALS = {  # name: (title, district, document)
    "张明远": ("党工委书记", "高新区", 0),
    "赵启航": ("管委会主任", "高新区", 0),
    "李清华": ("党工委书记", "经开区", 0),
    "王雨桐": ("区委书记", "金水区", 1),
}
# (subject, relation, object, object type, document)
FACTS = [
    ("高新区", "pursues", "创新驱动发展战略", "Strategy", 0),
    ("高新区", "pursues", "数字化转型行动", "Strategy", 0),
    ("经开区", "pursues", "创新驱动发展战略", "Strategy", 0),
    ("经开区", "pursues", "数字化转型行动", "Strategy", 0),
    ("经开区", "pursues", "十四五规划", "Strategy", 0),
    ("金水区", "pursues", "十四五规划", "Strategy", 1),
    ("高新区", "builds", "智慧岛", "Project", 0),
    ("经开区", "builds", "国际物流园", "Project", 0),
    ("金水区", "builds", "金融中心", "Project", 1),
    ("高新区", "cooperatesWith", "中原理工大学", "Organization", 0),
    ("经开区", "cooperatesWith", "中原理工大学", "Organization", 0),
    ("金水区", "cooperatesWith", "星河集团", "Organization", 1),
    ("高新区", "develops", "信息技术产业", "Industry", 0),
    ("高新区", "partOf", "滨河市", "District", 0),
]
DOC_SOURCES = ["报道甲", "报道乙"]


def doc_id(index: int) -> str:
    return hashlib.sha256(DOC_SOURCES[index].encode()).hexdigest()[:16]


def doc_iri(index: int) -> str:
    return f"{ID}doc/{doc_id(index)}"


def entity(kind: str, name: str) -> URIRef:
    return URIRef(f"{ID}{kind.lower()}/{quote(name)}")


def _add_entity(g: Graph, kind: str, name: str, sentence: URIRef, aliases: list[str] = ()) -> URIRef:
    e = entity(kind, name)
    g.add((e, RDF.type, KG[kind]))
    g.add((e, RDFS.label, Literal(name, lang="zh")))
    g.add((e, SKOS.prefLabel, Literal(name, lang="zh")))
    for alias in aliases:
        g.add((e, SKOS.altLabel, Literal(alias, lang="zh")))
    g.add((e, KG.confidence, Literal("0.9", datatype=XSD.decimal)))
    g.add((e, PROV.wasDerivedFrom, sentence))
    return e


class _Doc:
    """Accumulates one document's graph, one sentence per fact."""

    def __init__(self, index: int) -> None:
        self.index, self.iri = index, URIRef(doc_iri(index))
        self.graph, self.text = Graph(), ""
        self.sha = hashlib.sha256(DOC_SOURCES[index].encode()).hexdigest()
        g = self.graph
        g.add((self.iri, RDF.type, KG.Document))
        g.add((self.iri, KG.sha256, Literal(self.sha)))
        g.add((self.iri, KG.sourcePath, Literal(f"reports/{index}.txt")))
        g.add((self.iri, DCTERMS.title, Literal(DOC_SOURCES[index], lang="zh")))

    def sentence(self, text: str) -> URIRef:
        n = len(list(self.graph.subjects(RDF.type, KG.Sentence)))
        s = URIRef(f"{self.iri}/s{n}")
        begin = len(self.text)
        self.text += text
        g = self.graph
        g.add((s, RDF.type, KG.Sentence))
        g.add((s, KG.text, Literal(text, lang="zh")))
        g.add((s, KG.beginIndex, Literal(begin)))
        g.add((s, KG.endIndex, Literal(begin + len(text))))
        g.add((s, DCTERMS.isPartOf, self.iri))
        return s

    def fact(self, s: URIRef, p: str, o: URIRef, sentence: URIRef) -> None:
        g = self.graph
        g.add((s, KG[p], o))
        st = URIRef(f"{ID}stmt/{hashlib.sha256(f'{s}{p}{o}'.encode()).hexdigest()[:16]}")
        g.add((st, RDF.type, RDF.Statement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, KG[p]))
        g.add((st, RDF.object, o))
        g.add((st, PROV.wasDerivedFrom, sentence))
        g.add((st, KG.confidence, Literal("0.8", datatype=XSD.decimal)))


def document_units(changed: int | None = None) -> list[DocumentUnit]:
    """The two documents; ``changed`` (a document index) gets one extra fact and a new hash."""
    docs = [_Doc(0), _Doc(1)]
    meeting = {}
    for d in docs:
        s = d.sentence("市委全会召开。")
        meeting[d.index] = _add_entity(d.graph, "Meeting", "市委全会", s)
    for name, (title, district, index) in OFFICIALS.items():
        d = docs[index]
        s = d.sentence(f"{district}{title}{name}发言。")
        dist = _add_entity(d.graph, "District", district, s, DISTRICTS[district])
        off = _add_entity(d.graph, "Official", name, s)
        d.graph.add((off, KG.title, Literal(title, lang="zh")))
        post = URIRef(f"{ID}post/{quote(district)}/{quote(title)}")
        d.graph.add((off, ORG.holds, post))
        d.graph.add((post, RDF.type, ORG.Post))
        d.graph.add((post, ORG.postIn, dist))
        d.graph.add((post, KG.title, Literal(title, lang="zh")))
        d.fact(off, "servesIn", dist, s)
        d.fact(off, "speaksAt", meeting[index], s)
        sp = URIRef(f"{d.iri}/speech{len(list(d.graph.subjects(RDF.type, KG.Speech)))}")
        d.graph.add((sp, RDF.type, KG.Speech))
        d.graph.add((sp, KG.speaker, off))
        d.graph.add((sp, KG.district, dist))
        d.graph.add((sp, DCTERMS.isPartOf, d.iri))
    for subj, rel, obj, kind, index in FACTS:
        d = docs[index]
        s = d.sentence(f"{subj}推进{obj}。")
        sub = _add_entity(d.graph, "District", subj, s, DISTRICTS.get(subj, []))
        ob = _add_entity(d.graph, kind, obj, s)
        d.fact(sub, rel, ob, s)
    if changed is not None:
        d = docs[changed]
        s = d.sentence("金水区推进城市更新行动。")
        strategy = _add_entity(d.graph, "Strategy", "城市更新行动", s)
        d.fact(entity("District", "金水区"), "pursues", strategy, s)
        d.sha = hashlib.sha256(b"changed").hexdigest()
        d.graph.set((d.iri, KG.sha256, Literal(d.sha)))
    return [DocumentUnit(doc_iri=str(d.iri), sha256=d.sha, graph=d.graph) for d in docs]


def union_graph(units: list[DocumentUnit] | None = None) -> Graph:
    """The corpus graph: the union of the per-document graphs."""
    g = Graph()
    for unit in units or document_units():
        for triple in unit.graph:
            g.add(triple)
    return g


@pytest.mark.parametrize("kind", ["District", "Official", "Strategy", "Project", "Organization"])
def test_corpus_entities_have_one_label(kind: str) -> None:
    g = union_graph()
    entities = set(g.subjects(RDF.type, KG[kind]))
    assert entities
    for e in entities:
        assert len(set(g.objects(e, RDFS.label))) == 1


def test_corpus_every_relation_has_evidence() -> None:
    g = union_graph()
    for st in g.subjects(RDF.type, RDF.Statement):
        triple = (g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object))
        assert triple in g
        assert (g.value(st, PROV.wasDerivedFrom), RDF.type, KG.Sentence) in g


def test_corpus_changed_document_differs_only_where_changed() -> None:
    before, after = document_units(), document_units(changed=1)
    assert before[0].sha256 == after[0].sha256
    assert before[1].sha256 != after[1].sha256
    assert len(after[1].graph) > len(before[1].graph)
