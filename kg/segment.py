"""Split a report into sentences and speeches.

Layouts recognised (each yields one ``Speech`` per speaker):

- header lines ``<district><title> <name>``, then a headline, then the speech;
- ``<name>（<district><title>）`` header lines;
- inline introductions ``<district><title><name>说/表示/指出…`` opening a paragraph;
- interviews, where one official introduced in the lead answers the reporter;
- reports with none of these: one speech, speaker unknown.

Bylines (``记者 …``, ``通讯员 …``) are marked so that no official is taken from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lexicon.divisions import load_divisions
from kg.lexicon.names import is_plausible_name
from kg.lexicon.titles import TITLE, TITLE_RE, split_titles
from kg.tokens import words
from kg.types import Document, Sentence, Speech

_NAME = r"[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{1,6})?"
BYLINE_RE = re.compile(
    r"^[\s（(【\[]*(?:[\u4e00-\u9fff]{0,12}(?:记者|通讯员|编辑|摄影|摄|见习记者|特约记者|实习生|来源|责编|校对)"
    r"[\s：:]*(?:[\u4e00-\u9fff]{2,4}[\s、，,]*)+[）)】\]]*|.{0,20}(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}.*)$"
)
_POSTS = rf"[\u4e00-\u9fff、，,（）]{{2,40}}?{TITLE}"
_HEADER_RE = re.compile(rf"^(?P<posts>{_POSTS})[\s　]*(?P<name>{_NAME})[：:]?$")
_PAREN_HEADER_RE = re.compile(rf"^(?P<name>{_NAME})[（(](?P<posts>{_POSTS})[）)][：:]?$")
_INLINE_RE = re.compile(
    rf"(?P<posts>[\u4e00-\u9fff、]{{0,30}}?{TITLE})(?P<name>[\u4e00-\u9fff]{{2,4}}?)"
    r"(?:在[^，。]{0,30}(?:时|中|上))?[，,]?(?:说|表示|指出|认为|介绍|强调|谈到|坦言|告诉记者|回顾|提到|说道|展望)"
)
# A paragraph opening with a title and a name (and a speech verb somewhere in it).
_LEAD_RE = re.compile(
    rf"(?P<posts>[\u4e00-\u9fff、]{{0,30}}?{TITLE})(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?=则|也|还|更|就|首先|的)"
)
_SPEECH_VERB = re.compile(r"说|表示|指出|认为|介绍|强调|谈到|回顾|提到|展望")
_CLOSING_RE = re.compile(
    r"^(?:会议期间|会议认为|会议指出|与会|大家一致|大家纷纷|代表们|委员们|讨论中|本报记者|记者了解到|据了解|记者获悉)"
)
_BULLETS = "◆◇●○■□▲△★☆►▶·•※■▪◎ 　"
_ZONE_ENDINGS = ("新区", "开发区", "高新区", "经开区", "实验区", "园区", "片区", "港区", "新城")
_QUESTION_RE = re.compile(r"^(?:记者|问|本报|主持人)[：:]")
_INTRODUCTION_RE = re.compile(
    rf"(?P<posts>{_POSTS})(?P<name>[\u4e00-\u9fff]{{2,4}}?)(?=[，。、；\s]|接受|表示|$)"
)
_SENTENCE_RE = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;]+[”’」』）)]*|\n|$)")
_TERMINAL = "。！？；!?;…”"


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str

    @property
    def is_short(self) -> bool:
        return len(self.text) <= 40 and not self.text.endswith(("。", "！", "？"))


@dataclass(frozen=True)
class Header:
    """A parsed speaker header: who speaks, with which posts, for which district."""

    name: str
    title: str
    district: str
    posts: tuple[tuple[str, str], ...] = ()

    def speech(
        self, doc: Document, index: int, start: int, end: int, headline: str, body_start: int
    ) -> Speech:
        """The speech this header opens."""
        return Speech(
            doc.id, index, start, end, self.name, self.title, self.district, headline, body_start, self.posts
        )


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped[0])
            lines.append(Line(start, start + len(stripped), stripped))
        pos += len(raw) + 1
    return lines


def is_byline(text: str) -> bool:
    """``本报记者 张三 李四``: names after a reporter's role, no sentence punctuation."""
    return len(text) <= 80 and "，" not in text and "。" not in text and bool(BYLINE_RE.match(text))


