"""Importing this module warms a process up for building: lexicons and jieba's dictionary loaded.

The process pool's fork server imports it (``multiprocessing`` preloads modules by
name), so that every worker forked from the server starts warm instead of paying
the same second of loading each. Should the warm-up fail, workers load lazily.
"""

from contextlib import suppress

from kg.build import build_document
from kg.ingest import document_from_bytes

_TEXT = "市委全会召开。\n区委书记 李某\n我们将加快建设科技产业园，推动数字经济发展，与某某大学合作。\n"

with suppress(Exception):
    build_document(document_from_bytes(_TEXT.encode("utf-8"), "warm-up.txt"))
