"""The files a page inlines: vis-network from pyvis's bundled copy, and the view's own script and style."""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib.resources import files

_VIS = files("pyvis") / "lib" / "vis-9.1.2"
_HERE = files("kg.render")


@cache
def vis_js() -> str:
    return (_VIS / "vis-network.min.js").read_text(encoding="utf-8")


@cache
def vis_css() -> str:
    return (_VIS / "vis-network.css").read_text(encoding="utf-8")


@cache
def view_js() -> str:
    return (_HERE / "view.js").read_text(encoding="utf-8")


@cache
def view_css() -> str:
    return (_HERE / "view.css").read_text(encoding="utf-8")


def template_text() -> str:
    return (_HERE / "template.html").read_text(encoding="utf-8")


def csp_hash(script: str) -> str:
    """The Content-Security-Policy source that allows exactly this inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
