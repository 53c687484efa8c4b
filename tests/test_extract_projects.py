"""Projects: the suffix grammar, lists sharing one suffix, quoted heads, ordinals, leading verbs."""

import pytest
from extraction_helpers import found_names, report, run

from kg.extractors.projects import extract_projects


def _projects(text):
    return found_names(text, "Project")


def _by_source(text, source):
    return {(m.name, m.attr("alias")) for m in run(extract_projects, text) if m.source == source}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("高新区将加快建设天府国际生物城。", {"天府国际生物城"}),
        ("西湖区将加快建设云栖小镇、紫金港科技城。", {"云栖小镇", "紫金港科技城"}),
        ("打造合肥滨湖科学城。", {"合肥滨湖科学城"}),
        ("加快建设武侯科技园。", {"武侯科技园"}),
        ("推进桃花工业园建设。", {"桃花工业园"}),
        ("推进天府国际机场建设。", {"天府国际机场"}),
        ("加快建设杭州城西科创大走廊。", {"杭州城西科创大走廊"}),
        pytest.param(
            "高水平建设临空经济示范区。",
            {"临空经济示范区"},
        ),
        ("开行中欧班列。", {"中欧班列"}),
        ("办好世界制造业大会。", {"世界制造业大会"}),
    ],
)
def test_extract_projects_suffix_grammar(sentence, expected):
    assert _projects(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "name", "alias"),
    [
        ("推进成都超算中心建设。", "成都超算中心", "超算中心"),
        ("打造合肥滨湖科学城。", "合肥滨湖科学城", "滨湖科学城"),
        ("保障武汉天河国际机场改扩建。", "武汉天河国际机场", "天河国际机场"),
    ],
)
def test_extract_projects_city_prefix_gives_an_alias(sentence, name, alias):
    assert (name, alias) in _by_source(sentence, "suffix")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("保障南京禄口国际机场运营。", {"南京禄口国际机场"}),  # 保障 is not part of the name
        ("加快推进西部（成都）科学城建设。", {"西部（成都）科学城"}),
        ("全力推进白鹭湾未来城。", {"白鹭湾未来城"}),
    ],
)
def test_extract_projects_leading_verbs_stripped(sentence, expected):
    assert _projects(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "将抓好重大项目、重点工程、公共配套和10个产业园建设。",  # generic plurals and counts
        "建设一批创新中心和孵化基地。",
        "推进城市建设和城乡融合。",  # 城 inside 城市 / 城乡
        "加快港口建设和园林绿化。",
        "打造全国重要的先进制造业基地。",  # a role named by an industry
        "建设现代服务业集聚区。",
        "打造具有国际影响力的创新中心。",  # 的 before the name: a goal described
        "召开全市三级干部表彰大会。",  # a meeting, not an event project
        "培养一批工程师。",
    ],
)
def test_extract_projects_generic_phrases_are_not_projects(sentence):
    assert _projects(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "name", "alias"),
    [
        ("办好第二十届中国西部国际博览会。", "中国西部国际博览会", "第二十届中国西部国际博览会"),
        ("承办第五届中国国际消费品博览会。", "中国国际消费品博览会", "第五届中国国际消费品博览会"),
    ],
)
def test_extract_projects_ordinal_editions_name_the_recurring_event(sentence, name, alias):
    assert _by_source(sentence, "suffix") == {(name, alias)}


def test_extract_projects_leading_year_of_an_event():
    assert _projects("办好2023世界人工智能大会。") == {"世界人工智能大会"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "推动德源、红光、犀浦等产业园提质升级。",
            {("德源", "德源产业园"), ("红光", "红光产业园"), ("犀浦", "犀浦产业园")},
        ),
        ("推进华庄、雪浪等科技园建设。", {("华庄", "华庄科技园"), ("雪浪", "雪浪科技园")}),
        pytest.param(
            "推进前进、临江、河庄等工业园区建设。",
            {("前进", "前进工业园区"), ("临江", "临江工业园区"), ("河庄", "河庄工业园区")},
        ),
    ],
)
def test_extract_projects_shared_suffix_lists(sentence, expected):
    assert _by_source(sentence, "shared-suffix") == expected


def test_extract_projects_shared_suffix_list_of_industries_gives_no_projects():
    assert _projects("将推动软件、物联网、新材料等产业园建设。") == set()


@pytest.mark.parametrize("sentence", ["推进交通、水利、能源等工程建设。", "建设孵化器、加速器等基地。"])
def test_extract_projects_shared_suffix_list_of_kinds_gives_no_projects(sentence):
    assert _projects(sentence) == set()


