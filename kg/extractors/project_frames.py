"""Projects named by the words around them rather than by a suffix.

``以樱桃沟、云顶山为龙头``: what a district builds on; ``打响中牟大蒜品牌``: a brand it promotes;
``办好亚残运会``: a national event known by its short name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extractors.context import Context
from kg.extractors.lists import ACTIVITIES
from kg.extractors.spans import is_generic
from kg.lexicon.divisions import load_divisions
from kg.lexicon.terms import load_terms
from kg.tokens import looks_like_a_name, words
from kg.types import EntityType, Mention

_ITEMS = r"(?P<items>(?:(?!等)[\u4e00-\u9fffA-Za-z0-9·、和]){2,24}?)"
# ``以X为龙头``: the places and platforms a district builds on.
BASE = re.compile(
    rf"以{_ITEMS}(?:等[\u4e00-\u9fff]{{0,4}})?为(?:龙头|依托|主阵地|主平台|主战场|主载体|载体|核心|引领|牵引|支点|试点|主轴|重点)"
)
# ``依托嵩山、少林寺和…发展``: what a district relies on, before what it does with it.
RELIED_ON = re.compile(
    rf"依托{_ITEMS}(?:等[\u4e00-\u9fff]{{0,6}}?)?"
    r"(?=[，,；;“]|和“|发展|打造|建设|做大|做强|推动|推进|加快|集聚|培育|大力|着力|积极|全力)"
)
# ``把李公堤打造成湖畔消费新地标``: what a district turns into something.
MADE_INTO = re.compile(rf"把{_ITEMS}(?=打造成|打造为|建设成|建成|培育成)")
# ``打响X品牌``, ``擦亮X、Y等农产品金名片``: the brands a district promotes.
BRAND = re.compile(
    rf"(?:打响|做响|擦亮|叫响|唱响|做优|做强|培育|用好){_ITEMS}(?:等[\u4e00-\u9fff]{{0,6}}?)?的?"
    r"(?:这块|这张|[两三四五]张|[两三四五]块|[两三四五]大)?"
    r"(?:区域公用品牌|品牌|金名片|金字招牌)"
)
# ``推动嬉戏谷、春秋淹城提档升级``: places a district upgrades.
UPGRADED = re.compile(
    rf"(?:推动|推进|促进|带动){_ITEMS}(?:等[\u4e00-\u9fff]{{0,6}}?)?"
    r"(?=提档升级|提质升级|提质扩容|提能增效|提能升级|改造提升|提升改造|加快建设|扩容提质)"
)
# ``保护利用好水井坊、东门码头等历史街区``, ``保护好平江路、山塘街两条历史街区``: heritage a district keeps.
KEPT = re.compile(
    rf"(?:保护利用好|保护好|利用好|传承好){_ITEMS}(?=等|[两三四五六七八九十][条处座个张]|[，。；,;])"
)
# ``持续办好菁蓉汇``: an event a district hosts, known by its own name.
HOSTED = re.compile(
    r"(?:办好|承办好|举办好|筹办好)(?:第[一二三四五六七八九十百0-9]+届)?"
    r"(?P<items>[\u4e00-\u9fffA-Za-z0-9·]{2,10})(?=[，。；,;])"
)
# ``擦亮“靖江汤包”“靖江肉脯”两张名片``, ``叫响“兴化大米”``: quoted brands a district promotes.
QUOTED_BRAND = re.compile(
    r"(?:打响|做响|擦亮|叫响|唱响)(?P<quotes>(?:“[^“”，。]{2,14}”、?)+)"
    r"(?=(?:等[\u4e00-\u9fff]{0,8}?)?(?:这块|这张|[两三]张|[两三]大)?[\u4e00-\u9fff]{0,6}?(?:品牌|招牌|名片)"
    r"|[，。；,;])"
)
_QUOTE_BODY = re.compile(r"“(?P<body>[^“”]+)”")


def brand_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of the quoted brand names in ``text`` (inside the quotes)."""
    return [
        body.span("body")
        for match in QUOTED_BRAND.finditer(text)
        for body in _QUOTE_BODY.finditer(text, match.start("quotes"), match.end("quotes"))
    ]


