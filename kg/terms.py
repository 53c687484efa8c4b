"""RDF terms as N-Triples strings: cheap to build, hash, sort and pickle.

A document's triples are built, sent back from worker processes and merged as
tuples of these strings; ``Nodes`` turns each distinct string into its rdflib
term once, where the corpus graph is made, rather than once per triple.
"""

from __future__ import annotations

import re

from rdflib.term import Literal, URIRef

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_ESCAPED = re.compile(r'\\([\\"nr])')
_UNESCAPES = {"\\": "\\", '"': '"', "n": "\n", "r": "\r"}


def iri(value: str) -> str:
    """``<value>`` (kg's IRIs are percent-encoded, so no escaping is needed)."""
    return f"<{value}>"


def literal(lexical: str, language: str = "", datatype: str = "") -> str:
    """``"lexical"``, ``"lexical"@language`` or ``"lexical"^^<datatype>``, escaped as N-Triples."""
    quoted = f'"{lexical.translate(_ESCAPES)}"'
    if language:
        return f"{quoted}@{language}"
    return f"{quoted}^^<{datatype}>" if datatype else quoted


def to_node(term: str) -> URIRef | Literal:
    """The rdflib term of an N-Triples term made by ``iri`` or ``literal``."""
    if term.startswith("<"):
        return URIRef(term[1:-1])
    end = term.rindex('"')  # a language tag or datatype IRI holds no quote
    lexical = _ESCAPED.sub(lambda m: _UNESCAPES[m.group(1)], term[1:end])
    suffix = term[end + 1 :]
    if suffix.startswith("@"):
        return Literal(lexical, lang=suffix[1:])
    if suffix.startswith("^^"):
        return Literal(lexical, datatype=URIRef(suffix[3:-1]))
    return Literal(lexical)


class Nodes(dict):
    """N-Triples term → rdflib term, each made on first use."""

    def __missing__(self, term: str) -> URIRef | Literal:
        node = self[term] = to_node(term)
        return node
