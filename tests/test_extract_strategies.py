"""Strategies: quoted slogans, formulas, 《documents》, five-year plans, named heads, the lexicon."""

import pytest
from extraction_helpers import found_names, report, run

from kg.extractors.strategies import extract_strategies, five_year_plan_year


def _strategies(text):
    return found_names(text, "Strategy")


def _by_source(text, source):
    return {m.name for m in run(extract_strategies, text) if m.source == source}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("锦江区将坚定实施“东进”战略。", {"东进"}),
        ("践行“三城三都”理念。", {"三城三都"}),
        ("思明区将坚持“岛内大提升”。", {"岛内大提升"}),
        ("将坚持“稳中求进”工作总基调。", {"稳中求进"}),
        ("坚持以‘八八战略’为统领。", {"八八战略"}),
    ],
)
def test_extract_strategies_quoted_slogans(sentence, expected):
    assert _strategies(sentence) == expected


def test_extract_strategies_quote_with_noun_prefix_keeps_the_whole_name():
    (mention,) = [
        m for m in run(extract_strategies, "岳麓区将实施数字经济“一号工程”。") if m.source == "quoted"
    ]
    assert (mention.name, mention.attr("alias")) == ("数字经济一号工程", "一号工程")


def test_extract_strategies_quote_after_a_verb_is_the_quote_alone():
    (mention,) = [m for m in run(extract_strategies, "全力推进“两中心两地”建设。") if m.source == "quoted"]
    assert (mention.name, mention.attr("alias")) == ("两中心两地", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "争当全省高质量发展的“排头兵”。",  # a metaphor of role, not a strategy
        "当好全市经济的“火车头”和“压舱石”。",
        "打好“动”起来的组合拳。",  # a single character
        "打造“中国声谷”核心区。",  # a project's quoted head
        "建设“城市大脑”项目。",
        "“十四五”开局良好。",  # five-year plans have their own rule
    ],
)
def test_extract_strategies_quotes_that_are_not_slogans(sentence):
    assert _by_source(sentence, "quoted") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("推动“1+3+N”产业体系建设。", {"1+3+N"}),
        ("构建1+n+n政策体系。", {"1+n+n"}),
        ("落实3+1工作机制。", {"3+1"}),
    ],
)
def test_extract_strategies_formulas(sentence, expected):
    assert _by_source(sentence, "formula") == expected


@pytest.mark.parametrize("sentence", ["增长3.5+1个百分点。", "建成5G+工业互联网。", "营收达到2023+亿元。"])
def test_extract_strategies_not_formulas(sentence):
    assert _by_source(sentence, "formula") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("认真贯彻《成都市国土空间总体规划》。", {"成都市国土空间总体规划"}),
        ("落实《关于加快发展数字经济的实施意见》。", {"关于加快发展数字经济的实施意见"}),
        ("全面实施《南京市优化营商环境条例》。", {"南京市优化营商环境条例"}),
        ("深入学习《习近平谈治国理政》。", set()),  # a book, not a plan or law
    ],
)
def test_extract_strategies_documents(sentence, expected):
    assert _by_source(sentence, "document") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("全面落实十四五规划。", {"十四五"}),
        ("“十四五”开局良好，谋划十五五发展。", {"十四五", "十五五"}),
        ("十三五圆满收官。", {"十三五"}),
    ],
)
def test_extract_strategies_five_year_plans(sentence, expected):
    assert _by_source(sentence, "five-year-plan") == expected


@pytest.mark.parametrize(("plan", "year"), [("十三五", 2016), ("十四五", 2021), ("十五五", 2026)])
def test_extract_strategies_five_year_plan_year(plan, year):
    assert five_year_plan_year(plan) == year


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("长沙将推进长株潭一体化发展。", {"长株潭一体化发展"}),
        ("深化西咸一体化。", {"西咸一体化"}),
        ("推进宁马同城化。", {"宁马同城化"}),
        ("融入南京都市圈建设。", {"南京都市圈"}),
        ("实施城市更新专项行动。", {"城市更新专项行动"}),
    ],
)
def test_extract_strategies_named_heads(sentence, expected):
    assert _by_source(sentence, "head") == expected


@pytest.mark.parametrize(
    "sentence",
    ["推进区域一体化。", "深化全面同城化。", "开展专项行动。"],
)
def test_extract_strategies_heads_with_generic_prefix(sentence):
    assert _by_source(sentence, "head") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("合肥将实施科技创新三年行动计划。", {"科技创新三年行动计划"}),
        ("制定先进制造业发展规划。", {"先进制造业发展规划"}),
        ("出台实施方案。", set()),
    ],
)
def test_extract_strategies_plans(sentence, expected):
    assert _by_source(sentence, "plan") == expected


