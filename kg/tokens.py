"""jieba word segmentation as a weak signal: word boundaries and parts of speech.

A private ``jieba.Tokenizer`` (never the module-level one) so that kg leaves
jieba's global state alone; HMM off for deterministic, dictionary-only cuts.
"""

from __future__ import annotations

import logging
from functools import cache, lru_cache

import jieba
import jieba.posseg

from kg.lexicon.divisions import load_divisions

jieba.setLogLevel(logging.WARNING)


@cache
def _tokenizer() -> jieba.posseg.POSTokenizer:
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return jieba.posseg.POSTokenizer(tokenizer)


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[tuple[str, str], ...]:
    """(word, part-of-speech tag) pairs of ``text``."""
    return tuple((w.word, w.flag) for w in _tokenizer().cut(text, HMM=False))


@lru_cache(maxsize=4096)
def boundaries(text: str) -> frozenset[int]:
    """Offsets in ``text`` where jieba puts a word boundary (0 and len included)."""
    offsets, pos = {0}, 0
    for word, _ in words(text):
        pos += len(word)
        offsets.add(pos)
    return frozenset(offsets)


@lru_cache(maxsize=4096)
def token_tags(text: str) -> tuple[str, ...]:
    """The part-of-speech tag of the word each character of ``text`` belongs to."""
    tags: list[str] = []
    for word, flag in words(text):
        tags.extend([flag] * len(word))
    return tuple(tags)


def looks_like_a_name(text: str) -> bool:
    """Does jieba see a proper name in ``text``: a tagged name, a Latin word, or characters it could not
    join into dictionary words (超聚变, 好想你)?"""
    found = words(text)
    return any(tag in ("nr", "ns", "nt", "nz", "nrt", "nrfg", "eng", "x") for _, tag in found) or (
        len(found) >= 2 and any(len(word) == 1 for word, _ in found)
    )


def _is_place(word: str) -> bool:
    """A place name jieba may mistake for a verb (呈贡)."""
    return bool(load_divisions().lookup_stem(word))


def strip_leading_verbs(name: str, min_len: int = 2) -> int:
    """How many leading characters of ``name`` are verbs (保障南京禄口国际机场 → 2).

    Verbs shorter than ``min_len`` stay: jieba takes the 临 of 临空经济 for one.
    """
    cut = 0
    for word, flag in words(name):
        if flag not in ("v", "vd", "vn", "d", "p", "c") or len(word) < min_len or _is_place(word):
            break
        cut += len(word)
    return cut
