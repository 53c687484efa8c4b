"""Districts: the division lexicon, zone patterns, resolution to codes in the report's city."""

import pytest
from extraction_helpers import document, found_names, mentions_named, report, run

from kg.extractors.districts import extract_districts, report_city, resolve_zone
from kg.lexicon.divisions import load_divisions


def _district(text, name):
    return next(m for m in mentions_named(text, name) if m.type.value == "District")


@pytest.mark.parametrize(
    ("city", "sentence", "name", "code"),
    [
        ("成都", "武侯区将加快建设。", "武侯区", "510107"),
        ("南京", "溧水区将加快发展。", "溧水区", "320117"),
        ("长沙", "浏阳市将推进项目。", "浏阳市", "430181"),
        ("长沙", "长沙县将推进项目。", "长沙县", "430121"),
        ("合肥", "肥西县将推进项目。", "肥西县", "340123"),
        ("成都", "天府新区将发展数字经济。", "天府新区", "510156"),
        ("杭州", "杭州将持续发力。", "杭州", "330100"),
        ("西安", "西安市将持续发力。", "西安市", "610100"),
        ("济南", "山东省将持续发力。", "山东省", "370000"),
    ],
)
def test_extract_districts_lexicon_with_codes(city, sentence, name, code):
    assert _district(report(city, sentence), name).attr("code") == code


@pytest.mark.parametrize(
    ("city", "sentence", "name", "code", "canonical"),
    [
        ("合肥", "高新区将加快发展。", "高新区", "340171", "合肥高新技术产业开发区"),
        ("合肥", "一是经开区要推进项目。", "经开区", "340172", "合肥经济技术开发区"),
        ("合肥", "2023年高新区将加快发展。", "高新区", "340171", "合肥高新技术产业开发区"),
        ("成都", "成都高新区将加快建设。", "成都高新区", "510102", "成都高新技术产业开发区"),
        ("青岛", "青岛高新区将加快建设。", "青岛高新区", "370271", "青岛高新技术产业开发区"),
    ],
)
def test_extract_districts_zones_resolve_in_the_report_city(city, sentence, name, code, canonical):
    mention = _district(report(city, sentence), name)
    assert (mention.attr("code"), mention.canonical) == (code, canonical)


def test_extract_districts_homonymous_county_resolves_in_the_report_city():
    # 西湖区 is a district of both Hangzhou and Nanchang; 鼓楼区 of Nanjing, Fuzhou, Xuzhou, Kaifeng
    assert _district(report("杭州", "西湖区将发展数字经济。"), "西湖区").attr("code") == "330106"
    assert _district(report("南京", "鼓楼区将发展数字经济。"), "鼓楼区").attr("code") == "320106"


@pytest.mark.parametrize(
    ("city", "sentence", "zone", "parent"),
    [
        ("西安", "西安经开区将发展先进制造业。", "西安经开区", "西安市"),
        ("厦门", "厦门火炬高新区将加快发展。", "厦门火炬高新区", "厦门市"),
        ("南京", "江宁开发区将加快发展。", "江宁开发区", "江宁区"),  # a county's own zone
        ("杭州", "萧山经济技术开发区将推进建设。", "萧山经济技术开发区", "萧山区"),
        ("长沙", "望城经开区将加快发展。", "望城经开区", "望城区"),
        pytest.param(
            "长沙",
            "湘江新区将加快发展。",
            "湘江新区",
            "长沙市",
        ),
        pytest.param(
            "南京",
            "江北新区将加快发展。",
            "江北新区",
            "南京市",
        ),
    ],
)
def test_extract_districts_uncoded_zones_by_place_stem(city, sentence, zone, parent):
    text = report(city, sentence)
    assert zone in found_names(text, "District")
    assert _district(text, zone).attr("parent") == parent


def test_extract_districts_repeated_zone_name_is_plausible():
    text = report("西安", "曲江新区将建设文化项目。", "曲江新区要办好节会。")
    assert "曲江新区" in found_names(text, "District")


@pytest.mark.parametrize(
    "sentence",
    [
        "开发区和新区要加快建设。",  # generic words
        "各类开发区要加快转型。",
        "全市高新区要加快发展创新型产业。",
        "要推动现代化新区建设。",  # a descriptive stem
    ],
)
def test_extract_districts_generic_zone_words_are_not_districts(sentence):
    assert found_names(report("武汉", sentence), "District") == {"武汉"}


def test_extract_districts_short_name_inside_a_longer_word_is_skipped():
    # 台中 (a Taiwan city) inside 平台中心
    text = report("杭州", "城市平台中心建设提速。")
    assert "台中" not in found_names(text, "District")


@pytest.mark.parametrize(
    "sentence",
    [
        "将推动中心城区更新。",
        "将推动主城区更新。",
        "将推进港口建设和城区改造。",
        pytest.param(
            "将提升老城区品质。",
        ),
    ],
)
def test_extract_districts_generic_urban_area_words(sentence):
    assert found_names(report("成都", sentence), "District") == {"成都"}


def test_extract_districts_directions_are_not_districts():
    text = report("武汉", "武汉市南部、东部地区将加快发展。")
    assert found_names(text, "District") == {"武汉", "武汉市"}


def test_extract_districts_header_district_restores_level_letter():
    text = report("南京", "江宁区委书记 陈志强", "加快建设", "江宁将建设南京南部新城。")
    header = [m for m in run(extract_districts, text) if m.source == "speech-header"]
    assert [(m.name, m.attr("code")) for m in header] == [("江宁区", "320115")]


