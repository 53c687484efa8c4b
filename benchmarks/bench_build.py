"""`kg build` on generated corpora: throughput against bare jieba, growth, and workers.

    .venv/bin/python benchmarks/bench_build.py [--sizes 1 4 16] [--workers-mb 4] [--profile]

Generates genre-like corpora (benchmarks/corpus.py) of the given sizes in MB, then
prints four tables, each measured in fresh processes of this same run:

1. the full build (ingest -> corpus graph, no HTML, one worker) against
   ``jieba.lcut`` over the same texts, both warmed up: the ratio is jieba's
   time over the build's (aim >= 0.5);
2. how time and peak memory (the process's max RSS) grow with corpus size;
3. one worker against two on the --workers-mb corpus (aim >= 1.8x on 2 cores), with
   the CPU time both spend (which other load on the machine does not inflate);
4. writing the smallest corpus's graph as Turtle, kg.turtle against rdflib's serializer.

``--profile`` prints the build's hot spots (cProfile, cumulative) on the smallest corpus.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus


def measure(files: list[Path], workers: int, with_jieba: bool, with_turtle: bool = False) -> dict:
    """Runs in a fresh process: the build (and jieba) timed, then the peak RSS (and Turtle writing)."""
    import jieba

    from kg.build import build_corpus, build_file
    from kg.ingest import read_document

    build_file(files[0])  # warm-up: lexicons, jieba's dictionary, imports
    cpu = cpu_seconds()
    start = time.perf_counter()
    report = build_corpus(files, workers=workers)
    seconds = time.perf_counter() - start
    stop_fork_server()
    cpu = cpu_seconds() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "peak_mb": peak_mb,
        "docs": len(report.results),
        "triples": len(report.graph),
    }
    result["chars"] = sum(r.chars for r in report.results)
    if with_turtle:
        result.update(time_turtle(report.graph))
    if with_jieba:
        text = "\n".join(read_document(path).text for path in files)
        jieba.lcut("热身")
        start = time.perf_counter()
        jieba.lcut(text)
        result["jieba_seconds"] = time.perf_counter() - start
    return result


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its children that have ended (pool workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def time_turtle(graph) -> dict:
    """Writing the graph as Turtle: kg.turtle against rdflib's own serializer, and whether the bytes agree."""
    from kg.turtle import turtle_bytes

    start = time.perf_counter()
    ours = turtle_bytes(graph)
    middle = time.perf_counter()
    theirs = graph.serialize(format="turtle", encoding="utf-8")
    end = time.perf_counter()
    return {
        "turtle_seconds": middle - start,
        "rdflib_turtle_seconds": end - middle,
        "turtle_same": ours == theirs,
    }


def stop_fork_server() -> None:
    """End the pool's fork server, if any, so that its CPU time and its workers' count as a child's."""
    from multiprocessing import forkserver

    forkserver._forkserver._stop()  # the private method CPython's own tests use


