"""build_corpus keeps the growing graph out of the garbage collector's rounds, only while it builds."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from kg.build import build_corpus, long_lived_heap

REPORT = Path(__file__).resolve().parent.parent / "examples" / "zhengzhou-2021-01.txt"


def test_build_heap_settled_objects_are_frozen_then_handed_back():
    with long_lived_heap() as settle:
        settle()
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_build_heap_leaves_a_callers_frozen_objects_alone():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with long_lived_heap() as settle:
            settle()
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("workers", [1, 2])
def test_build_heap_nothing_stays_frozen_after_a_build(workers):
    report = build_corpus([REPORT], workers=workers)
    assert len(report.graph) > 0 and gc.get_freeze_count() == 0
