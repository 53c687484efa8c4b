"""Relations scoped by speech: servesIn, speaksAt, and what a speech commits its district to."""

import pytest
from extraction_helpers import report, triples

_DATED = "2021年1月6日\n"


def _speech(city, header, *body, lead=""):
    return _DATED + report(city, *((lead,) if lead else ()), header, "加快建设", *body)


def test_relations_speaker_serves_in_the_header_district():
    text = _speech("成都", "武侯区委书记 张立新", "武侯区将加快建设武侯科技园。")
    assert ("servesIn", "张立新", "武侯区") in triples(text)


def test_relations_speaker_speaks_at_the_report_meetings():
    text = _speech(
        "成都",
        "武侯区委书记 张立新",
        "武侯区将加快建设武侯科技园。",
        lead="12月28日，市委十三届十次全会暨市委经济工作会议举行分组讨论。",
    )
    assert {t for t in triples(text, "speaksAt") if t[1] == "张立新"} == {
        ("speaksAt", "张立新", "市委十三届十次全会"),
        ("speaksAt", "张立新", "市委经济工作会议"),
    }


@pytest.mark.parametrize(
    ("lead", "speaker", "expected"),
    [
        (  # meetings whose spirit is studied are no meetings the speakers attend
            "1月9日下午，市委经济工作会议举行分组讨论。与会同志认真学习贯彻中央经济工作会议、"
            "省委经济工作会议精神，踊跃发言。",
            "武侯区委书记 张立新",
            {"市委经济工作会议"},
        ),
        (  # delegates attend the congress, not the CPPCC session held alongside
            "出席成都市第十七届人民代表大会第三次会议的代表分组审议政府工作报告。"
            "与此同时，市政协十五届三次会议的委员们也在分组讨论中积极建言献策。",
            "市人大代表、武侯区委书记 张立新：",
            {"成都市第十七届人民代表大会第三次会议"},
        ),
        (
            "1月9日，中共成都市委十三届四次全体（扩大）会议暨全市经济工作会议举行分组讨论。",
            "武侯区委书记 张立新",
            {"中共成都市委十三届四次全体（扩大）会议", "全市经济工作会议"},
        ),
        (  # a meeting welcomed is yet to come
            "7月14日，市委十三届五次全会举行分组讨论。与会同志表示，以优异成绩迎接党的十九大胜利召开。",
            "武侯区委书记 张立新",
            {"市委十三届五次全会"},
        ),
        (  # a subtitle's dash is no part of the meeting's name
            "——市委经济工作会议分组讨论发言摘登",
            "武侯区委书记 张立新",
            {"市委经济工作会议"},
        ),
    ],
)
def test_relations_speakers_attend_the_meetings_held_not_those_studied(lead, speaker, expected):
    text = _speech("成都", speaker, "武侯区将加快建设武侯科技园。", lead=lead)
    assert {o for _, s, o in triples(text, "speaksAt") if s == "张立新"} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("武侯区将坚持“三城三都”建设。", ("pursues", "武侯区", "三城三都")),
        ("武侯区将践行新发展理念。", ("pursues", "武侯区", "新发展理念")),
        ("武侯区将加快建设武侯科技园。", ("builds", "武侯区", "武侯科技园")),
        ("武侯区将办好第二十届中国西部国际博览会。", ("builds", "武侯区", "中国西部国际博览会")),
        ("武侯区将培育生物医药产业。", ("develops", "武侯区", "生物医药")),
        ("武侯区将做强数字经济。", ("develops", "武侯区", "数字经济")),
        ("武侯区将深化与四川大学的合作。", ("cooperatesWith", "武侯区", "四川大学")),
        ("武侯区将与腾讯签约共建创新中心。", ("cooperatesWith", "武侯区", "腾讯")),
    ],
)
def test_relations_commitments_by_type(body, expected):
    assert expected in triples(_speech("成都", "武侯区委书记 张立新", body))


def test_relations_commitments_belong_to_each_speakers_district():
    text = _DATED + report(
        "成都",
        "武侯区委书记 张立新",
        "加快建设",
        "武侯区将发展数字经济。",
        "锦江区委副书记、区长 刘海涛",
        "锦江区将培育生物医药产业。",
    )
    develops = triples(text, "develops")
    assert develops == {("develops", "武侯区", "数字经济"), ("develops", "锦江区", "生物医药")}


@pytest.mark.parametrize(
    "body",
    [
        "过去一年，武侯区取得了显著成效，武侯科技园建成投用。",
        "过去五年，武侯区数字经济成效显著。",
        "2020年是武侯区发展极不平凡的一年，生物医药产业已经形成规模。",
    ],
)
def test_relations_retrospective_sentences_commit_to_nothing(body):
    text = _speech("成都", "武侯区委书记 张立新", body)
    assert not {t for t in triples(text) if t[0] in ("builds", "develops", "pursues", "cooperatesWith")}


@pytest.mark.parametrize(
    "body",
    [
        "今年，第十届中国西部国际博览会成功举办，武侯区圆满完成了保障任务。",
        "去年，望江楼公园接待游客超过百万人次。",
        "今年成功举办的武侯国际音乐节，让世界看到了武侯。",
        "成都天府国际机场投运以来，武侯区迎来了发展机遇。",
        "张立新说，今年以来，武侯科技园建成投产，全区经济稳中有进。",  # the time word after the attribution
        "今年，武侯区成功举办音乐节，望江楼公园提档升级完成。",
        "过去一年，武侯区经济运行稳中有进，武侯科技园加快建设。",  # progress made, not promised
        "去年，武侯区经济迈上新台阶，武侯国际音乐节人气持续攀升。",
        "望江楼公园成功创建国家级旅游休闲街区。",
        "成都天府国际机场开通三年来，武侯区游客持续增长。",
    ],
)
def test_relations_clauses_that_report_what_was_done_commit_to_nothing(body):
    text = _speech("成都", "武侯区委书记 张立新", body)
    assert not triples(text, "builds")


