"""The list operations of the route table, as ``export`` subcommands with generated options.

Every route whose ``paging`` is not ``NONE`` is a list a user can export, named from its path
(``/candidates`` -> ``candidates``, ``/configuration/sources/{source_type}/values`` ->
``configuration-source-values``) with its operationId as an alias. Each declared query
``Param`` becomes an option (``updated_after`` -> ``--updated-after``) whose type, choices,
repetition and requiredness come from the declaration; path parameters become required options.
A family added to the table appears here with no edit of the CLI.
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import math
import re
import typing
from collections.abc import Callable
from typing import Any

import attrs

from .._protocol.paging import with_cursor
from .._protocol.routes import ROUTES, Paging, Param, Route
from . import _arguments

__all__ = ["ListCommand", "Option", "list_commands", "list_name", "option_name"]

_PLACEHOLDER = re.compile(r"\{[^}]*\}")
_VERSION = re.compile(r"v\d+|.*-api")


def _kebab(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"-\1", name).replace("_", "-").lower()


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def list_name(route: Route[Any]) -> str:
    """What a user would type for ``route``'s list: its last path segment; a sub-list of an item
    gets the item's kind first (``report-files``), and the group's name comes first where the
    path does not say it (``configuration-source-values``; ``assessment-offers``)."""
    segments = [s for s in route.path.split("/") if s and not _VERSION.fullmatch(s)]
    last = len(segments) - 1
    while last > 0 and _PLACEHOLDER.fullmatch(segments[last]):
        last -= 1
    name = _kebab(segments[last])
    group = _kebab(route.group)
    if group.endswith(name):
        return group
    before = last - 1
    if before > 0 and _PLACEHOLDER.fullmatch(segments[before]):
        name = f"{_singular(_kebab(segments[before - 1]))}-{name}"
    if name[:4] != group[:4]:
        return f"{group}-{name}"
    return name


def option_name(name: str) -> str:
    """``updated_after`` -> ``--updated-after``."""
    return "--" + name.replace("_", "-")


@attrs.frozen
class Option:
    """One generated option: the route parameter it fills (query or path) and its ``dest``."""

    name: str
    dest: str
    path: bool = False
    family: bool = False


@attrs.frozen
class ListCommand:
    """One exportable list: its command name and route."""

    name: str
    route: Route[Any]

    @property
    def splittable(self) -> bool:
        """Offset-paged: its items can be split by position among workers (``--shard``)."""
        return self.route.paging is Paging.OFFSET


def list_commands() -> list[ListCommand]:
    """Every list of the route table, in table order, with unique names (a clash keeps the
    operationId as the name)."""
    lists = [r for r in ROUTES.values() if r.paging is not Paging.NONE]
    names = [list_name(r) for r in lists]
    return [
        ListCommand(name if names.count(name) == 1 else route.operation_id, route)
        for name, route in zip(names, lists, strict=True)
    ]


def paging_wire_names(route: Route[Any]) -> frozenset[str]:
    """The query parameters the export sets itself (page size, offset, cursor)."""
    names = {"limit", "offset"}
    if route.paging not in (Paging.NONE, Paging.OFFSET):
        names |= set(with_cursor(route.paging, {}, "x"))
    return frozenset(names)


# -- values from the command line ------------------------------------------------------------


def _text(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return text


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None


def _float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}")
    return value


def _bool(text: str) -> bool:
    word = text.strip().lower()
    if word in ("true", "yes", "1"):
        return True
    if word in ("false", "no", "0"):
        return False
    raise argparse.ArgumentTypeError(f"expected true or false, got {text!r}")


def _enum(kind: type[enum.Enum]) -> Callable[[str], enum.Enum]:
    by_value = {str(member.value).lower(): member for member in kind}

    def parse(text: str) -> enum.Enum:
        member = by_value.get(text.strip().lower())
        if member is None:
            raise argparse.ArgumentTypeError(
                f"expected one of {', '.join(str(m.value) for m in kind)}, got {text!r}"
            )
        return member

    return parse


_SCALARS: dict[Any, tuple[Callable[[str], Any], str]] = {
    str: (_text, "TEXT"),
    int: (_int, "N"),
    float: (_float, "NUMBER"),
    bool: (_bool, "true|false"),
    dt.datetime: (_arguments.date_time, "DATE"),
}


def _scalar(tp: Any) -> tuple[Callable[[str], Any], str, str]:
    """Parser, metavar and help suffix for one value of type ``tp``."""
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        values = ", ".join(str(m.value) for m in tp)
        return _enum(tp), "VALUE", f"one of {values}"
    parse, metavar = _SCALARS.get(tp, (_text, "TEXT"))
    note = "a date, or a date-time (UTC unless it has an offset)" if tp is dt.datetime else ""
    return parse, metavar, note


def _key_value(parse: Callable[[str], Any]) -> Callable[[str], tuple[str, Any]]:
    def pair(text: str) -> tuple[str, Any]:
        key, sep, value = text.partition("=")
        if not sep or not key.strip():
            raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
        return key, parse(value)

    return pair


def add_options(
    parser: argparse.ArgumentParser, route: Route[Any], reserved: set[str]
) -> list[Option]:
    """Add an option per path parameter (required) and per declared query parameter that the
    export does not set itself; return them. A name that clashes with one of the command's own
    options (``reserved``) is prefixed: ``--query-NAME``."""
    options: list[Option] = []
    used = set(reserved)

    def flags(name: str) -> list[str]:
        flag = option_name(name)
        if flag in used:
            flag = option_name(f"query_{name}")
        found = [flag]
        short = name.removesuffix("_identifier")
        if short != name and option_name(short) not in used:
            found.append(option_name(short))  # --company for company_identifier
        used.update(found)
        return found

    for name in route.path_params:
        dest = f"path_{name}"
        parser.add_argument(
            *flags(name),
            dest=dest,
            type=_text,
            required=True,
            metavar="ID",
            help="(required) path parameter of the list",
        )
        options.append(Option(name, dest, path=True))
    skipped = paging_wire_names(route)
    for declared in route.query:
        if declared.wire in skipped:
            continue
        options.append(_add_query_option(parser, declared, flags(declared.name)))
    return options


def _add_query_option(parser: argparse.ArgumentParser, declared: Param, flags: list[str]) -> Option:
    dest = f"query_{declared.name}"
    tp = declared.type
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    family = origin is dict
    repeated = origin in (list, tuple, set, frozenset) or family
    inner = args[-1] if args else str
    if family and typing.get_origin(inner) in (list, tuple):
        inner = typing.get_args(inner)[0]
    parse, metavar, note = _scalar(inner if repeated else tp)
    kind = f"wire name {declared.wire}"
    if family:
        parse, metavar = _key_value(parse), f"KEY={metavar}"
        kind = f"wire names {declared.wire}KEY"
    help_parts = [
        "(required)" if declared.required else "",
        declared.doc,
        note,
        "repeatable" if repeated else "",
        kind,
    ]
    parser.add_argument(
        *flags,
        dest=dest,
        type=parse,
        action="append" if repeated else "store",
        required=declared.required,
        metavar=metavar,
        help="; ".join(part for part in help_parts if part),
    )
    return Option(declared.name, dest, family=family)


def values(
    options: list[Option], args: argparse.Namespace
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The path values and the query values (by Python name) the user gave."""
    path: dict[str, Any] = {}
    query: dict[str, Any] = {}
    for option in options:
        value = getattr(args, option.dest)
        if value is None:
            continue
        if option.path:
            path[option.name] = value
        elif option.family:
            grouped: dict[str, list[Any]] = {}
            for key, item in value:
                grouped.setdefault(key, []).append(item)
            query[option.name] = grouped
        else:
            query[option.name] = value
    return path, query
