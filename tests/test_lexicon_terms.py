"""Domain term lists: aliases map to the list's first form; every list loads and matches."""

import pytest

from kg.lexicon.terms import load_terms


@pytest.mark.parametrize(
    ("file", "form", "canonical"),
    [
        ("strategies.txt", "双循环", "新发展格局"),
        ("strategies.txt", "乡村振兴", "乡村振兴战略"),
        ("strategies.txt", "新发展理念", "新发展理念"),
        ("industries.txt", "文旅", "文化旅游"),
        ("industries.txt", "跨境电子商务", "跨境电商"),
        ("organizations.txt", "中科院", "中国科学院"),
        ("organizations.txt", "电子科大", "电子科技大学"),
    ],
)
def test_lexicon_terms_aliases_map_to_the_first_form(file, form, canonical):
    assert load_terms(file).canonical[form] == canonical


@pytest.mark.parametrize("file", ["strategies.txt", "industries.txt", "organizations.txt"])
def test_lexicon_terms_no_comment_or_empty_forms(file):
    forms = load_terms(file).canonical
    assert forms
    assert not [f for f in forms if not f.strip() or f.startswith("#") or f != f.strip()]


def test_lexicon_terms_regex_prefers_the_longest_form():
    match = load_terms("strategies.txt").regex.search("融入双循环新发展格局")
    assert match.group(0) == "双循环新发展格局"