def test_extract_projects_shared_suffix_item_ending_in_a_suffix():
    assert _by_source("将推动白沙、麓谷、金霞等产业园提质升级。", "shared-suffix") == {
        ("白沙", "白沙产业园"),
        ("麓谷", "麓谷产业园"),
        ("金霞", "金霞产业园"),
    }


@pytest.mark.parametrize(
    ("sentence", "name", "alias"),
    [
        ("打造“中国视谷”核心区。", "中国视谷核心区", "中国视谷"),
        ("建设“城市大脑”项目。", "城市大脑项目", "城市大脑"),
        ("推进“智造谷”产业园建设。", "智造谷产业园", "智造谷"),
    ],
)
def test_extract_projects_quoted_heads(sentence, name, alias):
    assert _by_source(sentence, "quoted-head") == {(name, alias)}


def test_extract_projects_core_zone_of_a_named_place_has_the_place_as_alias():
    assert ("紫金港科技城核心区", "紫金港科技城") in _by_source("加快建设紫金港科技城核心区。", "suffix")


def test_extract_projects_platform_suffix():
    assert _projects("西咸新区将加快建设秦创原创新驱动平台。") == {"秦创原创新驱动平台"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("推进优质项目和高层次人才项目落地。", set()),  # a weak suffix after generic words
        ("企业家深耕园区。", set()),
        ("加快推进三星存储芯片二期项目。", {"三星存储芯片二期项目"}),  # a proper name before 项目
        ("建设中德生态园。", {"中德生态园"}),
    ],
)
def test_extract_projects_weak_suffixes_need_a_proper_name(sentence, expected):
    assert found_names(report("青岛", sentence), "Project") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "推进西安咸阳国际机场三期扩建工程。",
            "西安咸阳国际机场三期扩建工程",
        ),  # works before 工程 belong to it
        ("实施南明老城更新工程。", "南明老城更新工程"),
        ("建设厦门软件园三期。", "厦门软件园三期"),  # a phase after the suffix
        ("加快前湾港集装箱码头自动化三期工程建设。", "前湾港集装箱码头自动化三期工程"),
    ],
)
def test_extract_projects_names_with_works_and_phases(sentence, expected):
    assert expected in found_names(report("西安", sentence), "Project")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("加快呈贡信息产业园建设。", "呈贡信息产业园"),  # jieba takes 呈贡 for a verb; it is a place
        ("办好中国—南亚博览会。", "中国—南亚博览会"),
        ("办好首届全球硬科技创新大会。", "全球硬科技创新大会"),
        ("推进济泺路穿黄隧道建设。", "济泺路穿黄隧道"),
        ("用好海沧保税港区政策。", "海沧保税港区"),  # a bonded zone is a project, not a district
    ],
)
def test_extract_projects_more_suffixes_and_places(sentence, expected):
    assert expected in found_names(report("昆明", sentence), "Project")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("打造青果巷历史文化街区。", "青果巷历史文化街区"),
        ("推进成都地铁10号线二期建设。", "成都地铁10号线二期"),
        ("办好天目湖国际马拉松。", "天目湖国际马拉松"),
        ("建设南水北调生态廊道惠济段。", "南水北调生态廊道惠济段"),  # a section after the name
        ("开行中欧班列（郑州）。", "中欧班列（郑州）"),
    ],
)
def test_extract_projects_streets_lines_events_and_sections(sentence, expected):
    assert expected in found_names(report("郑州", sentence), "Project")


def test_extract_projects_quoted_name_with_words_before_the_suffix():
    names = found_names(report("郑州", "实施“一老一小”民生工程。"), "Project")
    assert "一老一小民生工程" in names
    assert "一老一小" not in found_names(report("郑州", "实施“一老一小”民生工程。"), "Strategy")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("开展“项目深化年”活动。", "项目深化年活动"),  # a campaign is run, like an event
        ("擦亮“云龙管家”政务服务品牌。", "云龙管家政务服务品牌"),
        ("办好成都（蒲江）国际猕猴桃节。", "成都（蒲江）国际猕猴桃节"),
        ("推进大龙湖片区开发。", "大龙湖片区"),  # an area inside a district is a project
        ("加快吕四港区建设。", "吕四港区"),
        ("把握南通新机场建设机遇。", "南通新机场"),  # the whole verb 把握 stays out of the name
    ],
)
def test_extract_projects_campaigns_brands_festivals_and_areas(sentence, expected):
    assert expected in found_names(report("南通", sentence), "Project")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("加快龙子湖智慧岛建设。", "龙子湖智慧岛"),
        ("保护良渚古城遗址。", "良渚古城遗址"),
        ("推进杭州西站枢纽建设。", "杭州西站枢纽"),
    ],
)
def test_extract_projects_islands_sites_and_hubs(sentence, expected):
    assert expected in found_names(report("杭州", sentence), "Project")