# National and international events written by their short names, which carry no suffix of their own.
EVENTS = re.compile(
    "亚残运会|亚运会|冬残奥会|残奥会|冬奥会|奥运会|全运会|大运会|世运会|进博会|广交会|服贸会|消博会|数博会|"
    "链博会|世博会|投洽会|西博会|东博会|智博会|文博会|农博会|软博会|世园会"
)
_SPLIT = re.compile(r"、|和")
_ASSETS = tuple("资源 优势 基础 条件 禀赋 区位 能力 作用 特色 生态 高校 企业 人才 院校".split())
_NOT_PLACES = tuple("产业 消费 小区 综合 活动 实事 新区 开发区 高新区 经开区 实验区 集聚区".split())
_ACTIVITY_TAIL = re.compile(f"(?:{'|'.join(ACTIVITIES)}|发展|运营|开发|提升)+$")


def _named(item: str, *, strict: bool = True) -> bool:
    """A place or platform's own name: jieba sees a name in it, it is not generic, and it is not a
    sector (those are industries) or an activity (以项目建设为抓手). Where the frame alone says a
    place is meant (推动X提档升级), any name of three or more characters that is no common word will do."""
    if len(item) < 2 or len(item) > 12 or is_generic(item) or item in load_terms("industries.txt").canonical:
        return False
    if item.endswith(_ASSETS) or item.endswith(_NOT_PLACES) or re.search("[的是向等这那]", item):
        return False  # 依托温泉资源: an endowment, not a named place; 推动文旅消费…: a sector's part
    if load_divisions().lookup(item) or load_divisions().lookup_stem(item):
        return False  # 把浦口建设成…: a district, not a project
    if not strict and len(item) >= 3:
        return not (len(words(item)) == 1 and words(item)[0][1] in ("n", "vn", "v", "l", "i"))
    if any(tag.startswith("v") and tag != "vn" and len(word) > 1 for word, tag in words(item)):
        return False  # a verb of two characters; one alone is often a piece of an unknown name (花)
    return looks_like_a_name(item)


def _items(ctx: Context, pattern: re.Pattern[str], source: str, *, strict: bool = True) -> Iterator[Mention]:
    for sentence in ctx.body_sentences():
        for match in pattern.finditer(sentence.text):
            offset = match.start("items")
            for item in _SPLIT.split(match.group("items")):
                length = len(item)
                item = _ACTIVITY_TAIL.sub("", item)  # 以成都科学城建设为牵引: the project is 成都科学城
                if _named(item, strict=strict):
                    yield ctx.mention(
                        sentence,
                        EntityType.PROJECT,
                        offset,
                        offset + len(item),
                        confidence=0.7,
                        source=source,
                    )
                offset += length + 1


def _events(ctx: Context) -> Iterator[Mention]:
    for sentence in ctx.body_sentences():
        for match in EVENTS.finditer(sentence.text):
            yield ctx.mention(sentence, EntityType.PROJECT, *match.span(), confidence=0.8, source="event")


def _quoted_brands(ctx: Context) -> Iterator[Mention]:
    for sentence in ctx.body_sentences():
        for start, end in brand_quotes(sentence.text):
            yield ctx.mention(sentence, EntityType.PROJECT, start, end, confidence=0.8, source="brand")


def extract_project_frames(ctx: Context) -> Iterator[Mention]:
    yield from _items(ctx, BASE, "base")
    yield from _items(ctx, RELIED_ON, "base")
    yield from _items(ctx, MADE_INTO, "base")
    yield from _items(ctx, BRAND, "brand")
    yield from _items(ctx, UPGRADED, "upgraded", strict=False)
    yield from _items(ctx, KEPT, "kept", strict=False)
    yield from _items(ctx, HOSTED, "hosted")
    yield from _quoted_brands(ctx)
    yield from _events(ctx)
