"""Score built graphs against gold annotations (the semantics of ANNOTATION.md).

An entity of a graph is a node typed with a class whose local name is one of
the seven guideline types; its names are its ``rdfs:label``, ``skos:prefLabel``
and ``skos:altLabel`` values after :func:`normalise`. A relation is a triple
whose predicate's local name is one of the seven guideline relations, between
two such entities.

A predicted entity matches a gold entity of the same type when their names
meet; each gold entity is matched at most once (nodes with more names choose
first). A predicted relation is right when both ends match gold entities and
the gold file has that relation between them. Precision, recall and F1 are
micro-averaged over all (graph, gold) pairs, per type, per relation and overall.
This agrees with the shared ``score.py``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, Graph
from rdflib.namespace import SKOS
from rdflib.term import Node

from kg.types import EntityType, RelationType

TYPES: tuple[str, ...] = tuple(t.value for t in EntityType)
RELATIONS: tuple[str, ...] = tuple(r.value for r in RelationType)
ENTITIES_ROW = "entities"
RELATIONS_ROW = "relations"

_DROP = re.compile(r"[\s\"'“”‘’《》「」『』〈〉]")
_LOCAL = re.compile(r"[#/]")
_NAME_PREDICATES = (RDFS.label, SKOS.prefLabel, SKOS.altLabel)


def normalise(name: str) -> str:
    """NFKC, without white space, quotes and title marks."""
    return _DROP.sub("", unicodedata.normalize("NFKC", str(name)))


def local_name(iri: Node) -> str:
    """The part of an IRI after its last ``#`` or ``/``."""
    return _LOCAL.split(str(iri))[-1]


def relation_key(predicate: str) -> str:
    """Row key of a relation in :class:`Scores` (``rel:servesIn``)."""
    return f"rel:{predicate}"


# --- gold ---------------------------------------------------------------------------------


class InputError(ValueError):
    """A gold file or graph that cannot be read; the message names the file."""


@dataclass(frozen=True)
class GoldEntity:
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    title: str = ""

    @property
    def names(self) -> frozenset[str]:
        """Normalised name and aliases."""
        return frozenset(normalise(n) for n in (self.name, *self.aliases))


@dataclass(frozen=True)
class GoldRelation:
    s: str
    p: str
    o: str


@dataclass(frozen=True)
class Gold:
    """One gold annotation: the text it annotates, its entities and relations."""

    text: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]
    source: str = ""  # where it was read from, for messages


def load_gold(path: str | Path) -> Gold:
    """Read a ``*.gold.json`` file; raise :class:`InputError` naming the file on any defect."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise InputError(f"{path}: cannot read gold file ({err.strerror or err})") from err
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: gold file is not UTF-8") from err
    except json.JSONDecodeError as err:
        raise InputError(f"{path}: bad JSON at line {err.lineno} column {err.colno}: {err.msg}") from err
    try:
        return gold_from_dict(data, source=str(path))
    except (KeyError, TypeError, AttributeError) as err:
        raise InputError(f"{path}: not a gold annotation (missing or malformed {err})") from err


def gold_from_dict(data: Mapping, source: str = "") -> Gold:
    """Build a :class:`Gold` from the parsed JSON of a gold file."""
    entities = tuple(
        GoldEntity(
            type=str(e["type"]),
            name=str(e["name"]),
            aliases=tuple(str(a) for a in e.get("aliases", ())),
            title=str(e.get("title", "")),
        )
        for e in data["entities"]
    )
    relations = tuple(GoldRelation(str(r["s"]), str(r["p"]), str(r["o"])) for r in data["relations"])
    return Gold(text=str(data.get("text", "")), entities=entities, relations=relations, source=source)


# --- predictions --------------------------------------------------------------------------


@dataclass(frozen=True)
class PredictedEntity:
    node: Node
    type: str
    names: frozenset[str]

    @property
    def label(self) -> str:
        return "/".join(sorted(self.names))


def load_graph(path: str | Path) -> Graph:
    """Parse an RDF file (format guessed from its name); raise :class:`InputError` naming it."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such graph file")
    graph = Graph()
    try:
        graph.parse(path)
    except Exception as err:  # rdflib raises many unrelated types for bad input
        raise InputError(f"{path}: cannot parse graph ({type(err).__name__}: {err})".splitlines()[0]) from err
    return graph


