"""Strategies: quoted slogans, numbered formulas, 《documents》, five-year plans, a lexicon of terms."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg.extractors.context import Context
from kg.extractors.project_frames import brand_quotes
from kg.extractors.spans import BOUNDARY_WORDS, FUNCTION_WORDS, expand_left, is_generic
from kg.extractors.terms import term_mentions
from kg.lexicon.divisions import PROVINCE_INITIALS, load_divisions
from kg.names import normalise_name
from kg.tokens import strip_leading_verbs, words
from kg.types import EntityType, Mention

QUOTED = re.compile(r"[“「『\"‘](?P<body>[^“”「」『』\"‘’。！？]{2,24})[”」』\"’]")
FORMULA = re.compile(r"(?<![0-9A-Za-z.+])[0-9]+(?:\+[0-9nNxX]+)+(?![0-9A-Za-z+])")
# Named strategies by their head word: 郑州都市圈, 郑开同城化, 长江大保护, 263专项行动 …
STRATEGY_HEADS = re.compile(
    r"都市圈|同城化|一体化发展|一体化|经济圈|大保护|专项行动|攻坚行动|提升行动|发展战略|"
    r"战略(?!性|合作|布局|机遇|支点|腹地|定位|地位|高度|目标|新兴|部署|眼光|思维|安排|任务|重点|方向|举措|意义|定力)"
)
# Words before 战略 that say what kind of strategy, not which one (国家战略).
_NATIONAL_KINDS = frozenset("国家 重大 总体 省级 市级 区域 长期 全局".split())
_KINDS_OF_STRATEGY = _NATIONAL_KINDS | frozenset("发展 主导 核心 首位".split())  # 主导战略: no name
_KIND_TAIL = re.compile(f"(?:{'|'.join(sorted(_NATIONAL_KINDS, key=lambda k: (-len(k), k)))})+$")
_QUOTE_BEFORE = re.compile(r"[“‘](?P<body>[^“”‘’]{1,12})[”’]$")
# Heads of regional strategies, which name their region (宁马: two cities' initials).
REGIONAL_HEADS = frozenset("都市圈 同城化 一体化发展 一体化 经济圈".split())
# Regions named by abbreviation in regional strategies.
REGIONS = tuple(
    """长三角 珠三角 京津冀 成渝 长株潭 苏锡常 宁镇扬 郑开 郑洛 西咸 广佛 厦漳泉 沪苏 沪宁 宁杭 杭绍 甬舟
    粤港澳 港澳 闽台 黄河 长江 淮河 运河 省会 大湾区 中原 关中 川渝 滇中 黔中 北部湾 海峡""".split()
)
# Quoted words that praise a role rather than name a strategy.
METAPHORS = frozenset(
    """排头兵 领头雁 火车头 开门红 主力军 桥头堡 先行者 顶梁柱 压舱石 增长极 试验田
    金名片 主引擎 发动机 动力源 策源地 绣花功夫 双引擎 一号产业 首位产业 新高地
    生力军 领跑者 示范者 答卷 窗口 名片 高地 主战场 第一方阵 颜值 钱景 好地方 绿心 链主
    瞪羚 小巨人 独角兽 隐形冠军 首店 首秀 首发 金字招牌 网红 流量 最后一公里 出圈 强引擎""".split()
)
DOCUMENT = re.compile(
    r"《(?P<body>[^《》]{2,60}(?:条例|规划|纲要|意见|方案|计划|办法|决定|法|规定|建议|纲领|战略|通知|措施|政策|行动))》"
)
POSITIONING = re.compile(
    r"(?:打造|建设|建成|争创|创建|争当)(?P<name>[\u4e00-\u9fff]{4,16}?(?:城市|名城|之城|之都))"
    r"(?=目标|定位|[，。；、,;])"
)
# Kinds of city a state confers, not a city's own positioning.
_CITY_CATEGORIES = frozenset("国家中心城市 全国文明城市 国家卫生城市 国家园林城市".split())
MOTTO = re.compile(
    r"(?<!“)(?:工业|产业|制造|文旅|旅游|生态|科技|创新|人才|开放|农业|商贸|文化|数字|质量|品牌)"
    r"(?:强市|强区|强县|立市|立区|立县|兴市|兴区|兴县|富市|富民)"
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
    "活动",
    "定位",
)
PROJECT_TAILS = (
    "品牌",
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
_PROJECT_AFTER = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{'|'.join(PROJECT_TAILS)})")
_COUNT_BEFORE = re.compile(r"(?:[一二三四五六七八九十两]|[0-9]+)个$")
_NOT_SLOGANS = re.compile(
    r"^[\u4e00-\u9fff]$|(?:起来|下来|出来|进来|过来|上去|下去|之乡|饭|造|式)$|^(?:让|把|使|在|向|从)"
    r"|^一[江湖河池泓汪][\u4e00-\u9fff]{1,2}$"  # “一湖清水”: a figure of speech
    r"|^[\u4e00-\u9fff]{1,3}(?:气|感|实力|客厅|绿心|样板|担当)$"  # “烟火气”, “常熟样板”: figures too
)


def five_year_plan_year(name: str) -> int:
    """First year of a five-year plan: 十四五 → 2021."""
    ordinal = "一二三四五六七八九".index(name[1]) + 11
    return 2006 + 5 * (ordinal - 11)  # 十一五 began in 2006


def _names_a_place(prefix: str) -> bool:
    """Regional strategies name their region: 郑开同城化, 武汉都市圈 (城乡供水一体化 does not)."""
    if any(region in prefix for region in REGIONS):
        return True
    index = load_divisions()
    return any(index.lookup(prefix[i:j]) for i in range(len(prefix)) for j in range(i + 2, len(prefix) + 1))


@cache
def _city_initials(province: str = "") -> frozenset[str]:
    """First characters of the short names of cities (in one province, or anywhere)."""
    return frozenset(
        d.short[0]
        for d in load_divisions().by_code.values()
        if d.level == "city" and d.short and d.code.startswith(province)
    )


@cache
def _county_initials(city: str) -> frozenset[str]:
    """First characters of the short names of the counties and districts of ``city``."""
    return frozenset(
        d.short[0]
        for d in load_divisions().by_code.values()
        if d.parent == city and d.short and not d.is_zone
    )


def _initials_of_cities(prefix: str, ctx: Context) -> bool:
    """成德眉资: each character the initial of a city in the report's province (成都, 德阳, 眉山, 资阳);
    杭富, 沪太: a city, a province or one of the report city's own counties (富阳, 太仓)."""
    if ctx.city is None or not 2 <= len(prefix) <= 6:
        return False
    initials = _city_initials(ctx.city.code[:2]) | _county_initials(ctx.city.code) | PROVINCE_INITIALS
    return all(char in initials for char in prefix)


