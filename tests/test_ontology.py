"""The ontology (ontology/kg.ttl): parses twice, is labelled in Chinese and English, keeps the
contract's names, stays OWL 2 DL-friendly, drives kg/vocab.py and ships in the wheel."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS

from kg.resources import ontology_dir
from kg.types import EntityType, RelationType
from kg.vocab import KG

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
NS = str(KG)
DCTERMS = "http://purl.org/dc/terms/"
BUILTIN = (str(RDF), str(RDFS), str(OWL), "http://www.w3.org/2001/XMLSchema#")
KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def _terms() -> list[URIRef]:
    graph = Graph().parse(ONTOLOGY, format="turtle")
    return sorted({s for s in graph.subjects(RDF.type, None) if str(s).startswith(NS)})


def _union_members(graph: Graph, node) -> set:
    if isinstance(node, BNode):
        return set(Collection(graph, graph.value(node, OWL.unionOf)))
    return {node}


def _load_generator():
    spec = importlib.util.spec_from_file_location("generate_vocab", ROOT / "scripts" / "generate_vocab.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- parsing ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["kg.ttl", "shapes.ttl"])
def test_ontology_parses_identically_with_rdflib_and_oxigraph(name):
    """A second, independent parser (Oxigraph, in Rust) reads the same ground triples."""
    path = ROOT / "ontology" / name
    onto = Graph().parse(path, format="turtle")
    oxi = list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(oxi) == len(onto) > 100

    def ground(triples):
        return {t for t in triples if not any(isinstance(x, (BNode, pyoxigraph.BlankNode)) for x in t)}

    def text(term) -> str:
        if isinstance(term, (pyoxigraph.NamedNode, URIRef)):
            return f"<{term.value if isinstance(term, pyoxigraph.NamedNode) else term}>"
        if isinstance(term, Literal):
            return f"{term}|{term.language or ''}|{term.datatype or ''}"
        return f"{term.value}|{term.language or ''}|{'' if term.language else term.datatype.value}"

    from_oxi = {tuple(text(x) for x in (t.subject, t.predicate, t.object)) for t in ground(oxi)}
    from_rdflib = {tuple(text(x) for x in t) for t in ground(onto)}
    # rdflib leaves plain literals without a datatype; Oxigraph gives xsd:string.
    from_rdflib = {
        tuple(x.replace("||", "||http://www.w3.org/2001/XMLSchema#string") for x in t) for t in from_rdflib
    }
    assert from_oxi == from_rdflib


def test_ontology_header(onto):
    ontology = onto.value(None, RDF.type, OWL.Ontology)
    assert ontology == URIRef("https://w3id.org/zhkg/ontology")
    assert onto.value(ontology, OWL.versionInfo) is not None
    assert str(onto.value(ontology, OWL.versionIRI)).startswith(str(ontology) + "/")
    assert onto.value(ontology, URIRef(DCTERMS + "license")) is not None
    for prop in ("title", "description"):
        langs = {lit.language for lit in onto.objects(ontology, URIRef(DCTERMS + prop))}
        assert langs == {"zh", "en"}, prop


# --- labels and names ---------------------------------------------------------------------------


@pytest.mark.parametrize("term", _terms(), ids=lambda t: str(t)[len(NS) :])
def test_ontology_term_has_one_label_and_comment_per_language(onto, term):
    for prop in (RDFS.label, RDFS.comment):
        langs = sorted(lit.language for lit in onto.objects(term, prop))
        assert langs == ["en", "zh"], (term, prop)
    assert onto.value(term, RDFS.isDefinedBy) == URIRef("https://w3id.org/zhkg/ontology")


CONTRACT_CLASSES = [t.value for t in EntityType] + ["Speech", "Document", "Sentence", "Post"]
CONTRACT_OBJECT_PROPERTIES = [r.value for r in RelationType] + [
    "speaker",
    "district",
    "atMeeting",
    "mentions",
]
CONTRACT_DATATYPE_PROPERTIES = [
    "title",
    "confidence",
    "divisionCode",
    "sha256",
    "sourcePath",
    "headline",
    "text",
    "beginIndex",
    "endIndex",
]


@pytest.mark.parametrize(
    ("name", "kind"),
    [(n, OWL.Class) for n in CONTRACT_CLASSES]
    + [(n, OWL.ObjectProperty) for n in CONTRACT_OBJECT_PROPERTIES]
    + [(n, OWL.DatatypeProperty) for n in CONTRACT_DATATYPE_PROPERTIES],
)
def test_ontology_defines_contract_name(onto, name, kind):
    assert (URIRef(NS + name), RDF.type, kind) in onto
    assert KG[name] == URIRef(NS + name)


# domain → range of the seven relations, as ANNOTATION.md states them
RELATIONS = [
    ("servesIn", {"Official"}, {"District", "Organization"}),
    ("pursues", {"District"}, {"Strategy"}),
    ("builds", {"District"}, {"Project"}),
    ("develops", {"District"}, {"Industry"}),
    ("cooperatesWith", {"District"}, {"Organization"}),
    ("speaksAt", {"Official"}, {"Meeting"}),
    ("partOf", {"District"}, {"District"}),
]


@pytest.mark.parametrize(("name", "domain", "range_"), RELATIONS, ids=[r[0] for r in RELATIONS])
def test_ontology_relation_domain_and_range(onto, name, domain, range_):
    prop = KG[name]
    assert _union_members(onto, onto.value(prop, RDFS.domain)) == {KG[c] for c in domain}
    assert _union_members(onto, onto.value(prop, RDFS.range)) == {KG[c] for c in range_}


@pytest.mark.parametrize(
    ("cls", "parent"),
    [
        ("Post", "http://www.w3.org/ns/org#Post"),
        ("Official", "http://xmlns.com/foaf/0.1/Person"),
        ("Official", "http://schema.org/Person"),
        ("Organization", "http://www.w3.org/ns/org#Organization"),
        ("District", "http://schema.org/AdministrativeArea"),
        ("Meeting", "http://schema.org/Event"),
        ("Document", "http://www.w3.org/ns/prov#Entity"),
        ("Sentence", "http://www.w3.org/ns/prov#Entity"),
    ],
)
def test_ontology_aligns_with_standard_vocabularies(onto, cls, parent):
    assert (KG[cls], RDFS.subClassOf, URIRef(parent)) in onto


def test_ontology_part_of_is_not_transitive(onto):
    """Documented choice: the graph stores direct containment; SPARQL kg:partOf+ gives the closure."""
    assert (KG.partOf, RDF.type, OWL.TransitiveProperty) not in onto


# --- OWL 2 DL hygiene (what Protégé and the OWL API need) ---------------------------------------


def test_ontology_declares_every_external_term_it_uses(onto):
    declared = {s for kind in KINDS for s in onto.subjects(RDF.type, kind)}
    used_properties = {p for p in onto.predicates() if not str(p).startswith(BUILTIN)}
    used_classes = {
        o
        for p in (RDFS.subClassOf, RDFS.domain, RDFS.range)
        for o in onto.objects(None, p)
        if isinstance(o, URIRef) and not str(o).startswith(BUILTIN)
    }
    chained = {x for node in onto.objects(None, OWL.propertyChainAxiom) for x in Collection(onto, node)}
    assert (used_properties | used_classes | chained) - declared == set()


def test_ontology_has_no_punning(onto):
    """No IRI is declared as two kinds of entity (class and property, or two property kinds)."""
    for term in {s for kind in KINDS for s in onto.subjects(RDF.type, kind)}:
        kinds = [k for k in KINDS if (term, RDF.type, k) in onto]
        assert len(kinds) == 1, (term, kinds)


# --- the generated vocabulary -------------------------------------------------------------------


def test_vocab_is_up_to_date_with_the_ontology():
    committed = (ROOT / "kg" / "vocab.py").read_text(encoding="utf-8")
    assert _load_generator().render(ONTOLOGY) == committed, "run: python scripts/generate_vocab.py"


def test_vocab_render_follows_the_ontology(tmp_path):
    extra = tmp_path / "kg.ttl"
    extra.write_text(
        ONTOLOGY.read_text(encoding="utf-8")
        + '\nkg:hosts a owl:ObjectProperty ; rdfs:label "举办"@zh , "hosts"@en .\n',
        encoding="utf-8",
    )
    rendered = _load_generator().render(extra)
    assert "    hosts: URIRef  # hosts\n" in rendered
    assert "    hosts: URIRef" not in (ROOT / "kg" / "vocab.py").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["servesin", "ServesIn", "serves_in", "Person"])
def test_vocab_misspelt_term_raises(name):
    with pytest.raises(AttributeError):
        getattr(KG, name)


def test_vocab_covers_every_ontology_term():
    for term in _terms():
        assert getattr(KG, str(term)[len(NS) :]) == term


def test_shapes_use_only_ontology_terms():
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl", format="turtle")
    used = {x for t in shapes for x in t if isinstance(x, URIRef) and str(x).startswith(NS)}
    assert used, "shapes.ttl should constrain kg: terms"
    assert used <= set(_terms())


# --- packaging ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["kg.ttl", "shapes.ttl"])
def test_ontology_dir_holds_ontology_files(name):
    assert (ontology_dir() / name).is_file()


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("kg-*.whl")
    return built


@pytest.mark.slow
def test_wheel_ships_the_ontology(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"kg/ontology/kg.ttl", "kg/ontology/shapes.ttl", "kg/vocab.py"} <= names
    shipped = zipfile.ZipFile(wheel).read("kg/ontology/kg.ttl")
    assert shipped == ONTOLOGY.read_bytes()


@pytest.mark.slow
def test_installed_wheel_finds_its_ontology_inside_the_package(wheel, tmp_path):
    zipfile.ZipFile(wheel).extractall(tmp_path)
    code = "from kg.resources import ontology_dir; print(ontology_dir())"
    found = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(tmp_path)!r}); {code}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert Path(found) == tmp_path / "kg" / "ontology"
    assert (Path(found) / "kg.ttl").is_file()
