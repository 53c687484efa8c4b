"""From mentions to entities: canonical keys, names and aliases.

A key depends only on the mention and generic knowledge (division codes, the
report's city, lexicon canonical forms), never on run order or on other
documents, so per-document graphs merge across documents by plain union:

- District: its GB/T 2260 code where known, else ``<city code>/<name>``, a bare
  zone name qualified by the city (``经开区`` in a Chengdu report: ``成都经开区``);
- Official: ``<city code>/<name>`` (one name in two cities is two people);
- Project: ``<city code>/<name>`` (a local thing);
- Meeting: ``<city code>/<name>`` without the city's name (``郑州市委…全会`` =
  ``市委…全会``) when it is the city's own meeting, else the name (党的二十大);
- Strategy, Industry, Organization: the canonical name (national things).

The preferred label is a function of the key alone (:func:`key_label`), so one
IRI never gets two labels however the documents that name it are grouped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from kg.lexicon.divisions import ZONE_SUFFIX_EQUIVALENTS, load_divisions
from kg.names import normalise_name
from kg.types import Entity, EntityType, Extraction, Mention, Relation, RelationType

T = EntityType
NO_CITY = "000000"
# A zone written as its kind alone (高新区, 经济技术开发区) means the report city's zone of that kind.
BARE_ZONE_NAMES = frozenset(
    (*ZONE_SUFFIX_EQUIVALENTS, *(f for forms in ZONE_SUFFIX_EQUIVALENTS.values() for f in forms), "自贸区")
)
_CITY_SCOPED = re.compile(r"^(?P<city>[0-9]{6})/(?P<name>.+)$")
# How a city's own meetings begin once its name is taken off (市委…全会, 市十五届人大…).
LOCAL_MEETING_STARTS = ("市委", "市人大", "市人民代表大会", "市政府", "市政协", "市第", "市十", "市两会")


@dataclass(frozen=True)
class ResolvedRelation:
    """A relation between entity keys, with every sentence that states it."""

    predicate: RelationType
    subject: str
    object: str
    sentences: tuple[int, ...]
    confidence: float
    cue: str = ""


@dataclass(frozen=True)
class Resolution:
    """A document's entities and relations, keyed by canonical entity keys."""

    extraction: Extraction
    entities: dict[str, Entity]
    mention_keys: dict[Mention, str]
    relations: tuple[ResolvedRelation, ...]


def report_city_code(extraction: Extraction) -> str:
    """GB/T 2260 code of the city the report is about, ``000000`` when unknown."""
    return extraction.city_code or NO_CITY


def _short(code: str) -> str:
    """A division's short name (郑州 for 410100), "" when the code is not known."""
    division = load_divisions().by_code.get(code)
    return division.short if division and len(division.short) >= 2 else ""


def _zone_key(name: str, city: str) -> str:
    """``<city>/<name>``; a bare zone name (经开区) takes the city's short name (成都经开区), and a
    zone's full suffix its short form (南京经济技术开发区 = 南京经开区 = 南京开发区); the city's
    name before a zone's own name is dropped (成都东部新区 = 东部新区)."""
    short_city = _short(city)
    if short_city and name.startswith(short_city) and len(name) - len(short_city) >= 4:
        name = name[len(short_city) :]  # 成都东部新区 = 东部新区
    if name in BARE_ZONE_NAMES and short_city:
        name = short_city + name
    for short, longs in ZONE_SUFFIX_EQUIVALENTS.items():
        long = next((s for s in longs if name.endswith(s) and len(name) > len(s) + 1), None)
        if long:
            name = name[: -len(long)] + short
            break
    if name.endswith("开发区") and len(name) > 4:  # 江宁开发区 = 江宁经济技术开发区
        name = name[: -len("开发区")] + "经开区"
    return f"{city}/{name}"


@cache
def _coded_zones(city: str) -> dict[str, str]:
    """Zone keys of the city's zones that have codes, to their codes (南通开发区 → 南通经济技术开发区)."""
    divisions = load_divisions()
    division = divisions.by_code.get(city)
    if division is None:
        return {}
    return {_zone_key(form, city): zone.code for zone in divisions.zones_in(division) for form in zone.forms}


def _meeting_key(name: str, city: str) -> str:
    """The city's own meetings are keyed without its name; other meetings by name alone."""
    short = _short(city)
    for prefix in ("中共", ""):
        if short and name.startswith(prefix + short + "市"):
            return f"{city}/{name[len(prefix + short) :]}"
    if name.startswith(LOCAL_MEETING_STARTS):
        return f"{city}/{name}"
    return name


def mention_key(mention: Mention, city: str) -> str:
    """The canonical key of a mention in a report about ``city`` (a division code)."""
    name = normalise_name(mention.canonical or mention.name)
    if mention.type is T.DISTRICT:
        if mention.attr("code"):
            return mention.attr("code")
        key = _zone_key(name, mention.attr("parent_code") or city)
        return _coded_zones(mention.attr("parent_code") or city).get(key, key)
    if mention.type is T.MEETING:
        return _meeting_key(name, city)
    if mention.type in (T.OFFICIAL, T.PROJECT):
        return f"{city}/{name}"
    return name


def key_label(key: str) -> str:
    """The preferred label of an entity key ``Type:key``: a function of the key alone.

    A coded district is named by the division lexicon; a city meeting keyed without
    the city's name gets it back (``郑州市委…全会``); otherwise the key's name.
    """
    type_, _, rest = key.partition(":")
    scoped = _CITY_SCOPED.match(rest)
    if type_ == T.DISTRICT.value and not scoped:
        division = load_divisions().by_code.get(rest)
        return division.name if division else rest
    if not scoped:
        return rest
    city, name = scoped.group("city", "name")
    if type_ == T.MEETING.value and name.startswith("市") and _short(city):
        return _short(city) + name
    return name


