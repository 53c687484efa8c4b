"""Paths of data files shipped with the package (ontology, lexicons, queries)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

_PACKAGE = Path(str(files("kg")))


def ontology_dir() -> Path:
    """The ontology folder: inside the installed wheel, or the source tree's ``ontology/``."""
    shipped = _PACKAGE / "ontology"
    return shipped if shipped.is_dir() else _PACKAGE.parent / "ontology"


def data_path(name: str) -> Path:
    """A lexicon or other data file under ``kg/data/``."""
    return _PACKAGE / "data" / name
