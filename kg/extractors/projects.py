"""Projects: names ending in a facility, programme or event suffix; lists sharing one suffix."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extractors.context import Context
from kg.extractors.lists import ACTIVITIES
from kg.extractors.spans import BOUNDARY_WORDS, expand_left, is_generic
from kg.extractors.strategies import initials_anywhere
from kg.lexicon.divisions import load_divisions
from kg.lexicon.terms import load_terms
from kg.tokens import boundaries, strip_leading_verbs, words
from kg.types import EntityType, Mention

# Longest first: the regex alternation takes the first that matches at a position.
SUFFIXES = tuple(
    sorted(
        """产业园区 产业园 产业城 博览城 博览园 工业园区 科技园区 物流园区 创业园区
        软件园区 平台 综合保税区 保税区 综保区 生物城 商务区 活力区 集聚区 功能区
        产业带 科技园 工业园 软件园 物流园 创业园 孵化园 园区 科技城 科学城 航空城
        大学城 金融城 汽车城 智造城 未来城 数字城 会展城 医学城 生态城 新城 小镇 基地
        中心 工程 大会 年会 论坛 博览会 交易会 展览会 峰会 赛事 杯 实验场 示范区
        核心区 先行区 先导区 走廊 廊道 港 谷 综合体 指数 班列 专线 大道 机场 高铁站
        口岸 古镇 故里 庄园 展馆 博物馆 创新馆 科技馆 文化节 旅游节 武术节 艺术节
        音乐节 电影节 美食节 购物节 大典 慢城 长廊 科创带 创新带 创新区 艺术区 生活圈
        项目 园 城 不夜城 职教城 软件城 科创城 影视城 古城 风景区 景区 度假区
        旅游度假区 湿地 电站 集中区 产业区 测试区 通道 啤酒节 保税港区 交通枢纽 洽谈会
        推介会 隧道 大桥 南站 北站 东站 西站 火车站 街区 历史文化街区 商圈 市场 公园
        村 号线 号公路 马拉松 灯会 航展 文化月 文化带 非遗节 分会场 博物院 巷 片区
        港区 节 文化季 站 高铁 快速路 铁路 高速公路 岛 遗址 枢纽 综合试验区
        先行实践区 奥运会 冬奥会 亚冬会 残运会 青运会 学青会 世运会 活动 社区
        发展区 风光带 示范带 绿道 风景名胜区 名胜区 步行街 商业街 美食街 古街 时装周 设计周
        广场 庙会 纪念馆 世园会 园博会 花博会 农博会 文博会 湖 生态区 风貌区 法务区 旅游区
        校区 花会 宣传周 文化区
        运动会 亚运会 全运会 大运会 锦标赛 大赛 高速 国家公园 森林公园 湿地公园 遗址公园 艺术公园
        书院 城际""".split(),
        key=len,
        reverse=True,
    )
)
SUFFIX_RE = re.compile("|".join(map(re.escape, SUFFIXES)))
# A suffix followed by these is the middle of a longer word, not the end of a name.
_CONTINUATIONS = tuple(
    """高速发展 高速增长 高速度 高速路 岛内 岛外 岛屿 乡村 农村 节能 节约 节点 节奏
    节目 节日 站位 站点 城市 城区 城乡 城镇 城际 城墙 园林 园丁 中心城 港口
    港区 谷物 园林 工程师 中心区 基地化 宅基地 开园 入园 游园 建园 进园 主城""".split()
)
# Heads that make an event a meeting, not a project.
_MEETING_LIKE = ("代表大会", "动员大会", "表彰大会", "推进大会", "誓师大会", "工作会议")
# Suffixes that describe a role (基地, 集聚区 …) rather than a place of its own.
_ROLE_SUFFIXES = frozenset("基地 集聚区 核心区 先行区 先导区 高地 中心".split())
# Suffixes so common that only a proper name in front makes a project's name.
_WEAK_SUFFIXES = frozenset(
    """项目 园区 园 平台 城 市场 村 巷 公园 节 站 片区 港区 枢纽 高速 活动 社区 发展区 绿道 广场
    湖 城际""".split()
)
_FACILITY_SUFFIXES = frozenset("基地 中心 平台 示范园 示范基地".split())
# What a facility does, when its name says only that.
_FUNCTIONS = tuple(
    """研发 转化 培养 实训 种植 繁育 加工 分拨 集疏 孵化 检测 试验 验证 转移 研究 生产 制造
    种养 育种 培训 中试 服务""".split()
)
_AROUND = ("周边", "沿线", "一带")
# Division names that are also everyday words (城中村, 南部片区).
_COMMON_PLACE_WORDS = frozenset(
    "城中 城关 城区 市中 郊区 南部 东部 西部 北部 中部 新城 老城 新区 矿区".split()
)
_SECTOR_BASE = re.compile(r"(?:产业|产业链|制造|生产|研发)$")
_PLAIN_QUALIFIERS = frozenset("先进 新型 绿色 传统 未来 新兴 优势 特色".split())
# Words before 的 that make what follows a thing done, not a goal described (举办的X文化节).
_DONE = ("举办", "承办", "主办", "开幕", "落户", "建成", "开园", "开通", "投用")
# Words that end a name on its left unless a proper name stands before them.
_SOFT_BOUNDARIES = tuple("发展 合作 服务 融合 开放 创新 转移 对接 交流 转化".split())
_WORKS = frozenset("保护 提升 更新 改造 扩建 扩能 新建 建设 整治 修复 续建 改扩建".split())
_PHASE = re.compile(
    r"[一二三四五六七八九十0-9]+期|[\u4e00-\u9fff]{1,4}段(?![\u4e00-\u9fff])|（[\u4e00-\u9fff]{2,4}）"
)
# A place's section of a long project before the work on it: 大运河文化带余杭段建设.
_SECTION = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{2,4}?)(?:示范)?段(?=建设|保护|提升|开发|遗址|贯通|全线|改造)"
)
_NUMERAL = re.compile(r"[0-9一二三四五六七八九十]")
_BILATERAL = re.compile(r"中[德法意韩日俄以欧新美英瑞奥荷比芬丹挪匈捷波西葡泰越老柬马印巴埃阿沙哈乌白]")
_ORDINAL = re.compile(
    r"^(?:全国)?(?:(?:第?[0-9一二三四五六七八九十百]+|首)届|[0-9]{4}年?|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)"
)
# An edition or year just before a name that expand_left stops at (届 reads as an adverb).
_EDITION_BEFORE = re.compile(r"(?:全国)?(?:(?:第?[0-9一二三四五六七八九十百]+|首)届|[0-9]{4}年?)$")
_PART_OF_EVENT = re.compile(r"(?:系列|部分|多项|比赛|各项|相关)$")
_AMOUNT = re.compile(r"[0-9一二三四五六七八九十百千]+(?:亿元|万元|亿|万)(?:以上)?$")
_EVENT_END = re.compile(r"(?:会|节|赛|杯|马拉松|文化月|周)$")
_COUNTED = re.compile(r"[两二三四五六七八九十百0-9]+[大个批项类座条处张]$")  # 两大平台: a count of kinds
# 平江路、山塘街两条历史文化街区: a count inside the prefix closes a list; the items are the names.
_COUNT_INSIDE = re.compile(r"[两三四五六七八九十]+[条处张座个大](?=[\u4e00-\u9fff]{2})")
_DESCRIPTIVE = re.compile(r"^[型性化式级类]")
_LIST = re.compile(
    r"(?P<items>(?:[\u4e00-\u9fffA-Za-z0-9]{2,10}、)+[\u4e00-\u9fffA-Za-z0-9]{2,10}?)"
    r"(?P<tail>等|和|及|一带|[两三四五六七八九十](?:条|个|座|处|大|张))"
)
# Heads of ``A、B等<head>`` besides the suffixes: the kinds of place a list of names belongs to.
_LIST_HEADS = "场景 景点 地标 招牌 名片 资源 目的地 载体 街巷 品牌活动 活动".split()
_LIST_ACTORS = frozenset("企业 落户 入驻 人才 机构 项目".split())
_LIST_HEAD = re.compile(
    rf"(?P<modifier>[\u4e00-\u9fff]{{0,4}}?)(?:{'|'.join(SUFFIXES + tuple(_LIST_HEADS))})"
)
_QUOTED_HEAD = re.compile(
    r"[“「](?P<body>[^”」]{2,16})[”」]"
    r"(?P<suffix>[\u4e00-\u9fff]{0,4}?(?:核心区|产业园区|产业园|园区|基地|中心|示范区|实验场|项目|工程|品牌|(?<=年[”」])活动))"
)


def _inside_longer_word(text: str, start: int, suffix: str) -> bool:
    """Is the suffix at ``start`` part of a word such as 城市 or 港口?"""
    for word in _CONTINUATIONS:
        at = word.find(suffix)
        if at >= 0 and word != suffix and text[start - at : start - at + len(word)] == word:
            return True
    return False


def _has_proper_noun(prefix: str) -> bool:
    """Does ``prefix`` hold a place, person, organisation or other proper name (jieba), a number,
    or a bilateral name (中德, 中意)?"""
    return bool(_BILATERAL.match(prefix)) or any(
        flag in ("ns", "nr", "nt", "nz", "eng", "j")
        or (flag == "m" and re.search(r"[0-9一二三四五六七八九十]", word))
        for word, flag in words(prefix)
    )


def _names_a_place(prefix: str) -> bool:
    """中国（如皋）长寿…, 杭州西溪…: a name that opens with a place, so no goal described after 的."""
    index = load_divisions()
    opening = (prefix[:n] for n in (2, 3))
    place = any(index.lookup_stem(p) and p not in _COMMON_PLACE_WORDS for p in opening)
    return "（" in prefix or prefix.startswith("中国") or place


def _describes_a_function(prefix: str) -> bool:
    """Does ``prefix`` say what a facility does (研发, 转化, 实训 …) with no place or name of its own?"""
    rest = prefix
    for word in _FUNCTIONS:
        rest = rest.replace(word, "")
    named = (len(rest) >= 2 and _has_proper_noun(rest)) or _names_a_place(prefix)
    return rest != prefix and not named


def _park_of(prefix: str) -> bool:
    """临空生物医药(园): a sector with a qualifier of its own before a park's suffix."""
    terms = load_terms("industries.txt").canonical
    return any(
        prefix[n:] in terms and not is_generic(prefix[:n]) and prefix[:n] not in _PLAIN_QUALIFIERS
        for n in range(2, len(prefix) - 1)
    )


