"""The per-document step on a Dask cluster (``kg build --scheduler ADDRESS``).

Workers need kg installed and must see the input files at the same absolute
paths (a shared filesystem); each sends back its document's triples and the
client merges them. Needs the ``distributed`` extra (``pip install kg[distributed]``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from kg.build import DocumentResult, Failure, build_task
from kg.errors import KgError


class ClusterError(KgError):
    """The cluster cannot be reached or used."""


def run_on_cluster(
    address: str, files: Sequence[Path], min_confidence: float
) -> Iterator[tuple[int, DocumentResult | Failure]]:
    """``(index, outcome)`` for each file, as the cluster's workers finish them."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise ClusterError("--scheduler needs Dask: pip install 'kg[distributed]'") from None
    try:
        client = Client(address, timeout=10, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({error})") from None
    with client:
        futures = client.map(
            build_task,
            [str(path) for path in files],
            [min_confidence] * len(files),
            [str(path.resolve()) for path in files],
            pure=False,
        )
        index = {future.key: i for i, future in enumerate(futures)}
        try:
            for future, outcome in as_completed(futures, loop=client.loop, with_results=True):
                yield index[future.key], outcome
        except Exception as error:  # a worker lost or killed: the cluster, not a file, failed
            raise ClusterError(
                f"the Dask cluster at {address} failed: {type(error).__name__}: {error}"
            ) from None