def test_relations_this_year_with_a_future_cue_commits():
    text = _speech("成都", "武侯区委书记 张立新", "今年，我们将成功举办武侯国际音乐节，加快建设武侯科技园。")
    assert {("builds", "武侯区", "武侯科技园"), ("builds", "武侯区", "武侯国际音乐节")} <= triples(
        text, "builds"
    )


def test_relations_retrospective_with_future_cue_still_commits():
    text = _speech("成都", "武侯区委书记 张立新", "过去一年成效显著，下一步武侯区将加快建设武侯科技园。")
    assert ("builds", "武侯区", "武侯科技园") in triples(text)


def test_relations_finished_five_year_plan_not_pursued():
    text = _speech("成都", "武侯区委书记 张立新", "武侯区十三五圆满收官，将继续推进十三五收尾。")
    assert ("pursues", "武侯区", "十三五") not in triples(text)


def test_relations_current_five_year_plan_pursued():
    text = _speech("成都", "武侯区委书记 张立新", "武侯区将全面落实十四五规划。")
    assert ("pursues", "武侯区", "十四五") in triples(text)


def test_relations_lead_paragraph_commits_nobody():
    text = _speech(
        "成都",
        "武侯区委书记 张立新",
        "武侯区将加快建设武侯科技园。",
        lead="与会同志表示，将加快发展数字经济。",
    )
    assert ("develops", "武侯区", "数字经济") not in triples(text)


def test_relations_headline_is_a_title_not_a_commitment():
    text = _DATED + report(
        "成都", "武侯区委书记 张立新", "坚持“三城三都” 建设武侯科技园", "武侯区将加快发展。"
    )
    found = triples(text)
    assert ("pursues", "武侯区", "三城三都") not in found
    assert ("builds", "武侯区", "武侯科技园") not in found


def test_relations_headline_slogan_repeated_in_the_body_is_pursued():
    text = _DATED + report("成都", "武侯区委书记 张立新", "坚持“三城三都”", "武侯区将坚持“三城三都”建设。")
    assert ("pursues", "武侯区", "三城三都") in triples(text)


def test_relations_city_level_title_serves_in_the_city():
    text = _DATED + report("杭州", "杭州日报讯 市委副书记、市长姚立新主持会议。")
    assert ("servesIn", "姚立新", "杭州") in triples(text)


def test_relations_body_official_serves_in_the_named_district():
    text = _DATED + report("青岛", "青岛市委常委、黄岛区委书记周安参加讨论。")
    assert ("servesIn", "周安", "黄岛区") in triples(text)


def test_relations_body_official_speaks_at_a_meeting_of_the_same_sentence():
    text = _DATED + "市委书记王建军出席杭州市委十三届三次全会并讲话。"
    assert ("speaksAt", "王建军", "杭州市委十三届三次全会") in triples(text)


def test_relations_inline_speaker_commits_the_district():
    text = _DATED + report("南京", "江宁区委书记陈志强说，江宁区将加快建设江宁科学城。")
    found = triples(text)
    assert ("servesIn", "陈志强", "江宁区") in found
    assert ("builds", "江宁区", "江宁科学城") in found


def test_relations_speakerless_report_commits_the_district_it_is_about():
    text = _DATED + report("厦门", "思明区将坚持“岛内大提升”。", "思明区将加快建设厦门软件园。")
    found = triples(text)
    assert ("pursues", "思明区", "岛内大提升") in found
    assert ("builds", "思明区", "厦门软件园") in found


def test_relations_cooperation_needs_a_cue():
    text = report(
        "长沙",
        "岳麓区委书记 李明",
        "打造创新高地",
        "岳麓区将支持比亚迪扩大产能，深化与中南大学合作。华为在岳麓区设立了研究院。",
    )
    cooperation = {(s, o) for p, s, o in triples(text, "cooperatesWith")}
    assert ("岳麓区", "比亚迪股份有限公司") in cooperation or any(
        o.startswith("比亚迪") for _, o in cooperation
    )
    assert any(o == "中南大学" for _, o in cooperation)
    assert not any("华为" in o for _, o in cooperation)


def test_relations_body_official_serves_in_a_district_named_inside_the_body():
    text = report(
        "成都",
        "会议由四川天府新区成都直管区党工委专职副书记孟立远主持，天府新区将加快建设。",
    )
    assert ("孟立远", "天府新区") in {(s, o) for _, s, o in triples(text, "servesIn")}


def test_relations_an_event_already_held_is_not_built():
    text = report(
        "徐州",
        "云龙区委书记 王立新",
        "打造创新高地",
        "一年来，云龙区成功举办了徐州国际马拉松。",
    )
    assert not triples(text, "builds")


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("12月27日，市委经济工作会议举行分组讨论。", set()),  # at the year's end, 今年 is looked back on
        ("1月9日，市委经济工作会议举行分组讨论。", {("develops", "武侯区", "数字经济")}),  # 今年 is ahead
    ],
)
def test_relations_this_year_in_a_report_from_the_years_end_is_the_year_looked_back_on(lead, expected):
    text = report("成都", lead, "武侯区委书记 张立新", "加快建设", "今年，武侯区数字经济逆势增长。")
    assert triples(text, "develops") == expected
