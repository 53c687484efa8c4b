"""Listing input files: folders recurse in sorted order, hidden files are skipped, errors are yielded."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import iter_input_files


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for name in (
        "b.txt",
        "a.TXT",
        "c.pdf",
        "notes.xyz",
        ".hidden.txt",
        "2021/02/report.html",
        "2021/01/report.docx",
        "2021/10/z.md",
        ".git/config",
        "sub/.cache/x.txt",
    ):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("内容。", encoding="utf-8")
    return tmp_path


def names(items, root: Path) -> list[str]:
    return [item.relative_to(root).as_posix() if isinstance(item, Path) else repr(item) for item in items]


def test_folder_recurses_sorted_skipping_hidden(corpus: Path) -> None:
    assert names(iter_input_files([corpus]), corpus) == [
        "2021/01/report.docx",
        "2021/02/report.html",
        "2021/10/z.md",
        "a.TXT",
        "b.txt",
        "c.pdf",
        "notes.xyz",
    ]


def test_files_in_the_order_given_and_once_each(corpus: Path) -> None:
    given = [corpus / "b.txt", corpus / "2021", corpus / "2021" / "10" / "z.md", str(corpus / ".hidden.txt")]
    assert names(iter_input_files(given), corpus) == [
        "b.txt",
        "2021/01/report.docx",
        "2021/02/report.html",
        "2021/10/z.md",
        ".hidden.txt",  # named explicitly, so kept
    ]


def test_missing_path_is_yielded_as_error_and_listing_goes_on(corpus: Path) -> None:
    items = list(iter_input_files([corpus / "missing.txt", corpus / "b.txt", "nowhere/at/all"]))
    assert isinstance(items[0], InputError)
    assert (items[0].path, items[0].reason) == (str(corpus / "missing.txt"), "no such file or directory")
    assert items[1] == corpus / "b.txt"
    assert isinstance(items[2], InputError) and items[2].path == "nowhere/at/all"


def test_broken_symlink_is_an_error(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    (item,) = iter_input_files([link])
    assert isinstance(item, InputError) and item.reason == "broken symbolic link"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list any folder")
def test_unlistable_folder_is_an_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("内容。", encoding="utf-8")
    locked.chmod(0)
    try:
        items = list(iter_input_files([tmp_path]))
    finally:
        locked.chmod(0o755)
    assert [type(item) for item in items] == [InputError]
    assert items[0].reason.startswith("cannot list folder")
