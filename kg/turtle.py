"""Turtle exactly as rdflib writes it, with each IRI's prefixed name worked out once.

rdflib's serializer works out the prefixed name of an IRI at every occurrence,
and IRIs it cannot shorten (``id/district/410173``) miss its cache every time:
most of the time spent writing a corpus graph. ``get_pname`` depends only on the
IRI and the namespaces bound, so remembering its answers gives the same bytes as
long as the memo is dropped whenever a namespace gets bound (rdflib binds ``ns1``…
to the unknown namespace of a predicate).
"""

from __future__ import annotations

import io

from rdflib import Graph
from rdflib.plugins.serializers.turtle import TurtleSerializer
from rdflib.term import Node


class MemoTurtleSerializer(TurtleSerializer):
    def reset(self) -> None:
        super().reset()
        self._pnames: dict[tuple[Node, bool], str | None] = {}

    def get_pname(self, uri: Node, gen_prefix: bool = True) -> str | None:
        key = (uri, gen_prefix)
        if key in self._pnames:
            return self._pnames[key]
        bound = len(list(self.store.namespaces())) if gen_prefix else 0
        pname = super().get_pname(uri, gen_prefix)
        if gen_prefix and len(list(self.store.namespaces())) != bound:  # a namespace was bound
            self._pnames.clear()
        self._pnames[key] = pname
        return pname


def turtle_bytes(graph: Graph) -> bytes:
    """``graph.serialize(format="turtle", encoding="utf-8")``, faster."""
    stream = io.BytesIO()
    MemoTurtleSerializer(graph).serialize(stream, encoding="utf-8")
    return stream.getvalue()
