"""A real headless Chromium (Debian's /usr/bin/chromium) driven by Playwright, with the network cut off.

Installed by scripts/install-browser.sh. Outside CI the browser tests are skipped when the
browser is missing; under CI (env CI set) they run and fail instead.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


@pytest.fixture(scope="session")
def chromium():
    if not CHROMIUM.exists() and not os.environ.get("CI"):
        pytest.skip(f"{CHROMIUM} is missing; run scripts/install-browser.sh (required when CI is set)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield browser
        browser.close()


@dataclass
class OfflinePage:
    """A page whose every non-file request is aborted and recorded, with its console errors and dialogs."""

    page: object
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def open(self, path: Path) -> None:
        """Load a rendered view and wait until it has stabilised and drawn."""
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_selector("body[data-ready=true]", state="attached", timeout=60_000)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / name
        self.page.screenshot(path=str(path))
        return path


@pytest.fixture
def offline(chromium):
    context = chromium.new_context(viewport={"width": 1600, "height": 1000}, device_scale_factor=1)
    page = context.new_page()
    seen = OfflinePage(page)

    def route(route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            seen.requests.append(route.request.url)
            route.abort()

    def dialog(d):
        seen.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    page.route("**/*", route)
    page.on("console", lambda m: m.type in ("error", "warning") and seen.errors.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: seen.errors.append(f"pageerror: {e}"))
    page.on("requestfailed", lambda r: seen.errors.append(f"request failed: {r.url}"))
    page.on("dialog", dialog)
    yield seen
    context.close()
    assert seen.requests == [], "the page tried to reach the network"
    assert seen.errors == [], "the page logged errors"
    assert seen.dialogs == [], "a dialog fired"
