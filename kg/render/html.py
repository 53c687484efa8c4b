"""Render a graph as one self-contained, offline HTML page (pyvis data, vis-network inlined)."""

from __future__ import annotations

from pathlib import Path

import jinja2
import networkx as nx
from rdflib import Graph

from kg.network import find_node, neighbourhood, to_networkx
from kg.render import assets
from kg.render.page import counts, districts, page_data, relation_kinds, script_json
from kg.render.style import STYLES


def render_html(
    graph: Graph, path: str | Path, *, title: str, focus: str | None = None, depth: int = 1
) -> None:
    """Write the interactive view of ``graph`` to ``path``.

    With ``focus`` (a label or alias), only the entities within ``depth`` relation
    steps of that entity are drawn; an unknown name raises ``UnknownEntityError``.
    """
    view = to_networkx(graph)
    if focus is not None:
        view = neighbourhood(view, find_node(view, focus), depth)
    Path(path).write_text(render_page(view, title=title), encoding="utf-8")


def render_page(view: nx.MultiDiGraph, *, title: str) -> str:
    """The HTML text of the view: every script and style inlined, no network reference."""
    scripts = (assets.vis_js(), assets.view_js())
    env = jinja2.Environment(autoescape=True, keep_trailing_newline=True)
    return env.from_string(assets.template_text()).render(
        title=title,
        counts=counts(view),
        relations=relation_kinds(view),
        districts=districts(view),
        styles=STYLES,
        n_edges=view.number_of_edges(),
        script_src=" ".join(assets.csp_hash(s) for s in scripts),
        vis_css=assets.vis_css(),
        view_css=assets.view_css(),
        vis_js=scripts[0],
        view_js=scripts[1],
        data=script_json(page_data(view)),
    )
