"""Industries: the sector lexicon, the suffix grammar X产业 → X, enumerations A、B两大产业."""

import pytest
from extraction_helpers import found_names, report, run

from kg.extractors.industries import extract_industries


def _industries(text):
    return found_names(text, "Industry")


def _by_source(text, source):
    return {(m.name, m.attr("alias")) for m in run(extract_industries, text) if m.source == source}


@pytest.mark.parametrize(
    ("sentence", "name", "canonical"),
    [
        ("推进先进制造业和现代服务业深度融合。", "先进制造业", "先进制造业"),
        ("做强都市农业。", "都市农业", "都市农业"),
        ("壮大文旅产业。", "文旅", "文化旅游"),
        ("发展跨境电子商务。", "跨境电子商务", "跨境电商"),
        ("发展夜间经济。", "夜间经济", "夜间经济"),
        ("培育新一代信息技术产业。", "新一代信息技术", "新一代信息技术"),
    ],
)
def test_extract_industries_lexicon(sentence, name, canonical):
    mentions = {m.name: m.canonical for m in run(extract_industries, sentence) if m.source == "lexicon"}
    assert mentions[name] == canonical


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("推动产业链延伸，完善产业生态。", set()),
        ("推进产业集群建设，打造千亿级产业。", set()),
        ("培育战略性新兴产业和未来产业。", set()),
        ("发展沿线地区旅游。", set()),
        ("促进实体经济发展。", {"实体经济"}),
    ],
)
def test_extract_industries_generic_sector_words(sentence, expected):
    assert _industries(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "name", "alias"),
    [
        ("发展低空飞行产业。", "低空飞行", "低空飞行产业"),
        ("壮大预制菜产业。", "预制菜", "预制菜产业"),
        ("做强光电子信息配套产业。", "光电子信息", ""),  # a generic tail between the name and 产业
    ],
)
def test_extract_industries_x_industry_names_x(sentence, name, alias):
    assert (name, alias) in _by_source(sentence, "suffix")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [("发展海洋旅游。", "海洋旅游"), ("推动高效农业发展。", "高效农业"), ("壮大数字金融。", "数字金融")],
)
def test_extract_industries_other_suffixes_keep_the_whole_name(sentence, name):
    assert name in _industries(sentence)


def test_extract_industries_leading_city_name_is_not_part_of_the_sector():
    assert "武汉制造业" not in _industries("推动武汉制造业转型升级。")


def test_extract_industries_leading_longer_place_name_is_stripped():
    assert "合肥市制造业" not in _industries("推动合肥市制造业转型升级。")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("做强电子信息、装备制造两大主导产业。", {"电子信息", "装备制造"}),
        ("培育绿色食品、智能家居、现代纺织3大产业。", {"绿色食品", "智能家居", "现代纺织"}),
        ("壮大低空经济、商业航天、生物制造多个新兴产业。", {"低空经济", "商业航天", "生物制造"}),
    ],
)
def test_extract_industries_enumerations(sentence, expected):
    assert {name for name, _ in _by_source(sentence, "enumeration")} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("培育绿色食品、现代纺织等三大产业。", {"绿色食品", "现代纺织"}),
        ("壮大低空经济、商业航天、生物制造等多个新兴产业。", {"低空经济", "商业航天", "生物制造"}),
    ],
)
def test_extract_industries_enumeration_with_deng(sentence, expected):
    assert {name for name, _ in _by_source(sentence, "enumeration")} == expected


@pytest.mark.parametrize(
    ("sentence", "unwanted"),
    [
        ("推动县域产业协同发展。", "县域"),
        ("积极承接产业转移。", "承接"),
        ("打造省会东部产业高地。", "省会东部"),
        ("推动高新区生物医药产业集聚。", "高新区生物医药"),
    ],
)
def test_extract_industries_generic_and_placed_prefixes(sentence, unwanted):
    assert unwanted not in found_names(report("济南", sentence), "Industry")


def test_extract_industries_a_bracketed_place_opens_no_industry():
    assert found_names(report("郑州", "办好中国（郑州）产业转移系列对接活动。"), "Industry") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("做精紫砂产业。", {"紫砂"}),  # 做精 is what is done to the sector
        ("深耕文旅融合，擦亮文旅金名片。", set()),  # a blend and a brand, not the sector itself
        ("集聚更多持牌金融机构。", set()),
        ("大力发展休闲旅游和食品加工产业。", {"休闲旅游", "食品加工"}),
    ],
)
def test_extract_industries_what_is_done_to_a_sector_and_what_only_names_one(sentence, expected):
    assert found_names(report("无锡", sentence), "Industry") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("大力发展新能源汽车、高端装备产业和现代纺织。", {"新能源汽车", "高端装备", "现代纺织"}),
        ("发展商贸物流和海工装备。", {"商贸物流", "海工装备"}),  # 物流 and 装备 end sector names
        ("打造文旅品牌，培育新材料企业。", set()),  # a sector's name as a modifier
    ],
)
def test_extract_industries_compounds_and_modifiers(sentence, expected):
    assert found_names(report("南通", sentence), "Industry") == expected


