"""Choose among overlapping mentions: one reading per span, nested names where they make sense."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from kg.types import EntityType, Mention

T = EntityType
# (inner type, outer type) pairs where a name inside a longer name is still a mention of its own:
# 郑州 in 郑州航空港经济综合实验区条例, 跨境电商 in 跨境电商产业园区.
NESTING_ALLOWED = {
    (T.DISTRICT, T.STRATEGY),
    (T.INDUSTRY, T.PROJECT), (T.INDUSTRY, T.STRATEGY), (T.ORGANIZATION, T.PROJECT),
}  # fmt: skip
# Which reading wins when two mentions of different types cover the same characters.
PRIORITY = (T.OFFICIAL, T.MEETING, T.DISTRICT, T.ORGANIZATION, T.STRATEGY, T.PROJECT, T.INDUSTRY)


def _rank(m: Mention) -> tuple:
    return (-(m.end - m.start), -m.confidence, PRIORITY.index(m.type), m.start, m.name)


def select_mentions(mentions: Iterable[Mention]) -> tuple[Mention, ...]:
    """Keep, per character span, the longest and most confident readings that may coexist."""
    unique: dict[tuple, Mention] = {}
    for m in mentions:
        key = (m.sentence, m.start, m.end, m.type)
        if key not in unique or _rank(m) < _rank(unique[key]):
            unique[key] = m
    kept: dict[int, list[Mention]] = defaultdict(list)  # by sentence: overlaps never cross one
    for m in sorted(unique.values(), key=_rank):
        if all(_compatible(m, k) for k in kept[m.sentence]):
            kept[m.sentence].append(m)
    return tuple(
        sorted((m for ms in kept.values() for m in ms), key=lambda m: (m.start, m.end, m.type.value))
    )


def _compatible(new: Mention, old: Mention) -> bool:
    """May ``new`` (ranked lower) stand beside the already kept ``old``?"""
    if new.end <= old.start or old.end <= new.start:
        return True
    if old.start <= new.start and new.end <= old.end and (new.start, new.end) != (old.start, old.end):
        if new.type is T.INDUSTRY and new.source != "lexicon":
            return False  # only a known sector name stands inside another name
        if new.source == "report-city":
            return True  # 杭州 in 杭州医药港: the report's city is named, wherever it stands
        return (new.type, old.type) in NESTING_ALLOWED
    return False
