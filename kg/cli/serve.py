"""`kg serve`: a SPARQL 1.1 Protocol endpoint (Oxigraph's server) over a store or a graph file."""

from __future__ import annotations

import signal
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from kg.cli import app
from kg.store import StoreError, is_loopback, is_store_dir, load_file, start_server

SERVE_HELP = """Serve SOURCE (a store directory or a graph file) as a SPARQL 1.1 endpoint.

Endpoints: /query (SPARQL Protocol), /store (Graph Store Protocol), / (a query page,
YASGUI, shipped inside the oxigraph package: no CDN). Queries see the union of all
named graphs. Read-only unless --writable (a store directory only). Binds 127.0.0.1
unless --host says otherwise. A graph file is first loaded into a temporary store.
Stop with Ctrl-C.
"""


@app.command("serve", help=SERVE_HELP)
def serve_command(
    source: Annotated[Path, typer.Argument(help="Store directory or graph file.")],
    port: Annotated[int, typer.Option(help="TCP port.")] = 7878,
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default).")] = "127.0.0.1",
    writable: Annotated[bool, typer.Option("--writable", help="Accept updates and writes.")] = False,
) -> None:
    signal.signal(signal.SIGTERM, _interrupt)  # stop cleanly (and stop the server) on kill
    process = None
    with tempfile.TemporaryDirectory(prefix="kg-serve-") as scratch:
        try:
            location = _location(source, Path(scratch), writable)
            process = start_server(location, host=host, port=port, writable=writable)
            shown = f"[{host}]" if ":" in host else host
            mode = "read-write" if writable else "read-only"
            typer.echo(f"kg serve: {source} ({mode}) at http://{shown}:{port}/  (SPARQL: /query)", err=True)
            if not is_loopback(host):
                typer.echo(f"kg serve: warning: {host} is reachable from other machines", err=True)
            if process.wait() != 0:
                raise StoreError(f"oxigraph server stopped with status {process.returncode}")
        except StoreError as err:
            typer.echo(f"kg serve: {err}", err=True)
            raise typer.Exit(code=2) from None
        except KeyboardInterrupt:
            pass
        finally:
            if process is not None:
                process.terminate()
                process.wait()


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def _location(source: Path, scratch: Path, writable: bool) -> Path:
    """The store directory to serve: SOURCE itself, or a scratch store loaded from a file."""
    if source.is_dir():
        if not is_store_dir(source):
            raise StoreError(f"{source}: not an Oxigraph store directory")
        return source
    if writable:
        raise StoreError(f"{source}: --writable needs a store directory, not a file")
    store_dir = scratch / "store"
    load_file(source, store_dir).flush()  # the store is closed again when dropped
    return store_dir
