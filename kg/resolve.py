"""From mentions to entities: canonical keys, names and aliases.

A key depends only on the mention and generic knowledge (division codes, the
report's city, lexicon canonical forms), never on run order or on other
documents, so per-document graphs merge across documents by plain union:

- District: its GB/T 2260 code where known, else ``<city code>/<name>``;
- Official: ``<city code>/<name>`` (one name in two cities is two people);
- Project, Meeting: ``<city code>/<name>`` (local things);
- Strategy, Industry, Organization: the canonical name (national things).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from kg.types import Entity, EntityType, Extraction, Mention, Relation, RelationType

T = EntityType
_DROP = re.compile(r"[\s\"'“”‘’《》「」『』〈〉]")
LOCAL_TYPES = (T.OFFICIAL, T.PROJECT, T.MEETING)


def normalise_name(name: str) -> str:
    """NFKC, without white space and quotes (the guideline's comparison form)."""
    return _DROP.sub("", unicodedata.normalize("NFKC", name))


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


def _city_code(extraction: Extraction, mention: Mention) -> str:
    code = mention.attr("parent_code") if mention.type is T.DISTRICT else ""
    return code or _document_city(extraction)


def _document_city(extraction: Extraction) -> str:
    from kg.extractors.districts import report_city

    city = report_city(extraction.document)
    return city.code if city else "000000"


def mention_key(extraction: Extraction, mention: Mention) -> str:
    name = normalise_name(mention.canonical or mention.name)
    if mention.type is T.DISTRICT:
        return mention.attr("code") or f"{_city_code(extraction, mention)}/{name}"
    if mention.type in LOCAL_TYPES:
        return f"{_document_city(extraction)}/{name}"
    return name


def _label(type_: EntityType, mentions: list[Mention]) -> str:
    """The preferred label: knowledge-derived where possible, so every document agrees."""
    canonical = sorted({m.canonical for m in mentions if m.canonical})
    if type_ is T.DISTRICT and canonical:
        return canonical[0]
    if canonical and type_ in (T.STRATEGY, T.INDUSTRY, T.ORGANIZATION, T.MEETING, T.OFFICIAL):
        return canonical[0]
    names = sorted({normalise_name(m.name) for m in mentions}, key=lambda n: (-len(n), n))
    return names[0]


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
    groups: dict[str, list[Mention]] = defaultdict(list)
    keys: dict[Mention, str] = {}
    for mention in extraction.mentions:
        key = f"{mention.type.value}:{mention_key(extraction, mention)}"
        groups[key].append(mention)
        keys[mention] = key
    entities = {}
    for key, mentions in sorted(groups.items()):
        type_ = mentions[0].type
        label = _label(type_, mentions)
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
