"""Districts: administrative divisions from the GB/T 2260 lexicon and development-zone patterns."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from kg.extractors.context import Context
from kg.extractors.spans import expand_left, is_generic
from kg.lexicon.divisions import ZONE_SUFFIX_EQUIVALENTS, Division, DivisionIndex, load_divisions
from kg.resources import data_path
from kg.tokens import boundaries, looks_like_a_name, strip_leading_verbs
from kg.types import Document, EntityType, Mention

# Zone suffixes that make a District when a name stands before them, longest first.
ZONE_SUFFIXES = (
    "高新技术产业开发区",
    "产业集聚区",
    "经济技术开发区",
    "经济综合实验区",
    "空港经济区",
    "临空经济区",
    "自由贸易试验区",
    "经济开发区",
    "自贸片区",
    "综合实验区",
    "工业园区",
    "开发区",
    "高新区",
    "经开区",
    "实验区",
    "自贸区",
    "新区",
    "港区",
)
# Zones written without a proper name in front, meaning the report city's zone.
BARE_ZONES = ("高新区", "经开区", "航空港区", "自贸区")
FREE_TRADE_ZONE = re.compile(
    r"中国（[\u4e00-\u9fff]{2,3}）自由贸易试验区(?:(?P<city>[\u4e00-\u9fff]{2,3}?)(?P<area>[\u4e00-\u9fff]{0,8}?)片区)?"
)
_CJK = re.compile(r"[\u4e00-\u9fff]+")
# County names that are also common words: only a county of the report's own city counts.
_WORD_COUNTIES = frozenset("老城区 新城区 城区 郊区 矿区 市中区 城中区 城关区".split())
_BONDED = ("保税港区", "保税区", "综保区")
_TOWN = re.compile(r"[\u4e00-\u9fff]{2,3}镇(?![村域区])")
# Words before 镇 that make 古镇, 小镇, 城镇 or 重镇, not a town's name.
_NOT_TOWNS = ("古", "小", "城", "乡", "重", "名", "强", "集", "特色", "村", "各", "全")
_PLURAL = ("全市", "全省", "全国", "各", "各类", "省级", "国家级", "一批", "多个")
_LEADING_NOISE = re.compile(r"^(?:[一二三四五六七八九十]+是|[0-9]+年)")


@cache
def _form_regex() -> re.Pattern[str]:
    forms = sorted((f for f in load_divisions().by_form if len(f) >= 2), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, forms)))


def report_city(doc: Document) -> Division | None:
    """The city a report is about: the most frequently named city-level division."""
    index = load_divisions()
    counts: Counter[str] = Counter()
    for match in _form_regex().finditer(doc.text):
        for division in index.lookup(match.group(0)):
            city = index.city_of(division)
            if city is not None and city.level == "city":
                counts[city.code] += 2 if division.level == "city" else 1
    if not counts:
        return None
    code, _ = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    return index.by_code[code]


def resolve_zone(name: str, city: Division | None, index: DivisionIndex | None = None) -> Division | None:
    """The coded zone a written zone name stands for in the report's city, if any.

    ``高新区`` in a Zhengzhou report is 郑州高新技术产业开发区; ``<P>实验区`` is the
    city's zone whose short name is P or whose full name holds P and an equivalent suffix.
    """
    index = index or load_divisions()
    if city is None:
        return None
    for n in (2, 3):  # 四川天府新区 → 天府新区
        if len(name) > n + 2 and index.lookup(name[:n]) and name[:n] not in (city.short, city.name):
            inner = resolve_zone(name[n:], city, index)
            if inner is not None:
                return inner
    for zone in index.zones_in(city):
        if name in (zone.name, zone.short) or (len(zone.short) >= 2 and name == zone.short + "区"):
            return zone
        for short_suffix, long_suffixes in ZONE_SUFFIX_EQUIVALENTS.items():
            if not name.endswith(short_suffix):
                continue
            stem = name[: -len(short_suffix)]
            if stem and stem.startswith(city.short):
                stem = stem[len(city.short) :]
            if zone.short == short_suffix and not stem:
                return zone
            if stem and (zone.short == stem or stem in zone.name) and zone.name.endswith(long_suffixes):
                return zone
    return None


def _plausible_zone(ctx: Context, name: str, suffix: str, index: DivisionIndex) -> bool:
    """A zone missing from the lexicon: named in a speech header, or a place name plus a suffix,
    or a non-generic name the report repeats."""
    if name in BARE_ZONES or any(name == s.district for s in ctx.speeches):
        return True
    stem = name[: -len(suffix)]
    if is_generic(stem) or stem.endswith(("化", "型", "性", "级", "的")) or not _CJK.fullmatch(stem):
        return False  # 数字化园区, “港口+口岸+自贸区”
    if name in national_new_areas() or _zone_place(stem, ctx.city, index) is not None:
        return True
    places = (stem[:n] for n in range(2, len(stem) + 1))
    if any(index.lookup_stem(place) for place in places) or ctx.doc.text.count(name) >= 2:
        return True
    local_name = 2 <= len(stem) <= 4 and bool(_CJK.fullmatch(stem)) and looks_like_a_name(stem)
    return suffix not in ("新区", "港区", "自贸区") and local_name  # 徐庄高新区


@cache
def national_new_areas() -> dict[str, str]:
    """National-level new areas and their cities (kg/data/new_areas.txt)."""
    areas = {}
    with open(data_path("new_areas.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                name, city = line.rstrip("\n").split("\t")
                areas[name] = city
    return areas


def _zone_place(stem: str, city: Division | None, index: DivisionIndex) -> Division | None:
    """The division a zone's name opens with: 江夏经济开发区 → 江夏区, 江阴高新区 → 江阴市."""
    for n in range(len(stem), 1, -1):
        found = _prefer(index.lookup_stem(stem[:n]), city, index)
        if found is not None:
            return found
    return None


