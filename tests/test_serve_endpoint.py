"""`kg serve`: the real Oxigraph SPARQL server started on loopback, queried over HTTP, stopped."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from test_query_corpus import OFFICIALS, document_units, union_graph

from kg.query import bind, named_queries, run
from kg.store import from_rdflib, open_store, sync_documents

KG_BIN = str(Path(sys.executable).parent / "kg")
JSON = "application/sparql-results+json"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode()
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(port)


def serve(source: Path, *flags: str):
    port = free_port()
    process = subprocess.Popen(
        [KG_BIN, "serve", str(source), "--port", str(port), *flags], stderr=subprocess.PIPE
    )
    wait_for_port(port, process)
    return process, f"http://127.0.0.1:{port}"


def stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=10)


def http(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def bindings(body: bytes) -> list[dict[str, str]]:
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(body)["results"]["bindings"]]


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store"
    sync_documents(open_store(path), document_units())
    return path


@pytest.fixture(scope="module")
def server(store_dir):
    process, url = serve(store_dir)
    yield url
    stop(process)


QUERY = bind(named_queries()["officials-by-district"], {})


def _expected() -> list[dict[str, str]]:
    local = run(from_rdflib(union_graph()), QUERY)
    return [
        {v: str(c) for v, c in zip(local.variables, row, strict=True) if c is not None} for row in local.rows
    ]


def test_serve_get_query(server) -> None:
    status, body = http(
        f"{server}/query?" + urllib.parse.urlencode({"query": QUERY}), headers={"Accept": JSON}
    )
    assert status == 200
    assert bindings(body) == _expected()
    assert {b["officialName"] for b in bindings(body)} == set(OFFICIALS)


@pytest.mark.parametrize("content_type", ["application/sparql-query", "application/x-www-form-urlencoded"])
def test_serve_post_query(server, content_type: str) -> None:
    data = QUERY if content_type.endswith("query") else urllib.parse.urlencode({"query": QUERY})
    status, body = http(f"{server}/query", data.encode(), {"Content-Type": content_type, "Accept": JSON})
    assert status == 200
    assert bindings(body) == _expected()


def test_serve_refuses_updates_by_default(server, store_dir) -> None:
    update = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    status, _ = http(f"{server}/update", update, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status in (403, 405)
    count = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
    _, body = http(f"{server}/query?{count}", headers={"Accept": JSON})
    assert int(bindings(body)[0]["n"]) == len(union_graph())


def test_serve_query_page_is_served_without_cdn(server) -> None:
    status, body = http(f"{server}/")
    assert status == 200
    page = body.decode()
    for asset in ("yasgui.min.js", "yasgui.min.css"):
        assert f'"./{asset}"' in page
        assert http(f"{server}/{asset}")[0] == 200
    assert "//cdn" not in page and "https://" not in page


def test_serve_graph_file_and_stop(tmp_path: Path) -> None:
    path = tmp_path / "corpus.ttl"
    union_graph().serialize(path, format="turtle")
    process, url = serve(path)
    _, body = http(f"{url}/query?" + urllib.parse.urlencode({"query": QUERY}), headers={"Accept": JSON})
    assert bindings(body) == _expected()
    stop(process)
    assert process.returncode is not None
    with (
        pytest.raises(OSError),
        socket.create_connection(("127.0.0.1", int(url.rsplit(":", 1)[1])), timeout=1),
    ):
        pass


def test_serve_writable_store_accepts_updates(tmp_path: Path) -> None:
    path = tmp_path / "store"
    sync_documents(open_store(path), document_units())
    process, url = serve(path, "--writable")
    try:
        update = urllib.parse.urlencode(
            {"update": "DELETE WHERE { ?s a <https://w3id.org/zhkg/ontology#Project> }"}
        )
        status, _ = http(
            f"{url}/update", update.encode(), {"Content-Type": "application/x-www-form-urlencoded"}
        )
        assert status == 204
        ask = urllib.parse.urlencode({"query": "ASK { ?s a <https://w3id.org/zhkg/ontology#Project> }"})
        _, body = http(f"{url}/query?{ask}", headers={"Accept": JSON})
        assert json.loads(body)["boolean"] is False
    finally:
        stop(process)


@pytest.mark.parametrize(
    "args,message", [(["missing.ttl"], "no such file"), (["{file}", "--writable"], "--writable")]
)
def test_serve_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    path = tmp_path / "g.ttl"
    union_graph().serialize(path, format="turtle")
    argv = [str(path) if a == "{file}" else a for a in args]
    done = subprocess.run(
        [KG_BIN, "serve", *argv, "--port", str(free_port())], capture_output=True, timeout=30
    )
    assert done.returncode == 2
    assert message in done.stderr.decode() and "Traceback" not in done.stderr.decode()


def test_serve_port_in_use_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "g.ttl"
    union_graph().serialize(path, format="turtle")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [KG_BIN, "serve", str(path), "--port", str(port)], capture_output=True, timeout=30
        )
    assert done.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr.decode()
