"""SPARQL over the graph: named queries, parameter binding, running on Oxigraph or rdflib.

A query's header comments describe it::

    # description: Officials and their posts, by district
    # param: district? — district name or alias          (optional: ``?``)
    # param: min: int = 2 — minimum number of districts  (typed, with a default)

A parameter is written ``$name`` in the query body. Binding replaces it by an
escaped RDF term of the parameter's kind: ``label`` (default) gives ``"…"@zh``
(labels and aliases are Chinese), ``string`` a plain literal, ``int`` an integer,
``kg`` an ontology term (``servesIn`` → ``kg:servesIn``), ``iri`` an IRI. An
unbound optional parameter stays a variable and so matches anything.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Literal
from urllib.parse import unquote

import pyoxigraph as ox
import rdflib
from rdflib.term import Node
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kg.vocab import KG

KG_NS = str(KG._NS)
KINDS = ("label", "string", "int", "kg", "iri")
# Prefixes every query may use without declaring them (and used to shorten IRIs in tables).
PREFIXES = {
    "kg": KG_NS,
    "id": "https://w3id.org/zhkg/id/",
    "rdf": str(rdflib.RDF),
    "rdfs": str(rdflib.RDFS),
    "skos": str(rdflib.SKOS),
    "org": "http://www.w3.org/ns/org#",
    "prov": str(rdflib.PROV),
    "dcterms": str(rdflib.DCTERMS),
    "xsd": str(rdflib.XSD),
}

_HEADER = re.compile(r"^#\s*(description|param)\s*:\s*(.*)$")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)(?P<optional>\?)?(?:\s*:\s*(?P<kind>\w+))?"
    r"(?:\s*=\s*(?P<default>\S+))?\s*(?:[—–]|--?)\s*(?P<help>.*)$"
)
# Tokens that may contain a `$` or `#` without being a parameter or comment.
_TOKENS = re.compile(
    r'(?P<skip>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>)'
    r"|(?P<comment>#[^\n]*)|\$(?P<var>[A-Za-z_]\w*)"
)
_PROLOGUE = re.compile(r"(?is)^\s*(?:(?:PREFIX\s+[^\s:]*:\s*|BASE\s*)<>\s*)*")
_UPDATE = re.compile(r"(?i)^(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b")


class QueryError(Exception):
    """A user-facing problem with a query or its parameters (one line)."""


@dataclass(frozen=True)
class Param:
    """A query parameter declared in the header."""

    name: str
    kind: str = "label"
    required: bool = True
    default: str | None = None
    help: str = ""


@dataclass(frozen=True)
class NamedQuery:
    """A query text with its header: description and parameters."""

    name: str
    text: str
    description: str = ""
    params: tuple[Param, ...] = ()


@dataclass(frozen=True)
class Result:
    """A query result as rdflib terms: rows for SELECT, a boolean for ASK, triples otherwise."""

    kind: Literal["select", "ask", "graph"]
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[tuple[Node, Node, Node], ...] = field(default=())


def parse_query(name: str, text: str) -> NamedQuery:
    """Read the ``# description:`` and ``# param:`` header lines of a query text."""
    description, params = "", []
    for line in text.splitlines():
        match = _HEADER.match(line.strip())
        if not match:
            continue
        key, value = match.groups()
        if key == "description":
            description = value.strip()
            continue
        spec = _PARAM.match(value.strip())
        if not spec or (spec["kind"] or "label") not in KINDS:
            raise QueryError(f"{name}: bad parameter declaration '# param: {value.strip()}'")
        params.append(
            Param(
                name=spec["name"],
                kind=spec["kind"] or "label",
                required=not spec["optional"] and spec["default"] is None,
                default=spec["default"],
                help=spec["help"].strip(),
            )
        )
    return NamedQuery(name=name, text=text, description=description, params=tuple(params))


def named_queries() -> dict[str, NamedQuery]:
    """The queries shipped in ``kg/queries/``, by name."""
    folder = files("kg") / "queries"
    found = [f for f in folder.iterdir() if f.name.endswith(".rq")]
    return {q.name: q for q in (parse_query(f.name[:-3], f.read_text("utf-8")) for f in found)}


