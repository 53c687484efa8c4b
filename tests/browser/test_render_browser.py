"""The HTML view in a real headless Chromium with the network cut off."""

from __future__ import annotations

import pytest
from browser.graphs import XSS_IMG, XSS_SCRIPT

from kg.network import find_node, to_networkx
from kg.render import render_html

pytestmark = pytest.mark.browser

VISIBLE_NODES = "window.kgNodes.get({filter: n => !n.hidden}).length"
VISIBLE_EDGES = "window.kgEdges.get({filter: e => !e.hidden}).length"


@pytest.fixture(scope="module")
def sample_page(sample_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("view") / "sample.html"
    render_html(sample_graph, path, title="郑州日报样例")
    return path


@pytest.fixture(scope="module")
def hostile_page(hostile_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("view") / "hostile.html"
    render_html(hostile_graph, path, title=f"语料{XSS_SCRIPT}")
    return path


def _click_node(offline, node_id: str) -> None:
    """A real mouse click on the node's position on the canvas."""
    x, y = offline.js(
        """id => { const p = window.kgNetwork.getPositions([id])[id];
                   const d = window.kgNetwork.canvasToDOM(p);
                   const r = document.querySelector('#kg-network canvas').getBoundingClientRect();
                   return [r.left + d.x, r.top + d.y]; }""",
        node_id,
    )
    offline.page.mouse.click(x, y)


def _panel_text(offline) -> str:
    return offline.page.inner_text("#kg-panel")


def test_render_browser_draws_every_node_offline(offline, sample_graph, sample_page):
    view = to_networkx(sample_graph)
    offline.open(sample_page)
    assert offline.js("window.kgNodes.length") == view.number_of_nodes()
    assert offline.js("Object.keys(window.kgNetwork.getPositions()).length") == view.number_of_nodes()
    assert offline.js(VISIBLE_EDGES) == view.number_of_edges()
    assert offline.js("window.kgNetwork.physics.physicsEnabled") is False  # frozen after stabilising
    painted = offline.js(
        """() => { const c = document.querySelector('#kg-network canvas');
                   const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                   let n = 0; for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++; return n; }"""
    )
    assert painted > 10_000
    assert "行政区 5" in offline.page.inner_text("#kg-counts")
    offline.screenshot("sample-view.png")


def test_render_browser_search_by_alias_selects_and_focuses(offline, sample_graph, sample_page):
    view = to_networkx(sample_graph)
    target = find_node(view, "航空港实验区")
    offline.open(sample_page)
    offline.page.fill("#kg-search", "郑州航空港经济综合实验区")
    offline.page.press("#kg-search", "Enter")
    assert offline.js("window.kgNetwork.getSelectedNodes()") == [target]
    centre = offline.js("window.kgNetwork.getViewPosition()")
    position = offline.js(f"window.kgNetwork.getPositions([{target!r}])[{target!r}]")
    assert abs(centre["x"] - position["x"]) < 1 and abs(centre["y"] - position["y"]) < 1
    assert "航空港实验区" in offline.page.inner_text("#kg-search-status")
    assert offline.page.inner_text("#kg-panel h2") == "航空港实验区"
    offline.screenshot("search-alias.png")


def test_render_browser_click_node_shows_evidence(offline, sample_graph, sample_page):
    view = to_networkx(sample_graph)
    official = find_node(view, "张俊峰")
    offline.open(sample_page)
    _click_node(offline, official)
    text = _panel_text(offline)
    assert offline.page.is_visible("#kg-panel")
    for expected in ("张俊峰", "官员", "党工委书记 @ 航空港实验区", view.nodes[official]["evidence"][0].text):
        assert expected in text
    assert view.nodes[official]["documents"][0] in text


def test_render_browser_hover_node_shows_tooltip(offline, sample_graph, sample_page):
    view = to_networkx(sample_graph)
    district = find_node(view, "航空港实验区")
    offline.open(sample_page)
    offline.js("id => window.kgNetwork.focus(id, {scale: 1.5, animation: false})", district)
    x, y = offline.js(
        """id => { const d = window.kgNetwork.canvasToDOM(window.kgNetwork.getPositions([id])[id]);
                   const r = document.querySelector('#kg-network canvas').getBoundingClientRect();
                   return [r.left + d.x, r.top + d.y]; }""",
        district,
    )
    offline.page.mouse.move(x - 40, y - 40)
    offline.page.mouse.move(x, y, steps=5)
    tooltip = offline.page.wait_for_selector("div.vis-tooltip", state="visible")
    assert "郑州航空港经济综合实验区" in tooltip.inner_text()


def test_render_browser_edge_panel_shows_statement_evidence(offline, sample_graph, sample_page):
    view = to_networkx(sample_graph)
    official, district = find_node(view, "张俊峰"), find_node(view, "航空港实验区")
    evidence = view.edges[official, district, "servesIn"]["evidence"]
    offline.open(sample_page)
    _click_node(offline, official)
    offline.page.click("#kg-panel a:has-text('任职于')")
    assert offline.page.get_attribute("#kg-panel", "data-kind") == "edge"
    text = _panel_text(offline)
    assert "张俊峰 —任职于→ 航空港实验区" in text
    assert evidence and all(e.text in text for e in evidence)


@pytest.mark.parametrize(
    ("control", "action", "kept"),
    [
        ("type", "Project", lambda d: d["type"] != "Project"),
        ("type", "Strategy", lambda d: d["type"] != "Strategy"),
        ("district", "高新区", lambda d: "高新区" in d["districts"]),
        ("district", "郑东新区", lambda d: "郑东新区" in d["districts"]),
    ],
)
def test_render_browser_filters_nodes(offline, sample_graph, sample_page, control, action, kept):
    view = to_networkx(sample_graph)
    offline.open(sample_page)
    if control == "type":
        offline.page.uncheck(f".kg-type[value={action}]")
    else:
        offline.page.select_option("#kg-district", action)
    shown = {n for n, d in view.nodes(data=True) if kept(d)}
    assert offline.js(VISIBLE_NODES) == len(shown)
    visible_edges = sum(1 for s, o in view.edges() if s in shown and o in shown)
    assert offline.js(VISIBLE_EDGES) == visible_edges


@pytest.mark.parametrize("relation", ["builds", "partOf"])
def test_render_browser_filters_relations(offline, sample_graph, sample_page, relation):
    view = to_networkx(sample_graph)
    offline.open(sample_page)
    offline.page.uncheck(f".kg-relation[value={relation}]")
    kept = sum(1 for *_, k in view.edges(keys=True) if k != relation)
    assert offline.js(VISIBLE_EDGES) == kept
    assert offline.js(VISIBLE_NODES) == view.number_of_nodes()


def test_render_browser_hostile_report_shows_as_text_and_runs_nothing(offline, hostile_graph, hostile_page):
    offline.open(hostile_page)
    assert offline.page.inner_text("#kg-title h1") == f"语料{XSS_SCRIPT}"
    offline.page.fill("#kg-search", XSS_IMG)
    offline.page.press("#kg-search", "Enter")
    assert offline.page.inner_text("#kg-panel h2") == XSS_IMG
    strategy = find_node(to_networkx(hostile_graph), XSS_IMG)
    assert offline.js("window.kgNetwork.getSelectedNodes()") == [strategy]
    offline.page.fill("#kg-search", "示范区")
    offline.page.press("#kg-search", "Enter")
    text = _panel_text(offline)
    assert XSS_SCRIPT in text and XSS_IMG in text  # evidence sentences, literally
    assert f"恶意报告{XSS_SCRIPT}" in text  # the document title
    assert offline.js("document.querySelectorAll('#kg-panel img, #kg-panel script').length") == 0
    assert offline.js("document.querySelectorAll('img').length") == 0
    offline.page.wait_for_timeout(300)  # give a stray onerror handler time to fire
    assert offline.dialogs == []
    offline.screenshot("hostile-view.png")
