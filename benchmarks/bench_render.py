"""Time until the HTML view is interactive in headless Chromium, for graphs of growing size.

Generates contract graphs of about 500, 2,000 and 5,000 entities (seeded, with evidence
sentences and reified statements), renders each with kg.render, loads it from file:// in
Debian's Chromium with every network request aborted, and waits for the page's ready flag
(physics stabilised and frozen, first frame drawn). Prints one table; ratios are against the
smallest graph measured in the same run.

    .venv/bin/python benchmarks/bench_render.py [--sizes 500 2000 5000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import sync_playwright
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV

from kg.network import to_networkx
from kg.render.html import render_page
from kg.vocab import KG

ID = Namespace("https://w3id.org/zhkg/id/")
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Share of each entity type among the non-district entities.
MIX = {
    "Official": 0.2,
    "Project": 0.3,
    "Strategy": 0.2,
    "Industry": 0.15,
    "Organization": 0.12,
    "Meeting": 0.03,
}
RELATION = {
    "Official": "servesIn",
    "Project": "builds",
    "Strategy": "pursues",
    "Industry": "develops",
    "Organization": "cooperatesWith",
}
HAN = "东西南北中新港城区园谷湖山河航空科技产业创新数字智慧绿色开放发展合作示范"


def synthetic_graph(n: int, seed: int = 7) -> Graph:
    """About ``n`` entities following docs/graph-contract.md, with about 2n relations."""
    rng = random.Random(seed)
    g = Graph()
    doc = ID["doc/00000000000bench"]
    g.add((doc, RDF.type, KG.Document))
    g.add((doc, DCTERMS.title, Literal(f"基准语料 {n}", lang="zh")))
    g.add((doc, KG.sourcePath, Literal(f"bench/{n}.txt")))
    sentences = []

    def sentence(text: str) -> URIRef:
        s = ID[f"doc/00000000000bench/s{len(sentences)}"]
        g.add((s, RDF.type, KG.Sentence))
        g.add((s, KG.text, Literal(text, lang="zh")))
        g.add((s, DCTERMS.isPartOf, doc))
        sentences.append(s)
        return s

    def entity(etype: str, i: int) -> URIRef:
        name = "".join(rng.choice(HAN) for _ in range(rng.randint(2, 5))) + str(i)
        iri = ID[f"{etype.lower()}/{quote(name)}"]
        g.add((iri, RDF.type, KG[etype]))
        g.add((iri, RDFS.label, Literal(name, lang="zh")))
        g.add((iri, SKOS.prefLabel, Literal(name, lang="zh")))
        if i % 4 == 0:
            g.add((iri, SKOS.altLabel, Literal(name + "别称", lang="zh")))
        g.add((iri, KG.confidence, Literal("0.9", datatype=XSD.decimal)))
        for _ in range(2):
            g.add((iri, PROV.wasDerivedFrom, sentence(f"{name}在报告中被提及，相关工作取得新进展。")))
        return iri

    def relate(s: URIRef, predicate: str, o: URIRef) -> None:
        g.add((s, KG[predicate], o))
        st = ID[f"stmt/{len(sentences)}"]
        for triple in ((RDF.type, RDF.Statement), (RDF.subject, s), (RDF.predicate, KG[predicate])):
            g.add((st, *triple))
        g.add((st, RDF.object, o))
        g.add((st, KG.confidence, Literal("0.8", datatype=XSD.decimal)))
        g.add((st, PROV.wasDerivedFrom, sentence("一句陈述这一关系的证据句子。")))

    n_districts = max(4, n // 25)
    districts = [entity("District", i) for i in range(n_districts)]
    for d in districts[1:]:
        relate(d, "partOf", districts[0])
    meetings = []
    for etype, share in MIX.items():
        for i in range(round((n - n_districts) * share)):
            iri = entity(etype, i)
            if etype == "Meeting":
                meetings.append(iri)
                continue
            for d in rng.sample(districts, 2 if rng.random() < 0.5 else 1):
                if etype == "Official":
                    relate(iri, "servesIn", d)
                else:
                    relate(d, RELATION[etype], iri)
            if etype == "Official":
                post = ID[f"post/{i}"]
                g.add((iri, ORG.holds, post))
                g.add((post, RDF.type, ORG.Post))
                g.add((post, ORG.postIn, districts[i % n_districts]))
                g.add((post, KG.title, Literal("党工委书记", lang="zh")))
                g.add((iri, KG.title, Literal("党工委书记", lang="zh")))
    officials = list(g.subjects(RDF.type, KG.Official))
    for official in officials:
        relate(official, "speaksAt", rng.choice(meetings))
    return g


def time_to_interactive(browser, path: Path) -> float:
    """Milliseconds from navigation start until the page sets its ready flag."""
    context = browser.new_context(viewport={"width": 1600, "height": 1000})
    page = context.new_page()
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready=true]", state="attached", timeout=300_000)
    ms = page.evaluate("window.kgReadyAt")
    context.close()
    return ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        for size in args.sizes:
            view = to_networkx(synthetic_graph(size))
            start = time.perf_counter()
            html = render_page(view, title=f"基准 {size}")
            render_ms = (time.perf_counter() - start) * 1000
            path = Path(tmp) / f"bench-{size}.html"
            path.write_text(html, encoding="utf-8")
            ready = statistics.median(time_to_interactive(browser, path) for _ in range(args.repeat))
            size_mb = len(html.encode()) / 1e6
            rows.append((view.number_of_nodes(), view.number_of_edges(), size_mb, render_ms, ready))
        browser.close()
    base = rows[0][4]
    print(f"{'nodes':>6} {'edges':>6} {'HTML MB':>8} {'render ms':>10} {'ms interactive':>15} {'ratio':>6}")
    for nodes, edges, mb, render_ms, ready in rows:
        print(f"{nodes:>6} {edges:>6} {mb:>8.2f} {render_ms:>10.0f} {ready:>15.0f} {ready / base:>6.2f}")


if __name__ == "__main__":
    main()
