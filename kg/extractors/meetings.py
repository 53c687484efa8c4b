"""Meetings: ordinal party sessions (十一届十三次全会), 会议, 常委会, 座谈会, congresses."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extractors.context import Context
from kg.extractors.spans import expand_left
from kg.lexicon.divisions import load_divisions
from kg.types import EntityType, Mention

_CN_NUM = "[一二三四五六七八九十百零〇0-9]+"
_BODY = r"(?:中共)?(?:[\u4e00-\u9fff]{0,8}?(?:省委|市委|区委|县委|党工委|人大|政协|省|市|区|县)){0,2}"
ORDINAL_SESSION = re.compile(
    rf"{_BODY}(?:第?{_CN_NUM}届)(?:人大|政协)?(?:第?{_CN_NUM}次)(?:全体会议|全会|会议|常委会会议|常委会)"
)
CONGRESS = re.compile(rf"{_BODY}第{_CN_NUM}次(?:党代会|党代表大会|代表大会)")
PARTY_CONGRESS = re.compile(
    rf"党的{_CN_NUM}大|党的{_CN_NUM}届{_CN_NUM}中全会|(?:中共)?{_CN_NUM}届{_CN_NUM}中全会"
)
# Named meetings by their head word; the name runs left to a boundary.
MEETING_HEADS = re.compile(
    r"(?:经济工作会议|工作会议|常委会会议|常务会议|全体会议|座谈会|推进会|动员会|现场会|研讨会|"
    r"务虚会|表彰大会|动员大会|推进大会|誓师大会|党代会|人代会|两会)"
)
_GENERIC = {"会议", "全会", "工作会议", "两会", "座谈会", "推进会", "现场会", "研讨会"}
_SHORT_SESSION = re.compile(r"(?:省委|市委|区委|县委)?全会")


def _place_noise(name: str) -> int:
    """How many leading characters of a matched session name are not its name (召开的市委… → 3)."""
    match = re.match(r"(中共)?([\u4e00-\u9fff]{0,8}?)(省|市|区|县)", name)
    if not match or not match.group(2):
        return 0
    stem, level = match.group(2), match.group(3)
    divisions = load_divisions()
    for n in range(len(stem)):
        if divisions.lookup(stem[n:] + level) or divisions.lookup(stem[n:]):
            return 0 if n == 0 else match.start(2) + n
    return match.end(2)


def _named(ctx: Context) -> Iterator[Mention]:
    for sentence in ctx.body_sentences():
        text = sentence.text
        taken: list[tuple[int, int]] = []
        for regex in (ORDINAL_SESSION, CONGRESS, PARTY_CONGRESS):
            for match in regex.finditer(text):
                start = match.start() + _place_noise(match.group(0))
                taken.append((start, match.end()))
                yield ctx.mention(
                    sentence, EntityType.MEETING, start, match.end(), confidence=0.95, source="ordinal"
                )
        for match in MEETING_HEADS.finditer(text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            start = expand_left(text, match.start(), max_len=10)
            name = text[start : match.end()]
            if (
                name in _GENERIC
                or _SHORT_SESSION.fullmatch(name)
                or name.startswith(("本次", "这次", "此次"))
            ):
                continue
            yield ctx.mention(
                sentence, EntityType.MEETING, start, match.end(), confidence=0.85, source="head"
            )


def _short_sessions(ctx: Context, named: list[Mention]) -> Iterator[Mention]:
    """``全会`` / ``市委全会`` refer to the one ordinal 全会 of the document, if there is one."""
    sessions = {m.name for m in named if m.source == "ordinal" and m.name.endswith(("全会", "全体会议"))}
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


def extract_meetings(ctx: Context) -> Iterator[Mention]:
    named = list(_named(ctx))
    yield from named
    yield from _short_sessions(ctx, named)