def graph_entities(graph: Graph) -> dict[Node, PredictedEntity]:
    """The guideline-typed nodes of ``graph`` that have at least one non-empty name."""
    found: dict[Node, PredictedEntity] = {}
    for node, cls in sorted(graph.subject_objects(RDF.type)):
        kind = local_name(cls)
        if kind not in TYPES or node in found:
            continue
        names = frozenset(normalise(o) for p in _NAME_PREDICATES for o in graph.objects(node, p)) - {""}
        if names:
            found[node] = PredictedEntity(node, kind, names)
    return found


def graph_relations(graph: Graph, entities: Mapping[Node, PredictedEntity]) -> set[tuple[Node, str, Node]]:
    """Guideline relations of ``graph`` between two of ``entities``, by predicate local name."""
    return {
        (s, local_name(p), o)
        for s, p, o in graph
        if local_name(p) in RELATIONS and s in entities and o in entities
    }


def match(predicted: Mapping[Node, PredictedEntity], gold: Gold) -> dict[Node, str]:
    """Map predicted nodes to gold entity names: same type, names meet, one to one."""
    owner: dict[tuple[str, str], str] = {}
    for entity in gold.entities:
        for name in sorted(entity.names):
            owner.setdefault((entity.type, name), entity.name)
    taken: set[str] = set()
    mapping: dict[Node, str] = {}
    order = sorted(predicted.values(), key=lambda e: (-len(e.names), sorted(e.names), str(e.node)))
    for entity in order:
        for name in sorted(entity.names):
            target = owner.get((entity.type, name))
            if target is not None and target not in taken:
                taken.add(target)
                mapping[entity.node] = target
                break
    return mapping


# --- scores -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """Counts and micro P/R/F1 for one type, one relation or a total."""

    key: str
    tp: int
    pred: int
    gold: int

    @property
    def p(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"p": self.p, "r": self.r, "f1": self.f1, "tp": self.tp, "pred": self.pred, "gold": self.gold}


@dataclass(frozen=True)
class Miss:
    """A false alarm or a miss, for ``--show``."""

    kind: str  # "false entity" | "missed entity" | "false relation" | "missed relation"
    what: str  # entity type or relation name
    text: str  # the names involved
    source: str  # the gold file

    def __str__(self) -> str:
        return f"{self.kind} {self.what}: {self.text}  [{self.source}]"


@dataclass(frozen=True)
class Scores:
    """Rows for each type and relation seen in predictions or gold, then the two totals."""

    rows: tuple[Row, ...]
    misses: tuple[Miss, ...] = ()

    def __getitem__(self, key: str) -> Row:
        for row in self.rows:
            if row.key == key:
                return row
        raise KeyError(key)

    @property
    def entities(self) -> Row:
        return self[ENTITIES_ROW]

    @property
    def relations(self) -> Row:
        return self[RELATIONS_ROW]

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        """The same shape as ``score.py --json``."""
        return {row.key: row.as_dict() for row in self.rows}