@pytest.mark.parametrize(
    ("sentence", "name", "canonical"),
    [
        ("江宁区将践行新发展理念。", "新发展理念", "新发展理念"),
        ("融入双循环新发展格局。", "双循环新发展格局", "新发展格局"),
        ("推进乡村振兴。", "乡村振兴", "乡村振兴战略"),
        ("落实共同富裕示范区建设。", "共同富裕示范区", "共同富裕示范区"),
        ("服务成渝地区双城经济圈建设。", "成渝地区双城经济圈建设", "成渝地区双城经济圈"),
    ],
)
def test_extract_strategies_lexicon(sentence, name, canonical):
    mentions = {m.name: m.canonical for m in run(extract_strategies, sentence) if m.source == "lexicon"}
    assert mentions[name] == canonical


@pytest.mark.parametrize("sentence", ["推动经济高质量发展。", "要加快建设，抓好落实。", "办好民生实事。"])
def test_extract_strategies_ordinary_goals_are_not_strategies(sentence):
    assert _strategies(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("深入开展“263”专项行动。", {"263专项行动"}), ("推进“东进”一体化。", {"东进一体化"})],
)
def test_extract_strategies_quoted_name_before_a_head(sentence, expected):
    assert _by_source(sentence, "head") == expected


@pytest.mark.parametrize("word", ["后花园", "施工图", "温度", "任务书"])
def test_extract_strategies_one_dictionary_word_in_quotes_is_no_slogan(word):
    assert word not in _strategies(f"要当好城市的“{word}”。")


@pytest.mark.parametrize("sentence", ["推进城乡供水一体化。", "实现城乡公交一体化。"])
def test_extract_strategies_regional_heads_need_a_region(sentence):
    assert _by_source(sentence, "head") == set()


def test_extract_strategies_honorary_titles_are_no_slogans():
    assert "世界长寿之乡" not in _strategies("擦亮“世界长寿之乡”金字招牌。")


@pytest.mark.parametrize(
    ("city", "sentence", "expected"),
    [
        ("长沙", "深度融入长株潭一体化发展。", "长株潭一体化发展"),
        ("广州", "推进广佛肇同城化。", "广佛肇同城化"),  # initials of the province's cities
    ],
)
def test_extract_strategies_regional_strategies_by_city_initials(city, sentence, expected):
    assert expected in found_names(report(city, sentence), "Strategy")


def test_extract_strategies_initials_that_name_no_cities_are_no_region():
    assert found_names(report("长沙", "推进城乡一体化发展。"), "Strategy") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("加快建设践行新发展理念的公园城市示范区。", {"践行新发展理念的公园城市示范区"}),  # one positioning
        ("全面推行河长制、林长制。", {"河长制", "林长制"}),
        ("深入推进产业建圈强链。", {"产业建圈强链"}),
    ],
)
def test_extract_strategies_national_terms(sentence, expected):
    assert found_names(report("成都", sentence), "Strategy") == expected