def resolve(query: str) -> NamedQuery:
    """A named query, a ``.rq`` file or SPARQL text, with its header read."""
    shipped = named_queries()
    if query in shipped:
        return shipped[query]
    path = Path(query)
    if query.endswith(".rq") or ("\n" not in query and path.suffix and path.is_file()):
        try:
            return parse_query(str(path), path.read_text("utf-8"))
        except OSError as err:
            raise QueryError(f"{path}: cannot read query file ({err.strerror or err})") from err
        except UnicodeDecodeError:
            raise QueryError(f"{path}: query file is not UTF-8") from None
    if re.fullmatch(r"[\w-]+", query):
        raise QueryError(f"unknown named query '{query}' (see kg query --list)")
    return parse_query("query", query)


def term(kind: str, value: str, name: str = "value") -> str:
    """The SPARQL term of a parameter value, escaped."""
    if kind == "int":
        if not re.fullmatch(r"[+-]?\d+", value.strip()):
            raise QueryError(f"parameter {name} must be an integer, got '{value}'")
        return str(int(value))
    if kind == "kg":
        if not re.fullmatch(r"[A-Za-z_]\w*", value):
            raise QueryError(f"parameter {name} must be an ontology term name, got '{value}'")
        return f"<{KG_NS}{value}>"
    if kind == "iri":
        if not re.fullmatch(r"[^<>\"{}|^`\\\s]+", value):
            raise QueryError(f"parameter {name} is not a valid IRI: '{value}'")
        return f"<{value}>"
    return rdflib.Literal(value, lang="zh" if kind == "label" else None).n3()


def bind(query: NamedQuery, values: dict[str, str]) -> str:
    """The query text with ``$name`` parameters replaced by escaped terms.

    Parameters the header does not declare are label-kind; binding a name the text
    does not use, or leaving a required parameter unbound, is an error.
    """
    declared = {p.name: p for p in query.params}
    used = {m["var"] for m in _TOKENS.finditer(query.text) if m["var"]}
    for name in values:
        if name not in declared and name not in used:
            known = ", ".join(sorted(declared.keys() | used)) or "none"
            raise QueryError(f"{query.name}: no parameter '{name}' (parameters: {known})")
    missing = [p.name for p in query.params if p.required and p.name not in values]
    if missing:
        raise QueryError(f"{query.name}: missing parameter {missing[0]} (--bind {missing[0]}=...)")
    terms = {}
    for name in used | values.keys():
        param = declared.get(name, Param(name))
        value = values.get(name, param.default)
        if value is not None:
            terms[name] = term(param.kind, value, name)

    def replace(match: re.Match[str]) -> str:
        return terms.get(match["var"], match[0]) if match["var"] else match[0]

    return _TOKENS.sub(replace, query.text)


def is_update(text: str) -> bool:
    """True for a SPARQL Update request (INSERT, DELETE, LOAD, CLEAR, ...)."""
    bare = _TOKENS.sub(lambda m: " " if m["comment"] else "<>" if m["skip"] else m[0], text)
    return bool(_UPDATE.match(bare[_PROLOGUE.match(bare).end() :].lstrip()))


