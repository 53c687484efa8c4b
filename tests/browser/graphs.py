"""Hand-built graphs that follow docs/graph-contract.md, for the network and render tests."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from urllib.parse import quote

import pytest
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV

from kg.vocab import KG

ID = Namespace("https://w3id.org/zhkg/id/")
SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


class ContractGraph:
    """Adds documents, sentences, entities, posts and relations the way the contract says."""

    def __init__(self) -> None:
        self.graph = Graph()
        for prefix, ns in (("kg", KG), ("org", ORG), ("prov", PROV), ("skos", SKOS), ("dcterms", DCTERMS)):
            self.graph.bind(prefix, ns)

    def document(self, doc_id: str, title: str, path: str) -> URIRef:
        doc = ID[f"doc/{doc_id}"]
        self.graph.add((doc, RDF.type, KG.Document))
        self.graph.add((doc, DCTERMS.title, zh(title)))
        self.graph.add((doc, KG.sourcePath, Literal(path)))
        return doc

    def sentence(self, doc: URIRef, index: int, text: str, begin: int = 0) -> URIRef:
        sentence = URIRef(f"{doc}/s{index}")
        self.graph.add((sentence, RDF.type, KG.Sentence))
        self.graph.add((sentence, KG.text, zh(text)))
        self.graph.add((sentence, KG.beginIndex, Literal(begin)))
        self.graph.add((sentence, KG.endIndex, Literal(begin + len(text))))
        self.graph.add((sentence, DCTERMS.isPartOf, doc))
        return sentence

    def entity(self, etype: str, name: str, aliases=(), evidence=(), title: str = "") -> URIRef:
        iri = ID[f"{etype.lower()}/{quote(name, safe='')}"]
        self.graph.add((iri, RDF.type, KG[etype]))
        self.graph.add((iri, RDFS.label, zh(name)))
        self.graph.add((iri, SKOS.prefLabel, zh(name)))
        self.graph.add((iri, KG.confidence, Literal("0.9", datatype=XSD.decimal)))
        for alias in aliases:
            self.graph.add((iri, SKOS.altLabel, zh(alias)))
        for sentence in evidence:
            self.graph.add((iri, PROV.wasDerivedFrom, sentence))
        if title:
            self.graph.add((iri, KG.title, zh(title)))
        return iri

    def post(self, official: URIRef, title: str, place: URIRef) -> URIRef:
        post = ID[f"post/{quote(str(official).rsplit('/', 1)[1], safe='%')}-{quote(title, safe='')}"]
        self.graph.add((official, ORG.holds, post))
        self.graph.add((post, RDF.type, ORG.Post))
        self.graph.add((post, ORG.postIn, place))
        self.graph.add((post, KG.title, zh(title)))
        return post

    def relate(self, s: URIRef, predicate: str, o: URIRef, evidence=(), confidence: str = "0.8") -> URIRef:
        self.graph.add((s, KG[predicate], o))
        digest = hashlib.sha256(f"{s} {predicate} {o}".encode()).hexdigest()[:16]
        statement = ID[f"stmt/{digest}"]
        self.graph.add((statement, RDF.type, RDF.Statement))
        self.graph.add((statement, RDF.subject, s))
        self.graph.add((statement, RDF.predicate, KG[predicate]))
        self.graph.add((statement, RDF.object, o))
        self.graph.add((statement, KG.confidence, Literal(confidence, datatype=XSD.decimal)))
        for sentence in evidence:
            self.graph.add((statement, PROV.wasDerivedFrom, sentence))
        return statement


def gold_graph(name: str = "zhengzhou-2021-01") -> Graph:
    """The sample report's gold annotation as a contract graph, with sentences from its text."""
    gold = json.loads((SAMPLE / f"{name}.gold.json").read_text(encoding="utf-8"))
    text = (SAMPLE / f"{name}.txt").read_text(encoding="utf-8")
    builder = ContractGraph()
    doc = builder.document("0123456789abcdef", "郑州日报 2021年1月 分组讨论发言", f"examples/{name}.txt")
    sentences = []
    for match in re.finditer(r"[^。！？\n]+[。！？]?", text):
        if match.group().strip():
            sentence = builder.sentence(doc, len(sentences), match.group().strip(), match.start())
            sentences.append((match.group(), sentence))

    def mentions(*names: str):
        return [s for body, s in sentences if all(n in body for n in names)]

    iris = {}
    forms = {}
    for entity in gold["entities"]:
        names = [entity["name"], *entity.get("aliases", [])]
        evidence = sorted({s for n in names for s in mentions(n)}, key=str)
        iris[entity["name"]] = builder.entity(
            entity["type"], entity["name"], entity.get("aliases", []), evidence, entity.get("title", "")
        )
        forms[entity["name"]] = names
    for r in gold["relations"]:
        title = next(e.get("title", "") for e in gold["entities"] if e["name"] == r["s"])
        if r["p"] == "servesIn" and title:
            builder.post(iris[r["s"]], title, iris[r["o"]])
        both = [s for a in forms[r["s"]] for b in forms[r["o"]] for s in mentions(a, b)]
        evidence = both[:2] or [s for b in forms[r["o"]] for s in mentions(b)][:1]
        builder.relate(iris[r["s"]], r["p"], iris[r["o"]], evidence)
    return builder.graph


def xss_graph() -> Graph:
    """A small corpus whose report, sentences and one name carry script and onerror payloads."""
    builder = ContractGraph()
    doc = builder.document("feedfacefeedface", f"恶意报告{XSS_SCRIPT}", f"reports/{XSS_IMG}.txt")
    s0 = builder.sentence(doc, 0, f"示范区党工委书记李明表示{XSS_SCRIPT}要建设{XSS_IMG}创新港。")
    s1 = builder.sentence(doc, 1, f"示范区将坚持“{XSS_IMG}”战略。", 40)
    district = builder.entity("District", "示范区", ["测试示范区"], [s0, s1])
    official = builder.entity("Official", "李明", [], [s0], title="党工委书记")
    project = builder.entity("Project", f"{XSS_IMG}创新港", [XSS_SCRIPT], [s0])
    strategy = builder.entity("Strategy", XSS_IMG, [], [s1])
    builder.post(official, "党工委书记", district)
    builder.relate(official, "servesIn", district, [s0])
    builder.relate(district, "builds", project, [s0])
    builder.relate(district, "pursues", strategy, [s1])
    return builder.graph


@pytest.fixture(scope="session")
def sample_graph() -> Graph:
    return gold_graph()


@pytest.fixture(scope="session")
def hostile_graph() -> Graph:
    return xss_graph()
