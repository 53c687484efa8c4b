"""Industries: a lexicon of sector names and the suffix grammar ``X产业/制造业/服务业/金融/…``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extractors.context import Context
from kg.extractors.spans import expand_left, is_generic
from kg.lexicon.terms import load_terms
from kg.types import EntityType, Mention

SUFFIX_RE = re.compile(r"产业|制造业|服务业|金融|旅游|农业|医药|电商")
# After the suffix these make the phrase something else (产业链, 产业园, 产业集群 …).
_NOT_AFTER = (
    "链",
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
)
_GENERIC = frozenset(
    """主导 新兴 优势 特色 支柱 传统 未来 前沿 重点 战略性新兴 战略性 相关 上下游 配套 关联
    首位 主要 核心 现代化 高端 新型 千亿级 百亿级 万亿级 绿色 低碳""".split()
)
_PARTICLE_TAIL = re.compile(r"[的和与及等]$")


def _lexicon(ctx: Context) -> Iterator[Mention]:
    terms = load_terms("industries.txt")
    for sentence in ctx.body_sentences():
        text = sentence.text
        for match in terms.regex.finditer(text):
            if text[match.end() : match.end() + 2].startswith(("链", "集群")):
                continue
            yield ctx.mention(
                sentence, EntityType.INDUSTRY, *match.span(),
                canonical=terms.canonical[match.group(0)], confidence=0.85, source="lexicon",
            )  # fmt: skip


def _suffixes(ctx: Context) -> Iterator[Mention]:
    for sentence in ctx.body_sentences():
        text = sentence.text
        for match in SUFFIX_RE.finditer(text):
            if text[match.end() : match.end() + 2].startswith(_NOT_AFTER):
                continue
            start = expand_left(text, match.start(), max_len=8)
            prefix = text[start : match.start()]
            if prefix in _GENERIC or is_generic(prefix) or _PARTICLE_TAIL.search(prefix):
                continue
            yield ctx.mention(
                sentence, EntityType.INDUSTRY, start, match.end(), confidence=0.7, source="suffix"
            )


def extract_industries(ctx: Context) -> Iterator[Mention]:
    yield from _lexicon(ctx)
    yield from _suffixes(ctx)
