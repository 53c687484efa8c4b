"""`kg serve`'s query page in a real Chromium with no internet: it loads from the server alone and answers."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from browser.conftest import ARTIFACTS

ROOT = Path(__file__).resolve().parents[2]
KG_BIN = str(Path(sys.executable).parent / "kg")
# YASGUI fetches prefix suggestions from prefix.cc; offline that single request fails and the page works on.
OPTIONAL_HOSTS = ("prefix.cc",)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def endpoint():
    port = _free_port()
    process = subprocess.Popen(
        [KG_BIN, "serve", str(ROOT / "output" / "graph.ttl"), "--port", str(port)], stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 30
    while True:
        assert process.poll() is None, process.stderr.read().decode()
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            assert time.monotonic() < deadline, "kg serve did not start"
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=10)


@pytest.mark.browser
def test_serve_query_page_runs_a_query_offline(chromium, endpoint):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    outside: list[str] = []

    def route(route):
        if route.request.url.startswith(endpoint):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", route)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(endpoint + "/", wait_until="networkidle")
    page.locator(".yasqe .CodeMirror").first.click()
    page.keyboard.press("Control+a")
    page.keyboard.type("SELECT ?name WHERE { ?d a <https://w3id.org/zhkg/ontology#District> ; ")
    page.keyboard.type("<http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name")
    page.locator(".yasqe_queryButton").click()
    page.wait_for_selector(".yasr table tbody tr", timeout=30_000)
    cells = page.locator(".yasr table tbody td").all_inner_texts()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "serve-query-page.png"))
    context.close()
    assert any("郑东新区" in cell for cell in cells), cells
    assert errors == []
    assert all(any(host in url for host in OPTIONAL_HOSTS) for url in outside), outside