def _place(text: str) -> str:
    """The body of a post that ``text`` ends with (访临平区 → 临平区), or ""."""
    divisions = load_divisions()
    for n in range(len(text) - 1):
        if divisions.lookup(text[n:]):
            return text[n:]
    bare = re.sub(r"（[^）]*）$", "", text)  # 杭州高新区（滨江）: the zone with its district in brackets
    if len(bare) >= 2 and bare.endswith(_ZONE_ENDINGS):
        return bare
    return text if len(text) >= 3 and text.endswith(("区", "县", "市", "旗", "州")) else ""


def parse_post_parts(posts: str) -> tuple[tuple[str, str], ...]:
    """The (district, title) of each post: ``副市长，高新区党工委书记`` → ("", 副市长), (高新区, 党工委书记).

    A part's district is the text before its title; ``金水区委书记`` gives 金水区
    (the body's level letter is restored).
    """
    parts: list[tuple[str, str]] = []
    inner = ""  # the district in brackets after a zone (杭州高新区（滨江）)
    for part in split_titles(re.sub(r"[，,]", "、", posts)):
        match = TITLE_RE.search(part)
        if not match:
            continue
        prefix, title = part[: match.start()], match.group(0)
        for level in "区县市旗州":
            if len(prefix) >= 2 and title.startswith((level + "委", level + "长")):
                prefix += "" if prefix.endswith(level) else level
                break
        bracket = re.search(r"（([\u4e00-\u9fff]{2,4})）$", prefix)
        prefix = _place(prefix)
        if not prefix:
            previous = parts[-1][0] if parts else ""
            level = title.lstrip("副代常务")[:1]
            if inner and level in "区县市" and title.lstrip("副代常务")[1:2] in ("委", "长"):
                prefix = inner + level  # 杭州高新区（滨江）党工委书记、区委书记: the 区委书记 of 滨江区
            elif previous and title.lstrip("副代常务").startswith(previous[-1]):
                prefix = previous  # 巩义市委副书记、市长: the 市长 of 巩义市
        inner = bracket.group(1) if bracket else inner
        parts.append((prefix, title))
    return tuple(parts)


def parse_posts(posts: str) -> tuple[str, str]:
    """``郑东新区党工委书记、管委会主任`` → (郑东新区, 党工委书记、管委会主任).

    The speech speaks for the first local body named: ``杭州高新区党工委书记、滨江区委书记`` for
    杭州高新区, ``苏州市委常委、苏州工业园区党工委书记`` for the zone, not the city above it."""
    parts = parse_post_parts(posts)
    places = [d for d, _ in parts if d]
    local = [d for d in places if not _above_county(d)]
    return next(iter(local or places), ""), "、".join(t for _, t in parts)


def _above_county(place: str) -> bool:
    """Is ``place`` a prefecture-level city or a province (苏州市, 江苏省)?"""
    return any(d.level in ("city", "province") for d in load_divisions().lookup(place))


def header_of(name: str, posts: str) -> Header | None:
    """The header of ``name`` holding ``posts``, or None when no title is found in them."""
    district, title = parse_posts(posts)
    return Header(name, title, district, parse_post_parts(posts)) if title else None


_HAN3 = re.compile(r"[\u4e00-\u9fff]{3}$")


def _header_name(name: str) -> bool:
    """A header's name: a plausible full name, or three Han characters a rare surname (庹, 税, 承)
    may head: no single word, and no common noun for the given name (新发展 is no name)."""
    if is_plausible_name(name):
        return True
    found = words(name)
    return (
        _HAN3.match(name) is not None
        and len(found) > 1
        and not any(len(w) == 2 and tag in ("n", "vn") for w, tag in found)
    )


