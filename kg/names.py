"""The guideline's comparison form of a name."""

from __future__ import annotations

import re
import unicodedata

_DROP = re.compile(r"[\s\"'“”‘’《》「」『』〈〉]")


def normalise_name(name: str) -> str:
    """NFKC, without white space and quotes."""
    return _DROP.sub("", unicodedata.normalize("NFKC", name))
