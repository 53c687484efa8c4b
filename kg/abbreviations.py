"""Short forms that a report uses for a name it also writes in full: 西博会 for 中国西部国际博览会.

A project's short form keeps the characters of its full name in order and ends as it does
(西博会 / 中国西部国际博览会, 世园会 / 世界园艺博览会); when exactly one longer project of the
same document fits, the short form takes the full name as its canonical name, so both are
one entity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from kg.extractors.projects import SUFFIXES
from kg.types import EntityType, Mention

_LINKED = (EntityType.PROJECT,)
# Editions, bracketed places and the scope words that open an event's full name.
_QUALIFIERS = re.compile(r"^第[一二三四五六七八九十百0-9]+届|（[^）]*）|^(?:中国|国际|世界|全国)+")


def _abbreviates(short: str, full: str) -> bool:
    """Is ``short`` a contraction of ``full``: its characters in order, the same last character,
    the same first character found early, and at least two characters fewer?"""
    if len(short) < 3 or len(full) < len(short) + 2 or short[-1] != full[-1]:
        return False
    at = 0
    for char in short:
        at = full.find(char, at)
        if at < 0:
            return False
        at += 1
    core = _QUALIFIERS.sub("", full)  # 中国（泰州）国际医药博览会: 医博会 contracts 医药博览会
    if short in SUFFIXES and full.endswith(short):
        return False  # 博览会 alone: the suffix, not a contraction
    if short[0] not in core:
        return full.find(short[0]) <= len(full) // 2
    return core.find(short[0]) < (len(core) + 1) // 2


def link_abbreviations(mentions: Iterable[Mention]) -> tuple[Mention, ...]:
    """``mentions`` with each short form's canonical name set to the one full name it contracts."""
    mentions = tuple(mentions)
    names = {m.name for m in mentions if m.type in _LINKED}
    linked = []
    for m in mentions:
        if m.type in _LINKED and not m.canonical:
            fulls = {n for n in names if _abbreviates(m.name, n)}
            if len(fulls) == 1:
                m = replace(m, canonical=fulls.pop())
        linked.append(m)
    return tuple(linked)
