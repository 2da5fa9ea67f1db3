"""The ``smartrecruiters-async`` command: an offline demo and a posting exporter."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import _converter
from ._client import SmartRecruiters
from ._config import DEFAULT_BASE_URL
from ._errors import SmartRecruitersError
from .governor import LocalGovernor, Policies

__all__ = ["main"]


class Progress:
    """A one-line progress bar on a terminal; a line per tenth elsewhere (logs, CI)."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self._stream = stream
        self._label = label
        self._tty = stream.isatty()
        self._last_tenth = -1
        self._started = time.monotonic()

    def update(self, done: int, total: int | None) -> None:
        """Show ``done`` of ``total`` items (total unknown: a count only)."""
        elapsed = max(time.monotonic() - self._started, 1e-9)
        if not total:
            text = f"{self._label}: {done} items, {done / elapsed:,.0f}/s"
        else:
            share = min(done / total, 1.0)
            bar = "#" * int(share * 30)
            text = f"{self._label} [{bar:<30}] {done}/{total} {done / elapsed:,.0f} items/s"
            tenth = int(share * 10)
            if not self._tty and tenth != self._last_tenth:
                self._last_tenth = tenth
                print(text, file=self._stream)
        if self._tty:
            print("\r" + text, end="", file=self._stream, flush=True)

    def close(self) -> None:
        """End the bar's line."""
        if self._tty:
            print(file=self._stream)


async def export_postings(
    client: SmartRecruiters, company: str, out: Path, *, max_items: int | None, progress: Progress
) -> int:
    """Write every posting of ``company`` to ``out`` as JSON lines, atomically; returns the count.

    Each line is the posting as the server sent it, unknown fields included. The file appears
    only when the export is complete, so a failed run never leaves a file that looks whole.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as tmp:
            paginator = client.postings.list(company, max_items=max_items)
            total: int | None = None
            async for page in paginator.pages():
                total = page.total_found if total is None else total
                for posting in page.items:
                    if max_items is not None and count >= max_items:
                        break
                    tmp.write(
                        json.dumps(_converter.unstructure(posting), ensure_ascii=False) + "\n"
                    )
                    count += 1
                progress.update(count, min(total, max_items) if total and max_items else total)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, out)
    except BaseException:
        os.unlink(tmp_name)
        raise
    finally:
        progress.close()
    return count


async def _demo(args: argparse.Namespace) -> int:
    from .testing import FakeSmartRecruiters  # the server is only needed by the demo

    policies = Policies()
    server = FakeSmartRecruiters(
        policies=policies,
        algorithm=args.algorithm,
        arrival_jitter=(0.0, args.jitter),
        latency=(args.latency_min, args.latency_max),
        postings=args.postings,
        company="acme",
        # Apart from the client's loop, as the real API is: writing the export there must not
        # delay when the server counts an arrival.
        threaded=True,
    )
    out = Path(args.out) if args.out else Path(tempfile.gettempdir()) / "smartrecruiters-demo.jsonl"
    async with server:
        governor = LocalGovernor(policies)
        print(
            f"Fake SmartRecruiters at {server.url}: {args.postings} postings, {args.algorithm} "
            f"window, {policies.rates['default']:g} req/s and "
            f"{policies.slots('default')} in flight per credential, arrival jitter "
            f"0-{args.jitter * 1000:.0f} ms, latency {args.latency_min * 1000:.0f}-"
            f"{args.latency_max * 1000:.0f} ms."
        )
        started = time.monotonic()
        async with SmartRecruiters(base_url=server.url, governor=governor) as client:
            count = await export_postings(
                client, "acme", out, max_items=None, progress=Progress(sys.stderr, "export")
            )
        elapsed = time.monotonic() - started
        stats = server.stats
        achieved = stats.achieved_rate()
        limit = policies.rates["default"]
        gstats = governor.stats()
        print(f"Exported {count} postings to {out} in {elapsed:.2f} s.")
        print(
            f"Requests: {stats.count(accepted_only=True)} at {achieved:.2f} req/s measured at "
            f"the server "
            f"({achieved / limit:.1%} of the {limit:g} req/s limit); 429 responses: "
            f"{stats.total_429}; governor waits: {gstats.waited} "
            f"({gstats.wait_seconds:.1f} s in total); peak in flight: "
            f"{stats.max_in_flight.get('default', 0)}."
        )
    return 0 if stats.total_429 == 0 else 1


async def _export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    async with SmartRecruiters(base_url=args.base_url) as client:
        count = await export_postings(
            client,
            args.company,
            out,
            max_items=args.max_items,
            progress=Progress(sys.stderr, "export"),
        )
    print(f"Exported {count} postings of {args.company!r} to {out}.")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smartrecruiters-async",
        description="SmartRecruiters Customer API from the command line.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    demo = commands.add_parser(
        "demo", help="export postings from an embedded fake server in strict throttling mode"
    )
    demo.add_argument("--postings", type=int, default=5000, help="postings on the server (5000)")
    demo.add_argument(
        "--algorithm",
        choices=("sliding", "fixed", "token_bucket"),
        default="sliding",
        help="the server's rate-limit window (sliding: the strictest)",
    )
    demo.add_argument("--jitter", type=float, default=0.05, help="max arrival jitter, s (0.05)")
    demo.add_argument("--latency-min", type=float, default=0.15, help="min service time, s")
    demo.add_argument("--latency-max", type=float, default=0.25, help="max service time, s")
    demo.add_argument("--out", help="JSON-lines file to write (default: a temp file)")
    demo.set_defaults(run=_demo)

    postings = commands.add_parser("postings", help="Posting API commands")
    posting_commands = postings.add_subparsers(dest="postings_command", required=True)
    export = posting_commands.add_parser(
        "export", help="export a career site's published postings (no credential needed)"
    )
    export.add_argument("company", help="the company identifier (career-site slug)")
    export.add_argument("--out", required=True, help="JSON-lines file to write")
    export.add_argument("--base-url", default=DEFAULT_BASE_URL, help="API host")
    export.add_argument("--max-items", type=int, default=None, help="stop after this many")
    export.set_defaults(run=_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    args = _parser().parse_args(argv)
    try:
        return int(asyncio.run(args.run(args)))
    except SmartRecruitersError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
