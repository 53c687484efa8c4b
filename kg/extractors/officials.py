"""Officials: speakers from headers, and people named with a post in the body.

``市委书记徐某某`` and ``徐某某（市委书记）`` name officials; a bare ``徐书记`` is an
official only when the same document names a person of that surname in full.
Bylines never yield officials.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extractors.context import Context
from kg.extractors.spans import expand_left
from kg.lexicon.names import is_plausible_name, surname_of
from kg.lexicon.titles import HEADS, TITLE
from kg.segment import parse_posts
from kg.tokens import words
from kg.types import EntityType, Mention

_NAME = r"[\u4e00-\u9fff]{2,4}"
_TITLE_THEN_NAME = re.compile(rf"(?P<posts>{TITLE})(?P<name>{_NAME})")
_NAME_THEN_TITLE = re.compile(rf"(?P<name>{_NAME})[（(](?P<posts>[\u4e00-\u9fff、]{{0,20}}?{TITLE})[）)]")
_BARE = re.compile(
    rf"(?P<surname>[\u4e00-\u9fff]{{1,2}})(?P<head>{'|'.join(h for h in HEADS if len(h) <= 3)})"
)
# Verbs that follow a name: 周敏说 is 周敏 + 说, but 张刚强出席 is 张刚强 + 出席.
_VERBS = tuple("说 表示 指出 强调 认为 介绍 谈到 参加 主持 出席 坦言 告诉 称 在 作".split())
# Characters after which a 2-character name is more likely than a 3-character one.
_NAME_END = (
    "说表示指出强调认为介绍在到参主带率同和与、，。：；（）的一等就对作发讲提要是以将把从向来去会也还又都"
)


def _jieba_name(text: str, start: int) -> str:
    """The person name jieba finds starting at ``start``, if any."""
    pos = 0
    for word, flag in words(text):
        if pos == start:
            return word if flag == "nr" and is_plausible_name(word) else ""
        if pos > start:
            break
        pos += len(word)
    return ""


def _best_name(candidate: str, following: str) -> str:
    """Trim a greedy 4-character match to the plausible name length."""
    lengths = (2, 3, 4) if (candidate[2:] + following).startswith(_VERBS) else (3, 2, 4)
    for length in lengths:
        name = candidate[:length]
        rest = candidate[length:] + following
        if is_plausible_name(name) and (not rest or rest[0] in _NAME_END or length == len(candidate)):
            return name
    return ""


def _attrs(posts: str, left: str = "") -> dict[str, str]:
    """Title and district of ``posts``; ``left`` is the text just before it (a district name?)."""
    district, title = parse_posts(left[expand_left(left, len(left), 10) :] + posts)
    attrs = {"title": title}
    if district:
        attrs["district"] = district
    return attrs


def _speaker_mentions(ctx: Context) -> Iterator[Mention]:
    for speech in ctx.speeches:
        if not speech.speaker:
            continue
        sentence = ctx.first_sentence_with(speech, speech.speaker)
        if sentence is None:
            continue
        offset = sentence.text.find(speech.speaker)
        attrs = {"title": speech.title, "speaker": "1"}
        if speech.district:
            attrs["district"] = speech.district
        yield ctx.mention(
            sentence,
            EntityType.OFFICIAL,
            max(offset, 0),
            max(offset, 0) + len(speech.speaker),
            confidence=0.95,
            source="speech-header",
            attrs=attrs,
        )


def _body_mentions(ctx: Context) -> Iterator[Mention]:
    speakers = {s.speaker for s in ctx.speeches}
    for sentence in ctx.body_sentences():
        text = sentence.text
        for match in _TITLE_THEN_NAME.finditer(text):
            name = _best_name(match.group("name"), text[match.end() : match.end() + 1]) or _jieba_name(
                text, match.start("name")
            )
            if not name or (name in speakers and match.start() == 0):
                continue
            start = match.start("name")
            yield ctx.mention(
                sentence, EntityType.OFFICIAL, start, start + len(name), confidence=0.85,
                source="title-name", attrs=_attrs(match.group("posts"), text[: match.start()]),
            )  # fmt: skip
        for match in _NAME_THEN_TITLE.finditer(text):
            name = match.group("name")[-3:]
            name = name if is_plausible_name(name) else match.group("name")[-2:]
            if not is_plausible_name(name):
                continue
            start = match.end("name") - len(name)
            yield ctx.mention(
                sentence, EntityType.OFFICIAL, start, start + len(name),
                confidence=0.85, source="name-title", attrs=_attrs(match.group("posts")),
            )  # fmt: skip


def _bare_mentions(ctx: Context, named: list[Mention]) -> Iterator[Mention]:
    """``徐书记`` → the official of that surname named in full elsewhere in the document."""
    by_surname: dict[str, set[str]] = {}
    for mention in named:
        by_surname.setdefault(surname_of(mention.name), set()).add(mention.name)
    for sentence in ctx.body_sentences():
        for match in _BARE.finditer(sentence.text):
            surname = match.group("surname")[-1:]
            if surname not in by_surname and match.group("surname") in by_surname:
                surname = match.group("surname")
            names = by_surname.get(surname, set())
            if len(names) != 1:
                continue
            start = match.end("surname") - len(surname)
            yield ctx.mention(
                sentence, EntityType.OFFICIAL, start, match.end(), canonical=next(iter(names)),
                confidence=0.7, source="surname-title",
            )  # fmt: skip


def extract_officials(ctx: Context) -> Iterator[Mention]:
    named = [*_speaker_mentions(ctx), *_body_mentions(ctx)]
    yield from named
    yield from _bare_mentions(ctx, named)
