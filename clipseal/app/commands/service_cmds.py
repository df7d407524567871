"""``clipseal serve`` and ``clipseal scan``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from clipseal.app.cli_base import emit, get_config


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; anything but loopback needs API tokens ([service] tokens).")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(1, 65535))
@click.pass_context
def serve(ctx, host, port) -> None:
    """Run the HTTP API and the verification page (http://HOST:PORT/)."""
    from clipseal.app.service import serve as run

    run(get_config(ctx), host, port)


@click.command("scan")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--out", "results", default="results.jsonl", show_default=True,
              type=click.Path(dir_okay=False, path_type=Path), help="JSON Lines results (appended; resumable).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 256),
              help="Parallel processes (or Ray actors with --ray).")
@click.option("--ray", "ray_address", is_flag=False, flag_value="local", default=None, metavar="[ADDRESS]",
              help="Run on a Ray cluster (Ray Data); without an address, a local Ray instance.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def scan(ctx, paths, results, workers, ray_address, as_json) -> None:
    """Verify every video under PATHS; one JSON line per file in --out. A second run skips what is already
    there; a file that fails is recorded with its error and the scan goes on."""
    from clipseal.app.scan import scan as run

    get_config(ctx)  # a broken configuration fails here, once, not in every worker

    def progress(total: int):
        from tqdm import tqdm

        bar = tqdm(total=total, desc="scanning", unit="file", file=sys.stderr, disable=None)
        return lambda: bar.update(1)

    counts = run(paths, results, workers=workers, use_ray=ray_address is not None,
                 ray_address=None if ray_address in (None, "local") else ray_address, progress=progress)
    emit({**counts, "results": str(results)}, as_json,
         f"{counts['verified']} verified, {counts['errors']} errors, {counts['skipped']} already in {results} "
         f"({counts['files']} files)")
