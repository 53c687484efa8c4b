"""What the HTML view shows, computed from the networkx view: vis nodes, edges, details, options."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict

import networkx as nx
from pyvis.network import Network
from rdflib import RDF, Graph
from rdflib.namespace import DCTERMS

from kg.network import zh_labels
from kg.render.style import FONT, STYLES
from kg.types import EntityType, RelationType
from kg.vocab import KG

# Up to RICH nodes: vis's improved initial layout and curved edges (both cost physics time).
RICH = 150
# Above BIG nodes: edges hidden while dragging.
BIG = 800
# Stabilisation runs before the first draw; its cost grows with nodes x iterations, so the
# iterations are capped by this budget (1000 for small graphs, never fewer than 30).
ITERATION_BUDGET = 100_000


def page_data(view: nx.MultiDiGraph) -> dict:
    """The JSON object the page script reads: nodes, edges, details, filters and vis options."""
    net = Network(directed=True)
    details = {}
    for node, data in view.nodes(data=True):
        style = STYLES[data["type"]]
        net.add_node(
            node,
            label=data["label"],
            shape=style.shape,
            color=style.colour,
            value=data["degree"],
            title=_node_tooltip(data),
            type=data["type"],
            districts=list(data["districts"]),
            aliases=list(data["aliases"]),
        )
        details[node] = {
            "type_label": data["type_label"],
            "title": data["title"],
            "posts": [asdict(p) for p in data["posts"]],
            "documents": list(data["documents"]),
            "evidence": [asdict(e) for e in data["evidence"]],
        }
    for i, (s, o, data) in enumerate(view.edges(data=True)):
        net.add_edge(
            s,
            o,
            id=f"e{i}",
            label=data["label"],
            title=_edge_tooltip(view, s, o, data),
            predicate=data["predicate"],
            confidence=data["confidence"],
            evidence=[asdict(e) for e in data["evidence"]],
        )
    nodes, edges, *_ = net.get_network_data()
    return {
        "nodes": nodes,
        "edges": edges,
        "details": details,
        "options": vis_options(len(nodes)),
    }


def counts(view: nx.MultiDiGraph) -> list[tuple[str, str, int]]:
    """(type, Chinese label, count) for the seven entity types, in guideline order."""
    found = Counter(data["type"] for _, data in view.nodes(data=True))
    labels = zh_labels()
    return [(t.value, labels[t.value], found[t.value]) for t in EntityType]


def relation_kinds(view: nx.MultiDiGraph) -> list[tuple[str, str, int]]:
    """(predicate, Chinese label, count) for the seven relations, in guideline order."""
    found = Counter(data["predicate"] for _, _, data in view.edges(data=True))
    labels = zh_labels()
    return [(r.value, labels[r.value], found[r.value]) for r in RelationType]


def districts(view: nx.MultiDiGraph) -> list[str]:
    return sorted({data["label"] for _, data in view.nodes(data=True) if data["type"] == "District"})


def vis_options(n_nodes: int) -> dict:
    """vis-network options: stabilise before the first draw (capped), then the page freezes physics."""
    rich = n_nodes <= RICH
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": rich},
        "nodes": {
            "font": {"face": FONT, "size": 16, "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"min": 10, "max": 42, "label": {"enabled": False}},
            "borderWidth": 1,
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"face": FONT, "size": 11, "align": "middle", "color": "#555555"},
            "color": {"color": "#a0a8b0", "highlight": "#d62728", "hover": "#555555", "inherit": False},
            "smooth": {"enabled": True, "type": "dynamic"} if rich else False,
            "width": 1,
        },
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -60,
                "centralGravity": 0.01,
                "springLength": 110,
                "springConstant": 0.06,
                "avoidOverlap": 0.4,
            },
            "stabilization": {
                "enabled": True,
                "iterations": stabilisation_iterations(n_nodes),
                "updateInterval": 50,
            },
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": n_nodes > BIG,
            "keyboard": False,
        },
    }


def stabilisation_iterations(n_nodes: int) -> int:
    return max(30, min(1000, ITERATION_BUDGET // max(n_nodes, 1)))


def script_json(value: object) -> str:
    """JSON that is safe inside an HTML <script> element: no '<', '>' or '&' survives literally."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(char, escape)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _node_tooltip(data: dict) -> str:
    lines = [f"{data['type_label']}：{data['label']}"]
    if data["aliases"]:
        lines.append("别名：" + "、".join(data["aliases"]))
    if data["title"]:
        lines.append("职务：" + data["title"])
    lines.append(f"关系 {data['degree']} · 证据 {len(data['evidence'])} 句（点击查看）")
    return "\n".join(lines)


def _edge_tooltip(view: nx.MultiDiGraph, s: str, o: str, data: dict) -> str:
    lines = [f"{view.nodes[s]['label']} —{data['label']}→ {view.nodes[o]['label']}"]
    lines += [e.text for e in data["evidence"][:2]]
    return "\n".join(lines)


def corpus_title(graph: Graph, fallback: str) -> str:
    """A title for the corpus: its one document's title, or ``fallback`` with the report count."""
    titles = sorted(
        str(t) for d in graph.subjects(RDF.type, KG.Document) for t in graph.objects(d, DCTERMS.title)
    )
    if len(titles) == 1:
        return titles[0]
    return f"{fallback}（{len(titles)} 篇报道）" if titles else fallback
