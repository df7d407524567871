"""The ``clipseal`` command line: the top-level group and its commands (one module per group in
``commands/``). The exit-code contract and the helpers the commands share are in ``cli_base``."""

from __future__ import annotations

import os
import signal
from typing import Any

# One BLAS thread for numpy, set before numpy is first imported: the matrix products of watermarking and forensics
# are small, and OpenBLAS's idle threads spin, taking a core from x264 and the decoder. Measured on 2 cores
# (docs/speed.md): stamping 10 s of 720p used 21.5-22.3 CPU-s with the default and 18.2 with one thread; verify of
# 10 s of 720p (camera, generated) took 4.0-4.6 and 6.3-7.8 s with the default, 3.7-3.8 and 5.9-6.3 s with one.
# A user's own setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import click  # noqa: E402

from clipseal import __version__  # noqa: E402
from clipseal.app.cli_base import ClipsealGroup  # noqa: E402
from clipseal.app.commands import (config_cmd, demo_cmd, detector_cmd, generate_cmd, media_cmd,  # noqa: E402
                                   policy_cmd, provenance_cmds, service_cmds)


def _terminate(signum: int, _frame: Any) -> None:
    # Turn SIGTERM into an exception so that temporary files are removed on the way out.
    raise KeyboardInterrupt


@click.group(cls=ClipsealGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="clipseal")
@click.option("--debug", is_flag=True, help="Print tracebacks for errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Generate accountable video; stamp, verify and screen clips."""
    signal.signal(signal.SIGTERM, _terminate)
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


main.add_command(media_cmd.media_group)
main.add_command(config_cmd.config)
main.add_command(provenance_cmds.keys_group)
main.add_command(provenance_cmds.stamp_cmd)
main.add_command(provenance_cmds.verify_cmd)
main.add_command(provenance_cmds.watermark_group)
main.add_command(provenance_cmds.registry_group)
main.add_command(provenance_cmds.label_cmd)
main.add_command(generate_cmd.generate)
main.add_command(detector_cmd.detector_group)
main.add_command(service_cmds.serve)
main.add_command(service_cmds.scan)
main.add_command(demo_cmd.demo)
main.add_command(policy_cmd.policy_group)
