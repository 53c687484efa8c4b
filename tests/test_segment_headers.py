"""Speech structure: header layouts, post parsing, inline introductions, sentences."""

import pytest
from extraction_helpers import document, extract, report

from kg.segment import find_speeches, parse_header, parse_posts, split_sentences


@pytest.mark.parametrize(
    ("line", "name", "title", "district"),
    [
        ("武侯区委书记 张伟", "张伟", "区委书记", "武侯区"),
        ("锦江区区长 刘洋", "刘洋", "区长", "锦江区"),
        ("岳麓区委副书记、区长 何平", "何平", "区委副书记、区长", "岳麓区"),
        ("合肥高新区党工委书记、管委会主任 宋立新", "宋立新", "党工委书记、管委会主任", "合肥高新区"),
        ("高新区党工委书记、管委会主任 欧阳明华", "欧阳明华", "党工委书记、管委会主任", "高新区"),
        ("长沙县委书记 周建军", "周建军", "县委书记", "长沙县"),
        ("浏阳市委副书记、市长 黄志刚", "黄志刚", "市委副书记、市长", "浏阳市"),
        ("张伟（武侯区委书记）", "张伟", "区委书记", "武侯区"),
        ("张伟(武侯区委书记)", "张伟", "区委书记", "武侯区"),
        ("马立强（市委常委，江北新区党工委书记）", "马立强", "市委常委、党工委书记", "江北新区"),
        ("杭州市人大代表，上城区委书记 陈建国：", "陈建国", "人大代表、区委书记", "上城区"),
        (
            "市人大代表，副市长、西海岸新区工委书记 陈志宏：",
            "陈志宏",
            "人大代表、副市长、工委书记",
            "西海岸新区",
        ),
    ],
)
def test_segment_header_layouts(line, name, title, district):
    header = parse_header(line)
    assert header is not None
    assert (header.name, header.title, header.district) == (name, title, district)


@pytest.mark.parametrize(
    "line",
    [
        "加快建设创新高地",  # a headline
        "发展数字经济 推进乡村振兴",  # a two-part headline
        "武侯区委书记",  # a title without a name
        "记者 张伟",  # a byline
        "成都日报记者 王小明 通讯员 李强",
        "武侯区将加快建设武侯科技园。",  # a body sentence
    ],
)
def test_segment_header_rejects_non_headers(line):
    assert parse_header(line) is None


@pytest.mark.parametrize(
    ("posts", "district", "title"),
    [
        ("金水区委书记", "金水区", "区委书记"),  # the body's level letter is restored
        ("江宁区委书记", "江宁区", "区委书记"),
        ("肥西县委书记", "肥西县", "县委书记"),
        ("宁乡市委副书记、市长", "宁乡市", "市委副书记、市长"),
        ("鄂温克族自治旗委书记", "鄂温克族自治旗", "旗委书记"),
        ("区委副书记、区长", "", "区委副书记、区长"),
        ("江北新区党工委专职副书记", "江北新区", "党工委专职副书记"),
        ("市委常委，青岛高新区党工委书记", "青岛高新区", "市委常委、党工委书记"),
        ("副市长兼两江新区党工委书记", "两江新区", "副市长、党工委书记"),
        ("合肥高新区党工委书记、蜀山区委书记", "合肥高新区", "党工委书记、区委书记"),  # the first body
        ("长沙市委常委、浏阳市委书记", "浏阳市", "市委常委、市委书记"),  # not the city above it
    ],
)
def test_segment_parse_posts(posts, district, title):
    assert parse_posts(posts) == (district, title)


def _speakers(text):
    return [(s.speaker, s.title, s.district) for s in find_speeches(document(text))]


def test_segment_header_speeches_with_headlines():
    text = report(
        "成都",
        "成都日报记者 王小明 通讯员 李强",
        "武侯区委书记 张立新",
        "奋力建设创新高地",
        "武侯区将加快建设武侯科技园。",
        "锦江区委副书记、区长 刘海涛",
        "锦江区将培育生物医药产业。",
    )
    speeches = find_speeches(document(text))
    assert [(s.speaker, s.title, s.district) for s in speeches] == [
        ("张立新", "区委书记", "武侯区"),
        ("刘海涛", "区委副书记、区长", "锦江区"),
    ]
    assert speeches[0].headline == "奋力建设创新高地"
    assert speeches[1].headline == ""  # the next line is a body sentence
    assert speeches[0].end == speeches[1].start


