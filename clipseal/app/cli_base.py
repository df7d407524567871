"""What every ``clipseal`` command shares: the exit-code contract, the configuration and output.

The command modules import this module and nothing else of the command line, so ``cli.py`` can import
them without a circle.

Exit codes, everywhere: 0 success; 1 a documented negative finding (for example a policy refusal or a
tampered file); 2 bad input or usage; 3 internal error. Errors are one line on stderr naming the file and
the problem; a traceback only with ``--debug``.
"""

from __future__ import annotations

import json
import sys
import traceback
from typing import Any

import click

from clipseal.config import load_config
from clipseal.errors import EXIT_BAD_INPUT, EXIT_INTERNAL, ClipsealError


class ClipsealGroup(click.Group):
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