def in_child(
    files: list[Path], workers: int, with_jieba: bool, budget: float, with_turtle: bool = False
) -> dict | None:
    """``measure`` in a fresh process; None when it did not finish within ``budget`` seconds."""
    spec = json.dumps(
        {"files": [str(f) for f in files], "workers": workers, "jieba": with_jieba, "turtle": with_turtle}
    )
    command = [sys.executable, __file__, "--child"]
    try:
        done = subprocess.run(command, input=spec, capture_output=True, text=True, check=True, timeout=budget)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    print(f"\n{title}")
    print("  ".join(h.rjust(w) for h, w in zip(header, widths, strict=True)))
    for row in rows:
        print("  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)))


def profile(files: list[Path]) -> None:
    import cProfile
    import pstats

    from kg.build import build_corpus, build_file

    build_file(files[0])
    profiler = cProfile.Profile()
    profiler.runcall(build_corpus, files, workers=1)
    print(f"\nhot spots of the build on {len(files)} documents (cProfile, by cumulative time)")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 4, 16], help="corpus sizes in MB")
    parser.add_argument("--workers-mb", type=float, default=4, help="corpus size of the workers table")
    parser.add_argument("--budget", type=float, default=900, help="seconds allowed per measurement")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        spec = json.loads(sys.stdin.read())
        files = [Path(f) for f in spec["files"]]
        print(json.dumps(measure(files, spec["workers"], spec["jieba"], spec["turtle"])))
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpora = {mb: write_corpus(Path(tmp, f"{mb:g}mb"), mb) for mb in {*args.sizes, args.workers_mb}}
        runs = {}
        for mb in sorted(args.sizes):
            run = in_child(corpora[mb], 1, True, args.budget, with_turtle=mb == min(args.sizes))
            print(f"{mb:g} MB: {'done' if run else 'over budget, left out'}", file=sys.stderr, flush=True)
            if run:
                runs[mb] = run
        rows = []
        for mb, r in sorted(runs.items()):
            build_s, jieba_s = r["seconds"], r["jieba_seconds"]
            rows.append(
                [f"{mb:g}", str(r["docs"]), f"{r['chars']:,}", f"{build_s:.1f}",
                 f"{r['chars'] / build_s:,.0f}", f"{jieba_s:.1f}", f"{r['chars'] / jieba_s:,.0f}",
                 f"{jieba_s / build_s:.3f}"]
            )  # fmt: skip
        table(
            "1. throughput: full build (1 worker, no HTML) against jieba.lcut on the same text",
            ["MB", "docs", "chars", "build s", "chars/s", "jieba s", "jieba chars/s", "ratio"],
            rows,
        )
        base_mb = min(runs)
        base = runs[base_mb]
        rows = [
            [f"{mb:g}", f"{mb / base_mb:.0f}x",
             f"{r['seconds']:.1f}", f"{r['seconds'] / base['seconds']:.2f}x",
             f"{r['seconds'] / r['docs'] * 1000:.0f}", f"{r['triples']:,}", f"{r['peak_mb']:.0f}",
             f"{r['peak_mb'] / r['docs']:.2f}", f"{r['peak_mb'] / r['triples'] * 1000:.2f}"]
            for mb, r in sorted(runs.items())
        ]  # fmt: skip
        table(
            "2. growth: time and peak memory (max RSS of the build process)",
            ["MB", "size", "build s", "time", "ms/doc", "triples", "peak MB", "MB/doc", "MB/1k triples"],
            rows,
        )
        files = corpora[args.workers_mb]
        one, two = in_child(files, 1, False, args.budget), in_child(files, 2, False, args.budget)
        assert one and two, "the workers runs did not finish within --budget"
        speedup = one["seconds"] / two["seconds"]
        table(
            f"3. workers on {args.workers_mb:g} MB ({len(files)} docs), process pool, pool start-up included"
            " (CPU s: the build's process and its workers; 2 workers' extra CPU is the pool's overhead)",
            ["workers", "build s", "speed-up", "CPU s", "CPU"],
            [["1", f"{one['seconds']:.1f}", "1.00x", f"{one['cpu_seconds']:.1f}", "1.00x"],
             ["2", f"{two['seconds']:.1f}", f"{speedup:.2f}x", f"{two['cpu_seconds']:.1f}",
              f"{two['cpu_seconds'] / one['cpu_seconds']:.2f}x"]],
        )  # fmt: skip
        r = runs.get(min(args.sizes))
        if r:
            table(
                "4. writing graph.ttl of the smallest corpus: kg.turtle against rdflib's Turtle serializer",
                ["MB", "triples", "rdflib s", "kg.turtle s", "speed-up", "same bytes"],
                [[f"{min(args.sizes):g}", f"{r['triples']:,}", f"{r['rdflib_turtle_seconds']:.1f}",
                  f"{r['turtle_seconds']:.1f}", f"{r['rdflib_turtle_seconds'] / r['turtle_seconds']:.1f}x",
                  "yes" if r["turtle_same"] else "NO"]],
            )  # fmt: skip
        if args.profile:
            profile(corpora[min(args.sizes)])


if __name__ == "__main__":
    main()
