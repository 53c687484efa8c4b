"""Shared test setup: the ``browser`` marker and hand-built contract graphs as fixtures."""

from browser.graphs import hostile_graph, sample_graph  # noqa: F401


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives a real Chromium (/usr/bin/chromium) with Playwright")
