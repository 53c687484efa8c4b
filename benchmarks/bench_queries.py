"""Named queries on a generated genre-like graph: Oxigraph store against rdflib's memory store.

    .venv/bin/python benchmarks/bench_queries.py [--triples 1000000] [--runs 20] [--budget 60]

Generates a corpus graph following docs/graph-contract.md (districts with aliases,
officials and posts, strategies, projects, organisations, industries, documents,
sentences and reified statements with evidence; one named graph per document), loads
it into an on-disk Oxigraph store (kg.store) and into rdflib's in-memory Graph, runs
every shipped query (kg.query) and prints the median milliseconds of each and the
ratio. rdflib runs in a forked child that is stopped after --budget seconds per query;
a query it did not finish shows as ">budget".
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import statistics
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, unquote

import pyoxigraph as ox
import rdflib

from kg.query import bind, named_queries, run, run_rdflib
from kg.store import merge_named_graphs, open_store

ID = "https://w3id.org/zhkg/id/"
KG = "https://w3id.org/zhkg/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"

SYLLABLES = "东西南北中新高金水河山城港湖海华安庆阳平昌兴云龙江"
KINDS = {"Strategy": "战略", "Project": "产业园", "Organization": "集团", "Industry": "产业"}
# (relation, object kind, facts per district)
PLAN = [("pursues", "Strategy", 10), ("builds", "Project", 14), ("cooperatesWith", "Organization", 4),
        ("develops", "Industry", 4)]  # fmt: skip


def _name(rng: random.Random, suffix: str, taken: set[str]) -> str:
    while True:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) + suffix
        if name not in taken:
            taken.add(name)
            return name


def _lit(text: str, lang: str = "zh") -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + f'"@{lang}'


class Corpus:
    """N-Quads of a generated corpus, one named graph per document."""

    def __init__(self, districts: int, seed: int = 7) -> None:
        rng, taken = random.Random(seed), set()
        self.districts = [_name(rng, rng.choice(["区", "新区", "县"]), taken) for _ in range(districts)]
        pools = {
            kind: [_name(rng, suffix, taken) for _ in range(districts * 3)] for kind, suffix in KINDS.items()
        }
        self.lines: list[str] = []
        self.docs = 0
        for i, district in enumerate(self.districts):
            for _ in range(3):  # three reports per district
                self._document(rng, i, district, pools)

    def _document(self, rng: random.Random, i: int, district: str, pools: dict[str, list[str]]) -> None:
        self.docs += 1
        doc = f"{ID}doc/{self.docs:016x}"
        graph, sentences = f"<{doc}>", 0
        add = self.lines.append

        def quad(s: str, p: str, o: str) -> None:
            add(f"{s} {p} {o} {graph} .\n")

        def sentence(text: str) -> str:
            nonlocal sentences
            s = f"<{doc}/s{sentences}>"
            sentences += 1
            quad(s, f"<{RDF}type>", f"<{KG}Sentence>")
            quad(s, f"<{KG}text>", _lit(text))
            quad(s, f"<{KG}beginIndex>", f'"{sentences * 40}"^^<{XSD}integer>')
            quad(s, f"<{KG}endIndex>", f'"{sentences * 40 + len(text)}"^^<{XSD}integer>')
            quad(s, f"<{DCT}isPartOf>", f"<{doc}>")
            return s

        def entity(kind: str, name: str, s: str, aliases: tuple[str, ...] = ()) -> str:
            e = f"<{ID}{kind.lower()}/{quote(name)}>"
            quad(e, f"<{RDF}type>", f"<{KG}{kind}>")
            quad(e, f"<{RDFS}label>", _lit(name))
            quad(e, f"<{SKOS}prefLabel>", _lit(name))
            for alias in aliases:
                quad(e, f"<{SKOS}altLabel>", _lit(alias))
            quad(e, f"<{KG}confidence>", f'"0.9"^^<{XSD}decimal>')
            quad(e, f"<{PROV}wasDerivedFrom>", s)
            return e

        def fact(s: str, p: str, o: str, evidence: str) -> None:
            quad(s, f"<{KG}{p}>", o)
            st = f"<{ID}stmt/{abs(hash((s, p, o))):x}>"
            quad(st, f"<{RDF}type>", f"<{RDF}Statement>")
            quad(st, f"<{RDF}subject>", s)
            quad(st, f"<{RDF}predicate>", f"<{KG}{p}>")
            quad(st, f"<{RDF}object>", o)
            quad(st, f"<{PROV}wasDerivedFrom>", evidence)
            quad(st, f"<{KG}confidence>", f'"0.8"^^<{XSD}decimal>')

        quad(f"<{doc}>", f"<{RDF}type>", f"<{KG}Document>")
        quad(f"<{doc}>", f"<{KG}sha256>", f'"{self.docs:064x}"')
        quad(f"<{doc}>", f"<{DCT}title>", _lit(f"{district}工作报告{self.docs}"))
        head = sentence(f"{district}党工委书记在全会上发言。")
        d = entity("District", district, head, (f"{district}管委会", f"{district[:-1]}片区"))
        official = entity("Official", f"官员{i}", head)
        post = f"<{ID}post/{quote(district)}/1>"
        quad(official, f"<{KG}title>", _lit("党工委书记"))
        quad(official, f"<{ORG}holds>", post)
        quad(post, f"<{RDF}type>", f"<{ORG}Post>")
        quad(post, f"<{ORG}postIn>", d)
        quad(post, f"<{KG}title>", _lit("党工委书记"))
        fact(official, "servesIn", d, head)
        for relation, kind, count in PLAN:
            pool = pools[kind]
            for _ in range(count):
                # Skewed choice: a few popular objects shared by many districts, a long tail.
                name = pool[min(int(rng.paretovariate(1.2)) - 1 + rng.randrange(3) * (i % 50), len(pool) - 1)]
                s = sentence(f"{district}推进{name}建设。")
                fact(d, relation, entity(kind, name, s), s)

    def nquads(self) -> bytes:
        return "".join(self.lines).encode()


def cases(corpus: Corpus) -> list[tuple[str, str, dict[str, str]]]:
    """(label, named query, bindings): the analyst's typical calls."""
    district = corpus.districts[len(corpus.districts) // 2]
    return [
        ("officials-by-district", "officials-by-district", {"district": district}),
        ("officials-by-district (all)", "officials-by-district", {}),
        ("shared-strategies", "shared-strategies", {}),
        ("projects-by-district", "projects-by-district", {"district": f"{district}管委会"}),
        ("cooperation", "cooperation", {"organization": _popular(corpus, "cooperatesWith")}),
        ("evidence", "evidence", {"subject": district, "relation": "builds"}),
        ("district-profile", "district-profile", {"district": district}),
        ("co-occurring-strategies", "co-occurring-strategies", {"min": "2"}),
    ]


def _popular(corpus: Corpus, relation: str) -> str:
    marker = f"<{KG}{relation}> "
    line = next(line for line in corpus.lines if marker in line)
    iri = line.split(marker)[1].split(" ")[0][1:-1]
    return unquote(iri.rsplit("/", 1)[1])


def _time(fn, runs: int) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        rows = len(fn().rows)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), rows