def parse_header(text: str) -> Header | None:
    """A speaker header line (``◆`` and other bullets before it allowed), or None."""
    text = text.lstrip(_BULLETS)
    if is_byline(text):
        return None
    for regex in (_HEADER_RE, _PAREN_HEADER_RE):
        match = regex.match(text)
        if match and _header_name(match.group("name").split("·")[0][:4]):
            header = header_of(match.group("name"), match.group("posts"))
            if header is not None:
                return header
    return None


def parse_headers(text: str) -> list[Header]:
    """The speakers of a header line: one, or several side by side (``彭州市委书记 甲 市长 乙``)."""
    header = parse_header(text)
    if header is not None:
        return [header]
    for gap in re.finditer(r"[\s　]+", text.strip()):
        left = parse_header(text.strip()[: gap.start()])
        right = parse_headers(text.strip()[gap.end() :]) if left is not None else []
        if right:
            return [left, *right]
    return []


def _shared_section(lines: list[Line], headers: list[Header], start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each speaker's part of a section they share: each speaker from the first
    answer they give (``乙：…``) to the next speaker's; the first speaker from the section's start."""
    cuts = [start]
    for header in headers[1:]:
        answer = next(
            (
                ln.start
                for ln in lines
                if max(cuts) <= ln.start < end and ln.text.startswith(header.name + "：")
            ),
            end,
        )
        cuts.append(answer)
    return list(zip(cuts, [*cuts[1:], end], strict=True))


def split_sentences(doc: Document, speeches: tuple[Speech, ...] = ()) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    for line in split_lines(doc.text):
        for match in _SENTENCE_RE.finditer(line.text):
            piece = match.group(0).strip()
            if not piece:
                continue
            start = line.start + match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
            end = start + len(piece)
            speech = next((s.index for s in speeches if s.start <= start < s.end), -1)
            sentences.append(Sentence(doc.id, len(sentences), start, end, piece, speech))
    return tuple(sentences)


def _headline_after(lines: list[Line], i: int) -> tuple[str, int]:
    """The headline following header ``lines[i]`` and the index of the first body line."""
    nxt = i + 1
    if nxt < len(lines) and lines[nxt].is_short and parse_header(lines[nxt].text) is None:
        return lines[nxt].text, nxt + 1
    return "", nxt


def _headlines_first(lines: list[Line], headers: list[int]) -> bool:
    """Does each speech's headline stand above its header (a short line before it, the body right
    after it) rather than below it, as in most reports?"""
    above = [
        i
        for i in headers
        if 0 < i < len(lines) - 1
        and lines[i - 1].is_short
        and parse_header(lines[i - 1].text) is None
        and not lines[i + 1].is_short
    ]
    return len(above) * 2 > len(headers)


def _before_closing(lines: list[Line], start: int, end: int) -> int:
    """Where a speech ends: at a closing paragraph (与会同志一致表示…), which speaks for everyone."""
    closing = next((ln for ln in lines if start < ln.start < end and _CLOSING_RE.match(ln.text)), None)
    return closing.start if closing is not None else end


def _header_speeches(doc: Document, lines: list[Line]) -> list[Speech]:
    starts = [(i, h) for i, line in enumerate(lines) if (h := parse_headers(line.text))]
    first = _headlines_first(lines, [i for i, _ in starts])
    speeches: list[Speech] = []
    for k, (i, headers) in enumerate(starts):
        if k + 1 < len(starts):
            nxt = starts[k + 1][0]
            end = lines[nxt - 1 if first and lines[nxt - 1].is_short else nxt].start
        else:
            end = len(doc.text)
        if first and lines[i - 1].is_short and i > 0:
            headline, body, start = lines[i - 1].text, i + 1, lines[i - 1].start
        else:
            (headline, body), start = _headline_after(lines, i), lines[i].start
        body_start = lines[body].start if body < len(lines) else end
        end = _before_closing(lines[body:], body_start, end)
        parts = _shared_section(lines[body:], headers, start, end)
        for header, (part_start, part_end) in zip(headers, parts, strict=True):
            part_body = min(max(body_start, part_start), part_end)
            speeches.append(header.speech(doc, len(speeches), part_start, part_end, headline, part_body))
    return speeches


def _inline_speeches(doc: Document, lines: list[Line]) -> list[Speech]:
    """Paragraphs opened by ``<district><title><name>说…``: one speech per new speaker."""
    found: list[tuple[int, Header]] = []
    closings: list[int] = []  # paragraphs that speak for everyone (会议期间，与会同志一致认为…)
    for i, line in enumerate(lines):
        if is_byline(line.text):
            continue
        if found and _CLOSING_RE.match(line.text):
            closings.append(i)
            continue
        header = _attribution(line.text)
        if header is not None and (not found or found[-1][1].name != header.name):
            found.append((i, header))
    speeches = []
    for k, (i, header) in enumerate(found):
        nxt = found[k + 1][0] if k + 1 < len(found) else len(lines)
        stop = min([c for c in closings if i < c < nxt], default=nxt)
        end = lines[stop].start if stop < len(lines) else len(doc.text)
        speeches.append(header.speech(doc, k, lines[i].start, end, "", lines[i].start))
    return speeches


def _attribution(paragraph: str) -> Header | None:
    """The speaker a paragraph opens with: ``<posts><name>说…``, ``“…”<posts><name>说``, or
    ``<posts><name>则…。她说`` (the title and name first, a speech verb further on)."""
    start = paragraph.index("”") + 1 if paragraph.startswith("“") and "”" in paragraph else 0
    match = _INLINE_RE.match(paragraph, start, start + 60)
    if match is None:
        match = _LEAD_RE.match(paragraph, start, start + 40)
        if match is None or not _SPEECH_VERB.search(paragraph):
            match = _attribution_after_intro(paragraph)
            if match is None:
                return None
    name = match.group("name")
    return header_of(name, match.group("posts")) if is_plausible_name(name) else None


def _attribution_after_intro(paragraph: str) -> re.Match[str] | None:
    """``对于…龙泉驿区来说，…。龙泉驿区委书记蒲建明说，…``: the speaker introduced in the second or
    third sentence of a paragraph that opens by setting the scene."""
    for end in [m.end() for m in re.finditer(r"[。！？]”?", paragraph[:160])][:2]:
        match = _INLINE_RE.match(paragraph, end, end + 60)
        if match is not None:
            return match
    return None


def _interview_speech(doc: Document, lines: list[Line]) -> list[Speech]:
    """``记者：…？`` / ``<name>：…``: the official introduced before the first question answers."""
    first_question = next((i for i, line in enumerate(lines) if _QUESTION_RE.match(line.text)), None)
    if first_question is None:
        return []
    for line in lines[:first_question]:
        for match in _INTRODUCTION_RE.finditer(line.text):
            name = match.group("name")
            if not is_plausible_name(name) or is_byline(line.text):
                continue
            answers = any(line.text.startswith(name + "：") for line in lines[first_question:])
            if not answers:
                continue
            header = header_of(name, match.group("posts"))
            if header is not None:
                start = lines[first_question].start
                return [header.speech(doc, 0, start, len(doc.text), "", start)]
    return []


def find_speeches(doc: Document) -> tuple[Speech, ...]:
    """The speeches of a report, in order; at least one (possibly speaker-less) speech."""
    lines = split_lines(doc.text)
    speeches = _header_speeches(doc, lines) or _interview_speech(doc, lines) or _inline_speeches(doc, lines)
    if not speeches:
        first = lines[0].start if lines else 0
        speeches = [Speech(doc.id, 0, first, len(doc.text), body_start=first)]
    return tuple(speeches)


def segment(doc: Document) -> tuple[tuple[Speech, ...], tuple[Sentence, ...]]:
    speeches = find_speeches(doc)
    return speeches, split_sentences(doc, speeches)
