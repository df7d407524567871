"""The ``clipseal`` command line.

Exit codes, everywhere: 0 success; 1 a documented negative finding (for example a policy refusal or a
tampered file); 2 bad input or usage; 3 internal error. Errors are one line on stderr naming the file and
the problem; a traceback only with ``--debug``.
"""

from __future__ import annotations

import json
import signal
import sys
import traceback
from typing import Any

import click

from clipseal import __version__
from clipseal.config import load_config
from clipseal.errors import EXIT_BAD_INPUT, EXIT_INTERNAL, ClipsealError


class _Group(click.Group):
    """A click group that maps exceptions to the exit-code contract."""

    def main(self, *args: Any, **kwargs: Any) -> Any:  # noqa: D401
        debug = "--debug" in sys.argv[1:]
        kwargs.setdefault("standalone_mode", True)
        try:
            return super().main(*args, standalone_mode=False, **{k: v for k, v in kwargs.items()
                                                                 if k != "standalone_mode"})
        except click.exceptions.NoArgsIsHelpError as exc:
            click.echo(exc.ctx.get_help() if exc.ctx else str(exc))
            sys.exit(EXIT_BAD_INPUT)
        except click.UsageError as exc:
            exc.show()
            sys.exit(EXIT_BAD_INPUT)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("clipseal: aborted", err=True)
            sys.exit(EXIT_INTERNAL)
        except ClipsealError as exc:
            if debug:
                traceback.print_exc()
            click.echo(f"clipseal: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("clipseal: interrupted; no output was written", err=True)
            sys.exit(130)
        except SystemExit:
            raise
        except Exception as exc:  # noqa: BLE001 - the contract: exit 3, one line
            if debug:
                traceback.print_exc()
            detail = str(exc).splitlines()[0] if str(exc) else ""
            click.echo(f"clipseal: internal error: {type(exc).__name__}: {detail}"
                       + ("" if debug else " (run with --debug for details)"), err=True)
            sys.exit(EXIT_INTERNAL)


def _terminate(signum: int, _frame: Any) -> None:
    # Turn SIGTERM into an exception so that temporary files are removed on the way out.
    raise KeyboardInterrupt


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="clipseal")
@click.option("--debug", is_flag=True, help="Print tracebacks for errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Generate accountable video; stamp, verify and screen clips."""
    signal.signal(signal.SIGTERM, _terminate)
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


def get_config(ctx: click.Context):
    """The configuration, loaded once per invocation."""
    obj = ctx.ensure_object(dict)
    if "config" not in obj:
        obj["config"] = load_config()
    return obj["config"]


def emit(data: dict[str, Any], as_json: bool, text: str) -> None:
    """Print a result as JSON (stable keys, for machines) or as text (for people)."""
    if as_json:
        click.echo(json.dumps(data, indent=2, sort_keys=False, default=str))
    else:
        click.echo(text)


def _register() -> None:
    from clipseal.commands import (config_cmd, demo_cmd, detector_cmd, generate_cmd, media_cmd, policy_cmd,
                                   provenance_cmds, service_cmds)

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


_register()

