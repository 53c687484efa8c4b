"""Coordinated lists: the items of ``A、B和C`` are things of one kind.

When one item of a list is already known as an industry (a lexicon sector, a
``X产业`` name), the other items are industries too, written in full as the
list writes them (``新能源汽车及零部件``, ``温泉康养``). Likewise a list with a
project among its items (``拱宸桥、小河直街、桥西历史文化街区``) names projects.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extractors.context import Context
from kg.extractors.spans import BOUNDARY_WORDS, expand_left, is_generic
from kg.tokens import strip_leading_verbs, words
from kg.types import EntityType, Mention

_ITEM = r"(?:(?![等的])[\u4e00-\u9fffA-Za-z0-9（）])"
LIST_RE = re.compile(rf"{_ITEM}{{2,14}}(?:、{_ITEM}{{2,14}})*、{_ITEM}{{2,20}}")
_TAIL = re.compile(
    r"(?:等|[两二三四五六七八九十]大|[两二三四五六七八九十]个|多个|全产业链|全链条|产业|行业|领域|板块|集群"
    r"|融合发展|融合|协同发展|一体化|转型升级|提质|提档|提能|做大做强|高质量发展|方向|赛道|活力|集聚)+.*$"
)
_DIRECTION = re.compile(r"方向.*$")
# What follows a list of stages or kinds, not of sectors: 研发、制造、运维一体化; 引进A、B企业.
_NOT_SECTORS_AFTER = re.compile(r"(?:等)?(?:全产业链|全链条|一体化|企业|项目|人才|专业)")
# 高端化、智能化、绿色化: ways of developing, not sectors.
_MANNER = re.compile(
    r"(?:高端|智能|绿色|数字|网络|信息|国际|现代|集约|规模|品牌|标准|多元|专业|市场|精细|融合)化"
)
# How the names of places end: a list holding one is a list of places, whatever sector it names.
_PLACE_ENDINGS = tuple("城 街 园 镇 村 馆 巷 广场 商圈".split())
# Words that end a list's last item without belonging to it.
# Longest first, in one order in every run (a set's order depends on the hash seed).
_ITEM_BOUNDARIES = tuple(
    sorted(BOUNDARY_WORDS - frozenset("发展 服务 开放 和 与 及".split()), key=lambda w: (-len(w), w))
)
# Items that name an activity, not a thing: 人才培养, 城市更新改造.
ACTIVITIES = tuple(
    "培养 建设 改革 治理 保护 引进 招引 培育 提升 应用 管理 开发 转化 创新 更新 改造 招商 研发".split()
)
PROPAGATED = (EntityType.INDUSTRY, EntityType.PROJECT)


def _items(text: str, match: re.Match[str]) -> list[tuple[int, int]]:
    """(start, end) of each item, the first cut at a verb, the last at a tail word or 和."""
    first = expand_left(text, match.start() + match.group(0).index("、"), max_len=14)
    first += strip_leading_verbs(text[first : match.start() + match.group(0).index("、")])
    spans, pos = [], first
    for piece in text[first : match.end()].split("、"):
        spans.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    start, end = spans[-1]
    last = _DIRECTION.sub("", text[start:end])  # 智能网联方向: 向 is no boundary inside 方向
    for word in _ITEM_BOUNDARIES:
        cut = last.find(word, 2)
        if cut > 0:
            last = last[:cut]
    joined = re.split(r"[和与]|及(?!零部件|配套)", last, maxsplit=1)  # 高端装备产业和现代纺织: two items
    if len(joined) == 2 and len(joined[0]) >= 2 and len(joined[1]) >= 2:
        first_part, second_part = _TAIL.sub("", joined[0]), _TAIL.sub("", joined[1])
        spans[-1] = (start, start + len(first_part))
        second = start + len(joined[0]) + 1
        spans.append((second, second + len(second_part)))
    else:
        spans[-1] = (start, start + len(_TAIL.sub("", last)))
    return spans


def extend_lists(ctx: Context, mentions: tuple[Mention, ...]) -> Iterator[Mention]:
    """Mentions for the unknown items of lists whose known items share one type."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for sentence in ctx.body_sentences():
        text, near = sentence.text, by_sentence.get(sentence.index, [])
        for match in LIST_RE.finditer(text):
            items = _items(text, match)
            if text[: items[0][0]].endswith("在") or "、在" in match.group(0):
                continue  # 在工业设计、气象预报等领域的应用: the places of a use, not sectors developed
            known = [_item_type(near, sentence.start + s, sentence.start + e) for s, e in items]
            types = {t for t, _ in known if t is not None}
            if len(types) != 1 or next(iter(types)) not in PROPAGATED:
                continue
            type_ = next(iter(types))
            places = any(text[s:e].endswith(_PLACE_ENDINGS) for s, e in items)  # 德化街、银基商贸城
            if type_ is EntityType.INDUSTRY and places:
                continue
            if type_ is EntityType.INDUSTRY and _NOT_SECTORS_AFTER.search(
                text[items[-1][0] : match.end() + 4]
            ):
                continue
            for (start, end), (inner, whole) in zip(items, known, strict=True):
                name = text[start:end]
                if type_ is EntityType.PROJECT and (inner is not None or not _names_a_thing(name)):
                    continue  # 桥西历史文化街区有机更新: a project's item keeps the project's own span
                if (
                    not whole
                    and 2 <= len(name) <= 14
                    and not is_generic(name)
                    and not name.endswith(ACTIVITIES)
                    and (type_ is not EntityType.INDUSTRY or _names_a_sector(name))
                ):
                    yield ctx.mention(sentence, type_, start, end, confidence=0.65, source="list")


def _names_a_sector(item: str) -> bool:
    """温泉康养, 新能源汽车及零部件: a noun phrase of a sector, not a clause (接待游客人次, 带动性强)."""
    if (
        len(item) > 10
        or re.search(r"[0-9在的均向将]|链条|人次|人才|企业|业态|水平|融合$", item)
        or _MANNER.search(item)
    ):
        return False
    found = words(item)
    if (found[0][1] == "v" or found[0][0] in BOUNDARY_WORDS) and len(found[0][0]) > 1 and len(found) > 1:
        return False  # 发展数字经济, 丰富旅游业态: an action on a sector
    if len(found) == 1 and found[0][1].startswith("v"):
        return False  # 制造, 运维: an activity, not a sector
    if found[-1][1] == "a" and len(found[-1][0]) == 1:
        return False  # 带动性强: a quality
    verbs = [i for i, (word, tag) in enumerate(found) if tag in ("v", "vd") and len(word) > 1]
    adverbs = any(tag in ("d", "ad") for _, tag in found)
    return not adverbs and all(i == len(found) - 1 for i in verbs)  # 数字出版 ends in a verb


def _names_a_thing(item: str) -> bool:
    """拱宸桥, 小河直街: no verb (选择园区) and more than one common noun (园区)."""
    found = words(item)
    if any(tag.startswith("v") and tag != "vn" for _, tag in found):
        return False
    return not (len(found) == 1 and found[0][1] in ("n", "vn"))


def _item_type(mentions: list[Mention], start: int, end: int) -> tuple[EntityType | None, bool]:
    """A list item's type (of a mention spanning it, else of the mentions inside it) and whether
    a mention already spans the whole item."""
    whole = next((m for m in mentions if (m.start, m.end) == (start, end)), None)
    if whole is not None:
        return whole.type, True
    inside = {m.type for m in mentions if start <= m.start and m.end <= end}
    return (next(iter(inside)), False) if len(inside) == 1 else (None, False)
