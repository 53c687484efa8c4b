"""Command-line interface: a thin shell over plain functions.

Each sub-command lives in its own module and registers itself on ``app``.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="kg",
    help="Build, query and view knowledge graphs of Chinese government speeches.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """kg: knowledge graphs of Chinese government speeches and the reports that carry them."""


# Sub-command modules: importing one registers its commands on ``app``.
from kg.cli import build as _build  # noqa: E402,F401
from kg.cli import eval as _eval  # noqa: E402,F401
from kg.cli import explain as _explain  # noqa: E402,F401
from kg.cli import export as _export  # noqa: E402,F401
from kg.cli import push as _push  # noqa: E402,F401
from kg.cli import query as _query  # noqa: E402,F401
from kg.cli import serve as _serve  # noqa: E402,F401
from kg.cli import validate as _validate  # noqa: E402,F401
from kg.cli import view as _view  # noqa: E402,F401


def main() -> None:
    app()
