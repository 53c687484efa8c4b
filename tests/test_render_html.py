"""kg.render: the page text itself (no browser): offline, escaped, deterministic, focused."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from browser.graphs import XSS_IMG, XSS_SCRIPT, ContractGraph
from rdflib import Graph

from kg.network import UnknownEntityError, to_networkx
from kg.render import render_html, render_page
from kg.render.assets import csp_hash
from kg.render.page import BIG, ITERATION_BUDGET, RICH, corpus_title, vis_options


class _Page(HTMLParser):
    """Collects the tags with their attributes and the text of every <script>."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._script: dict | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_data(self, data):
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def _data(html: str) -> dict:
    _, text = next(s for s in _parse(html).scripts if s[0].get("id") == "kg-data")
    return json.loads(text)


@pytest.fixture(scope="module")
def sample_html(sample_graph) -> str:
    return render_page(to_networkx(sample_graph), title="郑州日报样例")


def test_render_page_has_no_remote_reference(sample_html):
    page = _parse(sample_html)
    for tag, attrs in page.tags:
        for name in ("src", "href", "srcset", "action", "poster", "data"):
            assert not re.match(r"\s*(https?:)?//", attrs.get(name) or ""), (tag, attrs)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", sample_html, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(https?:)?//""", sample_html, re.I)
    assert not re.search(r"@import", sample_html)
    assert {tag for tag, _ in page.tags} & {"link", "iframe", "img"} == set()


def test_render_page_inlines_every_script_and_allows_only_those(sample_html):
    page = _parse(sample_html)
    executable = [text for attrs, text in page.scripts if attrs.get("type") != "application/json"]
    assert len(executable) == 2
    assert all(not attrs.get("src") for attrs, _ in page.scripts)
    csp = next(
        a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    )
    assert "default-src 'none'" in csp
    assert re.search(r"script-src ([^;]*)", csp).group(1).split() == [csp_hash(t) for t in executable]


def test_render_page_is_byte_stable(sample_graph):
    shuffled = Graph()
    for triple in sorted(sample_graph, key=lambda t: str(t[::-1])):
        shuffled.add(triple)
    first = render_page(to_networkx(sample_graph), title="样例")
    assert render_page(to_networkx(shuffled), title="样例") == first


def test_render_page_counts_in_title_bar(sample_graph, sample_html):
    data = _data(sample_html)
    view = to_networkx(sample_graph)
    assert len(data["nodes"]) == view.number_of_nodes()
    assert len(data["edges"]) == view.number_of_edges()
    header = sample_html[sample_html.index('<header id="kg-title">') : sample_html.index("</header>")]
    for etype in ("District", "Official", "Project", "Strategy"):
        n = sum(1 for _, d in view.nodes(data=True) if d["type"] == etype)
        assert re.search(rf'data-type="{etype}">.*?<b>{n}</b>', header)
    assert f"关系 <b>{view.number_of_edges()}</b>" in header


def test_render_page_styles_nodes_by_type_and_sizes_by_degree(sample_graph, sample_html):
    data = _data(sample_html)
    view = to_networkx(sample_graph)
    by_type: dict[str, set] = {}
    for node in data["nodes"]:
        by_type.setdefault(node["type"], set()).add((node["color"], node["shape"]))
        assert node["value"] == view.nodes[node["id"]]["degree"]
    assert all(len(styles) == 1 for styles in by_type.values())
    assert len({next(iter(s)) for s in by_type.values()}) == len(by_type)
    assert {e["label"] for e in data["edges"]} >= {"任职于", "隶属于"}


@pytest.mark.parametrize("payload", [XSS_SCRIPT, XSS_IMG])
def test_render_page_never_emits_document_markup(hostile_graph, payload):
    html = render_page(to_networkx(hostile_graph), title=f"语料{XSS_SCRIPT}")
    assert payload not in html
    assert "<img" not in html
    assert len(_parse(html).scripts) == 3  # data, vis-network, view
    data = _data(html)
    texts = json.dumps(data, ensure_ascii=False)
    assert payload in texts  # the text is kept, only escaped


def test_render_page_focus_draws_the_neighbourhood(sample_graph, tmp_path):
    out = tmp_path / "focus.html"
    render_html(sample_graph, out, title="样例", focus="郑州航空港经济综合实验区", depth=1)
    labels = {n["label"] for n in _data(out.read_text(encoding="utf-8"))["nodes"]}
    assert "航空港实验区" in labels and "张俊峰" in labels and "枢纽+开放" in labels
    assert "高新区" not in labels and "中原科技城" not in labels


def test_render_page_unknown_focus(sample_graph, tmp_path):
    with pytest.raises(UnknownEntityError):
        render_html(sample_graph, tmp_path / "x.html", title="样例", focus="不存在的名字")
    assert not (tmp_path / "x.html").exists()


@pytest.mark.parametrize("n", [1, 54, RICH, RICH + 1, 500, BIG, BIG + 1, 2000, 5000, 100_000])
def test_render_options_cheapen_the_layout_as_graphs_grow(n):
    options = vis_options(n)
    iterations = options["physics"]["stabilization"]["iterations"]
    assert options["physics"]["stabilization"]["enabled"] is True
    assert 30 <= iterations <= 1000
    assert iterations in (30, 1000) or n * iterations <= ITERATION_BUDGET
    assert iterations >= vis_options(n + 1)["physics"]["stabilization"]["iterations"]
    assert options["layout"]["improvedLayout"] is (n <= RICH)
    assert (options["edges"]["smooth"] is False) is (n > RICH)
    assert options["interaction"]["hideEdgesOnDrag"] is (n > BIG)


@pytest.mark.parametrize(
    ("titles", "expected"), [((), "图"), (("报告甲",), "报告甲"), (("甲", "乙"), "图（2 篇报道）")]
)
def test_render_corpus_title(titles, expected):
    b = ContractGraph()
    for i, t in enumerate(titles):
        b.document(f"{i:016x}", t, f"{i}.txt")
    assert corpus_title(b.graph, "图") == expected