def test_extract_districts_header_district_with_city_prefix():
    text = report("济南", "济南市历下区委书记 孙刚", "加快建设", "历下区将建设中央商务区。")
    header = [m for m in run(extract_districts, text) if m.source == "speech-header"]
    assert [m.attr("code") for m in header] == ["370102"]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (report("成都", "武侯区和锦江区将加快建设。"), "成都市"),
        ("武侯区、锦江区、青羊区将加快建设，杭州将来考察。", "成都市"),  # counties count for their city
        ("南京日报讯 江宁区将加快发展。", "南京市"),
    ],
)
def test_extract_districts_report_city_most_named(text, city):
    assert report_city(document(text)).name == city


def test_extract_districts_report_city_none_without_places():
    assert report_city(document("全市上下要加快发展数字经济。")) is None


@pytest.mark.parametrize(
    ("name", "city", "code"),
    [
        ("高新区", "合肥市", "340171"),
        ("经开区", "合肥市", "340172"),
        ("合肥高新区", "合肥市", "340171"),
        ("合肥高新技术产业开发区", "合肥市", "340171"),
        ("新站区", "合肥市", "340173"),
        ("高新区", "成都市", "510102"),
    ],
)
def test_extract_districts_resolve_zone(name, city, code):
    index = load_divisions()
    (division,) = index.lookup(city)
    assert resolve_zone(name, division, index).code == code


def test_extract_districts_resolve_zone_needs_a_city():
    assert resolve_zone("高新区", None) is None
    (hangzhou,) = load_divisions().lookup("杭州市")
    assert resolve_zone("杭州高新区", hangzhou) is None  # not in the lexicon: a plausible uncoded zone


def test_extract_districts_bylines_yield_nothing():
    text = report("成都", "武侯区融媒体中心记者 王小明 通讯员 李强", "锦江区将加快建设。")
    assert "武侯区" not in found_names(text, "District")
    assert "锦江区" in found_names(text, "District")


def test_extract_districts_bare_zone_in_a_city_without_coded_zones():
    text = report("成都", "经开区将加快建设汽车产业园。")
    assert "经开区" in found_names(text, "District")


def test_extract_districts_free_trade_zone_area():
    text = report("长沙", "加快建设中国（湖南）自由贸易试验区长沙片区。")
    found = mentions_named(text, "中国（湖南）自由贸易试验区长沙片区")
    assert found and found[0].attr("alias") == "长沙自贸片区" and found[0].attr("parent") == "长沙市"
    assert "湖南" not in found_names(text, "District")  # the province inside the name is no mention


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "协同上海松江、浙江桐乡加快建设。",
            {"上海", "松江", "浙江", "桐乡"},
        ),  # a county's stem after its province
        ("推动黄桥镇、新市镇等重点板块加快发展。", {"黄桥镇", "新市镇"}),  # towns
    ],
)
def test_extract_districts_stems_after_places_and_towns(sentence, expected):
    assert expected <= found_names(report("苏州", sentence), "District")


@pytest.mark.parametrize(
    "sentence", ["建设特色小镇和周庄古镇。", "推进城镇化和乡镇建设，打造经济强镇。", "推动镇村联动。"]
)
def test_extract_districts_town_words_that_name_no_town(sentence):
    assert {n for n in found_names(report("苏州", sentence), "District") if n.endswith("镇")} == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("推动花桥经济开发区、汾湖高新区协同发展。", {"花桥经济开发区", "汾湖高新区"}),  # named by a place
        ("推动马寨产业集聚区转型升级。", {"马寨产业集聚区"}),  # Henan's industrial clusters are zones
        ("立足江宁开发区，加快建设。", {"江宁开发区"}),
    ],
)
def test_extract_districts_zones_named_by_local_places(sentence, expected):
    assert expected <= found_names(report("苏州", sentence), "District")


def test_extract_districts_town_after_its_county_and_a_district_after_zhen():
    found = found_names(report("宁波", "余姚市泗门镇将加快发展，为全市贡献镇海力量。"), "District")
    assert "泗门镇" in found and not any(n.startswith(("市", "贡献")) for n in found)


def test_extract_districts_free_trade_area_with_a_long_name():
    text = report("成都", "用好中国（四川）自由贸易试验区成都青白江铁路港片区政策。")
    assert "中国（四川）自由贸易试验区成都青白江铁路港片区" in found_names(text, "District")


@pytest.mark.parametrize("sentence", ["让老城区焕发新活力。", "推动“港口+口岸+自贸区”联动。"])
def test_extract_districts_common_words_and_formulas_are_no_districts(sentence):
    assert found_names(report("郑州", sentence), "District") == {"郑州"}


def test_extract_districts_the_report_city_inside_other_names_is_named():
    text = "中共杭州市委十二届九次全体（扩大）会议召开。\n余杭区将加快杭州医药港建设。\n"
    assert "杭州" in found_names(text, "District")


def test_extract_districts_a_stem_names_the_report_citys_county_before_a_homonym_elsewhere():
    mentions = mentions_named(report("常州", "新北要在新能源之都建设中打头阵。"), "新北")
    assert [m.canonical for m in mentions] == ["新北区"]


def test_extract_districts_an_airport_economic_zone_is_a_district():
    assert "杭州空港经济区" in found_names(report("杭州", "推动杭州空港经济区扩容提质。"), "District")