def _division_attrs(division: Division, index: DivisionIndex) -> dict[str, str]:
    attrs = {"code": division.code}
    parent = index.parent(division)
    if parent is not None:
        attrs["parent"] = parent.name
        attrs["parent_code"] = parent.code
    return attrs


def _zone_mentions(ctx: Context, index: DivisionIndex) -> Iterator[Mention]:
    suffixes = "|".join(map(re.escape, ZONE_SUFFIXES))
    for sentence in ctx.body_sentences():
        text = sentence.text
        for match in re.finditer(suffixes, text):
            start = expand_left(text, match.start(), max_len=10)
            start += strip_leading_verbs(text[start : match.start()])
            name = text[start : match.end()]
            stripped = _LEADING_NOISE.sub("", name)
            start += len(name) - len(stripped)
            name = stripped
            if text.startswith(_BONDED, match.start() - 2):
                continue  # 保税港区, 综合保税区: bonded zones are projects
            if name == match.group(0) and (name not in BARE_ZONES or text[:start].endswith(_PLURAL)):
                continue  # a generic word such as 开发区 or 新区, or 全市高新区 (all of them)
            zone = resolve_zone(name, ctx.city, index)
            if zone is None and not _plausible_zone(ctx, name, match.group(0), index):
                continue
            attrs = _division_attrs(zone, index) if zone else {}
            place = None if zone else _zone_place(name[: -len(match.group(0))], ctx.city, index)
            if place is not None and place.level == "county":  # a county's own zone
                attrs.update(parent=place.name, parent_code=place.code, zone="1")
            elif not zone and name in national_new_areas():
                city = _prefer(index.lookup(national_new_areas()[name]), ctx.city, index)
                if city is not None:
                    attrs.update(parent=city.name, parent_code=city.code)
            elif not zone and ctx.city is not None:
                attrs.update(parent=ctx.city.name, parent_code=ctx.city.code)
            if zone is not None or place is not None:
                attrs["zone"] = "1"
            yield ctx.mention(
                sentence,
                EntityType.DISTRICT,
                start,
                match.end(),
                confidence=0.9 if zone else 0.75,
                source="zone-suffix",
                canonical=zone.name if zone else "",
                attrs=attrs,
            )


