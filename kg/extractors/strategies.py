"""Strategies: quoted slogans, numbered formulas, 《documents》, five-year plans, a lexicon of terms."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extractors.context import Context
from kg.extractors.spans import FUNCTION_WORDS, expand_left
from kg.lexicon.terms import load_terms
from kg.types import EntityType, Mention

QUOTED = re.compile(r"[“「『\"](?P<body>[^“”「」『』\"。！？]{2,24})[”」』\"]")
FORMULA = re.compile(r"(?<![0-9A-Za-z.+])[0-9]+(?:\+[0-9nNxX]+)+(?![0-9A-Za-z+])")
DOCUMENT = re.compile(
    r"《(?P<body>[^《》]{2,60}(?:条例|规划|纲要|意见|方案|计划|办法|决定|法|规定|建议|纲领|战略|通知|措施|政策|行动))》"
)
FIVE_YEAR_PLAN = re.compile(r"十[一二三四五六七八九]五")
PLAN_HEAD = re.compile(
    r"(?:[一二三四五六七八九十]年)?(?:行动计划|行动方案|实施方案|攻坚方案|规划纲要|行动纲要|发展规划)"
)
_PLAN_VERBS = FUNCTION_WORDS | frozenset(
    """修编 制定 出台 实施 编制 落实 贯彻 滚动 印发 发布 推进 执行 启动 谋划 研究""".split()
)
# Words after a quote that say it names a strategy, and ones that say it names a project.
STRATEGY_TAILS = (
    "战略",
    "理念",
    "路子",
    "路径",
    "思路",
    "格局",
    "布局",
    "方针",
    "政策",
    "模式",
    "目标",
    "行动",
    "工程",
)
PROJECT_TAILS = (
    "核心区",
    "产业园",
    "园区",
    "基地",
    "中心",
    "示范区",
    "实验场",
    "项目",
    "平台",
    "大会",
    "论坛",
)
_NOT_SLOGANS = re.compile(r"^[\u4e00-\u9fff]$|^(?:动|好|强|快|稳|活)$")


def five_year_plan_year(name: str) -> int:
    """First year of a five-year plan: 十四五 → 2021."""
    ordinal = "一二三四五六七八九".index(name[1]) + 11
    return 1951 + 5 * (ordinal - 1)


def _quoted(ctx: Context) -> Iterator[Mention]:
    for sentence in ctx.body_sentences():
        text = sentence.text
        for match in QUOTED.finditer(text):
            body = match.group("body").strip()
            after = text[match.end() : match.end() + 3]
            if _NOT_SLOGANS.match(body) or after.startswith(PROJECT_TAILS) or FIVE_YEAR_PLAN.fullmatch(body):
                continue
            confidence = 0.9 if after.startswith(STRATEGY_TAILS) else 0.75
            yield ctx.mention(
                sentence, EntityType.STRATEGY, match.start("body"), match.end("body"),
                name=body, confidence=confidence, source="quoted",
            )  # fmt: skip


def _patterns(ctx: Context) -> Iterator[Mention]:
    for sentence in ctx.body_sentences():
        text = sentence.text
        for match in FORMULA.finditer(text):
            yield ctx.mention(sentence, EntityType.STRATEGY, *match.span(), confidence=0.8, source="formula")
        for match in DOCUMENT.finditer(text):
            yield ctx.mention(
                sentence, EntityType.STRATEGY, *match.span("body"), confidence=0.9, source="document"
            )
        for match in FIVE_YEAR_PLAN.finditer(text):
            yield ctx.mention(
                sentence, EntityType.STRATEGY, *match.span(), confidence=0.9, source="five-year-plan"
            )
        for match in PLAN_HEAD.finditer(text):
            start = expand_left(text, match.start(), max_len=14, words=_PLAN_VERBS)
            if match.start() - start >= 2:
                yield ctx.mention(
                    sentence, EntityType.STRATEGY, start, match.end(), confidence=0.8, source="plan"
                )


def _lexicon(ctx: Context) -> Iterator[Mention]:
    terms = load_terms("strategies.txt")
    for sentence in ctx.body_sentences():
        for match in terms.regex.finditer(sentence.text):
            yield ctx.mention(
                sentence, EntityType.STRATEGY, *match.span(),
                canonical=terms.canonical[match.group(0)], confidence=0.85, source="lexicon",
            )  # fmt: skip


def extract_strategies(ctx: Context) -> Iterator[Mention]:
    yield from _quoted(ctx)
    yield from _patterns(ctx)
    yield from _lexicon(ctx)
