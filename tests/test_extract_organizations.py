"""Organizations: the lexicon with abbreviations, the suffix grammar, partners in cooperation."""

import pytest
from extraction_helpers import found_names, report, run

from kg.extractors.organizations import extract_organizations


def _orgs(text):
    return found_names(text, "Organization")


def _by_source(text, source):
    return {m.name for m in run(extract_organizations, text) if m.source == source}


@pytest.mark.parametrize(
    ("sentence", "name", "canonical"),
    [
        ("将深化与四川大学的合作。", "四川大学", "四川大学"),
        ("推动电子科大成果转化。", "电子科大", "电子科技大学"),
        ("支持宁德时代做强做大。", "宁德时代", "宁德时代新能源科技股份有限公司"),
        ("引进华为鲲鹏生态。", "华为", "华为技术有限公司"),
        ("与中科院开展合作。", "中科院", "中国科学院"),
        ("浙大科研成果落地。", "浙大", "浙江大学"),
    ],
)
def test_extract_organizations_lexicon_with_abbreviations(sentence, name, canonical):
    mentions = {m.name: m.canonical for m in run(extract_organizations, sentence) if m.source == "lexicon"}
    assert mentions[name] == canonical


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("推动江苏银行发展。", {"江苏银行"}),
        ("支持南京医科大学第一附属医院建设。", {"南京医科大学第一附属医院"}),
        ("东南大学建筑设计研究院落户。", {"东南大学建筑设计研究院"}),
        ("南京市软件行业协会成立。", {"南京市软件行业协会"}),
        ("引进杭州海康威视数字技术股份有限公司。", {"杭州海康威视数字技术股份有限公司"}),
        ("湘江实验室揭牌。", {"湘江实验室"}),
        ("西北工业大学太仓长三角研究院开工。", {"西北工业大学太仓长三角研究院"}),
    ],
)
def test_extract_organizations_suffix_grammar(sentence, expected):
    assert _orgs(sentence) == expected  # an inner 大学 of a longer body's name is not kept


@pytest.mark.parametrize(
    "sentence",
    [
        "加快建设大学城和科研院园。",  # 大学城 is a place
        "吸引大院大所、高校和龙头企业落户。",  # generic bodies
        "服务中小企业和科研院所。",
        "组建一批重点实验室和工程研究中心。",
        pytest.param(
            "支持各类银行和保险公司发展。",
        ),
    ],
)
def test_extract_organizations_generic_bodies_are_not_organizations(sentence):
    assert _orgs(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("深化与中科院成都分院、四川大学的合作。", {"中科院成都分院", "四川大学"}),
        ("推动与西南交通大学校地合作。", {"西南交通大学"}),  # 校地 stripped
        ("与商汤、旷视等携手共建创新中心。", {"商汤", "旷视"}),
        ("与中国商飞的战略合作不断深化。", {"中国商飞"}),
        ("与高校、科研院所等开展合作。", set()),  # kinds of partner
        ("与周边城市深化合作。", set()),
    ],
)
def test_extract_organizations_cooperation_partners(sentence, expected):
    assert _by_source(sentence, "partner") == expected


def test_extract_organizations_partner_after_the_last_yu():
    names = found_names(report("成都", "同时与太古地产深化合作，引进更多首店。"), "Organization")
    assert "太古地产" in names and not any(n.startswith("时与") for n in names)


def test_extract_organizations_firms_a_district_supports_to_grow():
    names = found_names(report("苏州", "支持观致汽车、波司登做大做强。"), "Organization")
    assert {"观致汽车", "波司登"} <= names


def test_extract_organizations_university_students_are_no_university():
    assert found_names(report("成都", "第31届世界大学生夏季运动会成功举办。"), "Organization") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("支持三一重工、山河智能等本土企业做大做强。", {"三一重工", "山河智能"}),
        ("支持蓝思科技扩大产能。", {"蓝思科技"}),  # one firm, before what it is supported to do
        ("支持博世、舍弗勒等德资企业增资扩产。", {"博世", "舍弗勒"}),
        ("支持中国科学院长春光学精密机械与物理研究所建设平台。", {"中国科学院长春光学精密机械与物理研究所"}),
    ],
)
def test_extract_organizations_supported_firms(sentence, expected):
    assert expected <= found_names(report("长沙", sentence), "Organization")


