"""Option parsing that refuses bad input with one line, before anything is sent or started.

``ArgumentParser.error`` raises ``UsageError`` instead of printing the usage and exiting, so
every user error, argparse's own and the commands', is reported the same way. The ``type=``
functions below check values the moment they are parsed; argparse names the option in the
message (``argument --max-items: ...``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import re
from typing import TYPE_CHECKING, NoReturn

from .._config import BASE_URL_ENV, DEFAULT_BASE_URL, ClientConfig, default_base_url
from .._protocol._wire import parse_datetime
from ._failures import UsageError

__all__ = [
    "ArgumentParser",
    "add_base_url_option",
    "base_url",
    "base_url_or_default",
    "company",
    "count",
    "date_time",
    "port",
    "positive_count",
    "positive_seconds",
    "seconds",
]


class ArgumentParser(argparse.ArgumentParser):
    """``argparse.ArgumentParser`` whose errors are ``UsageError`` (one line, exit 2)."""

    def error(self, message: str) -> NoReturn:
        """Raise ``UsageError`` naming the problem and where help is."""
        raise UsageError(f"{message} (see '{self.prog} --help')")


if TYPE_CHECKING:  # generic only to the type checker
    Commands = argparse._SubParsersAction[ArgumentParser]
    """What ``add_subparsers`` returns: each command module adds its commands to it."""


def count(text: str) -> int:
    """A whole number of 0 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {value}")
    return value


def positive_count(text: str) -> int:
    """A whole number of 1 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


def seconds(text: str) -> float:
    """A finite number of seconds, 0 or more."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected seconds, got {text!r}") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 seconds or more, got {text}")
    return value


def positive_seconds(text: str) -> float:
    """A finite number of seconds above 0."""
    value = seconds(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must be more than 0 seconds")
    return value


def date_time(text: str) -> dt.datetime:
    """A date (``2026-11-01``, midnight UTC) or an ISO 8601 date-time with its offset."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
            return dt.datetime.fromisoformat(text.strip()).replace(tzinfo=dt.UTC)
        return parse_datetime(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date (2026-11-01) or an ISO 8601 date-time, got {text!r}"
        ) from None


def port(text: str) -> int:
    """A TCP port, 0 (any free one) to 65535."""
    value = count(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"must be 0 to 65535, got {value}")
    return value


def base_url(text: str) -> str:
    """An http(s) URL of an API host, as the client accepts it."""
    try:
        return ClientConfig(base_url=text).base_url
    except (TypeError, ValueError) as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_base_url_option(parser: argparse.ArgumentParser) -> None:
    """``--base-url URL`` (checked as the client checks it; ``None`` when not given)."""
    parser.add_argument(
        "--base-url",
        type=base_url,
        default=None,
        metavar="URL",
        help=f"API host (default: ${BASE_URL_ENV} if set, else {DEFAULT_BASE_URL})",
    )


def base_url_or_default(given: str | None) -> str:
    """``given`` (an already checked ``--base-url``), else the client's default:
    ``$SMARTRECRUITERS_BASE_URL`` if set, else the production API; ``UsageError`` if the
    variable holds no usable URL."""
    if given is not None:
        return given
    try:
        return default_base_url()
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def company(text: str) -> str:
    """A company identifier (a career site's slug): not empty."""
    if not text.strip():
        raise argparse.ArgumentTypeError("the company identifier must not be empty")
    return text
