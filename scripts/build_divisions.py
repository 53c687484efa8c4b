"""Regenerate kg/data/divisions.tsv from the jionlp package's administrative-division data.

    pip install 'kg[lexicons]' && python scripts/build_divisions.py

Source: jionlp (Apache-2.0), dictionary/china_location.zip (GB/T 2260 codes,
province → city → county, with short names). Only the levels down to county and
development zone are kept; towns and villages are dropped.
"""

from __future__ import annotations

import importlib.metadata
import io
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "divisions.tsv"
LEVELS = ("province", "city", "county")


def read_rows() -> list[tuple[str, str, str, str, str]]:
    dist = importlib.metadata.distribution("jionlp")
    archive = Path(str(dist.locate_file("jionlp/dictionary/china_location.zip")))
    with zipfile.ZipFile(archive) as zf:
        text = io.TextIOWrapper(zf.open("china_location.txt"), encoding="utf-8").read()
    rows, parents = [], {}
    for line in text.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        if depth >= len(LEVELS) or not line.strip():
            continue
        name, code, short = [*line.strip().split("\t"), "", ""][:3]
        parents[depth] = code
        parent = parents.get(depth - 1, "") if depth else ""
        if code == parent or name == "市直辖行政区划":
            continue  # municipalities repeating themselves; districts without codes of their own
        rows.append((code, name, short, LEVELS[depth], parent))
    return sorted(set(rows))


def main() -> None:
    version = importlib.metadata.version("jionlp")
    rows = read_rows()
    header = (
        f"# Administrative divisions of China down to county level and development zones.\n"
        f"# Derived from jionlp {version} (Apache-2.0), dictionary/china_location.zip,\n"
        f"# by scripts/build_divisions.py. Columns: code, name, short name, level, parent code.\n"
    )
    body = "".join("\t".join(r) + "\n" for r in rows)
    OUT.write_text(header + body, encoding="utf-8")
    print(f"wrote {len(rows)} divisions to {OUT}")


if __name__ == "__main__":
    main()