def _lexicon_mentions(ctx: Context, index: DivisionIndex) -> Iterator[Mention]:
    regex = _form_regex()
    for sentence in ctx.body_sentences():
        for match in regex.finditer(sentence.text):
            if len(match.group(0)) <= 2 and not _on_word_boundaries(sentence.text, *match.span()):
                continue  # 台中 inside 平台中心
            candidates = index.lookup(match.group(0))
            local = _local_stem(match.group(0), ctx.city, index)
            division = local or _prefer(candidates, ctx.city, index)
            if division is None:
                continue
            yield ctx.mention(
                sentence,
                EntityType.DISTRICT,
                match.start(),
                match.end(),
                confidence=0.95 if len(candidates) == 1 else 0.7,
                source="report-city"
                if ctx.city is not None and division.code == ctx.city.code
                else "divisions",
                canonical=division.name,
                attrs=_division_attrs(division, index),
            )


def _local_stem(form: str, city: Division | None, index: DivisionIndex) -> Division | None:
    """``新北`` in a Changzhou report is its 新北区, not Taiwan's 新北市: a county of the report's city
    named by its stem wins over a homonym elsewhere."""
    if city is None or any(d.code[:4] == city.code[:4] for d in index.lookup(form)):
        return None
    local = [d for d in index.lookup_stem(form) if d.level == "county" and d.code[:4] == city.code[:4]]
    return local[0] if len(local) == 1 else None


def _stems_after_places(ctx: Context, index: DivisionIndex) -> Iterator[Mention]:
    """``上海青浦``, ``浙江嘉善``: a county named by its stem right after its province or city."""
    regex = _form_regex()
    for sentence in ctx.body_sentences():
        text = sentence.text
        for match in regex.finditer(text):
            outer = index.lookup(match.group(0))
            if not outer or outer[0].level == "county":
                continue
            code = outer[0].code[:2] if outer[0].level == "province" else outer[0].code[:4]
            for n in (3, 2):
                stem = text[match.end() : match.end() + n]
                inside = [
                    d for d in index.lookup_stem(stem) if d.level == "county" and d.code.startswith(code)
                ]
                if len(stem) == n and len(inside) == 1 and not index.lookup(stem):
                    yield ctx.mention(
                        sentence, EntityType.DISTRICT, match.end(), match.end() + n,
                        confidence=0.8, source="divisions", canonical=inside[0].name,
                        attrs=_division_attrs(inside[0], index),
                    )  # fmt: skip
                    break


def _towns(ctx: Context, index: DivisionIndex) -> Iterator[Mention]:
    """``盛泽镇``: a town, in the report's city."""
    for sentence in ctx.body_sentences():
        text = sentence.text
        for match in _TOWN.finditer(text):
            start = max(expand_left(text, match.end() - 1, max_len=3), match.start())
            if text[start] in "市县区":  # 余姚市泗门镇: the town after its county
                start += 1
            stem = text[start : match.end() - 1]
            if len(stem) < 2 or is_generic(stem) or stem.endswith(_NOT_TOWNS) or not looks_like_a_name(stem):
                continue
            if any(index.lookup_stem(text[match.end() - 1 : match.end() + n]) for n in (2, 3)):
                continue  # 贡献镇海力量: 镇 opens the name 镇海
            attrs = {"parent": ctx.city.name, "parent_code": ctx.city.code} if ctx.city else {}
            yield ctx.mention(
                sentence, EntityType.DISTRICT, start, match.end(), confidence=0.7, source="town", attrs=attrs
            )


