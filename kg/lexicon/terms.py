"""Domain term lists (strategies, industries, organizations) shipped under ``kg/data/``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.resources import data_path


@dataclass(frozen=True)
class TermList:
    """Terms with their aliases; ``canonical`` maps every form to the list's first form."""

    canonical: dict[str, str]

    @property
    def regex(self) -> re.Pattern[str]:
        return _regex(tuple(sorted(self.canonical, key=len, reverse=True)))


@cache
def _regex(forms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, forms)))


@cache
def load_terms(name: str) -> TermList:
    """``name`` is a file under kg/data (strategies.txt, industries.txt, organizations.txt)."""
    canonical: dict[str, str] = {}
    with open(data_path(name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            forms = line.rstrip("\n").split("\t")
            for form in forms:
                canonical.setdefault(form, forms[0])
    return TermList(canonical)