def _initials_before(text: str, end: int, ctx: Context) -> int:
    """Start of the longest run of two to four city initials ending at ``end``, else ``end``."""
    for n in (4, 3, 2):
        if end >= n and _initials_of_cities(text[end - n : end], ctx):
            return end - n
    return end


def initials_anywhere(prefix: str) -> bool:
    """郑开, 宁马, 苏锡常: each character the initial of a city somewhere in China (运维 is not)."""
    initials = _city_initials() | PROVINCE_INITIALS
    return all(char in initials for char in prefix) or any(region in prefix for region in REGIONS)


def _ordinary_word(body: str) -> bool:
    """“后花园”, “施工图”: one dictionary word in quotes is a figure of speech, not a slogan."""
    found = words(body)
    return len(found) == 1 and len(body) <= 3 and found[0][1] not in ("nz", "eng", "m")


def _idioms_only(body: str) -> bool:
    """“落地生根、开花结果”: set phrases of the language joined, not a policy's name (“稳中求进”
    alone is one, and so are four-character slogans such as “产业强区、生态美区”)."""
    parts = re.split(r"[、，,]", body)
    idioms = [p for p in parts if len(words(p)) == 1 and words(p)[0][1] in ("i", "l")]
    return len(parts) >= 2 and all(len(p) == 4 for p in parts) and bool(idioms)


