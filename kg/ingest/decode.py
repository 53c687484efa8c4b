"""Bytes to text for Chinese documents: UTF-8/16/32 with BOM, UTF-8, GB18030, Big5, others.

Short Chinese texts fool statistical detectors, so the order is fixed:
a byte-order mark wins; then strict UTF-8; then the legacy Chinese codecs
GB18030 (a superset of GBK and GB2312) and Big5, which often both decode the
same bytes, told apart by how plausible each decoded text is; anything else
goes to charset-normalizer.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

from charset_normalizer import from_bytes

from kg.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CHINESE_LEGACY = ("gb18030", "big5")
# Labels found in <meta charset> and HTTP headers, mapped to the codec that reads them best.
_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "cp936": "gb18030",
    "big5": "big5",
    "big5-hkscs": "big5hkscs",
    "x-x-big5": "big5",
    "cp950": "cp950",
}
# Unicode blocks that a wrong legacy decoding of Chinese bytes fills with:
# diaeresis and ditto mark (Big5 quotes read as GB), Latin extended, Greek, Cyrillic,
# enclosed numbers, box drawing, kana, bopomofo, CJK extension A, private use,
# compatibility ideographs, vertical and small forms.
_GARBAGE_BLOCKS = (
    (0x00A8, 0x00A8),
    (0x0100, 0x024F),
    (0x0370, 0x04FF),
    (0x2460, 0x24FF),
    (0x2500, 0x257F),
    (0x3003, 0x3003),
    (0x3040, 0x30FF),
    (0x3100, 0x312F),
    (0x31A0, 0x31BF),
    (0x3400, 0x4DBF),
    (0xE000, 0xF8FF),
    (0xF900, 0xFAFF),
    (0xFE10, 0xFE6F),
)
# A declared single-byte charset (often ISO-8859-1 on Chinese pages) decodes any bytes
# and so proves nothing; only these declarations are taken at their word.
_TRUSTED_DECLARED = frozenset({"utf-8", "gb18030", "big5", "big5hkscs", "cp950"})
_CONTROL_SHARE = 0.05
# Text this long that reads this badly as Chinese is handed to charset-normalizer.
_IMPLAUSIBLE_MIN = 12
_IMPLAUSIBLE_SHARE = 0.3
_SNIFF = 8192  # characters scored for plausibility: the start of a text decides


def codec_for_label(label: str) -> str | None:
    """The Python codec for a declared charset label, or None if unknown."""
    label = label.strip().lower()
    name = _ALIASES.get(label, label)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``; returns ``(text, encoding)``.

    ``declared`` is a charset the container names (HTML ``<meta charset>``); it
    is used when it decodes the bytes strictly. Raises ``InputError`` (without a
    path) for empty or whitespace-only input and for binary data.
    """
    text, encoding = _decode(data, declared)
    if not text.strip():
        raise InputError("empty file")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    if controls > _CONTROL_SHARE * len(text):
        raise InputError("not a text file")
    return text, encoding


def _decode(data: bytes, declared: str | None) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.removesuffix("-sig")
            except UnicodeDecodeError:
                raise InputError("not a text file") from None
    if not data.strip():
        raise InputError("empty file")
    if b"\x00" in data:
        raise InputError("not a text file")
    if declared and (codec := codec_for_label(declared)) in _TRUSTED_DECLARED:
        text = _strict(data, codec)
        if text is not None:
            return text, codec
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    candidates = {codec: t for codec in _CHINESE_LEGACY if (t := _strict(data, codec)) is not None}
    if candidates:
        text, codec = _pick_chinese(candidates)
        head = text[:_SNIFF]
        wide = sum(1 for ch in head if not ch.isascii())
        if wide < _IMPLAUSIBLE_MIN or implausibility(head) <= _IMPLAUSIBLE_SHARE * wide:
            return text, codec
        # Mostly implausible as Chinese (Shift-JIS, say): let the detector look at every codec.
        best = from_bytes(data).best()
        return (str(best), best.encoding) if best is not None else (text, codec)
    best = from_bytes(data).best()
    if best is None:
        raise InputError("not a text file")
    return str(best), best.encoding


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _pick_chinese(candidates: dict[str, str]) -> tuple[str, str]:
    """Choose between decodings that all succeed: fewest implausible characters wins,
    GB18030 on a tie (mainland text is the common case; on texts of six characters
    or more the scores are seldom tied)."""
    codec = min(candidates, key=lambda c: implausibility(candidates[c][:_SNIFF]))  # first wins a tie
    return candidates[codec], codec


def implausibility(text: str) -> int:
    """How unlike ordinary Chinese prose ``text`` is: 3 per character from a block a
    mis-decoding produces, 1 per ideograph outside both common sets (GB2312 level 1,
    Big5 frequently used characters)."""
    return sum(_char_penalty(ch) for ch in text)


@lru_cache(maxsize=65536)
def _char_penalty(ch: str) -> int:
    code = ord(ch)
    if any(lo <= code <= hi for lo, hi in _GARBAGE_BLOCKS):
        return 3
    if 0x4E00 <= code <= 0x9FFF and not _common_ideograph(ch):
        return 1
    return 0


def _common_ideograph(ch: str) -> bool:
    try:
        if 0xB0A1 <= int.from_bytes(ch.encode("gb2312"), "big") <= 0xD7F9:
            return True
    except UnicodeEncodeError:
        pass
    try:
        return 0xA440 <= int.from_bytes(ch.encode("big5"), "big") <= 0xC67E
    except UnicodeEncodeError:
        return False


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def html_declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its top, if any."""
    match = _META_CHARSET.search(data[:8192])
    return match.group(1).decode("ascii") if match else None