def _rdflib_child(graph: rdflib.Graph, text: str, runs: int, budget: float, conn) -> None:
    times, rows, start = [], 0, time.perf_counter()
    for _ in range(runs):
        t0 = time.perf_counter()
        rows = len(run_rdflib(graph, text).rows)
        times.append((time.perf_counter() - t0) * 1000)
        conn.send((statistics.median(times), rows))
        if time.perf_counter() - start > budget / 2:
            break
    conn.close()


def time_rdflib(graph: rdflib.Graph, text: str, runs: int, budget: float) -> tuple[float | None, int]:
    """Median ms of rdflib in a forked child; None when the first run exceeds the budget."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_rdflib_child, args=(graph, text, runs, budget, child))
    process.start()
    child.close()
    result, deadline = (None, -1), time.monotonic() + budget
    while time.monotonic() < deadline and parent.poll(max(0.0, deadline - time.monotonic())):
        try:
            result = parent.recv()
        except EOFError:
            break
    process.kill()
    process.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="approximate size")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--budget", type=float, default=60.0, help="seconds per query for rdflib")
    args = parser.parse_args()

    t0 = time.perf_counter()
    corpus = Corpus(districts=max(1, round(args.triples / 1250)))
    data = corpus.nquads()
    took = time.perf_counter() - t0
    print(f"generated {len(corpus.lines):,} quads, {corpus.docs:,} documents in {took:.1f} s")

    with tempfile.TemporaryDirectory() as scratch:
        t0 = time.perf_counter()
        store = open_store(Path(scratch) / "store")
        store.bulk_load(data, ox.RdfFormat.N_QUADS)
        merge_named_graphs(store)  # the default graph is the union, as kg.store keeps it
        store.optimize()
        print(f"oxigraph store: {len(store):,} quads loaded in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        graph = rdflib.Graph()
        graph.parse(data=b"".join(_drop_graph(line) for line in data.splitlines(keepends=True)), format="nt")
        print(f"rdflib Graph:   {len(graph):,} triples loaded in {time.perf_counter() - t0:.1f} s\n")

        header = f"{'query':<30} {'rows':>7} {'oxigraph ms':>12} {'rdflib ms':>12} {'ratio':>9}"
        print(header)
        print("-" * len(header))
        queries = named_queries()
        for label, name, values in cases(corpus):
            text = bind(queries[name], values)
            ox_ms, rows = _time(lambda text=text: run(store, text), args.runs)
            rdf_ms, rdf_rows = time_rdflib(graph, text, args.runs, args.budget)
            if rdf_ms is None:
                rdf_cell, ratio = f">{args.budget * 1000:.0f}", f">{args.budget * 1000 / ox_ms:.0f}×"
            else:
                rdf_cell, ratio = f"{rdf_ms:.1f}", f"{rdf_ms / ox_ms:.0f}×"
                assert rdf_rows == rows, f"{label}: rdflib {rdf_rows} rows, oxigraph {rows}"
            print(f"{label:<30} {rows:>7} {ox_ms:>12.1f} {rdf_cell:>12} {ratio:>9}")


def _drop_graph(line: bytes) -> bytes:
    """An N-Quads line of this generator as N-Triples (the graph is the last term)."""
    head, _, _ = line.rstrip(b" .\n").rpartition(b" ")
    return head + b" .\n"


if __name__ == "__main__":
    main()