def score(pairs: Iterable[tuple[Graph, Gold]]) -> Scores:
    """Micro-averaged scores of each graph against its gold, over all pairs."""
    tp: Counter[str] = Counter()
    npred: Counter[str] = Counter()
    ngold: Counter[str] = Counter()
    misses: list[Miss] = []
    for graph, gold in pairs:
        predicted = graph_entities(graph)
        mapping = match(predicted, gold)
        for entity in predicted.values():
            npred[entity.type] += 1
            if entity.node in mapping:
                tp[entity.type] += 1
            else:
                misses.append(Miss("false entity", entity.type, entity.label, gold.source))
        matched = set(mapping.values())
        for entity in gold.entities:
            ngold[entity.type] += 1
            if entity.name not in matched:
                misses.append(Miss("missed entity", entity.type, entity.name, gold.source))
        gold_triples = {(r.s, r.p, r.o) for r in gold.relations}
        found: set[tuple[str, str, str]] = set()
        for s, p, o in sorted(graph_relations(graph, predicted)):
            npred[relation_key(p)] += 1
            key = (mapping.get(s), p, mapping.get(o))
            if key in gold_triples and key not in found:
                found.add(key)  # type: ignore[arg-type]
                tp[relation_key(p)] += 1
            else:
                text = f"{predicted[s].label} -> {predicted[o].label}"
                misses.append(Miss("false relation", p, text, gold.source))
        for s, p, o in sorted(gold_triples - found):
            misses.append(Miss("missed relation", p, f"{s} -> {o}", gold.source))
        for _, p, _ in gold_triples:
            ngold[relation_key(p)] += 1
    keys = [*TYPES, *(relation_key(r) for r in RELATIONS)]
    rows = [Row(k, tp[k], npred[k], ngold[k]) for k in keys if npred[k] or ngold[k]]
    for total, group in ((ENTITIES_ROW, TYPES), (RELATIONS_ROW, [relation_key(r) for r in RELATIONS])):
        rows.append(Row(total, *(sum(c[k] for k in group) for c in (tp, npred, ngold))))
    return Scores(tuple(rows), tuple(misses))


def format_table(scores: Scores) -> str:
    """A fixed-width table like ``score.py``'s."""
    lines = [f"{'':16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}"]
    lines += [
        f"{r.key:16} {r.p:6.3f} {r.r:6.3f} {r.f1:6.3f} {r.tp:5d} {r.pred:5d} {r.gold:5d}" for r in scores.rows
    ]
    return "\n".join(lines)


# --- finding files ------------------------------------------------------------------------

GOLD_SUFFIX = ".gold.json"
GRAPH_SUFFIXES = (".ttl", ".nt", ".n3", ".jsonld", ".rdf", ".xml")


def gold_name(path: Path) -> str:
    """``zhengzhou-2021-01`` for ``zhengzhou-2021-01.gold.json``."""
    return path.name[: -len(GOLD_SUFFIX)]


def gold_files(folder: Path) -> list[Path]:
    """The gold files of a folder, sorted; raise :class:`InputError` if there are none."""
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder")
    found = sorted(folder.glob(f"*{GOLD_SUFFIX}"))
    if not found:
        raise InputError(f"{folder}: no *{GOLD_SUFFIX} files")
    return found


def graph_stem(graph: Path) -> str:
    """The report name a graph file stands for: its stem, or its folder's name for ``graph.ttl``."""
    return graph.parent.name if graph.stem == "graph" else graph.stem


def pair_with_gold(graphs: Iterable[Path], gold_dir: Path) -> list[tuple[Path, Path]]:
    """Pair graph files (by name) and graph folders (every gold) with the gold files of ``gold_dir``."""
    golds = {gold_name(g): g for g in gold_files(gold_dir)}
    pairs: list[tuple[Path, Path]] = []
    for graph in graphs:
        if graph.is_dir():
            pairs += [(find_graph(graph, name), gold) for name, gold in golds.items()]
        elif graph_stem(graph) in golds:
            pairs.append((graph, golds[graph_stem(graph)]))
        elif not graph.exists():
            raise InputError(f"{graph}: no such graph file or folder")
        else:
            raise InputError(f"{graph}: no {graph_stem(graph)}{GOLD_SUFFIX} in {gold_dir}")
    return pairs


def find_graph(folder: Path, name: str) -> Path:
    """``folder/<name>.ttl`` (or another RDF suffix) or ``folder/<name>/graph.ttl``."""
    candidates = [folder / f"{name}{suffix}" for suffix in GRAPH_SUFFIXES] + [folder / name / "graph.ttl"]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise InputError(f"{folder}: no graph for {name} ({name}.ttl or {name}/graph.ttl)")


def texts_with_gold(folder: Path) -> list[tuple[Path, Path]]:
    """``(<name>.txt, <name>.gold.json)`` pairs of a folder, for every gold file that has its text."""
    pairs = [(gold.with_name(f"{gold_name(gold)}.txt"), gold) for gold in gold_files(folder)]
    pairs = [(text, gold) for text, gold in pairs if text.is_file()]
    if not pairs:
        raise InputError(f"{folder}: no <name>.txt beside any <name>{GOLD_SUFFIX}")
    return pairs
