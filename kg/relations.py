"""Relations between mentions, scoped by speech.

The district of a speech is its speaker's district; what the speech commits to
belongs to that district: strategies it ``pursues``, projects it ``builds``,
industries it ``develops``, organizations it ``cooperatesWith``. Speakers
``servesIn`` their district and ``speaksAt`` the report's meetings; districts
lie in (``partOf``) the divisions above them. Retrospective sentences (过去一年…
取得…) commit to nothing; cue words raise confidence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from kg.extractors.context import Context
from kg.extractors.strategies import FIVE_YEAR_PLAN, five_year_plan_year
from kg.lexicon.divisions import load_divisions
from kg.lexicon.titles import level_of, split_titles
from kg.types import EntityType, Mention, Relation, RelationType, Sentence, Speech

T, R = EntityType, RelationType
COMMITMENT = {
    T.STRATEGY: R.PURSUES,
    T.PROJECT: R.BUILDS,
    T.INDUSTRY: R.DEVELOPS,
    T.ORGANIZATION: R.COOPERATES_WITH,
}
CUES = {
    R.PURSUES: ("坚持", "践行", "走好", "落实", "聚焦", "贯彻", "强化", "实施", "遵循", "围绕", "融入", "以"),
    R.BUILDS: (
        "建设",
        "推进",
        "打造",
        "举办",
        "加快",
        "启动",
        "提升",
        "建成",
        "推动",
        "深化",
        "承办",
        "规划",
    ),
    R.DEVELOPS: ("发展", "培育", "壮大", "做强", "做大", "推进", "拓展", "引育", "聚集", "集聚"),
    R.COOPERATES_WITH: ("合作", "携手", "签约", "签署", "共建", "联合", "引进", "支持", "对接"),
}
_SPEAKING = re.compile(r"讲话|发言|出席|参加|主持|报告|致辞|讨论")
_ATTENDING = re.compile(r"讲话|发言|出席|参加|主持|致辞|讨论|审议|会上|期间|会议上|参会")
_HELD = re.compile(r"召开|举行|期间|分组|讨论|审议|开幕|闭幕|会上|会议上|参加|出席|发言|上午|下午")
_STUDIED = re.compile(r"贯彻|学习|落实|传达|领会|按照|根据|迎接|喜迎|献礼")
# 中央经济工作会议、省委经济工作会议精神: meetings whose spirit is studied, one list before 精神.
_STUDIED_SPIRIT = re.compile(r"(?:[、和及与][^，。；、]{2,20}?)*精神")
_PAST = re.compile(
    r"过去|取得了|取得显著|取得巨大|已经|成效显著|成为全国|[0-9]{4}年是|时期是|载入史册|走在全国前列|成功举办|一年来|今年以来|获批|实现了|完成了|建成了|举办了|落户"
)
_FUTURE = re.compile(r"将|要|下一步|今年|明年|继续|加快|着力|持续|努力|力争|推动|推进|打造|坚持|深化")
_WILL = re.compile(r"将|要|下一步|明年|今后|未来|接下来|力争|努力")


# What a clause reports as done: an event held, visitors received, a facility opened.
_DONE = re.compile(
    r"成功举办|圆满完成|顺利举办|接待游客|游客接待|吸引游客|人次|投运|投入运行|投入使用|揭牌|开园|开业|以来|再创新高|"
    r"创出新高|位居|稳居|建成投产|运行平稳|封顶|量产|完成$|顺利完成|成功创建|成功获批|获评|建成投用|年来"
)
_PAST_OPENING = re.compile(
    r"^(?:去年|过去一年|过去五年|今年上半年|上半年|前三季度|今年以来|一年来|近年来|这一年|[0-9]{4}年(?![0-9]))"
)
_CLAUSE = re.compile(r"[，,；;：:]")
_THIS_YEAR = re.compile(r"^今年(?!将|要|下半年|起)")
_DAY = re.compile(r"(?<![0-9])(1[0-2]|[1-9])月[0-9]{1,2}日")


def _is_retrospective(text: str) -> bool:
    return bool(_PAST.search(text)) and not _FUTURE.search(text)


def _late_in_year(ctx: Context) -> bool:
    """Is the report from the year's last quarter, when 今年 is the year looked back on?"""
    month = ctx.doc.date[5:7] if len(ctx.doc.date) >= 7 else ""
    if not month:
        dated = _DAY.search(ctx.doc.text[:400])
        month = dated.group(1) if dated else ""
    return month.isdigit() and int(month) >= 10


