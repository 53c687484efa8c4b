"""Organizations: a lexicon of well-known bodies, suffix grammar, partners in cooperation lists."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extractors.context import Context
from kg.extractors.lists import ACTIVITIES
from kg.extractors.spans import BOUNDARY_WORDS, expand_left, is_generic
from kg.extractors.terms import term_mentions
from kg.lexicon.divisions import PROVINCE_INITIALS, load_divisions
from kg.lexicon.terms import load_terms
from kg.tokens import looks_like_a_name, strip_leading_verbs, words
from kg.types import EntityType, Mention, Sentence

SUFFIXES = tuple(
    sorted(
        """股份有限公司 有限责任公司 有限公司 公司 集团 银行 大学 学院 研究院 研究所
        科学院 工程院 设计院 计量院 医院 协会 商会 联合会 基金会 交易所 研究中心 分院
        创新中心 实验室""".split(),
        key=len,
        reverse=True,
    )
)
SUFFIX_RE = re.compile("|".join(map(re.escape, SUFFIXES)))
# ``与A、B、C等合作``: the partners of a cooperation are organizations (or districts).
COOPERATION = re.compile(
    r"(?:与|同|和|携手|联合)(?P<items>[\u4e00-\u9fffA-Za-z0-9、和及\-]{2,60}?)等?的?"
    r"(?:开展|深化|加强|深度|全面|战略|紧密|密切)?(?:合作|签约|签署|共建|联手|携手|联合打造|联合建设|共同打造)"
)
# Words that name kinds of partner, not partners.
GENERIC_PARTNERS = re.compile(
    r"大院大所|院所|高校|企业|平台|机构|部门|单位|园区|头部|龙头|央企|国企|民企|外企|科研|团队|人才|"
    r"资本|社会|各方|兄弟|周边|地区|城市|省份|国家|国内外|知名|一流|优势|相关|有关|更多|各类|中小|方面|领域|"
    r"^工程$|^技术$|^工程技术$|^企业技术$"
)
FIRM_LIST = re.compile(
    r"(?P<items>(?:(?:(?!等)[\u4e00-\u9fffA-Za-z0-9]){2,10}、)+(?:(?!等)[\u4e00-\u9fffA-Za-z0-9]){2,10})"
    r"等(?:一批)?(?:龙头|骨干|重点|头部|领军|链主|知名|大型)?(?:企业|车企|药企|房企|公司|集团)"
)
# ``支持观致汽车、波司登做大做强``: the firms a district supports to grow.
SUPPORTED = re.compile(
    r"支持(?P<items>(?:(?:(?!等)[\u4e00-\u9fffA-Za-z0-9·\-]){2,10}、)*(?:(?!等)[\u4e00-\u9fffA-Za-z0-9·\-]){2,10}?)"
    r"(?:等[\u4e00-\u9fff]{0,4}?(?:企业|车企|药企|房企)|做大做强|做强做优|做优做强|发展壮大|扩大产能|加快发展|创新发展)"
)
# ``支持超聚变扩大产能``, ``支持A、B加快…``: the firms a district supports, before what they are to do.
SUPPORTED_ONE = re.compile(
    r"支持(?P<item>(?:[\u4e00-\u9fffA-Za-z0-9·\-]{2,10}、)*[\u4e00-\u9fffA-Za-z0-9·\-]{2,10}?)"
    r"(?=扩大|牵头|加快|增资|扩能|建设|打造|开展|拓展|布局|加大|实施|建成|研发|申报|上市|做大|做强|创建|争创|"
    r"导入|延伸|扩产|增产|加速|做优|壮大|投产|稳产|增资|引进|延链|补链|参与|持续|推出|擦亮|焕新|转型|开放|"
    r"深耕|提升|升级|创新|攻关|承担|设立|落地|回归|安全|稳定|高效|向|承接|推进|推动)"
)
_SECTOR = re.compile(r"(?:经济|产业|行业)$")  # 支持民营经济加快发展: a sector, not a firm
_CONTAINED_SPLIT = re.compile(r"、|和|及")
_PARTNER_TAIL = re.compile(
    r"(?:的|之间|校地|校企|政企|银企|院地|厅市|部省|省校|战略|全方位|深度|全面|等|向)+$"
)
# Two or three provinces by their one-character names (苏皖, 川渝, 沪苏浙): a region, not a body.
# What a supported firm is to do, where it ends the firm's name: 中天钢铁(转型升级).
_FIRM_TAIL = re.compile(r"(?:转型升级|提质增效|提档升级|做大做强|做强做优|扩产增效|增资扩产).*$")
# How firms' names commonly end, when jieba reads them as plain words.
_FIRM_ENDINGS = tuple(
    """科技 股份 控股 百货 药业 电子 电气 能源 钢铁 实业 船业 重工 造船 食品 醋业 酒业 化工 光电
    微电 石化 钢钒 物流 传媒 乳业 纺织 机械 装备 汽车""".split()
)
_RESEARCH = frozenset("研究院 研究所 研究中心 创新中心 实验室".split())


def _partner_name(item: str) -> str:
    """``西南交通大学校地`` → 西南交通大学; ``中国商飞的`` → 中国商飞; ``上汽大众深化整车`` → 上汽大众;
    ``农夫山泉在千岛湖`` → 农夫山泉."""
    item = _PARTNER_TAIL.sub("", item)
    at = item.find("在", 2)
    if at > 0:
        item = item[:at]
    for n in range(2, len(item) - 1):
        if any(item[n : n + k] in BOUNDARY_WORDS for k in (2, 3)):
            item = item[:n]
            break
    suffixes = [s for s in SUFFIX_RE.finditer(item) if item[s.end() : s.end() + 1] not in ("城", "园")]
    return item[: suffixes[-1].end()] if suffixes else item


def _suffixes(ctx: Context) -> Iterator[Mention]:
    for sentence in ctx.body_sentences():
        text = sentence.text
        for match in SUFFIX_RE.finditer(text):
            if text[match.end() : match.end() + 1] in ("城", "园", "生"):
                continue  # 大学城, 科研院园: places, not bodies; 大学生: people
            start = expand_left(text, match.start(), max_len=18)
            if text.endswith("与", 0, start):  # 中国科学院…精密机械与物理研究所: one institute
                left = expand_left(text, start - 1, max_len=14)
                inner = text[left : start - 1]
                bodies = [
                    m for m in SUFFIX_RE.finditer(inner) if inner[m.end() : m.end() + 1] not in "城园生"
                ]
                if bodies and not SUFFIX_RE.search(inner[-3:]):
                    start = left
            prefix = text[start : match.start()]
            if is_generic(prefix) or GENERIC_PARTNERS.search(prefix):
                continue
            if match.group(0) in _RESEARCH and not _names_its_owner(prefix):
                continue  # 竹产业研究院, 轨道交通物流研究中心: described by their field, named by no one
            research = match.group(0).startswith("研究") and any(  # 中国船舶科学研究中心: a body's
                term in prefix for term in load_terms("organizations.txt").canonical
            )
            yield ctx.mention(
                sentence, EntityType.ORGANIZATION, start, match.end(), confidence=0.85 if research else 0.8,
                source="suffix",
            )  # fmt: skip


def _names_its_owner(prefix: str) -> bool:
    """江南石墨烯(研究院), 中国科学院生态环境(研究中心): a place, a person's or a body's name."""
    if SUFFIX_RE.search(prefix) or any(term in prefix for term in load_terms("organizations.txt").canonical):
        return True
    return any(tag in ("ns", "nr", "nt", "nz", "nrt", "eng", "j") for _, tag in words(prefix))


def _items(ctx: Context, sentence: Sentence, offset: int, items: list[str], source: str) -> Iterator[Mention]:
    """Organization mentions for the named items of a list starting at ``offset`` (separators: 1 char)."""
    for raw in items:
        item = _partner_name(_FIRM_TAIL.sub("", raw))
        generic = (
            GENERIC_PARTNERS.search(item)
            or _SECTOR.search(item)
            or is_generic(item)
            or _names_a_place(item)
            or item in BOUNDARY_WORDS  # 支持A、做大做强: what is to be done
        )
        if 2 <= len(item) <= 10 and not generic:
            yield ctx.mention(
                sentence, EntityType.ORGANIZATION, offset, offset + len(item), confidence=0.7, source=source
            )
        offset += len(raw) + 1


def _names_provinces(item: str) -> bool:
    """苏皖, 川渝, 沪苏浙: two or three provinces by their one-character names."""
    return 2 <= len(item) <= 3 and all(char in PROVINCE_INITIALS for char in item)


def _names_a_place(item: str) -> bool:
    """与宣城、郎溪合作, 与安徽广德合作, 苏皖合作: places and regions, not bodies."""
    divisions = load_divisions()
    if divisions.lookup(item) or divisions.lookup_stem(item) or _names_provinces(item):
        return True
    return any(divisions.lookup(item[:n]) and divisions.lookup_stem(item[n:]) for n in (2, 3))


def _partners(ctx: Context) -> Iterator[Mention]:
    """``与A、B等合作``: the partners of a cooperation."""
    for sentence in ctx.body_sentences():
        for match in COOPERATION.finditer(sentence.text):
            head = match.group("items").split("等")[0]
            skip = head.rfind("与") + 1  # 同时与太古地产…: the partner follows the last 与
            items = _CONTAINED_SPLIT.split(head[skip:])
            yield from _items(ctx, sentence, match.start("items") + skip, items, "partner")
        for match in SUPPORTED.finditer(sentence.text):
            yield from _items(
                ctx, sentence, match.start("items"), match.group("items").split("、"), "supported"
            )
        sectors = load_terms("industries.txt").canonical
        for match in SUPPORTED_ONE.finditer(sentence.text):
            offset = match.start("item")
            for item in match.group("item").split("、"):
                named = (
                    looks_like_a_name(item)
                    or words(item)[0][1] in ("l", "nz", "nt")  # 好想你
                    or item.endswith(_FIRM_ENDINGS)  # 金风科技, 恒顺醋业
                )
                if named and item not in sectors and not any(word in ACTIVITIES for word, _ in words(item)):
                    yield from _items(ctx, sentence, offset, [item], "supported")
                offset += len(item) + 1


def _company_lists(ctx: Context) -> Iterator[Mention]:
    """``兴澄特钢、海澜集团等龙头企业``: the items of a list of firms are organizations."""
    for sentence in ctx.body_sentences():
        text = sentence.text
        for match in FIRM_LIST.finditer(text):
            comma = match.start("items") + match.group("items").index("、")
            first = expand_left(text, comma, max_len=10)
            first += strip_leading_verbs(text[first:comma])
            yield from _items(ctx, sentence, first, text[first : match.end("items")].split("、"), "firm-list")


def extract_organizations(ctx: Context) -> Iterator[Mention]:
    yield from _company_lists(ctx)
    yield from term_mentions(ctx, "organizations.txt", EntityType.ORGANIZATION, 0.9)
    yield from _suffixes(ctx)
    yield from _partners(ctx)
