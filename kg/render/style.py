"""How each entity type looks in the HTML view: colour, vis-network shape, legend glyph."""

from __future__ import annotations

from dataclasses import dataclass

from kg.types import EntityType


@dataclass(frozen=True)
class TypeStyle:
    colour: str
    shape: str  # a vis-network shape that scales with the node's value
    glyph: str  # the same shape as a character, for the legend


STYLES: dict[str, TypeStyle] = {
    EntityType.DISTRICT.value: TypeStyle("#d62728", "hexagon", "⬢"),
    EntityType.OFFICIAL.value: TypeStyle("#1f77b4", "dot", "●"),
    EntityType.ORGANIZATION.value: TypeStyle("#2ca02c", "square", "■"),
    EntityType.PROJECT.value: TypeStyle("#9467bd", "diamond", "◆"),
    EntityType.STRATEGY.value: TypeStyle("#e6a100", "star", "★"),
    EntityType.INDUSTRY.value: TypeStyle("#17becf", "triangle", "▲"),
    EntityType.MEETING.value: TypeStyle("#8c564b", "triangleDown", "▼"),
}

FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'
