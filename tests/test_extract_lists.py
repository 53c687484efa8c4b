"""Coordinated lists carry the type of a known item to the others (kg/extractors/lists.py)."""

from __future__ import annotations

import pytest
from extraction_helpers import found_names, report


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 生物医药 is a known sector: the other items are sectors too, written in full.
        ("西湖区将大力发展生物医药、温泉康养和电竞游戏。", {"生物医药", "温泉康养", "电竞游戏"}),
        ("江宁区将培育集成电路、新能源汽车及零部件等产业。", {"集成电路", "新能源汽车及零部件"}),
    ],
)
def test_extract_lists_items_of_an_industry_list_are_industries(sentence, expected):
    assert expected <= found_names(report("南京", sentence), "Industry")


@pytest.mark.parametrize(
    "sentence",
    [
        "拓展智慧农业、人才培养等场景应用。",  # an activity is no sector
        "推进交通、水利、能源等工程建设。",  # no known item: nothing is propagated
    ],
)
def test_extract_lists_activities_and_unknown_lists_are_left_alone(sentence):
    names = found_names(report("成都", sentence), "Industry")
    assert "人才培养" not in names and "交通" not in names and "水利" not in names


def test_extract_lists_mixed_types_propagate_nothing():
    # 华为 is an organisation and 数字经济 a sector: the list is not of one kind.
    names = found_names(report("杭州", "滨江区将聚焦华为、数字经济、云栖小镇。"), "Industry")
    assert names == {"数字经济"}


def test_extract_lists_an_item_holding_a_known_sector_types_the_list():
    # 文创 and 电竞 are known sectors inside the items: every item is a sector, written in full.
    names = found_names(
        report("长沙", "开福区将推动视频文创、数字出版、电竞游戏等产业集聚发展。"), "Industry"
    )
    assert names == {"视频文创", "数字出版", "电竞游戏"}


def test_extract_lists_a_project_among_the_items_makes_the_others_projects():
    text = report("长沙", "推动太平老街、化龙池、坡子街历史文化街区有机更新。")
    assert {"太平老街", "化龙池", "坡子街历史文化街区"} <= found_names(text, "Project")


def test_extract_lists_a_projects_item_keeps_its_own_span():
    text = report("长沙", "推动化龙池、坡子街历史文化街区有机更新。")
    assert "坡子街历史文化街区有机更新" not in found_names(text, "Project")


def test_extract_lists_verbs_before_a_suffix_make_no_project_items():
    text = report("苏州", "让世界了解园区、选择园区、投资园区。")
    assert found_names(text, "Project") == set()


def test_extract_lists_clauses_beside_a_sector_are_no_sectors():
    text = report("成都", "乡村旅游接待游客人次、文化旅游收入均创历史新高。")
    assert not {n for n in found_names(text, "Industry") if "人次" in n or "新高" in n}


def test_extract_lists_the_whole_chain_after_the_last_item_is_no_part_of_it():
    text = report("常州", "聚焦动力电池、光伏、储能全产业链精准招商。")
    assert "储能全" not in found_names(text, "Industry")


def test_extract_lists_activities_beside_a_sector_are_no_sectors():
    text = report("南通", "推动风电装备研发、制造、运维一体化发展。")
    assert not {"制造", "风电装备研发"} & found_names(text, "Industry")


def test_extract_lists_fields_where_something_is_used_are_no_sectors():
    text = report("无锡", "拓展算力在工业设计、气象预报、城市治理等领域的应用。")
    assert "气象预报" not in found_names(text, "Industry")


def test_extract_lists_places_where_results_land_are_no_sectors():
    text = report("无锡", "推动科技成果在滨湖孵化、在滨湖转化、在滨湖产业化。")
    assert found_names(text, "Industry") == set()


@pytest.mark.parametrize(
    ("sentence", "unwanted"),
    [
        ("推动制造业高端化、智能化、绿色化发展。", "绿色化发展"),  # ways of developing
        ("推动汽车产业向新能源汽车、智能网联汽车转型升级。", "智能网联汽车转型升级"),
        ("推动金融业、总部经济提质扩量。", "总部经济提质扩量"),
        ("围绕智能网联、新材料两个方向招大引强。", "新材料两个方"),
        ("代表们围绕实施“强省会”行动、发展数字经济等积极建言。", "发展数字经济"),  # actions
        ("影视产业链条长、带动性强。", "带动性强"),  # a quality
        ("引进通航整机制造、运营维修和飞行培训企业。", "运营维修"),  # kinds of firm
        ("完善影视拍摄、后期制作、版权交易全链条。", "后期制作"),  # stages of a chain
    ],
)
def test_extract_lists_manners_actions_and_stages_are_no_sectors(sentence, unwanted):
    assert unwanted not in found_names(report("郑州", sentence), "Industry")


def test_extract_lists_a_long_last_item_is_read_whole():
    text = report("南京", "大力发展光通信、新能源汽车零部件和生物医药产业。")
    assert "生物医药" in found_names(text, "Industry")
    assert "生物医药产" not in found_names(text, "Industry")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("推动汽车产业向新能源、智能网联方向转型。", "智能网联"),  # 向 in 方向 is no boundary
        ("二是抢占人工智能、集成电路赛道。", "集成电路"),
    ],
)
def test_extract_lists_directions_and_tracks_end_the_last_item(sentence, expected):
    assert expected in found_names(report("成都", sentence), "Industry")


@pytest.mark.parametrize(
    ("sentence", "unwanted"),
    [
        ("推动德化街、银基商贸城转型升级。", "银基商贸城"),  # places, whatever sector they name
        ("持续提升教育、医疗、养老服务水平。", "养老服务水平"),
        ("推动算力、算法、数据资源集聚。", "数据资源集聚"),
        ("夜经济、首店经济活力迸发。", "首店经济活力迸发"),
    ],
)
def test_extract_lists_places_levels_and_gatherings_are_no_sectors(sentence, unwanted):
    assert unwanted not in found_names(report("郑州", sentence), "Industry")


def test_extract_lists_a_sector_ending_in_a_street_character_is_still_a_sector():
    text = report("南京", "做强集成电路、生物医药和新金融。")
    assert "新金融" in found_names(text, "Industry")


def test_extract_lists_cut_items_the_same_way_under_every_hash_seed():
    """Boundary words are tried in one fixed order, whatever order Python's string hashing gives sets."""
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import sys; sys.path.insert(0, 'tests');"
        "from extraction_helpers import found_names, report;"
        "print(sorted(found_names(report('郑州', '全会对城市更新、文旅融合作出了明确部署。'), 'Industry')))"
    )
    root = Path(__file__).resolve().parent.parent
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script], cwd=root, env={"PYTHONHASHSEED": str(seed)},
            capture_output=True, text=True, check=True,
        ).stdout
        for seed in range(6)
    }  # fmt: skip
    assert len(outputs) == 1
    assert "文旅融" not in next(iter(outputs)).replace("文旅融合", "")