def _owned(prefix: str) -> bool:
    """Does a place, the nation or a proper name open ``prefix`` (富阳智能制造产业, 国家大健康产业)?"""
    found = words(prefix)
    return (
        prefix.startswith("国家")
        or _names_a_place(prefix)
        or bool(found and found[0][1] in ("ns", "nr", "nt"))
    )


def _ends_a_name(text: str, match: re.Match[str]) -> bool:
    """Does a suffix that is not a weak one end the text before ``match`` (紫琅科技城(项目))?"""
    return any(text.endswith(s, 0, match.start()) for s in SUFFIXES if s not in _WEAK_SUFFIXES)


def _names_an_industry(prefix: str) -> bool:
    """先进制造业 / 全国重要的先进制造业: nothing but a sector and generic words."""
    terms = load_terms("industries.txt").canonical
    return any(prefix[n:] in terms and (n == 0 or is_generic(prefix[:n])) for n in range(len(prefix) - 1))


def _aliases(name: str, suffix: str, start: int, suffix_start: int) -> dict[str, str]:
    """Shorter forms a text may also use: without 核心区 (X城核心区 → X城), without the city."""
    if suffix == "核心区" and SUFFIX_RE.search(name[: suffix_start - start][-3:]):
        return {"alias": name[: -len(suffix)]}
    for n in range(min(4, len(name) - 3), 1, -1):
        if load_divisions().lookup(name[:n]) and not is_generic(name[n : -len(suffix)] or "x"):
            return {"alias": name[n:]}
    return {}


