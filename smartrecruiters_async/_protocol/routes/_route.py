"""The shape of one route-table entry and the rules for turning it into a request path."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import attrs

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


class Paging(enum.Enum):
    """How a list operation pages (DESIGN 6)."""

    NONE = "none"
    OFFSET = "offset"  # offset, limit -> {offset, limit, totalFound, content}
    CURSOR = "cursor"  # pageId, limit -> {nextPageId, content} (+ Link rel=next)
    SNAKE_CURSOR = "snake_cursor"  # page_id -> nextPageId
    AUDIT_CURSOR = "audit_cursor"  # nextPageId as the request parameter
    PAGE = "page"  # page -> {nextPage, content}


class Body(enum.Enum):
    """What travels in a request or response body."""

    NONE = "none"
    JSON = "json"
    MULTIPART = "multipart"
    FORM = "form"
    CSV = "csv"
    BINARY = "binary"


class AuthMode(enum.Enum):
    """Credentials an operation accepts."""

    PUBLIC = "public"  # no credential needed (a credential, if configured, is still sent)
    EITHER = "either"  # X-SmartToken or OAuth bearer
    KEY_ONLY = "key_only"  # X-SmartToken only (the Analytics API)
    BEARER_ONLY = "bearer_only"


class RouteError(ValueError):
    """A path parameter is unusable (empty, not a string, or missing)."""


def _default_idempotent(route: Route) -> bool:
    return route.method in _IDEMPOTENT_METHODS


@attrs.frozen(kw_only=True)
class Route:
    """One operation of the Customer API, declared once.

    ``path`` is the full template after the host (version prefix included), with ``{name}``
    placeholders named as the Python keyword arguments that fill them. ``rate_classes`` and
    ``concurrency_classes`` name the throttling policies (``Policies``) the operation is subject
    to; ``byte_class`` names a per-endpoint response-size budget. ``idempotent`` says whether the
    request may be replayed after an ambiguous failure; it defaults from the method but is a
    property of the route because SmartRecruiters updates with ``POST`` in places.
    ``item_key`` names the field that identifies an item of a paged list (``id``; the Reporting
    API's ``reportId``), by which a walk never yields an item twice; ``bare_array`` declares a
    list operation that may answer a bare JSON array (all its items, no paging fields), which
    is an error on every other list.
    """

    operation_id: str
    method: str
    path: str
    group: str
    paging: Paging = Paging.NONE
    rate_classes: tuple[str, ...] = ("default",)
    concurrency_classes: tuple[str, ...] = ("default",)
    byte_class: str | None = None
    idempotent: bool = attrs.field(default=attrs.Factory(_default_idempotent, takes_self=True))
    request_body: Body = Body.NONE
    response_body: Body = Body.JSON
    auth: AuthMode = AuthMode.EITHER
    request_model: type[Any] | None = attrs.field(default=None, repr=False)
    response_model: type[Any] | None = attrs.field(default=None, repr=False)
    deprecated: str | None = None
    source_spec: str | None = None
    item_key: str = "id"
    bare_array: bool = False
    _pattern: re.Pattern[str] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        parts = _PLACEHOLDER.split(self.path)
        # split() alternates literal text and placeholder names
        regex = "".join(re.escape(part) if i % 2 == 0 else "[^/]+" for i, part in enumerate(parts))
        object.__setattr__(self, "_pattern", re.compile(regex + r"/?"))

    @property
    def path_params(self) -> tuple[str, ...]:
        """Names of the placeholders in ``path``, in order."""
        return tuple(_PLACEHOLDER.findall(self.path))

    @property
    def literal_segments(self) -> int:
        """How many path segments are fixed text; more means a more specific template."""
        return sum(1 for seg in self.path.split("/") if seg and not _PLACEHOLDER.fullmatch(seg))

    def matches(self, method: str, path: str) -> bool:
        """True when ``method`` and an already-expanded ``path`` belong to this route."""
        return method.upper() == self.method and self._pattern.fullmatch(path) is not None

    def expand(self, params: Mapping[str, object]) -> str:
        """Fill the template, percent-encoding every value so no id can change the path.

        Raises ``RouteError`` for a missing, empty, non-string or blank parameter, and for
        ``.`` or ``..``: no encoding of those is safe, since RFC 3986 makes ``%2E`` equal to
        ``.``, so a normalising proxy would climb out of the template (``/jobs/%2E%2E`` is
        ``/``).
        """

        def fill(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in params:
                raise RouteError(f"{self.operation_id}: missing path parameter {name!r}")
            value = check_path_value(name, params[name])
            if value in (".", ".."):
                raise RouteError(
                    f"{self.operation_id}: {name} must not be {value!r}, a dot segment that "
                    "would change the path"
                )
            return quote(value, safe="")

        return _PLACEHOLDER.sub(fill, self.path)


def check_path_value(name: str, value: object) -> str:
    """Return ``value`` as a path segment value or raise ``RouteError`` saying why it is unusable.

    Integers are accepted (ids are often numeric); ``bool`` is not, being almost always a mistake.
    """
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise RouteError(f"{name} must be a non-empty string, not {type(value).__name__}")
    text = str(value)
    if not text.strip():
        raise RouteError(f"{name} must be a non-empty string")
    return text