def _clause_is_retrospective(sentence: Sentence, mention: Mention, late: bool = False) -> bool:
    """Is the clause holding ``mention`` a report of what was done (今年，X成功举办; 去年，X接待游客…)?

    A past time word opening a clause (去年, 今年以来, 这一年 …; 今年 in a report from the year's
    end) governs the clauses after it until one speaks of what will be done."""
    text, at = sentence.text, mention.start - sentence.start
    past, start = False, 0
    for cut in [*(m.end() for m in _CLAUSE.finditer(text)), len(text) + 1]:
        clause = (text[start : cut - 1] if cut <= len(text) else text[start:]).rstrip("。！？!?”")
        opening = _PAST_OPENING.match(clause) or (late and _THIS_YEAR.match(clause))
        # Once a past time word governs, only a word of the future ends it (加快建设 is then progress made).
        cue = _WILL if past or opening else _FUTURE
        future = bool(cue.search(clause.replace("今年", "")))
        past = (past or bool(opening)) and not future
        if start <= at < cut:
            return not future and (past or bool(_DONE.search(clause)))
        start = cut
    return False


def _confidence(predicate: RelationType, sentence_text: str, base: float) -> tuple[float, str]:
    cue = next((c for c in CUES.get(predicate, ()) if c in sentence_text), "")
    return (min(base + 0.15, 0.95), cue) if cue else (base, "")


def _current_plan_year(ctx: Context, mentions: tuple[Mention, ...]) -> int:
    """The document's year, else the start of the latest five-year plan it names."""
    if ctx.doc.date[:4].isdigit():
        return int(ctx.doc.date[:4])
    plans = [five_year_plan_year(m.name) for m in mentions if FIVE_YEAR_PLAN.fullmatch(m.name)]
    return max(plans, default=0)


def _speech_district(ctx: Context, speech: Speech, mentions: tuple[Mention, ...]) -> Mention | None:
    """The district mention a speech speaks for: its header's, else the city for city-level titles."""
    own = [m for m in mentions if m.type is T.DISTRICT and m.speech == speech.index]
    if speech.district:
        header = [m for m in own if m.name == speech.district and m.start <= speech.body_start]
        if header:
            return header[0]
        named = [m for m in own if m.name == speech.district]
        if named:
            return named[0]
        elsewhere = _first_named(mentions, T.DISTRICT, {speech.district})  # an interviewee's, in the lead
        if elsewhere is not None:
            return elsewhere
    if speech.title and ctx.city is not None:
        levels = {level_of(t) for t in split_titles(speech.title)}
        if "city" in levels:
            return _first_named(mentions, T.DISTRICT, {ctx.city.name, ctx.city.short})
    if not speech.speaker:  # a report without speakers: the district it is about
        counts = Counter(m.canonical or m.name for m in mentions if m.type is T.DISTRICT)
        city_names = {ctx.city.name} if ctx.city else set()
        local = [(n, c) for n, c in counts.most_common() if n not in city_names and c >= 2]
        name = local[0][0] if local else next(iter(city_names), "")
        return next((m for m in mentions if m.type is T.DISTRICT and (m.canonical or m.name) == name), None)
    return None


def _first_named(mentions: tuple[Mention, ...], type_: EntityType, names: set[str]) -> Mention | None:
    return next((m for m in mentions if m.type is type_ and (m.name in names or m.canonical in names)), None)