def test_extract_projects_island_words_are_no_names():
    assert found_names(report("厦门", "推动岛内岛外一体化发展。"), "Project") == set()


@pytest.mark.parametrize(
    ("sentence", "expected", "alias"),
    [
        (
            "加快南京金融城二期建设。",
            "南京金融城二期",
            "南京金融城",
        ),  # the phase is part of the name, the whole an alias
        ("推进杭淳开高速建设。", "杭淳开高速", ""),
        ("办好杭州亚运会。", "杭州亚运会", ""),
    ],
)
def test_extract_projects_phases_roads_and_games(sentence, expected, alias):
    found = [m for m in run(extract_projects, report("南京", sentence)) if m.name == expected]
    assert found and found[0].attr("alias") == alias


def test_extract_projects_high_speed_growth_is_no_road():
    assert found_names(report("南京", "推动经济高速发展。"), "Project") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("推进太平街、潮宗街等历史街区有机更新。", {"太平街", "潮宗街"}),  # a modifier before the head
        ("提升音乐公园、文和友等消费场景。", {"音乐公园", "文和友"}),  # a kind of place, not a suffix
        ("擦亮岳麓山、橘子洲等金字招牌。", {"岳麓山", "橘子洲"}),
        ("推动坡子街、化龙池一带业态更新。", {"坡子街", "化龙池"}),  # 一带: the area around them
    ],
)
def test_extract_projects_lists_with_a_descriptive_head(sentence, expected):
    assert _projects(report("长沙", sentence)) == expected


def test_extract_projects_list_head_is_no_project_and_gives_the_suffixed_alias():
    found = _by_source("推进太平街、潮宗街等历史街区有机更新。", "shared-suffix")
    assert ("潮宗街", "潮宗街历史街区") in found
    assert "历史街区" not in _projects(report("长沙", "推进太平街、潮宗街等历史街区有机更新。"))


def test_extract_projects_list_before_a_clause_is_no_list_of_projects():
    assert _projects(report("长沙", "吸引三一、中联等企业落户园区。")) == set()


@pytest.mark.parametrize(
    ("sentence", "name", "alias"),
    [
        ("第14届中国国际园林博览会成功举办。", "中国国际园林博览会", "第14届中国国际园林博览会"),
        ("做好2025年哈尔滨亚冬会赛事保障。", "哈尔滨亚冬会", "2025年哈尔滨亚冬会"),  # 赛事 after an event
    ],
)
def test_extract_projects_edition_before_the_name(sentence, name, alias):
    assert (name, alias) in _by_source(sentence, "suffix")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("办好中国（合肥）国际智能语音产业发展论坛。", "中国（合肥）国际智能语音产业发展论坛"),
        ("高水平建设中意中小企业合作示范区。", "中意中小企业合作示范区"),  # 合作 inside a name
        ("加快湘江科技服务产业园建设。", "湘江科技服务产业园"),
        ("去年举办的中国（浏阳）国际花炮文化节吸引游客。", "中国（浏阳）国际花炮文化节"),
        ("办好中国（长沙）产业转移系列对接活动。", "中国（长沙）产业转移系列对接活动"),
        ("以中国酱酒金三角（仁怀）发展区为主阵地。", "中国酱酒金三角（仁怀）发展区"),
    ],
)
def test_extract_projects_names_holding_places_and_soft_boundaries(sentence, expected):
    assert expected in _projects(report("长沙", sentence))


@pytest.mark.parametrize(
    "sentence",
    ["推动产业发展平台建设。", "推进人才服务中心建设。", "深化交流合作活动。", "开展主题教育活动。"],
)
def test_extract_projects_soft_boundaries_need_a_proper_name(sentence):
    assert _projects(report("长沙", sentence)) == set()


@pytest.mark.parametrize(
    ("sentence", "name", "alias"),
    [
        ("推动长江国家文化公园岳阳段建设。", "长江国家文化公园岳阳段", "长江国家文化公园"),
        ("湘江生态廊道望城段全线贯通。", "湘江生态廊道望城段", "湘江生态廊道"),
    ],
)
def test_extract_projects_a_places_section_before_the_work(sentence, name, alias):
    assert (name, alias) in _by_source(sentence, "suffix")