def test_extract_industries_a_sector_written_with_chanye_has_that_alias():
    assert ("影视", "影视产业") in {
        (m.name, m.attr("alias")) for m in run(extract_industries, "发展影视产业。")
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("加快发展智能制造和工业互联网。", {"智能制造", "工业互联网"}),
        ("推动楼宇经济提质增效，做优铝精深加工。", {"楼宇经济", "铝精深加工"}),
        ("发展新能源汽车和智能网联汽车。", {"新能源汽车", "智能网联汽车"}),  # two sectors, not one
    ],
)
def test_extract_industries_common_sectors_of_the_genre(sentence, expected):
    assert found_names(report("郑州", sentence), "Industry") == expected


def test_extract_industries_list_items_end_before_a_blend():
    text = report("郑州", "大力发展文化旅游、康养旅游融合发展。")
    assert "康养旅游融合发展" not in found_names(text, "Industry")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("做强集成电路、小核酸及生物医药产业。", {"集成电路", "小核酸", "生物医药"}),  # 及 joins two
    ],
)
def test_extract_industries_joined_sectors_and_clauses(sentence, expected):
    assert found_names(report("苏州", sentence), "Industry") == expected


def test_extract_industries_a_towns_sector_is_named_without_the_town():
    assert found_names(report("杭州", "推动分水镇制笔产业转型升级。"), "Industry") == {"制笔"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("培育高新技术产业。", set()),  # a category, not a sector
        ("做强航空港区智能终端产业。", {"智能终端"}),  # the zone before the sector is no part of it
    ],
)
def test_extract_industries_categories_and_zone_prefixes(sentence, expected):
    assert found_names(report("郑州", sentence), "Industry") == expected


@pytest.mark.parametrize(
    ("city", "sentence", "expected"),
    [
        ("成都", "2018年是温江产业发展极不平凡的一年。", set()),  # a county by its stem
        ("成都", "展现简阳乡村旅游担当。", {"乡村旅游"}),
        ("成都", "提升承接中心城区产业外溢的能力。", set()),
        ("成都", "打造区域氢能产业新高地，培育西部智能家居产业。", {"氢能", "智能家居"}),
        ("苏州", "力争全年服务业增加值增长8%。", {"服务业"}),
        ("南京", "加快建设沿江地区高端装备产业高地。", {"高端装备"}),
    ],
)
def test_extract_industries_places_and_times_opening_a_sector_are_no_part_of_it(city, sentence, expected):
    assert found_names(report(city, sentence), "Industry") == expected


@pytest.mark.parametrize(
    ("sentence", "unwanted"),
    [
        ("要推动一二三产业融合，分享产业发展红利。", "分享"),  # a verb before 产业
        ("大力推进茶叶加工，延长农业产业链。", "延长农业"),
        ("打造世界文化旅游胜地。", "世界文化旅游"),  # a place to visit, not the sector's name
        ("打造乡村文创旅游目的地。", "乡村文创旅游"),
        ("举办国际文化旅游节。", "国际文化旅游"),
        ("推动海峡两岸科技产业开发园转型升级。", "海峡两岸科技"),
        ("加快东大街金融集聚。", "东大街金融"),
        ("不断延伸产业链条、丰富旅游业态。", "丰富旅游"),
    ],
)
def test_extract_industries_verbs_and_what_follows_make_no_sector(sentence, unwanted):
    assert unwanted not in found_names(report("成都", sentence), "Industry")


def test_extract_industries_an_enumeration_joined_by_he_gives_each_item():
    text = report("南通", "聚焦锻压装备、茧丝绸和新材料三大主导产业精准发力。")
    assert found_names(text, "Industry") == {"锻压装备", "茧丝绸", "新材料"}


@pytest.mark.parametrize(
    ("sentence", "unwanted"),
    [
        ("新能源产业成为全区第一大产业。", "第一大"),  # a rank
        ("高水平运营国家知识产权创意产业试点园区。", "国家知识产权创意"),  # a pilot park's name
    ],
)
def test_extract_industries_ranks_and_pilots_are_no_sectors(sentence, unwanted):
    assert unwanted not in found_names(report("郑州", sentence), "Industry")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("建设世界级生物医药产业集群，发展全域文化旅游。", {"生物医药", "文化旅游"}),  # scope words
        ("打造寻根拜祖旅游线路，以国家农业公园为龙头。", set()),  # a route and a park
        ("让特色产业成为富民产业，加快承接上海优质产业资源。", set()),
        ("做大做强物联网、软件与信息技术服务等地标产业。", {"物联网", "软件与信息技术服务"}),
    ],
)
def test_extract_industries_scopes_routes_and_qualities(sentence, expected):
    assert found_names(report("南京", sentence), "Industry") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("大力发展乡村旅游和民宿经济。", {"乡村旅游", "民宿经济"}),
        ("承接主城产业外溢。", set()),  # the main town's industries, no sector
    ],
)
def test_extract_industries_economies_of_the_genre_and_the_main_town(sentence, expected):
    assert found_names(report("杭州", sentence), "Industry") == expected
