"""Administrative divisions: codes, short forms, parents, zones."""

import pytest

from kg.lexicon.divisions import load_divisions


def _one(form):
    (division,) = load_divisions().lookup(form)
    return division


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ("成都", "510100"),
        ("成都市", "510100"),
        ("四川", "510000"),
        ("四川省", "510000"),
        ("武侯区", "510107"),
        ("长沙县", "430121"),
        ("浏阳市", "430181"),
        ("管城区", "410104"),  # short form of 管城回族区
        ("管城回族区", "410104"),
    ],
)
def test_lexicon_divisions_forms_have_codes(form, code):
    assert _one(form).code == code


@pytest.mark.parametrize("form", ["武侯", "锦江", "城市", "开发区", "高新区"])
def test_lexicon_divisions_bare_county_stems_and_generic_words_are_not_forms(form):
    assert load_divisions().lookup(form) == ()


def test_lexicon_divisions_homonyms_are_kept_apart():
    codes = {d.code for d in load_divisions().lookup("西湖区")}
    assert {"330106", "360103"} <= codes


def test_lexicon_divisions_parent_and_city():
    index = load_divisions()
    wuhou = _one("武侯区")
    assert index.parent(wuhou).name == "成都市"
    assert index.city_of(wuhou).code == "510100"
    assert index.city_of(_one("成都市")).code == "510100"
    assert index.parent(_one("四川省")) is None


def test_lexicon_divisions_zones_of_a_city():
    index = load_divisions()
    zones = {z.name for z in index.zones_in(_one("合肥市"))}
    assert {"合肥高新技术产业开发区", "合肥经济技术开发区"} <= zones
    assert "包河区" not in zones
    assert _one("合肥高新技术产业开发区").is_zone
    assert not _one("包河区").is_zone


def test_lexicon_divisions_city_of_stops_on_a_parent_cycle():
    from kg.lexicon.divisions import Division, DivisionIndex

    loop = Division("810000", "东区", "东区", "county", "810000")
    index = DivisionIndex(by_code={"810000": loop}, by_form={}, children={})
    assert index.city_of(loop) is None  # bad data must not hang a build


def test_lexicon_divisions_no_division_is_its_own_parent():
    index = load_divisions()
    assert all(d.code != d.parent for d in index.by_code.values())