def _quoted(ctx: Context) -> Iterator[Mention]:
    for sentence in ctx.body_sentences():
        text = sentence.text
        brands = brand_quotes(text)
        for match in QUOTED.finditer(text):
            if any(s <= match.start("body") < e for s, e in brands):
                continue  # 擦亮“靖江汤包”金字招牌: a brand, a project
            body = match.group("body").strip()
            after = text[match.end() : match.end() + 3]
            if (
                _NOT_SLOGANS.search(body)
                or _PROJECT_AFTER.match(text, match.end())
                or (
                    body.endswith("年") and text.startswith("活动", match.end())
                )  # “项目深化年”活动: an event
                or FIVE_YEAR_PLAN.fullmatch(body)
                or body in METAPHORS
                or _ordinary_word(body)
                or (len(body) >= 5 and "的" in body)  # “实验室里的成果”: a description, not a slogan
                or _idioms_only(body)  # “落地生根、开花结果”
            ):
                continue
            positioned = re.match(r"(?:城市|发展|功能|产业|战略)定位", text[match.end() : match.end() + 4])
            confidence = 0.9 if after.startswith(STRATEGY_TAILS) or positioned else 0.75
            start, attrs = match.start("body"), {}
            head = expand_left(text, match.start(), max_len=6)
            head += strip_leading_verbs(text[head : match.start()])
            counted = _COUNT_BEFORE.search(text, 0, match.start())
            if counted:  # 三个“一号工程”: the count belongs to the name
                start, attrs = counted.start(), {"alias": body}
            elif match.start() - head >= 2 and not is_generic(text[head : match.start()]):
                start, attrs = head, {"alias": body}  # 数字经济“一号工程”: the whole name, the quote an alias
            yield ctx.mention(
                sentence, EntityType.STRATEGY, start, match.end("body"),
                name=normalise_name(text[start : match.end("body")]), confidence=confidence, source="quoted",
                attrs=attrs,
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
        for match in STRATEGY_HEADS.finditer(text):
            quoted = _QUOTE_BEFORE.search(text, 0, match.start())
            if quoted and match.group(0) == "战略":
                continue  # “东进”战略: the quote names it
            if quoted:  # “263”专项行动
                yield ctx.mention(
                    sentence, EntityType.STRATEGY, quoted.start(), match.end(),
                    name=quoted.group("body") + match.group(0), confidence=0.8, source="head",
                    attrs={"alias": quoted.group("body")},
                )  # fmt: skip
                continue
            boundaries = _PLAN_VERBS if match.group(0) == "战略" else BOUNDARY_WORDS  # 主导战略 keeps 主导
            start = expand_left(text, match.start(), max_len=8, words=boundaries)
            start += strip_leading_verbs(text[start : match.start()])
            if match.group(0) in REGIONAL_HEADS and match.start() - start < 2:
                start = _initials_before(text, match.start(), ctx)  # 沪太(同城化): 太 read as an adverb
            prefix, end = text[start : match.start()], match.end()
            if match.group(0) == "战略":  # 沿海开发国家战略: the strategy is 沿海开发, of the nation's kind
                kind = _KIND_TAIL.search(prefix)
                if kind and kind.start() >= 2:
                    prefix, end = prefix[: kind.start()], start + kind.start()
            if (
                len(prefix) >= 2
                and not is_generic(prefix)
                and prefix not in _KINDS_OF_STRATEGY
                and prefix[-1] not in "”’"
                and (
                    match.group(0) not in REGIONAL_HEADS
                    or (len(prefix) == 2 and initials_anywhere(prefix))
                    or _names_a_place(prefix)
                    or _initials_of_cities(prefix, ctx)
                )
            ):
                yield ctx.mention(sentence, EntityType.STRATEGY, start, end, confidence=0.75, source="head")
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


def _mottos(ctx: Context) -> Iterator[Mention]:
    """``工业强市``, ``制造立区``: a sector that makes the place strong; ``二七精神``,
    ``新时代张家港精神``: the spirit a place is known for."""
    divisions = load_divisions()
    for sentence in ctx.body_sentences():
        text = sentence.text
        for match in MOTTO.finditer(text):
            yield ctx.mention(sentence, EntityType.STRATEGY, *match.span(), confidence=0.75, source="motto")
        for match in re.finditer("精神", text):
            at = match.start()
            place = next(
                (
                    n
                    for n in (3, 2)
                    if at >= n
                    and (divisions.lookup(text[at - n : at]) or divisions.lookup_stem(text[at - n : at]))
                ),
                0,
            )
            if place:
                start = at - place - (3 if text.endswith("新时代", 0, at - place) else 0)
                yield ctx.mention(
                    sentence, EntityType.STRATEGY, start, match.end(), confidence=0.75, source="spirit"
                )


def _positionings(ctx: Context) -> Iterator[Mention]:
    """``加快打造上海大都市北翼门户城市``: the kind of city a place sets out to become."""
    for sentence in ctx.body_sentences():
        for match in POSITIONING.finditer(sentence.text):
            name = match.group("name")
            if "的" not in name and name not in _CITY_CATEGORIES:
                yield ctx.mention(
                    sentence, EntityType.STRATEGY, *match.span("name"), confidence=0.7, source="positioning"
                )


def extract_strategies(ctx: Context) -> Iterator[Mention]:
    yield from _quoted(ctx)
    yield from _mottos(ctx)
    yield from _positionings(ctx)
    yield from _patterns(ctx)
    yield from term_mentions(ctx, "strategies.txt", EntityType.STRATEGY, 0.85, not_before=("企业",))
