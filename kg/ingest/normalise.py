"""Decoded text to ``Document.text``, keeping an ``OffsetMap`` back to the original.

What changes (every other character is kept as it is):

- Line breaks (``\\r\\n``, ``\\r``, ...) become ``\\n``; whitespace at both ends of a
  line is dropped; blank lines are dropped, so the result has exactly one
  paragraph (or header, headline, byline) per line.
- Width: full-width ASCII letters, digits and symbols become ASCII, full-width
  and other wide spaces become a plain space, zero-width characters are
  dropped. Chinese punctuation (，：；？！（）) stays full-width.
- Next to Chinese text, ASCII ``, : ; ? !`` become ``，：；？！``; a pair of
  ASCII parentheses becomes ``（）`` and a pair of straight double quotes
  becomes ``“”`` when what they enclose or touch is Chinese.
- Rejoining lines the layout broke: a line is joined with the next non-empty
  line when it ends mid-sentence in a paragraph body and the next line carries
  on the sentence (see ``_joins``). Header lines (speaker lines, headlines,
  bylines, titles: short, or without sentence punctuation) are never joined.

Every character of the result maps to the source character it came from (its
un-normalised counterpart); a ``\\n`` between paragraphs maps to the line break
after the paragraph, a space inserted between two joined Latin words to the
line break it replaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.types import OffsetMap

_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_DROPPED = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_SPACES = frozenset("\t\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B))))
_KEEP_WIDE = frozenset("！（），：；？")
# One-for-one width folding: wide spaces to " ", full-width ASCII forms to ASCII.
_FOLD = {ord(ch): " " for ch in _SPACES} | {
    code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F) if chr(code) not in _KEEP_WIDE
}
_TO_WIDE = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
_ASCII_CONTEXT = frozenset(',:;?!()"')
_ZH_PUNCT = frozenset("，。、；：？！（）“”‘’《》〈〉「」『』【】〔〕…—～·")
_FINAL = frozenset('。！？；：…”」』）!?;:)"')
_PROSE = frozenset("，。；！？,;!?")
_DANGLING = frozenset("，、,")
# A paragraph body in a one-paragraph-per-line layout is at least this long;
# headlines, speaker lines and bylines are shorter or carry no sentence punctuation.
BODY_MIN_CHARS = 36
# Hard-wrapped layouts (PDF columns, fixed-width text): lines this close to the
# common width (in display columns) are full lines that the layout wrapped.
_WRAP_MIN_COLUMNS = 16
_WRAP_TOLERANCE = 3
_LIST_START = re.compile(
    r"[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[、.．](?!\d)"
    r"|第[一二三四五六七八九十百\d]+[章节条部篇]"
)


@dataclass(frozen=True)
class Normalised:
    text: str
    offsets: OffsetMap


@dataclass
class _Line:
    """A line under construction: its characters, each one's source offset, and the
    source offset of the line break that ends it."""

    chars: list[str]
    src: list[int]
    eol: int

    @property
    def text(self) -> str:
        return "".join(self.chars)


def normalise(source: str) -> Normalised:
    """Normalise ``source`` (decoded text) into ``Document.text`` and its offset map."""
    lines = [line for line in _fold_lines(source) if line.chars]
    for line in lines:
        _zh_context(line.chars)  # first per line, so the join decisions see Chinese punctuation
    width = _wrap_width(lines)
    paragraphs: list[_Line] = []
    last: _Line | None = None  # the last physical line of the current paragraph
    for line in lines:
        if paragraphs and last is not None and _joins(paragraphs[-1], last, line, width):
            _append(paragraphs[-1], line)
        else:
            paragraphs.append(_Line(list(line.chars), list(line.src), line.eol))
        last = line
    chars: list[str] = []
    src: list[int] = []
    for i, para in enumerate(paragraphs):
        _zh_context(para.chars)
        if i:
            chars.append("\n")
            src.append(paragraphs[i - 1].eol)
        chars.extend(para.chars)
        src.extend(para.src)
    return Normalised("".join(chars), _offset_map(src))


def _fold_lines(source: str) -> list[_Line]:
    lines = []
    start = 0
    for match in [*_LINE_BREAK.finditer(source), None]:
        end = match.start() if match else len(source)
        raw = source[start:end]
        folded = raw.translate(_FOLD)
        if _DROPPED.isdisjoint(raw):
            chars, src = list(folded), list(range(start, end))
        else:
            kept = [(ch, start + i) for i, ch in enumerate(folded) if ch not in _DROPPED]
            chars, src = [ch for ch, _ in kept], [pos for _, pos in kept]
        text = "".join(chars)
        lead, stop = len(text) - len(text.lstrip(" ")), len(text.rstrip(" "))
        lines.append(_Line(chars[lead:stop], src[lead:stop], end))
        if match:
            start = match.end()
    return lines


def _width(chars: list[str]) -> int:
    """Display columns, near enough for layout: two for CJK and full-width characters."""
    text = "".join(chars)
    return len(text) + len(_WIDE.findall(text))


def _wrap_width(lines: list[_Line]) -> int | None:
    """The column width of a hard-wrapped layout, or None when lines are paragraphs.

    Wrapped when at least half of the lines of 16 columns or more end within a
    few columns of one common width (the others being the last lines of paragraphs
    and headers) and hardly any line is wider.
    """
    widths = sorted(w for line in lines if (w := _width(line.chars)) >= _WRAP_MIN_COLUMNS)
    if len(widths) < 4:
        return None
    best, count = max(
        ((w, sum(1 for v in widths if w - _WRAP_TOLERANCE <= v <= w)) for w in set(widths)),
        key=lambda wc: (wc[1], wc[0]),
    )
    wider = sum(1 for v in widths if v > best)
    return best if count >= 3 and 2 * count >= len(widths) and 10 * wider <= len(widths) else None


def _joins(para: _Line, last: _Line, nxt: _Line, wrap: int | None) -> bool:
    """Whether ``nxt`` carries on the sentence that ``para`` (ending with the physical
    line ``last``) breaks off.

    ``para`` must end mid-sentence (not in 。！？；：…”」』） and the like) and be a
    paragraph body: in a wrapped layout its last line is full-width; otherwise it
    is at least ``BODY_MIN_CHARS`` long and has sentence punctuation, or it ends
    in a comma. ``nxt`` must not open a numbered item and must read as prose:
    sentence punctuation, a sentence end, or (wrapped) a full line.
    """
    end = para.chars[-1]
    if end in _FINAL:
        return False
    if wrap is not None:
        full = _width(last.chars) >= wrap - _WRAP_TOLERANCE
        body = full or end in _DANGLING
    else:
        body = end in _DANGLING or (len(para.chars) >= BODY_MIN_CHARS and not _PROSE.isdisjoint(para.chars))
    if not body or _LIST_START.match(nxt.text):
        return False
    prose = not _PROSE.isdisjoint(nxt.chars) or nxt.chars[-1] in _FINAL
    return prose or (wrap is not None and _width(nxt.chars) >= wrap - _WRAP_TOLERANCE)


def _append(para: _Line, nxt: _Line) -> None:
    if _latin(para.chars[-1]) and _latin(nxt.chars[0]):
        para.chars.append(" ")
        para.src.append(para.eol)
    para.chars.extend(nxt.chars)
    para.src.extend(nxt.src)
    para.eol = nxt.eol


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _han(ch: str) -> bool:
    code = ord(ch)
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3FFFF or ch == "〇"


def _zh(ch: str | None) -> bool:
    return ch is not None and (_han(ch) or ch in _ZH_PUNCT)


def _zh_context(chars: list[str]) -> None:
    """Make quotes, parentheses and ASCII punctuation in Chinese context Chinese (in place).

    The context of a character is the nearest character on each side that is not
    ASCII ``, : ; ? !``, so a run like ``?!`` turns as a whole and a second pass
    changes nothing.
    """

    if _ASCII_CONTEXT.isdisjoint(chars):
        return

    def side(i: int, step: int) -> str | None:
        i += step
        while 0 <= i < len(chars) and chars[i] in _TO_WIDE:
            i += step
        return chars[i] if 0 <= i < len(chars) else None

    quotes = [i for i, ch in enumerate(chars) if ch == '"']
    for open_, close in zip(quotes[::2], quotes[1::2], strict=False):
        if any(_han(ch) for ch in chars[open_ + 1 : close]):
            chars[open_], chars[close] = "“", "”"
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    lone: list[int] = []
    for i, ch in enumerate(chars):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            pairs.append((stack.pop(), i))
        elif ch == ")":
            lone.append(i)
    for open_, close in sorted(pairs):  # outer pairs first: an inner pair sees them converted
        inner = chars[open_ + 1 : close]
        if _zh(side(open_, -1)) or _zh(side(close, 1)) or any(_han(c) for c in inner):
            chars[open_], chars[close] = "（", "）"
    for i in lone + stack:
        if _han_at(side(i, -1)) or _han_at(side(i, 1)):
            chars[i] = "（" if chars[i] == "(" else "）"
    for i in [i for i, ch in enumerate(chars) if ch in _TO_WIDE]:
        if _zh(side(i, -1)) or _zh(side(i, 1)):
            chars[i] = _TO_WIDE[chars[i]]


def _han_at(ch: str | None) -> bool:
    return ch is not None and _han(ch)


def _offset_map(src: list[int]) -> OffsetMap:
    if not src:
        return OffsetMap()
    breaks = [(0, src[0])]
    breaks.extend((i, src[i]) for i in range(1, len(src)) if src[i] != src[i - 1] + 1)
    return OffsetMap(tuple(breaks))
