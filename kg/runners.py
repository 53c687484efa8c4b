"""Where the per-document step runs: this process, a local process pool, or a Dask cluster.

Every runner takes the files in listing order and hands their outcomes back in
that same order (whatever order they finish in), so the merge is deterministic.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from kg.build import DocumentResult, Failure, build_task

Outcome = DocumentResult | Failure
Advance = Callable[[Outcome], None]


def run_tasks(
    files: Sequence[Path],
    min_confidence: float,
    workers: int = 1,
    scheduler: str = "",
    advance: Advance | None = None,
) -> Iterator[Outcome]:
    """The outcome of ``build_task`` for each file, in the order of ``files``.

    ``advance`` is called on each outcome as soon as it arrives (for progress).
    """
    if scheduler:
        from kg.distributed import run_on_cluster

        arrivals = run_on_cluster(scheduler, files, min_confidence)
    elif min(workers, len(files)) > 1:
        arrivals = run_in_pool(files, min_confidence, min(workers, len(files)))
    else:
        arrivals = enumerate(build_task(str(path), min_confidence) for path in files)
    return in_order(arrivals, advance)


def in_order(arrivals: Iterable[tuple[int, Outcome]], advance: Advance | None = None) -> Iterator[Outcome]:
    """Outcomes tagged with their index, released in index order as soon as possible."""
    waiting: dict[int, Outcome] = {}
    following = 0
    for index, outcome in arrivals:
        if advance is not None:
            advance(outcome)
        waiting[index] = outcome
        while following in waiting:
            yield waiting.pop(following)
            following += 1


def pool_context() -> multiprocessing.context.BaseContext:
    """Where pool workers come from: forked from a warm fork server, else spawned.

    Either way they share no state with this process. The fork server (started
    once per process, then reused) loads kg's lexicons and jieba's dictionary once
    (``kg.warm``) and forks each worker ready to build; spawned workers each load them.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():  # Windows
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["kg.warm"])
    return context


def run_in_pool(files: Sequence[Path], min_confidence: float, workers: int) -> Iterator[tuple[int, Outcome]]:
    """Build in ``workers`` processes that share no state with this one (see ``pool_context``)."""
    with ProcessPoolExecutor(workers, mp_context=pool_context()) as pool:
        futures = {pool.submit(build_task, str(path), min_confidence): i for i, path in enumerate(files)}
        try:
            for future in as_completed(futures):
                yield futures[future], future.result()
        finally:
            for future in futures:
                future.cancel()
