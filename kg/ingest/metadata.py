"""Best-effort title, date and publication from the top lines of a report."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

TOP_LINES = 8
_TITLE_MAX_CHARS = 40
_DATE_PATTERNS = (
    re.compile(r"(?<!\d)(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
    re.compile(r"(?<!\d)(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)"),
    re.compile(
        r"(?P<y>[〇零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,3})月(?P<d>[一二三四五六七八九十]{1,3})日"
    ),
)
_CN_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0}
# A masthead: a paper's name standing alone or first on a line (``郑州日报 2021年1月6日 第3版``).
_PUBLICATION = re.compile(
    r"(?:^|[\s《])([\u4e00-\u9fff]{1,8}?(?:日报|晚报|晨报|早报|都市报|商报|时报|周报|青年报|法治报|法制报))"
    r"(?=$|[\s》（(，,\d])"
)
_BYLINE = re.compile(r"记者|通讯员|本报讯|编辑|来源[:：]|作者[:：]|责任编辑")
_EDITION = re.compile(r"第\s*[\d一二三四五六七八九十]+\s*版|[A-Z]?\d{1,2}版")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Metadata:
    title: str = ""
    date: str = ""  # ISO 8601
    publication: str = ""


def guess_metadata(text: str) -> Metadata:
    """Title, date and publication read off the first ``TOP_LINES`` non-empty lines."""
    top = [line.strip() for line in text.splitlines() if line.strip()][:TOP_LINES]
    return Metadata(title=guess_title(top), date=guess_date(top), publication=guess_publication(top))


def guess_date(lines: list[str]) -> str:
    """The first valid date written in ``lines``, as ``YYYY-MM-DD``; "" if none."""
    for line in lines:
        for pattern in _DATE_PATTERNS:
            for match in pattern.finditer(line):
                found = _to_date(match["y"], match["m"], match["d"])
                if found:
                    return found
    return ""


def _to_date(*parts: str) -> str:
    try:
        year, month, day = (int(p) if p.isdigit() else _cn_number(p) for p in parts)
        return date(year, month, day).isoformat() if 1900 <= year <= 2100 else ""
    except ValueError:
        return ""


def _cn_number(word: str) -> int:
    """Chinese numerals as written in dates: ``二〇二一`` (digit by digit) or ``十二``, ``二十六``."""
    if "十" not in word:
        return int("".join(str(_CN_DIGITS[ch]) for ch in word))
    tens, _, units = word.partition("十")
    return 10 * (_CN_DIGITS[tens] if tens else 1) + (_CN_DIGITS[units] if units else 0)


def guess_publication(lines: list[str]) -> str:
    """A newspaper's name on a masthead line near the top; "" if none."""
    for line in lines:
        if len(line) <= _TITLE_MAX_CHARS and (match := _PUBLICATION.search(line)):
            return match.group(1)
    return ""


def guess_title(lines: list[str]) -> str:
    """The first heading-like line: short, Chinese, not a sentence, byline, masthead or dateline."""
    for line in lines:
        line = line.lstrip("#").strip()
        if len(line) > _TITLE_MAX_CHARS or line.endswith("。") or _BYLINE.search(line):
            continue
        rest = _PUBLICATION.sub(" ", line)
        for pattern in (*_DATE_PATTERNS, _EDITION):
            rest = pattern.sub(" ", rest)
        if len(_HAN.findall(rest)) >= 4:
            return line
    return ""
