"""Input paths (files and folders) to the files to read, in a deterministic order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError


def iter_input_files(paths: Iterable[Path | str]) -> Iterator[Path | InputError]:
    """Each file named by ``paths``, folders walked recursively in sorted order.

    Hidden files and dot-folders inside a folder are skipped (a hidden file named
    explicitly is kept). A file reached twice is yielded once. A path that does
    not exist, or a folder that cannot be listed, yields an ``InputError`` in
    its place so the caller can report it and go on.
    """
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found: Iterable[Path | InputError] = _walk(path)
        elif path.is_file():
            found = [path]
        elif path.exists() or path.is_symlink():
            found = [InputError("not a regular file or folder", path)]
        else:
            found = [InputError("no such file or directory", path)]
        for item in found:
            if isinstance(item, Path):
                key = item.resolve()
                if key in seen:
                    continue
                seen.add(key)
            yield item


def _walk(root: Path) -> Iterator[Path | InputError]:
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                path = Path(folder, name)
                if path.is_file():
                    yield path
        while errors:
            error = errors.pop(0)
            yield InputError(f"cannot list folder: {error.strerror or error}", error.filename or folder)
