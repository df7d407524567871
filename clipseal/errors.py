"""Errors that the command line turns into exit codes.

Every module raises these (or lets the CLI map other exceptions to an internal error), so that the
command line can keep its contract: 0 success, 1 a documented negative finding, 2 bad input or usage,
3 internal error.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_NEGATIVE = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3


class ClipsealError(Exception):
    """Base class: an error with a one-line message meant for the user."""

    exit_code = EXIT_INTERNAL


class BadInputError(ClipsealError):
    """The input file, an argument or the configuration is unusable (exit 2)."""

    exit_code = EXIT_BAD_INPUT


class NegativeFinding(ClipsealError):
    """A documented negative outcome such as a policy refusal (exit 1)."""

    exit_code = EXIT_NEGATIVE


class SigningError(ClipsealError):
    """Signing or watermarking failed; no output was written (exit 3)."""

    exit_code = EXIT_INTERNAL