def test_segment_paren_header_speeches():
    text = report(
        "南京",
        "马立强（江宁区委书记）",
        "当好全市发展的“火车头”",
        "江宁区将建设南京南部新城。",
        "孙卫东（溧水区委副书记、区长）",
        "溧水区将发展现代农业。",
    )
    assert _speakers(text) == [("马立强", "区委书记", "江宁区"), ("孙卫东", "区委副书记、区长", "溧水区")]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "title", "district"),
    [
        ("江宁区委书记陈志强说，江宁区将加快建设。", "陈志强", "区委书记", "江宁区"),
        ("玄武区委书记刘洋表示，玄武区将发展数字经济。", "刘洋", "区委书记", "玄武区"),
        ("栖霞区委副书记、区长韩建国在发言中说，栖霞区将抢抓机遇。", "韩建国", "区委副书记、区长", "栖霞区"),
        ("浦口区委书记周敏指出：“浦口区要加快发展。”", "周敏", "区委书记", "浦口区"),
        ("江北新区党工委专职副书记罗立平认为，新区要当好排头兵。", "罗立平", "党工委专职副书记", "江北新区"),
    ],
)
def test_segment_inline_introductions(paragraph, speaker, title, district):
    assert _speakers(report("南京", paragraph)) == [(speaker, title, district)]


def test_segment_inline_one_speech_per_new_speaker():
    text = report(
        "南京",
        "江宁区委书记陈志强说，江宁区将加快建设。",
        "陈志强表示，江宁区将发展数字经济。",
        "玄武区委书记刘洋表示，玄武区将发展数字经济。",
    )
    assert [s for s, _, _ in _speakers(text)] == ["陈志强", "刘洋"]


def test_segment_headerless_report_is_one_speech_without_speaker():
    text = report("厦门", "厦门日报讯 记者 林海 通讯员 陈思", "思明区将坚持“岛内大提升”，加快建设。")
    speeches = find_speeches(document(text))
    assert len(speeches) == 1
    assert (speeches[0].speaker, speeches[0].title, speeches[0].district) == ("", "", "")


def test_segment_interview_answers_belong_to_the_introduced_official():
    text = report(
        "苏州",
        "本报记者 王小明",
        "两会期间，记者专访了省人大代表、吴中区委书记丁立新。",
        "记者：明年吴中区将如何发力？",
        "丁立新：吴中区将加快建设太湖科学城，发展生物医药产业。",
    )
    assert _speakers(text) == [("丁立新", "人大代表、区委书记", "吴中区")]


def test_segment_sentences_split_on_terminal_punctuation_and_lines():
    doc = document("武侯区将加快建设。锦江区将发展数字经济！\n下一步怎么办？抓项目；促消费")
    assert [s.text for s in split_sentences(doc)] == [
        "武侯区将加快建设。",
        "锦江区将发展数字经济！",
        "下一步怎么办？",
        "抓项目；",
        "促消费",
    ]


def test_segment_sentences_keep_closing_quotes_and_point_into_the_text():
    doc = document("他说：“要加快建设。”随后离开。")
    sentences = split_sentences(doc)
    assert [s.text for s in sentences] == ["他说：“要加快建设。”", "随后离开。"]
    assert all(doc.text[s.start : s.end] == s.text for s in sentences)


def test_segment_sentences_carry_their_speech_index():
    text = report(
        "成都", "武侯区委书记 张立新", "武侯区将加快建设。", "锦江区委书记 刘海涛", "锦江区将加快发展。"
    )
    doc = document(text)
    by_text = {s.text: s.speech for s in split_sentences(doc, find_speeches(doc))}
    assert by_text["成都日报讯 近日，成都各区（市）县主要负责同志畅谈发展思路。"] == -1
    assert by_text["武侯区将加快建设。"] == 0
    assert by_text["锦江区将加快发展。"] == 1


@pytest.mark.parametrize("bullet", ["◆", "●", "■", "★", "▶"])
def test_segment_header_after_a_bullet(bullet):
    text = report("苏州", f"{bullet}昆山市委书记 王立新：", "昆山将加快建设昆山高新区。")
    assert _speakers(text) == [("王立新", "市委书记", "昆山市")]


def test_segment_interview_subtitle_names_the_district_after_访():
    text = report(
        "杭州",
        "——访临平区委书记张国强",
        "记者：临平明年如何发力？",
        "张国强：临平区将加快建设临平新城。",
    )
    assert _speakers(text) == [("张国强", "区委书记", "临平区")]


def test_segment_long_quote_before_the_speaker():
    quote = "“" + "明年我们将以更高站位扛起使命担当，全力推进科技创新和产业升级，" * 2 + "”"
    text = report("长沙", quote + "开福区委书记彭立说，开福区将加快建设。")
    assert _speakers(text) == [("彭立", "区委书记", "开福区")]


def test_segment_title_and_name_first_with_the_verb_later():
    text = report(
        "长沙",
        "开福区委书记彭立表示，开福区将发展数字出版。",
        "天心区委副书记、区长曾一帆则把目光投向了现代金融。她说，天心区将发展总部经济。",
    )
    assert [s[0] for s in _speakers(text)] == ["彭立", "曾一帆"]