def _name_start(text: str, match: re.Match[str]) -> int:
    """Where the name ending in the suffix ``match`` begins: works before 工程 belong to it
    (保护提升工程), and so do words such as 合作 or 发展 when a proper name precedes them
    (中德中小企业合作示范区, 中国（常州）国际石墨烯产业发展论坛)."""
    core = match.start()
    if match.group(0) in ("工程", "项目"):
        while text[core - 2 : core] in _WORKS:
            core -= 2
    start = expand_left(text, core, max_len=16)
    start += strip_leading_verbs(text[start : match.start()])
    if text[start] == "以" and "为" in text[match.end() : match.end() + 6]:
        start += 1  # 以太湖湾科技创新带为引领: jieba reads 以太 as a word
    soft = next((w for w in _SOFT_BOUNDARIES if text.endswith(w, 0, start)), None)
    if soft and start - len(soft) > 0:
        longer = expand_left(text, start - len(soft), max_len=16)
        longer += strip_leading_verbs(text[longer : start - len(soft)])
        if longer < start - len(soft) and _has_proper_noun(text[longer : start - len(soft)]):
            start = longer
    framed = "为" in text[match.end() : match.end() + 6]  # 以X为引领: 以 is the frame's
    if start >= 2 and text[start - 2 : start] == "中以" and not framed:
        start -= 2  # 中以常州创新园: 以 names Israel here, no boundary
    return start


