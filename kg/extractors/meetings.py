"""Meetings: ordinal party sessions (十一届十三次全会), 会议, 常委会, 座谈会, congresses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kg.extractors.context import Context
from kg.extractors.spans import BOUNDARY_WORDS, expand_left
from kg.lexicon.divisions import load_divisions
from kg.tokens import strip_leading_verbs
from kg.types import EntityType, Mention

_CN_NUM = "[一二三四五六七八九十百零〇0-9]+"
_BODY = r"(?:省委|市委|区委|县委|州委|党工委|省|市|区|县)?(?:人大常委会|人大|政协)?"
ORDINAL_SESSION = re.compile(
    rf"{_BODY}第?{_CN_NUM}届(?:人大|政协|人民代表大会|人民政治协商会议|委员会)?第?{_CN_NUM}次"
    r"(?:全体(?:（扩大）)?会议|全会|（扩大）会议|会议|常委会会议|常委会)"
)
CONGRESS = re.compile(rf"{_BODY}第{_CN_NUM}次(?:党代会|党代表大会|代表大会)")
PARTY_CONGRESS = re.compile(rf"党的{_CN_NUM}大|党的{_CN_NUM}届{_CN_NUM}中全会|{_CN_NUM}届{_CN_NUM}中全会")
# Named meetings by their head word; the name runs left to a boundary.
MEETING_HEADS = re.compile(
    r"(?:经济工作会议|工作会议|常委会会议|常务会议|全体会议|座谈会|推进会|动员会|现场会|研讨会|"
    r"务虚会|表彰大会|动员大会|推进大会|誓师大会|党代会|人代会|两会)"
)
_GENERIC = {"会议", "全会", "工作会议", "两会", "座谈会", "推进会", "现场会", "研讨会"}
_SHORT_SESSION = re.compile(r"(?:省委|市委|区委|县委)?全会")
_WHOLE = ("全市", "全省", "全区", "全县")
_NOT_NAMED = ("本次", "这次", "此次", "全区", "全市", "全省", "全县", "各地", "有关")
_HEAD_BOUNDARIES = (
    BOUNDARY_WORDS | frozenset("召开 举行 出席 参加 主持 审议 讨论 上 全会".split())
) - frozenset("发展 建设 服务 规划 合作 开放 重点 重大 重要".split())


def with_place(text: str, start: int) -> int:
    """Start of a session name including the place before it: 中共合肥市委… , 江苏省十四届…"""
    index = load_divisions()
    for n in range(min(start, 10), 1, -1):
        if index.lookup(text[start - n : start]) or index.lookup(
            text[start - n : start] + text[start : start + 1]
        ):
            start -= n
            break
    return start - 2 if text[start - 2 : start] == "中共" else start


def _named(ctx: Context) -> Iterator[Mention]:
    for sentence in ctx.body_sentences():
        text = sentence.text
        taken: list[tuple[int, int]] = []
        for regex in (ORDINAL_SESSION, CONGRESS, PARTY_CONGRESS):
            for match in regex.finditer(text):
                start = with_place(text, match.start())
                taken.append((start, match.end()))
                yield ctx.mention(
                    sentence, EntityType.MEETING, start, match.end(), confidence=0.95, source="ordinal"
                )
        for match in MEETING_HEADS.finditer(text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            start = expand_left(text, match.start(), max_len=12, words=_HEAD_BOUNDARIES)
            start += strip_leading_verbs(text[start : match.start()], min_len=1)
            if text[start : start + 2] in _NOT_NAMED and text[start + 2 : match.start()]:
                start += 2  # 全市工作会议 is generic, 全市经济工作会议 a name
            start += len(text[start:]) - len(text[start:].lstrip("—-"))
            if (
                start == match.start()
                and match.group(0) == "经济工作会议"
                and text[start - 2 : start] in _WHOLE
            ):
                start -= 2  # 全市经济工作会议: the city's conference by its usual name
            name = text[start : match.end()]
            if name in _GENERIC or _SHORT_SESSION.fullmatch(name) or match.start() - start < 2:
                continue
            yield ctx.mention(
                sentence, EntityType.MEETING, start, match.end(), confidence=0.85, source="head"
            )


def _short_sessions(ctx: Context, named: list[Mention]) -> Iterator[Mention]:
    """``全会`` / ``市委全会`` refer to the one ordinal 全会 of the document, if there is one."""
    sessions = {
        m.canonical or m.name
        for m in named
        if m.source == "ordinal" and (m.name.endswith("全会") or "全体" in m.name)
    }
    if len(sessions) > 1:
        return
    if not sessions:  # no ordinal session: 市委全会 names the meeting by itself
        for sentence in ctx.body_sentences():
            for match in _SHORT_SESSION.finditer(sentence.text):
                if match.group(0) != "全会":
                    yield ctx.mention(
                        sentence, EntityType.MEETING, *match.span(), confidence=0.7, source="session"
                    )
        return
    full = next(iter(sessions))
    spans = {(m.sentence, m.start, m.end) for m in named}
    for sentence in ctx.body_sentences():
        for match in _SHORT_SESSION.finditer(sentence.text):
            at = sentence.start + match.start()
            if any(i == sentence.index and s <= at < e for i, s, e in spans):
                continue  # part of a full name
            yield ctx.mention(
                sentence,
                EntityType.MEETING,
                *match.span(),
                canonical=full,
                confidence=0.8,
                source="short-session",
            )


_SESSION_NUMBERS = re.compile(rf"({_CN_NUM})届(?:人大|政协|人民代表大会|委员会)?第?({_CN_NUM})次")


def _one_name_per_session(named: list[Mention]) -> list[Mention]:
    """``中共苏州市委十三届四次全体（扩大）会议`` and ``市委十三届四次全会`` are one session: both
    take the fullest written form as their canonical name."""
    sessions: dict[tuple[str, ...], list[Mention]] = {}
    for m in named:
        numbers = _SESSION_NUMBERS.search(m.name)
        if m.source == "ordinal" and numbers and m.name.endswith(("全会", "会议")):
            sessions.setdefault(numbers.groups(), []).append(m)
    fullest = {key: max((m.name for m in ms), key=len) for key, ms in sessions.items()}
    out = []
    for m in named:
        numbers = _SESSION_NUMBERS.search(m.name)
        full = fullest.get(numbers.groups()) if numbers and m.source == "ordinal" else None
        out.append(replace(m, canonical=full) if full and full != m.name else m)
    return out


def extract_meetings(ctx: Context) -> Iterator[Mention]:
    named = _one_name_per_session(list(_named(ctx)))
    yield from named
    yield from _short_sessions(ctx, named)