def test_segment_closing_paragraph_belongs_to_no_speaker():
    text = report(
        "长沙",
        "开福区委书记彭立表示，开福区将发展数字出版。",
        "会议期间，与会同志一致认为，要坚持“项目为王”。",
    )
    speeches = extract(text).speeches
    assert "项目为王" not in extract(text).document.text[speeches[0].start : speeches[0].end]


@pytest.mark.parametrize(
    "closing", ["记者了解到，各区县已迅速召开干部大会。", "据了解，各区县已迅速召开干部大会。"]
)
def test_segment_reporters_findings_belong_to_no_speaker(closing):
    text = report("长沙", "开福区委书记彭立表示，开福区将发展数字出版。", closing)
    speeches = extract(text).speeches
    assert "干部大会" not in extract(text).document.text[speeches[0].start : speeches[0].end]


def test_segment_headlines_above_their_headers():
    body = "区将坚持创新驱动，加快建设科技园区，大力发展数字经济和现代金融产业，推动高质量发展迈上新台阶。"
    text = report(
        "济南",
        "强化“东强”引领 打造服务业高地",
        "王晓光（历下区委书记）",
        "历下" + body,
        "建设“中国算谷” 争当排头兵",
        "韩冰（槐荫区委书记）",
        "槐荫" + body,
    )
    speeches = find_speeches(document(text))
    assert [s.headline for s in speeches] == ["强化“东强”引领 打造服务业高地", "建设“中国算谷” 争当排头兵"]
    assert "中国算谷" not in document(text).text[speeches[0].start : speeches[0].end]


def test_segment_speaker_introduced_after_a_scene_setting_sentence():
    text = report(
        "成都",
        "温江区委书记宋建波说，温江将加快发展。",
        "对于地处城市东部的龙泉驿区来说，全会带来了机遇。龙泉驿区委书记蒲建明说，龙泉驿区将打造汽车城。",
    )
    assert [s[0] for s in _speakers(text)] == ["宋建波", "蒲建明"]


@pytest.mark.parametrize(
    "line",
    [
        "航空港区党工委书记 庹俊川",
        "江阴市委书记 过秉文",
        "武进区委书记 承志远：",
        "双流区委副书记、区长 税明哲",
    ],
)
def test_segment_header_with_a_rare_surname(line):
    assert parse_header(line) is not None


@pytest.mark.parametrize("line", ["区委书记 高质量", "县委书记 新发展"])
def test_segment_header_with_a_dictionary_word_is_no_header(line):
    assert parse_header(line) is None


def test_segment_closing_paragraph_ends_the_last_header_speech():
    text = report(
        "杭州",
        "西湖区委书记 张立新",
        "加快建设",
        "西湖区将加快建设云栖小镇。",
        "与会同志一致表示，要抓好“新制造业计划”落地见效。",
    )
    speech = find_speeches(document(text))[-1]
    assert "新制造业计划" not in document(text).text[speech.start : speech.end]


def test_segment_two_speakers_on_one_header_line_share_the_section():
    text = report(
        "成都",
        "彭州市委书记 禄明皓 彭州市委副书记、市长 泮清和",
        "记者：彭州如何贯彻落实全会精神？",
        "禄明皓：彭州将主动融入成德眉资同城化发展。",
        "记者：彭州在产业发展上有哪些谋划？",
        "泮清和：彭州将坚持工业强市不动摇。",
    )
    speeches = find_speeches(document(text))
    assert [(s.speaker, s.title) for s in speeches] == [
        ("禄明皓", "市委书记"),
        ("泮清和", "市委副书记、市长"),
    ]
    body = document(text).text
    assert "工业强市" in body[speeches[1].start : speeches[1].end]
    assert "工业强市" not in body[speeches[0].start : speeches[0].end]


def test_segment_header_posts_may_hold_a_zone_with_its_district_in_brackets():
    header = parse_header("滨江区委书记、杭州高新区（滨江）党工委书记 姬晟远")
    assert header is not None
    assert header.posts == (("滨江区", "区委书记"), ("杭州高新区", "党工委书记"))


def test_segment_a_bare_post_after_a_zone_belongs_to_the_district_in_its_brackets():
    header = parse_header("杭州高新区（滨江）党工委书记、区委书记 宓一帆")
    assert header is not None
    assert header.posts == (("杭州高新区", "党工委书记"), ("滨江区", "区委书记"))


def test_segment_everyone_agreeing_closes_the_last_speech():
    text = report(
        "杭州",
        "西湖区委书记 张立新",
        "加快建设",
        "西湖区将加快建设云栖小镇。",
        "大家纷纷表示，将忠实践行“八八战略”。",
    )
    speech = find_speeches(document(text))[-1]
    assert "八八战略" not in document(text).text[speech.start : speech.end]