@pytest.mark.parametrize(
    ("sentence", "name", "alias"),
    [
        ("深入实施三个“一号工程”。", "三个一号工程", "一号工程"),  # the count belongs to the name
        ("深入实施数字经济“一号发展工程”。", "数字经济一号发展工程", "一号发展工程"),
    ],
)
def test_extract_strategies_quotes_with_a_count_or_a_long_head(sentence, name, alias):
    assert (name, alias) in {(m.name, m.attr("alias")) for m in run(extract_strategies, sentence)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("深入开展“万人助万企”活动。", {"万人助万企"}),  # a campaign, not a project
        ("让“实验室里的成果”变成“生产线上的产品”。", set()),  # descriptions, not slogans
        ("培育一批专精特新企业。", set()),  # a kind of firm
        ("全面落实河湖长制。", {"河湖长制"}),
    ],
)
def test_extract_strategies_campaigns_descriptions_and_kinds(sentence, expected):
    assert found_names(report("郑州", sentence), "Strategy") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "让群众吃上“旅游饭”。",
        "让城市更有“颜值”。",
        "推动项目“落地生根、开花结果”。",
        "“让科研成果在家门口转化”成为现实。",
        "培育更多“小巨人”和“瞪羚”企业。",
    ],
)
def test_extract_strategies_figures_idioms_and_clauses_in_quotes_are_no_strategies(sentence):
    assert found_names(report("郑州", sentence), "Strategy") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("深入实施产业强市主导战略。", {"产业强市主导战略"}),  # a named strategy by its head word
        ("坚定实施“东进”战略。", {"东进"}),  # the quote names it
        ("服务国家战略，培育战略性新兴产业。", set()),  # kinds of strategy, not names
        ("擦亮“崇州造”品牌。", set()),
    ],
)
def test_extract_strategies_strategy_heads_and_made_in_slogans(sentence, expected):
    assert found_names(report("成都", sentence), "Strategy") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("锚定“长三角中轴枢纽”定位。", {"长三角中轴枢纽"}),  # a positioning, not a project
        ("推进运维一体化发展，融入郑开同城化。", {"郑开同城化"}),  # 运维 names no cities
        ("加快建设美丽宜居公园城市。", {"美丽宜居公园城市"}),
    ],
)
def test_extract_strategies_positionings_and_regional_initials(sentence, expected):
    assert found_names(report("常州", sentence), "Strategy") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("深入实施沿海开发国家战略。", {"沿海开发"}),  # of the nation's kind: the kind is no part of it
        ("践行绿水青山就是金山银山理念。", {"绿水青山就是金山银山"}),
        ("坚持共抓大保护、不搞大开发。", {"共抓大保护、不搞大开发"}),
        ("守护好“一湖清水”。", set()),  # a figure of speech
    ],
)
def test_extract_strategies_national_kinds_guiding_ideas_and_figures(sentence, expected):
    assert found_names(report("南通", sentence), "Strategy") == expected


@pytest.mark.parametrize(
    ("city", "sentence", "expected"),
    [
        ("杭州", "深入推进杭富一体化。", {"杭富一体化"}),  # the city and one of its districts (富阳)
        ("苏州", "加快沪太同城化。", {"沪太同城化"}),  # a province's one-character name and 太仓
        ("苏州", "推动港产城一体化，推进运维一体化。", set()),
    ],
)
def test_extract_strategies_regional_initials_of_provinces_cities_and_counties(city, sentence, expected):
    assert found_names(report(city, sentence), "Strategy") == expected


@pytest.mark.parametrize(
    "sentence",
    ["为企业提供“保姆式”服务。", "打通科研成果转化“最后一公里”。", "保持战略定力。", "让山水滨湖“出圈”。"],
)
def test_extract_strategies_manners_figures_and_resolve_are_no_strategies(sentence):
    assert found_names(report("苏州", sentence), "Strategy") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("让老城区既有“烟火气”又有“时尚感”。", set()),
        ("打造全省的“常熟样板”，打造苏州南部“城市客厅”。", set()),
        ("打造“乡村振兴齐鲁样板”。", {"乡村振兴齐鲁样板"}),  # a long slogan is one
    ],
)
def test_extract_strategies_short_figures_in_quotes_are_no_strategies(sentence, expected):
    assert found_names(report("苏州", sentence), "Strategy") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("坚持工业强市不动摇。", {"工业强市"}),  # a sector that makes the place strong
        ("传承弘扬二七精神。", {"二七精神"}),  # the spirit a place is known for
        ("弘扬新时代张家港精神。", {"新时代张家港精神"}),
        ("发扬奋斗精神，学习贯彻全会精神。", set()),
        ("对标《中国制造2025》，推进大众创业、万众创新。", {"中国制造2025", "大众创业、万众创新"}),
    ],
)
def test_extract_strategies_mottos_spirits_and_national_programmes(sentence, expected):
    assert found_names(report("郑州", sentence), "Strategy") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("加快打造上海大都市北翼门户城市。", {"上海大都市北翼门户城市"}),  # the city a place sets out to be
        ('聚焦"长三角中轴枢纽"城市定位。', {"长三角中轴枢纽"}),
        ("加快建设国家中心城市，打造黄河岸边的生态文化之城。", set()),  # a state's category; a description
    ],
)
def test_extract_strategies_positionings_a_city_sets_out_to_reach(sentence, expected):
    assert found_names(report("南通", sentence), "Strategy") == expected


@pytest.mark.parametrize("sentence", ["坚定不移实施“产业强市”主导战略。", "实施首位战略，服务国家战略。"])
def test_extract_strategies_a_kind_of_strategy_alone_is_no_name(sentence):
    assert not {"主导战略", "首位战略", "国家战略"} & found_names(report("无锡", sentence), "Strategy")