def test_extract_projects_numeric_district_name_is_a_proper_name():
    assert _projects(report("郑州", "高水平规划建设二七新城。")) == {"二七新城"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("加快南岳衡山风景名胜区提质升级。", "南岳衡山风景名胜区"),
        ("推动黄兴路步行街改造提升。", "黄兴路步行街"),
        ("成功举办长沙国际时装周。", "长沙国际时装周"),
        ("去年成功举办的长沙国际会展周开幕。", None),
        ("今年成功举办的癸卯年炎帝陵祭祖大典。", "炎帝陵祭祖大典"),  # a year of the cycle is an edition
        ("以太湖湾科技创新带为引领。", "太湖湾科技创新带"),  # jieba's 以太 is no part of the name
    ],
)
def test_extract_projects_places_streets_weeks_and_editions(sentence, expected):
    found = _projects(report("长沙", sentence))
    assert expected in found if expected else not any("会展周" in n for n in found)


def test_extract_projects_a_site_is_named_by_what_it_was():
    assert ("炭河里遗址", "炭河里") in _by_source("加快炭河里遗址保护展示。", "suffix")


@pytest.mark.parametrize(
    "sentence", ["坚决守住长江生态安全底线。", "推动地铁2号线沿线开发。", "打造282公里海岸线。"]
)
def test_extract_projects_lines_that_are_no_projects(sentence):
    assert not any(n.endswith(("底线", "沿线", "岸线")) for n in _projects(report("长沙", sentence)))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("第十届动漫节在洋湖动漫广场成功举办。", "洋湖动漫广场"),
        ("办好火宫殿大庙会。", "火宫殿大庙会"),
        ("雷锋纪念馆接待游客再创新高。", "雷锋纪念馆"),
        ("推进梅溪湖周边城市更新。", "梅溪湖"),
        ("共建湘赣合作示范区。", "湘赣合作示范区"),  # 湘赣: two provinces by their short names
        ("加快临空生物医药园建设。", "临空生物医药园"),  # a sector with its own qualifier before 园
        ("湘江文化月系列活动成功举办。", "湘江文化月"),  # the series of events is the event
    ],
)
def test_extract_projects_squares_fairs_halls_lakes_and_parks(sentence, expected):
    assert expected in _projects(report("长沙", sentence))


def test_extract_projects_a_plain_sector_before_a_park_suffix_is_no_name():
    assert _projects(report("长沙", "引进一批先进制造业项目，建设先进制造业园。")) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("推进鹿溪河生态区建设。", "鹿溪河生态区"),
        ("保护浦口火车站历史风貌区。", "浦口火车站历史风貌区"),
        ("建设天府中央法务区。", "天府中央法务区"),
    ],
)
def test_extract_projects_areas_of_a_kind(sentence, expected):
    assert expected in _projects(report("成都", sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "共建中药材良种繁育基地。",
        "建设概念验证中心和中试基地。",
        "打造软件人才实训基地。",
        "建设科技成果转化中心。",
    ],
)
def test_extract_projects_facilities_described_by_their_function_are_no_names(sentence):
    assert _projects(report("成都", sentence)) == set()


def test_extract_projects_a_named_facility_with_a_function_is_a_project():
    assert "成都大熊猫繁育研究基地" in _projects(report("成都", "推动成都大熊猫繁育研究基地扩建开放。"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("推进白马湖周边开发。", {"白马湖"}),  # a landmark named by its surroundings
        ("加快金水科教园区建设。", {"金水科教园区"}),  # a district's name before a weak suffix
        ("擦亮周庄、黎里等江南古镇的文旅品牌。", {"周庄", "黎里"}),
        ("扎实推进城中村改造，推动南部片区开发。", set()),  # division names that are everyday words
    ],
)
def test_extract_projects_landmarks_and_names_opened_by_a_district(sentence, expected):
    assert _projects(report("郑州", sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("加快苏州大学未来校区建设。", {"苏州大学未来校区"}),
        ("彭州成功举办丹景山牡丹花会。", {"丹景山牡丹花会"}),
        ("打造国际航空枢纽和千年古镇，建设大学科技园。", set()),  # positionings and kinds, not names
    ],
)
def test_extract_projects_campuses_flower_fairs_and_positionings(sentence, expected):
    assert _projects(report("成都", sentence)) == expected


def test_extract_projects_a_city_whose_name_ends_in_a_suffix_is_no_project():
    assert _projects(report("南京", "深化与安徽宣城、郎溪等地合作，共建苏皖合作示范区。")) == {
        "苏皖合作示范区"
    }


