"""The interactive HTML view: one offline page per graph (see ``render_html``)."""

from kg.render.html import render_html, render_page

__all__ = ["render_html", "render_page"]
