"""Writing a list as JSON lines to ``--out``: what every export command shares.

``open_output`` checks ``--out`` before the first request (a ``UsageError`` if it cannot be
written), ``write_json_lines`` walks any ``AsyncPaginator`` page by page into it, and
``finish`` commits it, turning a failed write (a full disk, ``/dev/full``) into a
``CommandFailed`` that names the file.
"""

from __future__ import annotations

import sys
from collections.abc import Coroutine
from typing import Any

from .._output import OutputFile
from .._paginator import AsyncPaginator
from ._failures import CommandFailed, UsageError, describe_os_error
from ._formats import JsonLines
from ._progress import Progress
from ._signals import Stopped, run_until_stopped

__all__ = ["finish", "open_output", "run_export", "stopped_note", "write_json_lines"]

_JSON_LINES = JsonLines()


def open_output(name: str, *, option: str = "--out") -> OutputFile:
    """Open ``name`` for an export (``-``: standard output), or raise ``UsageError``."""
    try:
        return OutputFile.open(name, stdout=sys.stdout.buffer)
    except OSError as exc:
        reason = exc.strerror if exc.filename == name else describe_os_error(exc)
        raise UsageError(f"{option} {name}: {reason}") from None


async def write_json_lines(
    paginator: AsyncPaginator[Any],
    output: OutputFile,
    progress: Progress,
    *,
    max_items: int | None,
) -> int:
    """Write each item of ``paginator`` as one JSON object per line; return how many.

    Each line is the item as the server sent it, unknown fields included. The total shown is
    the first page's ``totalFound`` (capped by ``max_items``) when the list reports one.
    """
    count = 0
    total: int | None = None
    try:
        async for page in paginator.pages():
            if total is None and page.total_found is not None:
                total = page.total_found if max_items is None else min(page.total_found, max_items)
            items = list(page.items)
            if max_items is not None:
                items = items[: max(max_items - count, 0)]
            try:
                output.write(_JSON_LINES.encode(items))
            except OSError as exc:
                raise _write_failed(output, exc) from None
            count += len(items)
            progress.update(count, total)
    finally:
        progress.close()
    return count


def finish(output: OutputFile) -> None:
    """Commit ``output``; a write that fails raises ``CommandFailed`` naming it."""
    try:
        output.commit()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _write_failed(output, exc) from None


def stopped_note(output: OutputFile, signal_name: str) -> str:
    """What a stopped export left behind, for the user."""
    if output.atomic:
        return f"stopped by {signal_name}: {output.name} was not written"
    return f"stopped by {signal_name} after {output.bytes_written} bytes went to {output.name}"


def _write_failed(output: OutputFile, exc: OSError) -> Exception:
    if isinstance(exc, BrokenPipeError):
        return exc
    output.discard()
    return CommandFailed(f"could not write {output.name}: {exc.strerror or exc}")


def run_export(output: OutputFile, work: Coroutine[Any, Any, int]) -> int:
    """Run ``work`` (which writes ``output`` and calls ``finish``) and return its exit status.

    Whatever ends it early (a signal, an API error, a bug) discards ``output`` first, so a
    regular file is left as it was and no temporary file stays behind. A signal is told
    on stderr as one line saying what was left, with the exit status 128 + its number.
    """
    try:
        return run_until_stopped(work)
    except Stopped as stop:
        output.discard()
        print(stopped_note(output, stop.name), file=sys.stderr, flush=True)
        return stop.exit_status
    finally:
        output.discard()  # does nothing once committed
