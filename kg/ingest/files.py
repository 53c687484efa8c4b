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
        elif path.is_symlink() and not path.exists():
            found = [InputError("broken symbolic link", path)]
        elif path.exists():
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
    """Files under ``root`` sorted by their path components; unlistable folders as errors."""
    errors: list[OSError] = []
    files: list[Path] = []
    for folder, dirs, names in os.walk(root, onerror=errors.append):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files.extend(
            path for name in names if not name.startswith(".") and (path := Path(folder, name)).is_file()
        )
    yield from sorted(files, key=lambda path: path.relative_to(root).parts)
    for error in errors:
        yield InputError(f"cannot list folder: {error.strerror or error}", error.filename or root)