def run(store: ox.Store, text: str, update: bool = False) -> Result | None:
    """Run a query on Oxigraph (default graph: the union of all graphs); an update only with ``update``."""
    if is_update(text):
        if not update:
            raise QueryError("this is a SPARQL update; the store is read-only unless --update is given")
        try:
            store.update(text, prefixes=PREFIXES)
        except SyntaxError as err:
            raise QueryError(f"bad SPARQL update: {_one_line(err)}") from err
        return None
    try:
        answer = store.query(text, prefixes=PREFIXES)
    except SyntaxError as err:
        raise QueryError(f"bad SPARQL: {_one_line(err)}") from err
    except OSError as err:
        raise QueryError(f"query failed: {_one_line(err)}") from err
    if isinstance(answer, ox.QueryBoolean):
        return Result(kind="ask", boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        return Result(kind="graph", triples=tuple(tuple(map(to_rdflib_term, t)) for t in answer))
    variables = tuple(v.value for v in answer.variables)
    rows = tuple(tuple(to_rdflib_term(row[v]) for v in variables) for row in answer)
    return Result(kind="select", variables=variables, rows=rows)


def run_rdflib(graph: rdflib.Graph, text: str) -> Result:
    """Run a query with rdflib's own engine (the baseline the store is compared with)."""
    answer = graph.query(text, initNs=PREFIXES)
    if answer.type == "ASK":
        return Result(kind="ask", boolean=bool(answer.askAnswer))
    if answer.type in ("CONSTRUCT", "DESCRIBE"):
        return Result(kind="graph", triples=tuple(answer.graph))
    variables = tuple(str(v) for v in answer.vars)
    return Result(kind="select", variables=variables, rows=tuple(tuple(row) for row in answer))


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_rdflib_term(node: object) -> Node | None:
    """An rdflib term for a pyoxigraph term (plain literals without ``xsd:string``)."""
    if node is None:
        return None
    if isinstance(node, ox.NamedNode):
        return rdflib.URIRef(node.value)
    if isinstance(node, ox.BlankNode):
        return rdflib.BNode(node.value)
    if isinstance(node, ox.Literal):
        if node.language:
            return rdflib.Literal(node.value, lang=node.language)
        datatype = node.datatype.value
        return rdflib.Literal(node.value, datatype=None if datatype == _XSD_STRING else datatype)
    raise QueryError(f"unsupported term in result: {node}")


def _one_line(err: Exception, limit: int = 160) -> str:
    text = " ".join(str(err).split()) or type(err).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Output ---------------------------------------------------------------------------------

FORMATS = ("table", "csv", "tsv", "json")


def format_result(result: Result, fmt: str = "table", width: int = 120) -> str:
    """Text of a result: a table (CJK-aware), CSV, TSV or SPARQL JSON; graphs as Turtle/JSON-LD."""
    if result.kind == "ask":
        return _format_ask(result, fmt)
    if result.kind == "graph":
        return _format_graph(result, fmt)
    if fmt == "table":
        return _table(result, width)
    if fmt in ("csv", "tsv"):
        return _delimited(result.variables, result.rows, "," if fmt == "csv" else "\t")
    if fmt == "json":
        return _json_results(result)
    raise QueryError(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")


def _plain(node: Node | None) -> str:
    return "" if node is None else str(node)


def _short(node: Node | None) -> str:
    """A readable cell: literals as text, IRIs as decoded prefixed names where a prefix fits."""
    if isinstance(node, rdflib.URIRef):
        for prefix, ns in PREFIXES.items():
            if node.startswith(ns):
                return f"{prefix}:{unquote(node[len(ns) :])}"
    return _plain(node)


def _table(result: Result, width: int) -> str:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, highlight=False)
    for var in result.variables:
        table.add_column(var, overflow="fold")
    for row in result.rows:
        table.add_row(*(Text(_short(cell)) for cell in row))
    console = Console(file=io.StringIO(), width=width, color_system=None, highlight=False)
    console.print(table)
    console.print(f"{len(result.rows)} row{'s' * (len(result.rows) != 1)}")
    return console.file.getvalue()


def _delimited(header: tuple[str, ...], rows: tuple[tuple[Node | None, ...], ...], sep: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([_plain(cell) for cell in row] for row in rows)
    return out.getvalue()


def _json_term(node: Node) -> dict[str, str]:
    if isinstance(node, rdflib.URIRef):
        return {"type": "uri", "value": str(node)}
    if isinstance(node, rdflib.BNode):
        return {"type": "bnode", "value": str(node)}
    term_json = {"type": "literal", "value": str(node)}
    if node.language:
        term_json["xml:lang"] = node.language
    elif node.datatype:
        term_json["datatype"] = str(node.datatype)
    return term_json


def _json_results(result: Result) -> str:
    bindings = [
        {var: _json_term(cell) for var, cell in zip(result.variables, row, strict=True) if cell is not None}
        for row in result.rows
    ]
    body = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def _format_ask(result: Result, fmt: str) -> str:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
    return ("true" if result.boolean else "false") + "\n"


def _format_graph(result: Result, fmt: str) -> str:
    if fmt in ("csv", "tsv"):
        return _delimited(("subject", "predicate", "object"), result.triples, "," if fmt == "csv" else "\t")
    graph = rdflib.Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    for triple in result.triples:
        graph.add(triple)
    return graph.serialize(format="json-ld" if fmt == "json" else "turtle")