def _suffix_mentions(ctx: Context) -> Iterator[Mention]:
    for sentence in ctx.body_sentences():
        text = sentence.text
        for match in SUFFIX_RE.finditer(text):
            if _inside_longer_word(text, match.start(), match.group(0)):
                continue
            if any(
                load_divisions().lookup(text[k : match.end()])
                for k in range(max(match.start() - 3, 0), match.start())
            ):
                continue  # 宣城, 石家庄: the suffix ends a division's name
            if match.group(0) in ("赛事", "活动", "项目") and _EVENT_END.search(
                _PART_OF_EVENT.sub("", text[: match.start()])
            ):
                continue  # 杭州亚运会赛事, 运动会部分赛事: the event is the name
            if match.group(0) == "项目" and (
                _AMOUNT.search(text, 0, match.start()) or _ends_a_name(text, match)
            ):
                continue  # 超10亿元项目: a size; 紫琅科技城项目: the project is 紫琅科技城
            if match.group(0) == "集聚区" and text.endswith("产业", 0, match.start()):
                continue  # 马寨产业集聚区: a zone (District), not a project
            start = _name_start(text, match)
            prefix = text[start : match.start()]
            if match.group(0) in _FACILITY_SUFFIXES and _describes_a_function(prefix):
                continue  # 中药材良种繁育基地, 概念验证中心: a facility described by what it does
            park = match.group(0) in ("园", "园区") and _park_of(prefix)
            landmark = text.startswith(_AROUND, match.end())  # 如意湖周边: a landmark named by its area
            linked = len(prefix) == 2 and initials_anywhere(prefix)  # 千黄高速, 宁句城际: the cities it joins
            named = _has_proper_noun(prefix) or _names_a_place(prefix) or park or landmark or linked
            if match.group(0) in _WEAK_SUFFIXES and not named:
                continue  # 优质项目, 扎根园区: a weak suffix needs a name in front of it
            if match.group(0) in _ROLE_SUFFIXES and _names_an_industry(prefix):
                continue  # 先进制造业集聚区: a role a district aims at, not a named thing
            if match.group(0) == "基地" and _SECTOR_BASE.search(prefix) and not _owned(prefix):
                continue  # 打造海工装备产业基地: a sector's base as a goal, named by no place or body
            name = text[start : match.end()]
            if (
                is_generic(prefix)
                or name.endswith(_MEETING_LIKE)
                or _DESCRIPTIVE.match(prefix)
                or _COUNTED.search(prefix)
                or _COUNT_INSIDE.search(prefix)
            ):
                continue
            described = text[:start].endswith("的") and not text[:start].endswith(_DONE, 0, start - 1)
            if text[:start].endswith("等") or (described and not _names_a_place(prefix)):
                continue  # A、B等景区: the kind of a list's items; 打造…的X: a goal described
            confidence = 0.85 if len(prefix) >= 3 else 0.7
            attrs = _aliases(name, match.group(0), start, match.start())
            edition = _EDITION_BEFORE.search(text, 0, start)
            if edition and not _ORDINAL.match(name):
                start, name = edition.start(), text[edition.start() : match.end()]
            ordinal = _ORDINAL.match(name)
            if ordinal:  # 第十九届X博览会: the recurring event is X博览会
                yield ctx.mention(
                    sentence, EntityType.PROJECT, start + ordinal.end(), match.end(),
                    confidence=confidence, source="suffix", attrs={"alias": name},
                )  # fmt: skip
                continue
            if match.group(0) == "遗址" and len(name) >= 5 and "alias" not in attrs:
                attrs = {"alias": name[:-2]}  # 郑韩故城遗址: the site is named by what it was
            phase = _PHASE.match(text, match.end())  # 厦门软件园三期, 生态廊道惠济段, 中欧班列（郑州）
            section = _SECTION.match(text, match.end())
            if not phase and section and load_divisions().lookup_stem(section.group("place")):
                phase = section
            if phase and "alias" not in attrs:
                attrs = {"alias": name}  # the whole without its phase or section
            yield ctx.mention(
                sentence,
                EntityType.PROJECT,
                start,
                phase.end() if phase else match.end(),
                confidence=confidence,
                source="suffix",
                attrs=attrs,
            )