@pytest.mark.parametrize(
    "sentence", ["支持企业扩大产能。", "支持民营经济加快发展。", "支持新能源汽车加快发展。"]
)
def test_extract_organizations_supported_kinds_are_no_firms(sentence):
    assert found_names(report("长沙", sentence), "Organization") == set()


def test_extract_organizations_supported_firms_listed_before_a_verb():
    found = found_names(report("南通", "支持鑫缘茧丝绸集团、联发纺织加快技术改造。"), "Organization")
    assert {"鑫缘茧丝绸集团", "联发纺织"} <= found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("支持长安福特导入新车型。", {"长安福特"}),
        ("支持明泰铝业、中孚实业延伸产业链条。", {"明泰铝业", "中孚实业"}),
        ("支持好想你做强红枣精深加工。", {"好想你"}),  # a brand name jieba keeps as one word
        ("与南信大联合打造大学科技园。", {"南信大"}),
    ],
)
def test_extract_organizations_more_supported_firms_and_partners(sentence, expected):
    assert expected <= found_names(report("郑州", sentence), "Organization")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("支持农夫山泉在千岛湖建设研发基地。", {"农夫山泉"}),  # the place after 在 is no part of the name
        ("与一汽-大众、沃尔沃汽车深化合作。", {"一汽-大众", "沃尔沃汽车"}),
        ("深化与中国科学院成都分院合作。", {"中国科学院成都分院"}),
    ],
)
def test_extract_organizations_partner_names_with_places_hyphens_and_branches(sentence, expected):
    assert expected <= found_names(report("成都", sentence), "Organization")


@pytest.mark.parametrize("sentence", ["组建竹产业研究院。", "建设轨道交通物流研究中心。"])
def test_extract_organizations_institutes_named_only_by_their_field_are_no_bodies(sentence):
    assert found_names(report("成都", sentence), "Organization") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("支持中天钢铁转型升级、做大做强。", {"中天钢铁"}),  # what the firm is to do is no name
        ("加强与安徽广德、郎溪在交通、产业、生态方面的合作。", set()),  # places and fields
        ("积极融入苏皖合作示范区建设，推动川渝合作。", set()),  # provinces by their short names
    ],
)
def test_extract_organizations_supported_firms_end_before_their_task_and_places_are_no_partners(
    sentence, expected
):
    assert found_names(report("常州", sentence), "Organization") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("支持金风科技扩大风电装备产能。", {"金风科技"}),  # a firm's usual ending
        ("支持丹尼斯、大商集团引进更多首店品牌。", {"丹尼斯", "大商集团"}),
        ("支持中建七局参与城乡基础设施建设。", {"中建七局"}),
        ("支持伊藤洋华堂、王府井百货焕新升级。", {"伊藤洋华堂", "王府井百货"}),
        ("支持老旧厂区改造为创新创业空间。", set()),  # a place being made over
        ("支持民营经济加快发展。", set()),
    ],
)
def test_extract_organizations_firms_supported_before_what_they_are_to_do(sentence, expected):
    assert found_names(report("郑州", sentence), "Organization") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("深化与中国船舶科学研究中心合作。", {"中国船舶科学研究中心"}),  # a body's research centre
        ("支持上汽大众扩大产能。", {"上汽大众"}),  # a joint venture, not 上汽 itself
    ],
)
def test_extract_organizations_research_centres_of_bodies_and_joint_ventures(sentence, expected):
    assert found_names(report("无锡", sentence), "Organization") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("深化与SK海力士、华润微电子、江南大学的合作。", {"SK海力士", "华润微电子", "江南大学"}),
        ("支持振华重工、中远海运重工承接更多高端订单。", {"振华重工", "中远海运重工"}),
    ],
)
def test_extract_organizations_partners_before_de_and_firms_before_what_they_take_on(sentence, expected):
    assert found_names(report("南通", sentence), "Organization") == expected