_TITLE_PARTS = re.compile(r"[、，,；;]")
# Which bodies a post title's leading word belongs to; other titles (书记, 主任) fit any body.
_TITLE_LEVELS = (
    (("市委", "市长", "副市长", "市政府", "市人大", "市政协"), "city"),
    (("区委", "区长", "副区长", "区政府", "区人大", "区政协"), "district"),
    (("县委", "县长", "副县长", "县政府", "县人大", "县政协"), "county"),
    (("党工委", "工委", "管委会"), "zone"),
)
_ZONE_ENDS = ("开发区", "新区", "高新区", "经开区", "实验区", "园区", "片区", "港区", "自贸区")


def _body_kind(body: Entity) -> str:
    if body.type is not T.DISTRICT:
        return "other"
    code = body.attr("code")
    if body.name.endswith(_ZONE_ENDS) or code[4:5] == "7":
        return "zone"
    return {"市": "city", "区": "district", "县": "county"}.get(body.name[-1:], "other")


def _title_level(part: str) -> str:
    return next((level for starts, level in _TITLE_LEVELS if part.startswith(starts)), "any")


def post_title(title: str, body: Entity) -> str:
    """The part of a combined title held in ``body``.

    ``市委常委、航空港区党工委书记`` is 市委常委 in the city and 党工委书记 in the zone;
    deputies' seats (人大代表) are not posts. Falls back to the whole title.
    """
    parts = [p for p in _TITLE_PARTS.split(title) if p and not p.endswith(("代表", "政协委员"))]
    kind = _body_kind(body)
    for wanted in (kind, "any"):
        chosen = [p for p in parts if _title_level(p) == wanted]
        if chosen:
            return "、".join(chosen)
    return "、".join(parts) or title


def _aliases(label: str, mentions: list[Mention]) -> tuple[str, ...]:
    forms = {normalise_name(m.name) for m in mentions} | {
        m.attr("alias") for m in mentions if m.attr("alias")
    }
    forms |= {normalise_name(m.canonical) for m in mentions if m.canonical}
    forms.discard(label)
    forms.discard("")
    return tuple(sorted(forms))


def _attrs(type_: EntityType, mentions: list[Mention]) -> tuple[tuple[str, str], ...]:
    attrs: dict[str, str] = {}
    if type_ is T.OFFICIAL:
        titles = sorted({m.attr("title") for m in mentions if m.attr("title")}, key=lambda t: (-len(t), t))
        if titles:
            attrs["title"] = titles[0]
    if type_ is T.DISTRICT:
        for key in ("code", "parent_code"):
            values = sorted({m.attr(key) for m in mentions if m.attr(key)})
            if values:
                attrs[key] = values[0]
    return tuple(sorted(attrs.items()))


def resolve(extraction: Extraction) -> Resolution:
    """Group a document's mentions into entities and lift relations to entity keys."""
    city = report_city_code(extraction)
    groups: dict[str, list[Mention]] = defaultdict(list)
    keys: dict[Mention, str] = {}
    for mention in extraction.mentions:
        key = f"{mention.type.value}:{mention_key(mention, city)}"
        groups[key].append(mention)
        keys[mention] = key
    entities = {}
    for key, mentions in sorted(groups.items()):
        type_ = mentions[0].type
        label = key_label(key)
        entities[key] = Entity(
            type=type_,
            key=key,
            name=label,
            aliases=_aliases(label, mentions),
            attrs=_attrs(type_, mentions),
            mentions=tuple(mentions),
        )
    return Resolution(extraction, entities, keys, _lift(extraction.relations, keys))


def _lift(relations: Iterable[Relation], keys: dict[Mention, str]) -> tuple[ResolvedRelation, ...]:
    merged: dict[tuple, list[Relation]] = defaultdict(list)
    for relation in relations:
        s, o = keys.get(relation.subject), keys.get(relation.object)
        if s is None or o is None or s == o:
            continue
        merged[(relation.predicate, s, o)].append(relation)
    return tuple(
        ResolvedRelation(
            predicate=p,
            subject=s,
            object=o,
            sentences=tuple(sorted({r.sentence for r in rs})),
            confidence=max(r.confidence for r in rs),
            cue=next((r.cue for r in sorted(rs, key=lambda r: -r.confidence) if r.cue), ""),
        )
        for (p, s, o), rs in sorted(merged.items(), key=lambda kv: (kv[0][0].value, kv[0][1], kv[0][2]))
    )


def without_postless_officials(resolution: Resolution) -> Resolution:
    """Drop officials left with no title or no ``servesIn`` (e.g. by a confidence floor), and their links.

    The graph contract defines an official by a post; a name alone is not one.
    """
    serving = {r.subject for r in resolution.relations if r.predicate is RelationType.SERVES_IN}
    dropped = {
        key
        for key, entity in resolution.entities.items()
        if entity.type is T.OFFICIAL and (not entity.attr("title") or key not in serving)
    }
    if not dropped:
        return resolution
    return replace(
        resolution,
        entities={k: e for k, e in resolution.entities.items() if k not in dropped},
        mention_keys={m: k for m, k in resolution.mention_keys.items() if k not in dropped},
        relations=tuple(r for r in resolution.relations if not {r.subject, r.object} & dropped),
    )
