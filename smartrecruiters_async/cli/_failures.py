"""How the command reports what went wrong: one line on stderr and an exit status, no traceback.

- ``UsageError``: the user's input cannot work (a bad option, an unusable ``--out``): exit 2.
- ``CommandFailed`` and every ``SmartRecruitersError`` (the API answered an error, the network
  failed): exit 1, with a line that names what failed (the request, the file).
- ``Stopped`` (SIGINT, SIGTERM; see ``_signals``): 128 + the signal's number, as a shell reports
  a process ended by that signal.

Anything else is a bug of this program and keeps its traceback, which a bug report needs.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import TextIO

from .._errors import SmartRecruitersError

__all__ = [
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_USAGE",
    "CommandFailed",
    "UsageError",
    "describe_os_error",
    "report",
    "user_input",
]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
_EXIT_BROKEN_PIPE = 128 + 13  # as if killed by SIGPIPE, what `cmd | head` expects


class UsageError(Exception):
    """The user's input cannot work; reported as ``error: <message>``, exit status 2."""


class CommandFailed(Exception):
    """The command could not finish for a reason outside the API (a file could not be
    written); reported as ``error: <message>``, exit status 1."""


def describe_os_error(exc: OSError) -> str:
    """``"<file>: <reason>"`` from an ``OSError``, without Python's ``[Errno N]`` noise."""
    reason = exc.strerror or str(exc)
    return f"{exc.filename}: {reason}" if exc.filename else reason


@contextlib.contextmanager
def listening_on(port: int) -> Iterator[None]:
    """Turn a failure to listen on ``port`` into a ``UsageError`` naming the errno's reason
    (asyncio's own text repeats the address; the errno's is what the user needs)."""
    try:
        yield
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise UsageError(f"--port {port}: {reason}") from None


@contextlib.contextmanager
def user_input(what: str | None = None) -> Iterator[None]:
    """Turn the ``ValueError``/``TypeError`` that the SDK raises for bad arguments, before any
    request, into a ``UsageError``: inside this block, they can only come from the user."""
    try:
        yield
    except (ValueError, TypeError) as exc:
        raise UsageError(f"{what}: {exc}" if what else str(exc)) from None


def report(exc: BaseException, stream: TextIO | None = None) -> int | None:
    """Print the one line for ``exc`` and return the exit status; ``None`` if ``exc`` is not
    one this module knows (the caller re-raises it: a bug keeps its traceback)."""
    stream = stream if stream is not None else sys.stderr
    if isinstance(exc, BrokenPipeError):
        # The reader of our standard output left (`| head`): nothing to tell anybody, and no
        # "Exception ignored" when Python flushes stdout on the way out.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return _EXIT_BROKEN_PIPE
    if isinstance(exc, UsageError):
        status = EXIT_USAGE
    elif isinstance(exc, CommandFailed | SmartRecruitersError):
        status = EXIT_FAILED
    else:
        return None
    message = " ".join(str(exc).split()) or type(exc).__name__  # one line, whatever it holds
    print(f"error: {message}", file=stream, flush=True)
    return status
