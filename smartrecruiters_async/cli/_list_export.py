"""``smartrecruiters-async export LIST``: any list operation of the route table, to a file.

One subcommand per list (``_lists``), its filters generated from the route's parameters. Every
list is read the same way, through the client's paginator over the route (the resource methods
call the same paginator, with the same parameters): one path for every list, today's and the
families added later, which can also start a cursor list at a page (``--resume``).

``--shard I/N`` splits an offset list among N workers (each asks the list's size once, then
reads its share of whole pages); ``--redis-url`` makes the workers share one budget; ``--resume``
continues from a checkpoint (``_checkpoint``). The credential comes from the environment only
(``$SMARTRECRUITERS_API_KEY``, or an OAuth client's id and secret), never from an option that
``ps`` would show.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from .._auth import Auth
from .._client import SmartRecruiters
from .._output import OutputFile
from .._protocol._wire import encode_query
from .._protocol.paging import MAX_LIMIT
from .._protocol.routes import AuthMode, Paging, Route
from ..governor import Governor
from . import _arguments
from ._checkpoint import Checkpoint, ResumableOutput
from ._credentials import API_KEY_ENV, CLIENT_ID_ENV, CLIENT_SECRET_ENV, credential
from ._export import finish, open_output, stopped_note
from ._failures import EXIT_OK, CommandFailed, UsageError, user_input
from ._formats import FORMATS, CsvFormat, Format, JsonLines
from ._lists import ListCommand, Option, add_options, list_commands, values
from ._progress import Progress, sdk_notes
from ._signals import Stopped, run_until_stopped

__all__ = ["Shard", "add_command", "add_export_options", "run_list_export"]

_COMMON = {
    "--out",
    "--format",
    "--base-url",
    "--max-items",
    "--max-retries",
    "--timeout",
    "--redis-url",
    "--shard",
    "--resume",
    "--help",
    "-h",
}


@attrs.frozen
class Shard:
    """Worker ``index`` (1 to ``count``) of ``count``."""

    index: int
    count: int

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"

    def bounds(self, total: int) -> tuple[int, int | None]:
        """This worker's offsets of a list of ``total`` items: whole pages, the last worker's
        share open-ended (items added meanwhile are its)."""
        pages = math.ceil(total / MAX_LIMIT)
        start = (self.index - 1) * pages // self.count * MAX_LIMIT
        end = self.index * pages // self.count * MAX_LIMIT
        return start, (end if self.index < self.count else None)


def shard(text: str) -> Shard:
    """``I/N``: worker I (1 to N) of N."""
    index, sep, count = text.partition("/")
    try:
        parsed = Shard(int(index), int(count)) if sep else None
    except ValueError:
        parsed = None
    if parsed is None:
        raise argparse.ArgumentTypeError(f"expected I/N (worker I of N, as 2/4), got {text!r}")
    if not 1 <= parsed.index <= parsed.count:
        raise argparse.ArgumentTypeError(f"I must be 1 to N, got {text!r}")
    return parsed


def add_export_options(parser: argparse.ArgumentParser, *, generic: bool = True) -> None:
    """The options every export shares (``generic``: those of ``export LIST`` too)."""
    parser.add_argument(
        "--out", required=True, metavar="FILE", help="where to write ('-': standard output)"
    )
    _arguments.add_base_url_option(parser)
    parser.add_argument(
        "--max-items", type=_arguments.count, default=None, metavar="N", help="stop after N"
    )
    parser.add_argument(
        "--max-retries",
        type=_arguments.count,
        default=5,
        metavar="N",
        help="retries of a failed request, each shown as it happens (default: 5)",
    )
    parser.add_argument(
        "--timeout",
        type=_arguments.positive_seconds,
        default=128.0,
        metavar="SECONDS",
        help="longest wait for one request (default: 128, as the API asks)",
    )
    if not generic:
        return
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="jsonl (one JSON object per line, as sent) or csv (a column per model field); "
        "default: csv if FILE ends in .csv, else jsonl",
    )
    parser.add_argument(
        "--redis-url",
        metavar="URL",
        default=None,
        help="share the credential's budget with every worker using this Redis "
        "(redis://host:port/db; needs the redis extra)",
    )
    parser.add_argument(
        "--shard",
        type=shard,
        default=None,
        metavar="I/N",
        help="export worker I's share (1 to N) of an offset-paged list; run N workers, "
        "each with its own --out (and one --redis-url)",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="write FILE.part and FILE.checkpoint after each page; run the same command "
        "again after a crash or a signal to continue where it stopped",
    )


def add_command(commands: _arguments.Commands) -> None:
    """Register ``export`` and one subcommand per list of the route table."""
    export = commands.add_parser(
        "export",
        help="export any list of the API (postings, candidates, jobs, ...) as JSON lines or CSV",
        description=(
            "Export every item of a list. The credential comes from the environment: "
            f"${API_KEY_ENV} (an API key), or ${CLIENT_ID_ENV} and ${CLIENT_SECRET_ENV} (an "
            "OAuth client); the Posting API needs none. A regular file is replaced only once "
            "the export is complete, keeping its mode; a symlink is followed; a device, a FIFO "
            "or '-' is written through."
        ),
    )
    lists = export.add_subparsers(dest="list", required=True, metavar="LIST")
    for command in list_commands():
        route = command.route
        aliases = [route.operation_id] if route.operation_id != command.name else []
        note = " (deprecated)" if route.deprecated else ""
        paging = "offset-paged" if command.splittable else "cursor-paged"
        sub = lists.add_parser(
            command.name,
            aliases=aliases,
            help=f"{route.method} {route.path}{note}",
            description=(
                f"Export {route.method} {route.path} ({route.operation_id}; {paging}"
                f"{'; no credential needed' if route.auth is AuthMode.PUBLIC else ''}){note}."
            ),
        )
        add_export_options(sub)
        options = add_options(sub, route, _COMMON)
        sub.set_defaults(run=run_list_export, list_command=command, list_options=options)


# -- running ---------------------------------------------------------------------------------


def _governor(url: str | None) -> Governor | None:
    if url is None:
        return None
    try:
        from ..governor.redis import RedisGovernor
    except ModuleNotFoundError:
        raise UsageError(
            "--redis-url needs the redis extra: pip install 'smartrecruiters-async[redis]'"
        ) from None
    with user_input(f"--redis-url {url}"):
        return RedisGovernor.from_url(url, on_unavailable="raise")


@attrs.define
class _Position:
    """Where the export stands: the next offset (offset lists) or cursor, the end, the count."""

    offset: int = 0
    cursor: str | None = None
    end: int | None = None
    items: int = 0
    size: int = 0
    done: bool = False


class _Sink:
    """Where the bytes go: an ``OutputFile``, or a ``ResumableOutput`` and its checkpoints."""

    def __init__(self, output: OutputFile | None, resumable: ResumableOutput | None) -> None:
        self.output = output
        self.resumable = resumable
        self.identity: dict[str, Any] = {}
        self.name = output.name if output is not None else resumable.name if resumable else ""

    def write(self, data: bytes) -> None:
        try:
            if self.resumable is not None:
                self.resumable.write(data)
            else:
                assert self.output is not None
                self.output.write(data)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise CommandFailed(f"could not write {self.name}: {exc.strerror or exc}") from None

    def page_done(self, position: _Position) -> None:
        if self.resumable is None:
            return
        checkpoint = Checkpoint(
            identity=self.identity,
            offset=position.offset,
            cursor=position.cursor,
            end=position.end,
            items=position.items,
            size=position.size,
            done=position.done,
        )
        try:
            self.resumable.save(checkpoint)
        except OSError as exc:
            raise CommandFailed(f"could not write {self.name}: {exc.strerror or exc}") from None

    def commit(self) -> None:
        if self.resumable is not None:
            try:
                self.resumable.commit()
            except OSError as exc:
                raise CommandFailed(f"could not write {self.name}: {exc.strerror}") from None
        else:
            assert self.output is not None
            finish(self.output)

    def abandon(self) -> None:
        """The export did not finish: a plain output is discarded, a resumable one kept."""
        if self.resumable is not None:
            self.resumable.close()
        elif self.output is not None:
            self.output.discard()

    def stopped(self, signal_name: str, items: int) -> str:
        if self.resumable is not None:
            return (
                f"stopped by {signal_name}: {items} items kept in {self.resumable.part}; run "
                "the same command again to continue"
            )
        assert self.output is not None
        return stopped_note(self.output, signal_name)


def _open_sink(name: str, resume: bool) -> _Sink:
    output = open_output(name)  # checks the place before anything is fetched
    if not resume:
        return _Sink(output, None)
    atomic = output.atomic
    output.discard()
    if not atomic:
        raise UsageError(
            f"--resume needs --out to be a file, not {output.name}: a device, a FIFO or "
            "standard output cannot be continued"
        )
    return _Sink(None, ResumableOutput(Path(os.path.realpath(name)), name))


def run_list_export(
    args: argparse.Namespace, *, empty_note: Callable[[str], str] | None = None
) -> int:
    """Run ``export LIST`` (or an alias that filled the same ``args``)."""
    command: ListCommand = args.list_command
    options: list[Option] = args.list_options
    route = command.route
    args.base_url = _arguments.base_url_or_default(args.base_url)
    shard_spec: Shard | None = getattr(args, "shard", None)
    if shard_spec is not None and not command.splittable:
        raise UsageError(
            f"--shard: {command.name} is cursor-paged, so it cannot be split: each page's "
            "cursor comes from the page before it; export it with one worker"
        )
    path, query = values(options, args)
    page_size = largest_pages(route)
    with user_input():
        route.expand(path)
        wire = encode_query(route.wire_query({**query, **page_size}))
    auth = credential(f"export {command.name}", required=command.route.auth is not AuthMode.PUBLIC)
    out_format = getattr(args, "format", None) or ("csv" if args.out.endswith(".csv") else "jsonl")
    sink = _open_sink(args.out, getattr(args, "resume", False))
    sink.identity = {
        "list": route.operation_id,
        "host": args.base_url,
        "path": {k: str(v) for k, v in sorted(path.items())},
        "query": [list(pair) for pair in wire],
        "format": out_format,
        "shard": None if shard_spec is None else str(shard_spec),
        "max_items": args.max_items,
    }
    progress = Progress(sys.stderr, f"export {command.name}", unit=command.name)
    job = _Job(args, command, path, query, sink, progress, shard_spec, auth)
    try:
        count = run_until_stopped(job.run(out_format))
    except Stopped as stop:
        sink.abandon()
        print(sink.stopped(stop.name, job.position.items), file=sys.stderr, flush=True)
        return stop.exit_status
    finally:
        sink.abandon()  # nothing once committed
    label = "".join(f" of {v!r}" for v in path.values())
    where = "standard output" if args.out == "-" else args.out
    if count == 0:
        note = empty_note(args.base_url) if empty_note else f"the list is empty at {args.base_url}"
        print(f"note: {note}", file=sys.stderr)
    share = f" (shard {shard_spec})" if shard_spec is not None else ""
    print(f"Exported {count} {command.name}{label}{share} to {where}.", file=sys.stderr)
    return EXIT_OK


class _Job:
    """One export run: the client, the walk from the checkpoint (or the start), the writes."""

    def __init__(
        self,
        args: argparse.Namespace,
        command: ListCommand,
        path: dict[str, Any],
        query: dict[str, Any],
        sink: _Sink,
        progress: Progress,
        shard_spec: Shard | None,
        auth: Auth | None,
    ) -> None:
        self.args = args
        self.command = command
        self.path = path
        self.query = query
        self.sink = sink
        self.progress = progress
        self.shard = shard_spec
        self.auth = auth
        self.position = _Position()

    def _format(self, name: str) -> Format:
        if name == "csv":
            return CsvFormat(self.command.route.response_model, self.progress.note)
        return JsonLines()

    async def run(self, format_name: str) -> int:
        args = self.args
        governor = _governor(getattr(args, "redis_url", None))
        client = SmartRecruiters(
            auth=self.auth,
            base_url=args.base_url,
            timeout=args.timeout,
            max_retries=args.max_retries,
            governor=governor,
        )
        out_format = self._format(format_name)
        try:
            with sdk_notes(self.progress):  # retries, 429 pauses and warnings as they happen
                async with client:
                    count = await self._export(client, out_format)
            self.sink.commit()
        finally:
            self.progress.close()
            if governor is not None:
                await governor.aclose()
        return count

    async def _start(self, client: SmartRecruiters, out_format: Format) -> _Position:
        """Where this run begins: the checkpoint's position, or the list's (shard's) start."""
        sink = self.sink
        found = sink.resumable.start(sink.identity) if sink.resumable is not None else None
        if found is not None:
            return _Position(
                offset=found.offset or 0,
                cursor=found.cursor,
                end=found.end,
                items=found.items,
                size=found.size,
                done=found.done,
            )
        start, end = 0, None
        if self.shard is not None:
            first = await client._paginate(
                self.command.route,
                path=self.path,
                query={**self.query, "limit": 1, "offset": 0},
            )
            if first.total_found is None:
                raise CommandFailed(f"{self.command.name}: the list did not say its size")
            start, end = self.shard.bounds(first.total_found)
        limit = self.args.max_items
        if limit is not None and self.command.splittable:
            end = start + limit if end is None else min(end, start + limit)
        sink.write(out_format.header())
        return _Position(offset=start, end=end, size=len(out_format.header()))

    async def _export(self, client: SmartRecruiters, out_format: Format) -> int:
        route = self.command.route
        position = self.position = await self._start(client, out_format)
        begun = position.items
        offset_list = route.paging is Paging.OFFSET
        page_size = largest_pages(route)
        if offset_list:
            remaining = None if position.end is None else max(position.end - position.offset, 0)
            query = {**self.query, **page_size, "offset": position.offset}
            cursor = None
        else:
            limit = self.args.max_items
            remaining = None if limit is None else max(limit - position.items, 0)
            query = {**self.query, **page_size}
            cursor = position.cursor
        if position.done or remaining == 0:
            return position.items
        with user_input():
            paginator = client._paginate(
                route, path=self.path, query=query, max_items=remaining, cursor=cursor
            )
        total: int | None = None
        first_offset = position.offset - position.items  # where the export (shard) began
        async for page in paginator.pages():
            items = list(page.items)
            if remaining is not None:
                items = items[: max(remaining - (position.items - begun), 0)]
            if total is None and page.total_found is not None:
                total = self._total(page.total_found, first_offset, position)
            data = out_format.encode(items)
            self.sink.write(data)
            position.items += len(items)
            position.size += len(data)
            if offset_list:
                start = page.offset if page.offset is not None else position.offset
                position.offset = start + len(items)
                ends = [e for e in (position.end, page.total_found) if e is not None]
                position.done = bool(ends) and position.offset >= min(ends)
            else:
                position.cursor = page.next_page_id
                position.done = page.next_page_id is None
            if remaining is not None and position.items - begun >= remaining:
                position.done = True
            self.sink.page_done(position)
            self.progress.update(
                position.items, total, rate_limited=client.governor.stats().rate_limited
            )
            if position.done:
                break
        return position.items

    def _total(self, found: int, first_offset: int, position: _Position) -> int:
        """The items this export (or shard) will have, for the progress display."""
        if self.command.splittable:
            end = found if position.end is None else min(found, position.end)
            return max(end - first_offset, 0)
        limit = self.args.max_items
        return found if limit is None else min(found, limit)


def largest_pages(route: Route[Any]) -> dict[str, int]:
    """The query asking ``route`` for its largest pages: fewer requests for the same items."""
    return {p.name: MAX_LIMIT for p in route.query if p.wire in ("limit", "pageSize")}
