"""Person names: surnames and the shape of a plausible Chinese full name."""

from __future__ import annotations

import re
from functools import cache

from kg.resources import data_path

# Words that look like surname + given name but are not names in this genre.
_NOT_NAMES = frozenset(
    """全会 全市 全区 全县 全省 全面 全力 高新 高质量 高水平 高效 高标准 新区 新城
    新的 新华 新发展 新闻 万元 亿元 方面 方式 方向 成为 成效 成果 时期 时代
    于是 和谐 和平 安全 安排 明确 明年 平台 国家 文化 文明 向着 常委 常务 关于
    关键 强化 强调 发展 程度 同志 同时 严格 任务 于此 解决 车间 公司 公共 江北
    江南 海外 海关 南部 北部 东部 西部 南方 北方 宁波 武汉 连续 金融 金融业
    石油 田间 夏季 冬季 春季 秋季 龙头 黄河 长江 元年 都市 宣传 信息 卫生 管理
    管委 计划 支持 时间 应用""".split()
)


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames)."""
    words: list[str] = []
    with open(data_path("surnames.txt"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                words.extend(line.split())
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) == 2)


_HAN = re.compile(r"^[\u4e00-\u9fff]+$")


def is_plausible_name(text: str) -> bool:
    """A 2–4 character Han string starting with a known surname (3–4 for compound ones)."""
    if not _HAN.match(text) or not 2 <= len(text) <= 4 or text in _NOT_NAMES:
        return False
    single, compound = surnames()
    if text[:2] in compound:
        return len(text) >= 3
    return text[0] in single and len(text) <= 3


def surname_of(name: str) -> str:
    _, compound = surnames()
    return name[:2] if name[:2] in compound and len(name) >= 3 else name[:1]
