"""Generate ``kg/vocab.py`` (the ``KG`` DefinedNamespace) from ``ontology/kg.ttl``.

The equivalent of rdflib's ``rdflib/tools/defined_namespace_creator.py`` with a
deterministic output (no timestamp, terms grouped by kind and sorted), so the
committed file can be checked against a fresh rendering.

    python scripts/generate_vocab.py          # rewrite kg/vocab.py
    python scripts/generate_vocab.py --check  # exit 1 if kg/vocab.py is stale
"""

from __future__ import annotations

import argparse
import keyword
import sys
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
TARGET = ROOT / "kg" / "vocab.py"
NAMESPACE = "https://w3id.org/zhkg/ontology#"

_KINDS = (
    (OWL.Class, "Classes"),
    (OWL.ObjectProperty, "Object properties"),
    (OWL.DatatypeProperty, "Datatype properties"),
    (OWL.AnnotationProperty, "Annotation properties"),
)

_HEADER = '''"""The kg ontology's terms: ``KG.servesIn`` works, a misspelt term (``KG.servesin``) raises.

Generated from ontology/kg.ttl by scripts/generate_vocab.py; do not edit by hand.
{title}
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class KG(DefinedNamespace):
    """Terms of {namespace}"""

    _NS = Namespace("{namespace}")
    _fail = True
'''


def _english(graph: Graph, subject: URIRef, predicate: URIRef) -> str:
    values = [o for o in graph.objects(subject, predicate) if isinstance(o, Literal) and o.language == "en"]
    return " ".join(str(min(values)).split()) if values else ""


def _local(term: URIRef) -> str:
    name = str(term)[len(NAMESPACE) :]
    if not name.isidentifier() or keyword.iskeyword(name):
        raise ValueError(f"{term} is not a Python identifier")
    return name


def render(ontology: Path = ONTOLOGY) -> str:
    """The source of ``kg/vocab.py`` for the ontology at ``ontology``."""
    graph = Graph().parse(ontology, format="turtle")
    ontology_iri = next(graph.subjects(RDF.type, OWL.Ontology))
    title = _english(graph, ontology_iri, URIRef("http://purl.org/dc/terms/title"))
    parts = [_HEADER.format(title=title, namespace=NAMESPACE)]
    seen: set[URIRef] = set()
    for kind, heading in _KINDS:
        terms = sorted(
            t for t in graph.subjects(RDF.type, kind) if str(t).startswith(NAMESPACE) and t not in seen
        )
        if not terms:
            continue
        seen.update(terms)
        parts.append(f"\n    # {heading}\n")
        parts.extend(f"    {_local(t)}: URIRef  # {_english(graph, t, RDFS.label)}\n" for t in terms)
    others = sorted(
        {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(NAMESPACE)}
        - seen
    )
    if others:
        raise ValueError(f"terms of no known kind: {', '.join(others)}")
    return "".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if kg/vocab.py is not up to date")
    args = parser.parse_args(argv)
    source = render()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != source:
            print(f"{TARGET.relative_to(ROOT)} is stale: run scripts/generate_vocab.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(source, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
