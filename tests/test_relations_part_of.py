"""partOf from division codes and from the report's city."""

import pytest
from extraction_helpers import report, triples


@pytest.mark.parametrize(
    ("city", "sentence", "expected"),
    [
        ("南京", "南京市江宁区将加快建设。", ("partOf", "江宁区", "南京")),
        ("长沙", "长沙的浏阳市将加快发展。", ("partOf", "浏阳市", "长沙")),
        ("合肥", "合肥高新区将加快发展。", ("partOf", "合肥高新区", "合肥")),
        ("杭州", "浙江省的余杭区将加快发展。", ("partOf", "杭州", "浙江省")),
        ("西安", "西安经开区将发展先进制造业。", ("partOf", "西安经开区", "西安")),
    ],
)
def test_relations_part_of(city, sentence, expected):
    assert expected in triples(report(city, sentence))


def test_relations_part_of_skips_unnamed_levels():
    # the province is not named: 武侯区 lies in 成都 only
    found = triples(report("成都", "成都武侯区将加快建设。"), "partOf")
    assert found == {("partOf", "武侯区", "成都")}


def test_relations_part_of_none_without_a_named_parent():
    assert triples("武侯区将加快建设。", "partOf") == set()


def test_relations_part_of_once_per_pair():
    found = [t for t in triples(report("成都", "武侯区、武侯区和成都。")) if t[0] == "partOf"]
    assert found == [("partOf", "武侯区", "成都")]


def test_relations_county_zone_part_of_the_county():
    text = report("南京", "江宁区将加快发展，江宁开发区将推进建设。")
    assert ("partOf", "江宁开发区", "江宁区") in triples(text)


def test_relations_part_of_an_unknown_zone_lies_in_the_speakers_county():
    text = "2021年1月6日\n" + report(
        "苏州", "昆山市委书记 周伟", "加快建设", "昆山将以花桥经济开发区为主阵地，推动高质量发展。"
    )
    assert {("partOf", "花桥经济开发区", "昆山市"), ("partOf", "花桥经济开发区", "苏州")} <= triples(
        text, "partOf"
    )


def test_relations_part_of_a_town_in_a_county_speech_lies_in_that_county():
    text = "2021年1月6日\n" + report(
        "郑州", "巩义市委书记 周伟", "加快建设", "巩义将推动竹林镇、小关镇加快发展。"
    )
    assert {("partOf", "竹林镇", "巩义市"), ("partOf", "小关镇", "巩义市")} <= triples(text, "partOf")


def test_relations_part_of_a_national_new_area_does_not_lie_in_the_speakers_district():
    text = "2021年1月6日\n" + report("南京", "浦口区委书记 周伟", "加快建设", "浦口将全面融入江北新区建设。")
    assert ("partOf", "江北新区", "浦口区") not in triples(text, "partOf")