def _named_item(item: str) -> bool:
    """A list item that names something: not generic, not a common noun (交通, 孵化器)."""
    found = words(item)
    return not is_generic(item) and not (len(found) == 1 and found[0][1] in ("n", "vn", "a", "an"))


def _list_head(text: str, at: int) -> str | None:
    """The suffix a list's items share, when ``text[at:]`` starts with a head such as 产业园,
    历史街区 or 消费场景 (a descriptive modifier, then a suffix or a kind of place)."""
    head = _LIST_HEAD.match(text, at)
    if head is None:
        return None
    modifier = head.group("modifier")
    suffix_at = at + len(modifier)
    if head.end() not in boundaries(text) or _inside_longer_word(
        text, suffix_at, text[suffix_at : head.end()]
    ):
        return None  # 等乡村振兴: 村 inside 乡村
    found = words(modifier)
    if any((tag[0] in "vpcdu" and tag != "vn") or word in _LIST_ACTORS for word, tag in found):
        return None  # 等企业落户园区: a clause, not a head
    return head.group(0)[len(modifier) :] if modifier and is_generic(modifier) else head.group(0)


def _after_last_verb(text: str, start: int, end: int) -> int:
    """Where a list really begins: after the last verb of the genre inside ``text[start:end]``
    (协同上海、浙江加快水乡客厅、方厅水院等: the list is 水乡客厅、方厅水院)."""
    for i in range(end - 2, start, -1):
        if text[i : i + 2] in BOUNDARY_WORDS and "、" not in text[i : i + 2]:
            return _after_last_verb(text, i + 2, end) if i + 2 < end else end
    return start


def _shared_suffix_lists(ctx: Context) -> Iterator[Mention]:
    """``A、B、C等产业园``, ``A、B等历史街区``, ``A、B一带``: each item is a project; an item
    without a suffix of its own has ``A产业园`` as alias."""
    for sentence in ctx.body_sentences():
        text = sentence.text
        for match in _LIST.finditer(text):
            suffix = "" if match.group("tail") == "一带" else _list_head(text, match.end())
            if suffix is None:
                continue
            comma = match.start("items") + match.group("items").index("、")
            first = expand_left(text, comma, max_len=10)
            first += strip_leading_verbs(text[first:comma])
            first = _after_last_verb(text, first, match.end("items"))
            offset = first
            items = text[first : match.end("items")].split("、")
            if any(item in load_terms("industries.txt").canonical for item in items):
                continue  # 智慧农业、生命健康等场景: sectors, not places
            for item in items:
                if _named_item(item) and not item.endswith(ACTIVITIES):
                    tail = SUFFIX_RE.search(item[-3:])
                    own = tail is not None and len(item) - len(tail.group(0)) >= 2  # 麓谷: no suffix
                    attrs = {} if own or not SUFFIX_RE.search(suffix) else {"alias": item + suffix}
                    yield ctx.mention(
                        sentence, EntityType.PROJECT, offset, offset + len(item),
                        confidence=0.75, source="shared-suffix", attrs=attrs,
                    )  # fmt: skip
                offset += len(item) + 1


def _quoted_heads(ctx: Context) -> Iterator[Mention]:
    """``“中国X谷”核心区``, ``“一老一小”民生工程`` → a project named with its suffix, the quote an alias."""
    for sentence in ctx.body_sentences():
        for match in _QUOTED_HEAD.finditer(sentence.text):
            yield ctx.mention(
                sentence, EntityType.PROJECT, match.start(), match.end(),
                name=match.group("body") + match.group("suffix"), confidence=0.85, source="quoted-head",
                attrs={"alias": match.group("body")},
            )  # fmt: skip


def extract_projects(ctx: Context) -> Iterator[Mention]:
    yield from _suffix_mentions(ctx)
    yield from _shared_suffix_lists(ctx)
    yield from _quoted_heads(ctx)
