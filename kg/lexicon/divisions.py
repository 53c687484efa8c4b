"""China's administrative divisions (GB/T 2260 codes) down to county level.

Data: ``kg/data/divisions.tsv``, derived from the jionlp package (Apache-2.0) by
``scripts/build_divisions.py``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from kg.resources import data_path

# Generic zone suffixes; the longer spelling first so the short one matches last.
# Provinces and regions by their one-character names (沪, 苏, 浙, 皖 …), as in 苏皖, 沪太同城化.
PROVINCE_INITIALS = frozenset("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳台")

ZONE_SUFFIX_EQUIVALENTS: dict[str, tuple[str, ...]] = {
    "高新区": ("高新技术产业开发区", "高新技术开发区", "高新区"),
    "经开区": ("经济技术开发区", "经济开发区", "经开区"),
    "实验区": ("经济综合实验区", "综合实验区", "实验区"),
    "新区": ("新区",),
    "开发区": ("开发区",),
}


@dataclass(frozen=True)
class Division:
    code: str
    name: str  # full official name, e.g. 管城回族区
    short: str  # e.g. 管城; for zones the data gives 高新区/经开区 style short names
    level: str  # province | city | county
    parent: str  # parent code, "" for provinces

    @property
    def is_zone(self) -> bool:
        """Development zones: statistical codes 7x in GB/T 2260 practice, or a zone's name."""
        return self.level == "county" and (
            self.code[-2:-1] == "7" or self.name.endswith(("开发区", "新区", "实验区", "园区"))
        )

    @property
    def forms(self) -> tuple[str, ...]:
        """Names a text may use for this division, fullest first."""
        forms = [self.name]
        if self.level == "county" and not self.is_zone and self.short:
            for suffix in ("区", "县", "市", "旗"):
                if self.name.endswith(suffix) and self.short + suffix != self.name:
                    forms.append(self.short + suffix)  # 管城回族区 -> 管城区
        if self.level in ("province", "city") and len(self.short) >= 2:
            forms.append(self.short)  # 郑州市 -> 郑州
        return tuple(dict.fromkeys(forms))


@dataclass(frozen=True)
class DivisionIndex:
    by_code: dict[str, Division]
    by_form: dict[str, tuple[Division, ...]]
    children: dict[str, tuple[Division, ...]]

    def lookup(self, form: str) -> tuple[Division, ...]:
        return self.by_form.get(form, ())

    def lookup_stem(self, stem: str) -> tuple[Division, ...]:
        """Divisions named ``stem`` or ``stem`` plus a level (江夏 → 江夏区, 江阴 → 江阴市)."""
        return tuple(d for level in ("", "区", "县", "市") for d in self.lookup(stem + level))

    def parent(self, division: Division) -> Division | None:
        return self.by_code.get(division.parent)

    def city_of(self, division: Division) -> Division | None:
        """The prefecture-level city (or municipality) a division lies in."""
        node: Division | None = division
        for _ in range(3):  # province > city > county: never loop on bad data
            if node is None or node.level != "county":
                return node
            node = self.parent(node)
        return None

    def zones_in(self, city: Division) -> tuple[Division, ...]:
        return tuple(d for d in self.children.get(city.code, ()) if d.is_zone)


@cache
def load_divisions() -> DivisionIndex:
    by_code: dict[str, Division] = {}
    by_form: dict[str, list[Division]] = defaultdict(list)
    children: dict[str, list[Division]] = defaultdict(list)
    with open(data_path("divisions.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, name, short, level, parent = line.rstrip("\n").split("\t")
            if not code:
                continue
            division = Division(code, name, short, level, parent)
            by_code[code] = division
            children[parent].append(division)
            for form in division.forms:
                by_form[form].append(division)
    return DivisionIndex(
        by_code=by_code,
        by_form={k: tuple(v) for k, v in by_form.items()},
        children={k: tuple(v) for k, v in children.items()},
    )
