"""An in-memory rdflib store for one graph that takes its triples in bulk.

rdflib's ``Memory`` store keeps contexts, per-triple events and five indices for
every triple it adds (some 13 µs each). A built graph is one context, assembled
once and then read: this store keeps the three indices any triple pattern needs
(subject, predicate and object first), fills them in one loop (``load``) and
iterates in insertion order, so whatever reads it sees the same order each run.
A ``Graph(store=TripleStore())`` keeps the whole rdflib Graph API.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib.graph import Graph
from rdflib.store import Store
from rdflib.term import Node, URIRef

Triple = tuple[Node, Node, Node]
Pattern = tuple[Node | None, Node | None, Node | None]
Index = dict[Node, dict[Node, dict[Node, None]]]


class TripleStore(Store):
    """The triples of one graph, indexed spo, pos and osp in insertion-ordered nested dicts.

    Context- and graph-aware as rdflib's datasets expect of a graph's store (pySHACL
    wraps one around it), with one context: the graph that adds to it first.
    """

    context_aware = True
    formula_aware = False
    graph_aware = True
    transaction_aware = False

    def __init__(self, configuration: str | None = None, identifier: Node | None = None) -> None:
        super().__init__(configuration)
        self.identifier = identifier
        self._graph: Graph | None = None  # the one context
        self._spo: Index = {}
        self._pos: Index = {}
        self._osp: Index = {}
        self._size = 0
        self._namespace: dict[str, URIRef] = {}
        self._prefix: dict[URIRef, str] = {}

    def load(self, triples: Iterable[Triple], context: Graph | None = None) -> None:
        """Add many triples of ``context`` at once (those already held are skipped)."""
        self._claim(context)
        spo, pos, osp = self._spo, self._pos, self._osp
        added = 0
        for s, p, o in triples:
            po = spo.get(s)
            if po is None:
                po = spo[s] = {}
            objects = po.get(p)
            if objects is None:
                objects = po[p] = {}
            if o in objects:
                continue
            objects[o] = None
            os_ = pos.get(p)
            if os_ is None:
                os_ = pos[p] = {}
            subjects = os_.get(o)
            if subjects is None:
                subjects = os_[o] = {}
            subjects[s] = None
            sp = osp.get(o)
            if sp is None:
                sp = osp[o] = {}
            predicates = sp.get(s)
            if predicates is None:
                predicates = sp[s] = {}
            predicates[p] = None
            added += 1
        self._size += added

    def add(self, triple: Triple, context: Graph | None = None, quoted: bool = False) -> None:
        self.load((triple,), context)

    def addN(self, quads: Iterable[tuple[Node, Node, Node, Graph]]) -> None:
        for s, p, o, context in quads:
            self.add((s, p, o), context)

    def remove(self, pattern: Pattern, context: Graph | None = None) -> None:
        for (s, p, o), _ in list(self.triples(pattern, context)):
            _drop(self._spo, s, p, o)
            _drop(self._pos, p, o, s)
            _drop(self._osp, o, s, p)
            self._size -= 1

    def triples(
        self, pattern: Pattern, context: Graph | None = None
    ) -> Iterator[tuple[Triple, Iterator[Graph]]]:
        """The triples matching ``pattern`` (None matches anything), from a snapshot of the index."""
        if not self._holds(context):
            return
        s, p, o = pattern
        if s is not None:
            found = ((s, p2, o2) for p2, o2 in _pairs(self._spo.get(s), p, o))
        elif p is not None:
            found = ((s2, p, o2) for o2, s2 in _pairs(self._pos.get(p), o, None))
        elif o is not None:
            found = ((s2, p2, o) for s2, p2 in _pairs(self._osp.get(o), None, None))
        else:
            found = ((s2, p2, o2) for s2, po in list(self._spo.items()) for p2, o2 in _pairs(po, None, None))
        for triple in found:
            yield triple, self.contexts()

    def __len__(self, context: Graph | None = None) -> int:
        return self._size if self._holds(context) else 0

    def contexts(self, triple: Triple | None = None) -> Iterator[Graph]:
        if self._graph is not None and (triple is None or any(self.triples(triple))):
            yield self._graph

    def add_graph(self, graph: Graph) -> None:
        self._claim(graph)

    def remove_graph(self, graph: Graph) -> None:
        if self._graph is not None and _identifier(graph) == self._graph.identifier:
            self._spo, self._pos, self._osp, self._size, self._graph = {}, {}, {}, 0, None

    def _claim(self, context: Graph | None) -> None:
        """Make ``context`` the store's graph; any other graph may not add to it."""
        if self._graph is None:
            self._graph = context
        elif context is not None and _identifier(context) != self._graph.identifier:
            raise ValueError(f"a TripleStore holds one graph, {self._graph.identifier}")

    def _holds(self, context: Graph | None) -> bool:
        """Whether triples asked of ``context`` are this store's (None: of every context)."""
        return context is None or self._graph is None or _identifier(context) == self._graph.identifier

    def bind(self, prefix: str, namespace: URIRef, override: bool = True) -> None:
        """As rdflib's ``Memory.bind``: ``override`` rebinds a prefix or namespace already bound."""
        bound_namespace = self._namespace.get(prefix)
        bound_prefix = self._prefix.get(namespace)
        if bound_prefix is None and bound_namespace is not None:
            bound_prefix = self._prefix.get(bound_namespace)
        if override:
            if bound_prefix is not None:
                del self._namespace[bound_prefix]
            if bound_namespace is not None:
                del self._prefix[bound_namespace]
            self._prefix[namespace] = prefix
            self._namespace[prefix] = namespace
        else:
            kept_namespace = namespace if bound_namespace is None else bound_namespace
            kept_prefix = prefix if bound_prefix is None else bound_prefix
            self._prefix[kept_namespace] = kept_prefix
            self._namespace[kept_prefix] = kept_namespace

    def namespace(self, prefix: str) -> URIRef | None:
        return self._namespace.get(prefix)

    def prefix(self, namespace: URIRef) -> str | None:
        return self._prefix.get(namespace)

    def namespaces(self) -> Iterator[tuple[str, URIRef]]:
        yield from list(self._namespace.items())


def _identifier(context: Graph | Node) -> Node:
    return context.identifier if isinstance(context, Graph) else context


def _pairs(index: dict[Node, dict[Node, None]] | None, first: Node | None, second: Node | None):
    """``(key, inner key)`` pairs of a two-level index, each level restricted when given."""
    if not index:
        return
    keys = (first,) if first is not None else list(index)
    for key in keys:
        inner = index.get(key)
        if not inner:
            continue
        if second is not None:
            if second in inner:
                yield key, second
        else:
            for value in list(inner):
                yield key, value


def _drop(index: Index, a: Node, b: Node, c: Node) -> None:
    """Remove ``c`` from ``index[a][b]``, and any level left empty."""
    inner = index[a]
    del inner[b][c]
    if not inner[b]:
        del inner[b]
        if not inner:
            del index[a]