@pytest.mark.parametrize(
    ("sentence", "unwanted"),
    [
        ("梦想小镇累计集聚创业项目2000余个。", "梦想小镇累计集聚创业项目"),  # a running total
        ("做靓特色小镇，打造首批省级特色小镇。", "做靓特色小镇"),
    ],
)
def test_extract_projects_counts_and_verbs_end_a_name_on_its_left(sentence, unwanted):
    assert unwanted not in found_names(report("杭州", sentence), "Project")


@pytest.mark.parametrize(
    ("sentence", "expected", "unwanted"),
    [
        ("保护好平江路、山塘街两条历史文化街区。", {"平江路", "山塘街"}, "山塘街两条历史文化街区"),
        (
            "成功举办2020中国苏州江南文化艺术·国际旅游节。",
            {"中国苏州江南文化艺术·国际旅游节"},
            "020中国苏州江南文化艺术·国际旅游节",
        ),
        ("金水科教园区一期顺利开园。", {"金水科教园区一期"}, "金水科教园区一期顺利开园"),
        ("借力杭黄高铁，畅通游客进出通道。", {"杭黄高铁"}, "借力杭黄高铁"),
    ],
)
def test_extract_projects_counts_years_openings_and_verbs_bound_a_name(sentence, expected, unwanted):
    found = found_names(report("苏州", sentence), "Project")
    assert expected <= found
    assert unwanted not in found


@pytest.mark.parametrize(
    ("sentence", "unwanted"),
    [
        ("锦江区紧抓成都大运会机遇。", "紧抓成都大运会"),
        ("支持上汽大众扩大仪征基地产能。", "上汽大众扩大仪征基地"),
        ("桐庐正式迈入高铁时代。", "桐庐正式迈入高铁"),
    ],
)
def test_extract_projects_verbs_of_the_genre_end_a_name_on_its_left(sentence, unwanted):
    assert unwanted not in found_names(report("杭州", sentence), "Project")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("打造海工装备产业基地，打造区域性服装产业基地。", set()),  # a sector's base as a goal
        ("加快建设富阳智能制造产业基地。", {"富阳智能制造产业基地"}),  # a place names it
        ("建设国家大健康产业基地。", {"国家大健康产业基地"}),
    ],
)
def test_extract_projects_a_sectors_base_is_named_only_by_a_place_or_the_nation(sentence, expected):
    assert found_names(report("杭州", sentence), "Project") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("守护好大熊猫国家公园，提升大奇山国家森林公园品质。", {"大熊猫国家公园", "大奇山国家森林公园"}),
        ("保护好嵩阳书院。", {"嵩阳书院"}),
        ("推动宁句城际二期建设。", {"宁句城际二期"}),  # named by the initials of the cities it joins
        ("推进城际铁路和高速建设。", set()),
    ],
)
def test_extract_projects_parks_academies_and_intercity_lines(sentence, expected):
    assert found_names(report("南京", sentence), "Project") == expected


@pytest.mark.parametrize(
    ("sentence", "unwanted"),
    [
        ("成功承办第十八届世界警察和消防员运动会部分赛事。", "消防员运动会部分赛事"),  # part of an event
        ("力争全年招引超10亿元项目50个以上。", "超10亿元项目"),  # a size
        ("全年新增德资项目30个以上。", "德资项目"),
        ("加快紫琅科技城项目集聚。", "紫琅科技城项目"),  # the project is 紫琅科技城
        ("保护性开发洛带古镇。", "保护性开发洛带古镇"),
    ],
)
def test_extract_projects_parts_sizes_and_kinds_of_project_are_no_names(sentence, unwanted):
    assert unwanted not in found_names(report("成都", sentence), "Project")


@pytest.mark.parametrize(
    ("sentence", "expected", "unwanted"),
    [
        ("高水平建设中以常州创新园。", {"中以常州创新园"}, "常州创新园"),  # 以 names Israel here
        ("集中以太湖湾科技创新带为引领。", {"太湖湾科技创新带"}, "中以太湖湾科技创新带"),
        (
            "新城科技园获评省级科技企业孵化器集聚区。",
            {"新城科技园"},
            "新城科技园获评省级科技企业孵化器集聚区",
        ),
        ("主动接轨杭州主城。", set(), "杭州主城"),  # the main town, no project
    ],
)
def test_extract_projects_bilateral_names_awards_and_the_main_town(sentence, expected, unwanted):
    found = found_names(report("常州", sentence), "Project")
    assert expected <= found
    assert unwanted not in found