def _on_word_boundaries(text: str, start: int, end: int) -> bool:
    cuts = boundaries(text)
    return start in cuts and end in cuts


def _prefer(candidates: tuple[Division, ...], city: Division | None, index: DivisionIndex) -> Division | None:
    """Among homonymous divisions, the one in the report's city or province, else the highest level."""
    if not candidates:
        return None
    if len(candidates) == 1:
        only = candidates[0]
        if city is not None and only.level == "county" and only.code[:2] != city.code[:2]:
            return None  # 老城区 in a Chengdu report is not Luoyang's 老城区
        if city is not None and only.name in _WORD_COUNTIES and only.code[:4] != city.code[:4]:
            return None  # 让老城区焕发活力 in a Zhengzhou report: the old town, not Luoyang's district
        return only
    if city is not None:
        for division in candidates:
            if index.city_of(division) == city or division.parent == city.parent:
                return division
    ranked = sorted(candidates, key=lambda d: ("province", "city", "county").index(d.level))
    if ranked[0].level != ranked[1].level:
        return ranked[0]
    return None  # ambiguous county name with no context: leave it out


def _header_division(name: str, city: Division | None, index: DivisionIndex) -> Division | None:
    """The division a header names, also when the city stands before it (济南市历下区 → 历下区)."""
    for n in range(0, min(len(name) - 1, 5)):
        if n and not index.lookup(name[:n]):
            continue
        found = _prefer(index.lookup(name[n:]), city, index) or resolve_zone(name[n:], city, index)
        if found is not None:
            return found
    return None


def _header_mentions(ctx: Context, index: DivisionIndex) -> Iterator[Mention]:
    """The speaker's district, as the header writes it."""
    for speech in ctx.speeches:
        if not speech.district:
            continue
        sentence = ctx.first_sentence_with(speech, speech.district) or ctx.first_sentence_with(
            speech, speech.district[:-1]
        )
        if sentence is None:
            continue
        offset = sentence.text.find(speech.district)
        if offset < 0:  # restored level letter (金水区委 → 金水区): point at the stem
            offset = max(sentence.text.find(speech.district[:-1]), 0)
        division = _header_division(speech.district, ctx.city, index)
        attrs = _division_attrs(division, index) if division else {}
        if not division and ctx.city is not None:
            attrs.update(parent=ctx.city.name, parent_code=ctx.city.code)
        yield ctx.mention(
            sentence,
            EntityType.DISTRICT,
            offset,
            offset + len(speech.district),
            name=speech.district,
            confidence=0.95,
            source="speech-header",
            canonical=division.name if division else "",
            attrs=attrs,
        )


def _free_trade_zones(ctx: Context, index: DivisionIndex) -> Iterator[Mention]:
    """``中国（湖南）自由贸易试验区长沙片区``: a pilot free trade zone's area, in its city."""
    for sentence in ctx.body_sentences():
        for match in FREE_TRADE_ZONE.finditer(sentence.text):
            city = _prefer(index.lookup(match.group("city") or ""), ctx.city, index) or ctx.city
            attrs = {"zone": "1"}
            if city is not None:
                attrs.update(parent=city.name, parent_code=city.code)
            alias = f"{match.group('city')}{match.group('area')}自贸片区" if match.group("city") else ""
            if alias:
                attrs["alias"] = alias
            yield ctx.mention(
                sentence,
                EntityType.DISTRICT,
                *match.span(),
                confidence=0.9,
                source="free-trade-zone",
                attrs=attrs,
            )


def extract_districts(ctx: Context) -> Iterator[Mention]:
    index = load_divisions()
    yield from _free_trade_zones(ctx, index)
    yield from _header_mentions(ctx, index)
    yield from _zone_mentions(ctx, index)
    yield from _lexicon_mentions(ctx, index)
    yield from _stems_after_places(ctx, index)
    yield from _towns(ctx, index)