def _commitments(
    ctx: Context, speech: Speech, district: Mention, mentions, plan_year: int, late: bool
) -> Iterator[Relation]:
    for m in mentions:
        predicate = COMMITMENT.get(m.type)
        if predicate is None or m.speech != speech.index or m.start < speech.start:
            continue
        sentence = ctx.sentences[m.sentence]
        if m.start < speech.body_start:
            continue  # the header and headline: a title, not a commitment
        if _is_retrospective(sentence.text) or _clause_is_retrospective(sentence, m, late):
            continue
        if FIVE_YEAR_PLAN.fullmatch(m.name) and plan_year and five_year_plan_year(m.name) + 4 < plan_year:
            continue  # a finished plan is history, not a commitment
        confidence, cue = _confidence(predicate, sentence.text, 0.6)
        if predicate is R.COOPERATES_WITH and not cue:
            continue  # an organisation merely named (a firm's growth, a university's study) is no partner
        yield Relation(predicate, district, m, m.sentence, round(confidence * m.confidence, 2), cue)


def _speaker_relations(
    ctx: Context, speech: Speech, district: Mention | None, mentions
) -> Iterator[Relation]:
    speaker = next(
        (
            m
            for m in mentions
            if m.type is T.OFFICIAL and m.speech == speech.index and m.name == speech.speaker
        ),
        None,
    )
    if speaker is None:
        return
    bodies = [district] if district is not None else []
    for place, title in speech.posts:
        body = _post_body(ctx, place, title, mentions)
        if body is not None and all(body.name != b.name for b in bodies):
            bodies.append(body)
    for body in bodies:
        yield Relation(R.SERVES_IN, speaker, body, speaker.sentence, 0.9, "header")
    meetings = [m for m in mentions if m.type is T.MEETING and m.speech == -1 and _held(ctx, m)]
    if not meetings:  # no meeting named for the whole report: the ones the speech says it attends
        meetings = [
            m
            for m in mentions
            if m.type is T.MEETING
            and m.speech == speech.index
            and _ATTENDING.search(ctx.sentences[m.sentence].text)
        ]
    for meeting in _distinct(_own_chamber(meetings, speech.title)):
        yield Relation(R.SPEAKS_AT, speaker, meeting, meeting.sentence, 0.8, "report-meeting")


def _own_chamber(meetings: list[Mention], title: str) -> list[Mention]:
    """Of a people's congress and a CPPCC session held side by side, a speaker attends the one
    their post belongs to: a delegate the congress, a CPPCC member (政协委员) the other."""
    advisory = [m for m in meetings if "政协" in m.name]
    if not advisory or len(advisory) == len(meetings):
        return meetings
    if "政协" in title:
        return advisory
    return [m for m in meetings if "政协" not in m.name]


def _named_within(mentions: tuple[Mention, ...], text: str) -> Mention | None:
    """The longest district mention whose name stands inside ``text`` (四川天府新区成都直管区 → 天府新区)."""
    inside = [m for m in mentions if m.type is T.DISTRICT and len(m.name) >= 2 and m.name in text]
    return max(inside, key=lambda m: (len(m.name), -m.start), default=None)


def _post_body(ctx: Context, place: str, title: str, mentions: tuple[Mention, ...]) -> Mention | None:
    """The district a post belongs to: the one it names, else the report's city for city posts."""
    if place:
        return _first_named(mentions, T.DISTRICT, {place})
    if ctx.city is not None and level_of(title) == "city":
        return _first_named(mentions, T.DISTRICT, {ctx.city.name, ctx.city.short})
    return None


def _held(ctx: Context, meeting: Mention) -> bool:
    """Is the meeting being held in the report (召开, 期间, 分组讨论), not studied (贯彻…精神)?"""
    sentence = ctx.sentences[meeting.sentence]
    before = ctx.doc.text[max(meeting.start - 4, sentence.start) : meeting.start]
    clause = ctx.doc.text[sentence.start : meeting.start]
    clause = clause[max(clause.rfind(c) for c in "，,；") + 1 :]
    if _STUDIED_SPIRIT.match(ctx.doc.text, meeting.end) or _STUDIED.search(before) or _STUDIED.search(clause):
        return False
    return bool(_HELD.search(sentence.text))


