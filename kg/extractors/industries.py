"""Industries: a lexicon of sector names and the suffix grammar ``X产业/制造业/服务业/金融/…``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kg.extractors.context import Context
from kg.extractors.spans import expand_left, is_generic
from kg.extractors.terms import term_mentions
from kg.lexicon.divisions import Division, load_divisions
from kg.tokens import words
from kg.types import EntityType, Mention

SUFFIX_RE = re.compile(r"产业|制造业|服务业|金融|旅游|农业|医药|电商|物流|装备|精深加工")
# After the suffix these make the phrase something else (产业链, 产业园, 产业集群 …).
_NOT_AFTER = (
    "链",
    "化",
    "园",
    "集群",
    "基地",
    "体系",
    "基金",
    "生态",
    "布局",
    "结构",
    "工人",
    "项目",
    "平台",
    "中心",
    "转移",
    "枢纽",
    "通道",
    "制造",
    "企业",
    "机构",
    "岛",
    "融合",
    "名片",
    "金名片",
    "节",
    "目的地",
    "胜地",
    "名城",
    "交易",
    "研究",
    "开发",
    "集聚",
    "增加值",
    "品质",
    "担当",
    "业态",
    "试点",
    "线路",
    "公园",
    "联动",
)
_GENERIC = frozenset(
    """主导 新兴 优势 特色 支柱 传统 未来 前沿 重点 战略性新兴 战略性 相关 上下游
    配套 关联 首位 主要 核心 现代化 高端 新型 千亿级 百亿级 万亿级 绿色 低碳
    县域 承接 引进 招引 培育 转移 各类 全部 所有 高新技术 医学 富民 乡村 地标 优质 主城 中心城区""".split()
)
ENUMERATION = re.compile(
    r"(?P<items>(?:(?:(?!等)[\u4e00-\u9fffA-Za-z0-9]){2,8}、)+(?:(?!等)[\u4e00-\u9fffA-Za-z0-9]){2,8})"
    r"(?:等)?(?:[两二三四五六七八九十]大|[0-9]+大|多个)(?:主导|支柱|重点|优势|特色|新兴|战略性新兴|先导)?(?:产业|行业)"
)
# Modifiers between a sector's name and 产业: 光电子信息配套产业, 数字经济核心产业.
_GENERIC_TAIL = re.compile(r"(?:配套|相关|关联|上下游|核心|主导|支柱|重点|优势|特色|新兴|战略性新兴|基础)+$")
_PLACE_WORDS = (
    "沿线",
    "地区",
    "区域",
    "周边",
    "全域",
    "本地",
    "两岸",
    "沪苏浙",
    "长三角",
    "东部",
    "西部",
    "南部",
    "北部",
)
_ZONES = ("高新区", "经开区", "开发区", "新区", "园区", "实验区", "港区", "片区", "城区")
# Places and times opening a sector's phrase: 长三角氢能产业, 全年服务业增加值.
_LEADING_AREA = re.compile(
    r"(?:全年|今年|明年|上半年|下半年|全市|全区|全县|全省|长三角|区域|东部|西部|南部|北部|中部|全域|世界级|国家级|省级)"
    r"|[\u4e00-\u9fff]{1,4}(?:沿线|地区|两岸)"
)
_COUNTED = re.compile(r"[两二三四五六七八九十0-9]大")
_PARTICLE_TAIL = re.compile(r"[的和与及等]$")
_JOINED_BY = frozenset("与和同及、")
# After a sector's name these make it a modifier of something else (文旅品牌, 新材料企业).
_NOT_BEFORE_TERM = (
    "链", "集群", "名片", "金名片", "机构", "品牌", "项目", "消费", "地标", "资源", "活动", "产品",
    "场景", "目的地", "企业", "公司", "龙头", "工业遗",
)  # fmt: skip
_DO_WELL = re.compile(r"做[强大优精旺实特新好活细]")  # 做精陶瓷产业: 做精 is what is done to it
_SECTOR_VERBS = frozenset("休闲 养老 种植 养殖 加工 制造 研发 检测 创意 配送 储能 养生".split())


def _suffixes(ctx: Context) -> Iterator[Mention]:
    """``X产业`` names the sector X (alias X产业); ``X制造业``, ``X金融`` … are names as they stand."""
    for sentence in ctx.body_sentences():
        text = sentence.text
        for match in SUFFIX_RE.finditer(text):
            if text[match.end() : match.end() + 3].startswith(_NOT_AFTER):
                continue
            start = expand_left(text, match.start(), max_len=10)
            start += _leading_place(text[start : match.start()], ctx.city)
            verb = _leading_verb(text[start : match.start()])
            if verb:  # 承接上海优质(产业): the verb, then the place
                start += verb + _leading_place(text[start + verb : match.start()], ctx.city)
            prefix = _GENERIC_TAIL.sub("", text[start : match.start()])
            if _holds_a_verb(prefix) or _is_a_verb(prefix):
                continue  # 集中力量攻坚深海装备: a clause, not a sector's name
            if (
                prefix in _GENERIC
                or (
                    is_generic(prefix) and not (match.group(0) == "精深加工" and len(prefix) == 1)
                )  # 铝精深加工
                or _PARTICLE_TAIL.search(prefix)
                or _COUNTED.search(prefix)
                or prefix.startswith("第")  # 第一大(产业): a rank
                or prefix.endswith(_PLACE_WORDS)
            ):
                continue
            if match.group(0) == "产业":
                end = start + len(prefix)
                alias = {"alias": text[start : match.end()]} if end == match.start() else {}
                yield ctx.mention(
                    sentence, EntityType.INDUSTRY, start, end, confidence=0.7, source="suffix", attrs=alias
                )
            elif len(prefix) == match.start() - start:
                yield ctx.mention(
                    sentence, EntityType.INDUSTRY, start, match.end(), confidence=0.7, source="suffix"
                )


def _holds_a_verb(prefix: str) -> bool:
    """集中力量攻坚深海(装备): a long prefix with verbs in it is a clause (预制菜 is a name)."""
    verbs = [w for w, tag in words(prefix) if tag == "v" and len(w) > 1 and w not in _SECTOR_VERBS]
    return len(prefix) > 4 and bool(verbs)


def _is_a_verb(prefix: str) -> bool:
    """分享(产业), 长出新(产业): a verb, alone or with an adjective (预制菜 is a name)."""
    found = words(prefix)
    if not found:
        return False
    (word, tag), rest = found[0], found[1:]
    return (
        tag == "v"
        and len(word) > 1
        and word not in _SECTOR_VERBS
        and all(t == "a" and len(w) == 1 for w, t in rest)
        and len(rest) <= 1
    )


def _leading_verb(prefix: str) -> int:
    """Length of a verb opening ``prefix`` (做精陶瓷, 提高, 长出新): what is done is no part of a sector."""
    if _DO_WELL.match(prefix):
        return 2
    found = words(prefix)
    if (
        found
        and found[0][1] == "v"
        and len(found[0][0]) == 2
        and len(prefix) >= 4
        and found[0][0] not in _SECTOR_VERBS
    ):
        return len(found[0][0])
    return 0


def _leading_place(prefix: str, city: Division | None) -> int:
    """Length of a place opening ``prefix``: a division (武汉制造业 names 制造业 in 武汉) or a zone
    (高新区生物医药 names 生物医药 in the zone)."""
    if "）" in prefix:  # 中国（郑州）产业…: a bracketed place belongs to a longer name
        return prefix.rindex("）") + 1
    town = re.match(r"[\u4e00-\u9fff]{2,3}镇(?=[\u4e00-\u9fff]{2})", prefix)
    if town:  # 分水镇制笔产业: the sector of a town
        return town.end()
    area = _LEADING_AREA.match(prefix)
    if area:
        return area.end()
    index = load_divisions()
    for n in range(len(prefix), 1, -1):
        if index.lookup(prefix[:n]) or prefix[:n].endswith(_ZONES):
            return n
    stem = prefix[:2] if city is not None and len(prefix) in (2, 4, 5, 6) else ""
    if any(index.city_of(d) == city for d in index.lookup_stem(stem)):
        return 2  # 温江(产业), 简阳乡村旅游: a county of the report's city by its stem
    return 0


def _enumerations(ctx: Context) -> Iterator[Mention]:
    """``电子信息、食品饮料两大产业``: each listed item is an industry."""
    for sentence in ctx.body_sentences():
        text = sentence.text
        for match in ENUMERATION.finditer(text):
            first = expand_left(text, match.start("items") + match.group("items").index("、"), max_len=8)
            offset = first
            for item in re.split("[、和]", text[first : match.end("items")]):
                if 2 <= len(item) <= 8 and not is_generic(item):
                    yield ctx.mention(
                        sentence, EntityType.INDUSTRY, offset, offset + len(item),
                        confidence=0.8, source="enumeration",
                    )  # fmt: skip
                offset += len(item) + 1


def _lexicon(ctx: Context) -> Iterator[Mention]:
    text = ctx.doc.text
    for m in term_mentions(ctx, "industries.txt", EntityType.INDUSTRY, 0.85, not_before=_NOT_BEFORE_TERM):
        if text.startswith("融合", m.end) and text[m.start - 1 : m.start] not in _JOINED_BY:
            continue  # 深耕文旅融合: a blend; 陶瓷产业与文化旅游融合发展 still names 文化旅游
        if text.startswith("产业", m.end):  # 影视产业: the sector, also written with 产业
            m = replace(m, attrs=tuple(sorted({**dict(m.attrs), "alias": m.name + "产业"}.items())))
        yield m


def extract_industries(ctx: Context) -> Iterator[Mention]:
    yield from _lexicon(ctx)
    yield from _suffixes(ctx)
    yield from _enumerations(ctx)
