"""Check a graph against ``ontology/shapes.ttl`` with pySHACL and report violations readably."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal as Lang
from urllib.parse import unquote

import pyshacl
from rdflib import RDF, RDFS, SH, BNode, ConjunctiveGraph, Graph, Literal, Node

from kg.resources import ontology_dir

Inference = Lang["none", "rdfs", "owlrl", "both"]

_PREFIXES = (
    ("kg:", "https://w3id.org/zhkg/ontology#"),
    ("id:", "https://w3id.org/zhkg/id/"),
    ("kgsh:", "https://w3id.org/zhkg/shapes#"),
    ("rdf:", str(RDF)),
    ("rdfs:", str(RDFS)),
    ("skos:", "http://www.w3.org/2004/02/skos/core#"),
    ("org:", "http://www.w3.org/ns/org#"),
    ("prov:", "http://www.w3.org/ns/prov#"),
    ("dcterms:", "http://purl.org/dc/terms/"),
    ("xsd:", "http://www.w3.org/2001/XMLSchema#"),
    ("sh:", str(SH)),
)
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result, in words."""

    focus: str  # the focus node's IRI (compact) or blank-node id
    label: str  # the focus node's rdfs:label (Chinese first), else ``focus``
    path: str  # the property concerned (compact), "" for a constraint on the node itself
    value: str  # the offending value (its label if it has one), "" when none (e.g. a missing property)
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    shape: str  # the shape that reported it (compact)


@dataclass(frozen=True)
class ValidationReport:
    """Whether a graph conforms; warnings are listed but do not break conformance."""

    conforms: bool
    violations: tuple[Violation, ...]

    def count(self, severity: str) -> int:
        return sum(v.severity == severity for v in self.violations)


@cache
def _shapes() -> Graph:
    return Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


@cache
def _ontology() -> Graph:
    return Graph().parse(ontology_dir() / "kg.ttl", format="turtle")


def compact(node: Node | None) -> str:
    """A readable form of a term: ``kg:servesIn``, ``id:district/…`` (percent-decoded), a literal's text."""
    if node is None:
        return ""
    if isinstance(node, Literal):
        return str(node)
    if isinstance(node, BNode):
        return f"_:{node}"
    text = unquote(str(node))
    for prefix, namespace in _PREFIXES:
        if text.startswith(namespace):
            return prefix + text[len(namespace) :]
    return f"<{text}>"


def _name(graph: Graph, node: Node | None) -> str:
    """A node's rdfs:label (Chinese first), else its compact form."""
    labels = [lit for lit in graph.objects(node, RDFS.label) if isinstance(lit, Literal)] if node else []
    return str(min(labels, key=lambda lit: (lit.language != "zh", str(lit)))) if labels else compact(node)


def _language(message: Literal) -> str:
    """The message's language tag; pySHACL drops tags on SPARQL-constraint messages, so guess by script."""
    if message.language:
        return message.language
    return "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in message) else "en"


def _message(results: Graph, result: Node, lang: str) -> str:
    messages = [m for m in results.objects(result, SH.resultMessage) if isinstance(m, Literal)]
    for wanted in (lang, "en"):
        chosen = sorted(str(m) for m in messages if _language(m) == wanted)
        if chosen:
            return chosen[0]
    component = results.value(result, SH.sourceConstraintComponent)
    return compact(component) if component is not None else "constraint not satisfied"


def _violation(results: Graph, result: Node, data: Graph, lang: str) -> Violation:
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    severity = results.value(result, SH.resultSeverity)
    return Violation(
        focus=compact(focus),
        label=_name(data, focus),
        path="(complex path)" if isinstance(path, BNode) else compact(path),
        value=_name(data, results.value(result, SH.value)),
        message=_message(results, result, lang),
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        shape=compact(results.value(result, SH.sourceShape)),
    )


def _union(graph: Graph) -> Graph:
    """A plain graph of every triple, whatever named graph it sits in."""
    if not isinstance(graph, ConjunctiveGraph):
        return graph
    union = Graph()
    for prefix, namespace in graph.namespaces():
        union.bind(prefix, namespace)
    for s, p, o, _ in graph.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def validate(graph: Graph, *, inference: Inference = "none", lang: str = "en") -> ValidationReport:
    """Validate ``graph`` (a Graph, or a Dataset as the union of its named graphs) against the shapes.

    The ontology is the pySHACL ``ont_graph`` (so ``sh:class`` sees ``kg:Post`` as an ``org:Post``);
    RDFS/OWL-RL inference is off unless asked for. Messages are in ``lang`` ("en" or "zh").
    """
    data = _union(graph)
    conforms, results, _ = pyshacl.validate(
        data,
        shacl_graph=_shapes(),
        ont_graph=_ontology(),
        inference=inference,
        advanced=True,  # SPARQL targets of the cross-node checks
        allow_warnings=True,
        allow_infos=True,
    )
    if not isinstance(results, Graph):  # pySHACL could not run the shapes at all
        raise RuntimeError(f"shapes.ttl is not usable: {results}")
    violations = [
        _violation(results, result, data, lang) for result in results.subjects(RDF.type, SH.ValidationResult)
    ]
    violations.sort(key=lambda v: (_SEVERITY_ORDER.get(v.severity, 3), v.label, v.path, v.message, v.value))
    return ValidationReport(conforms=bool(conforms), violations=tuple(violations))