def _distinct(mentions: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in mentions:
        key = m.canonical or m.name
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def _body_official_relations(ctx: Context, mentions: tuple[Mention, ...]) -> Iterator[Relation]:
    speakers = {s.speaker for s in ctx.speeches}
    for m in mentions:
        if m.type is not T.OFFICIAL or m.attr("speaker") or m.name in speakers or not m.attr("title"):
            continue
        district = None
        if m.attr("district"):
            district = _first_named(mentions, T.DISTRICT, {m.attr("district")}) or _named_within(
                mentions, m.attr("district")
            )
        elif ctx.city is not None and "city" in {level_of(t) for t in split_titles(m.attr("title"))}:
            district = _first_named(mentions, T.DISTRICT, {ctx.city.name, ctx.city.short})
        if district is not None:
            yield Relation(R.SERVES_IN, m, district, m.sentence, 0.8, "title")
        sentence = ctx.sentences[m.sentence].text
        if m.speech == -1 and _SPEAKING.search(sentence):  # the lead: 市委书记某某出席并讲话
            meetings = _distinct([x for x in mentions if x.type is T.MEETING and x.speech == -1])
        else:
            meetings = [x for x in mentions if x.type is T.MEETING and x.sentence == m.sentence]
        for meeting in meetings:
            yield Relation(R.SPEAKS_AT, m, meeting, m.sentence, 0.7, "meeting")


def _part_of(mentions: tuple[Mention, ...]) -> Iterator[Relation]:
    """A district lies in the nearest mentioned division above it (from codes or the report's city)."""
    by_code: dict[str, Mention] = {}
    for m in mentions:
        if m.type is T.DISTRICT and m.attr("code"):
            by_code.setdefault(m.attr("code"), m)
    index = load_divisions()
    done: set[tuple[str, str]] = set()
    for m in mentions:
        if m.type is not T.DISTRICT or not m.attr("parent_code"):
            continue
        code = m.attr("parent_code")
        while code:  # zones lie in the county and the city above them, others in the nearest
            parent_mention = by_code.get(code)
            parent = index.by_code.get(code)
            if parent_mention is not None and code != m.attr("code"):
                key = (m.canonical or m.name, code)
                if key not in done:
                    done.add(key)
                    yield Relation(R.PART_OF, m, parent_mention, m.sentence, 0.9, "division-code")
                if not m.attr("zone") or (parent is not None and parent.level != "county"):
                    break
            code = parent.parent if parent else ""


def _zones_of_the_speakers_county(
    ctx: Context, speech: Speech, district: Mention, mentions: tuple[Mention, ...]
) -> Iterator[Relation]:
    """A zone or town the lexicon does not know, named in a county's speech, lies in that county
    (花桥经济开发区 in 昆山's speech); national new areas span counties."""
    county = load_divisions().by_code.get(district.attr("code"))
    if county is None or county.level != "county" or ctx.city is None:
        return
    for m in mentions:
        if (
            m.type is T.DISTRICT
            and m.speech == speech.index
            and m.source in ("zone-suffix", "town")
            and not m.attr("code")
            and not m.name.endswith("新区")
            and m.attr("parent_code") == ctx.city.code
            and m.start >= speech.body_start
        ):
            yield Relation(R.PART_OF, m, district, m.sentence, 0.7, "speech-county")


def relate(ctx: Context, mentions: tuple[Mention, ...]) -> tuple[Relation, ...]:
    plan_year, late = _current_plan_year(ctx, mentions), _late_in_year(ctx)
    relations: list[Relation] = []
    for speech in ctx.speeches:
        district = _speech_district(ctx, speech, mentions)
        relations.extend(_speaker_relations(ctx, speech, district, mentions))
        if district is not None:
            relations.extend(_commitments(ctx, speech, district, mentions, plan_year, late))
            relations.extend(_zones_of_the_speakers_county(ctx, speech, district, mentions))
    relations.extend(_body_official_relations(ctx, mentions))
    relations.extend(_part_of(mentions))
    return tuple(relations)
