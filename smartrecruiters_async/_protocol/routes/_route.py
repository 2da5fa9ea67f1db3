"""The shape of one route-table entry and the rules for turning it into a request path."""

from __future__ import annotations

import enum
import re
import typing
from collections.abc import Mapping
from typing import Any, Generic, Literal, overload
from urllib.parse import quote

import attrs
from typing_extensions import TypeVar

from .._wire import camel
from ..json_value import AsSent, JsonValue

R = TypeVar("R", default=Any)

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
    # Numbered pages of a fixed size (``paging.NumberedWalk``): to a short page, or the total.
    PAGE_NUMBER = "page_number"  # page (from 0), pageSize -> {content|contents, total?}
    PAGE_NUMBER_LIMIT = "page_number_limit"  # page (from 0), limit -> the same
    OFFSET_TO_SHORT = "offset_to_short"  # offset, limit -> {content} or [...], no total


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
    """A route cannot be sent as asked: a path parameter is unusable (empty, not a string, or
    missing), the operation is one partners implement, or it takes a bearer token only."""


@attrs.frozen
class Param:
    """One query parameter an operation accepts, declared once on its route.

    ``name`` is the Python keyword of the resource method, ``wire`` the name sent, ``type`` what
    a value may be (``str``, ``int``, ``bool``, ``datetime``, an ``Enum``; ``list[...]`` when it
    may repeat). A ``dict[str, ...]`` parameter is a family whose wire names are ``wire`` plus
    each key (``custom_field.{id}``). Resources, the fake server, the API reference and the CLI
    read it.
    """

    name: str
    wire: str
    type: Any = str
    required: bool = False
    doc: str = ""

    @property
    def is_family(self) -> bool:
        """True for a ``dict[str, ...]`` parameter: one wire name per key, ``wire`` + key."""
        return typing.get_origin(self.type) is dict


def param(name: str, type: Any = str, *, wire: str | None = None, required: bool = False) -> Param:
    """A query parameter whose wire name is the camelCase of ``name`` unless ``wire`` says."""
    return Param(name=name, wire=wire or camel(name), type=type, required=required)


def _default_idempotent(route: Route) -> bool:
    return route.method in _IDEMPOTENT_METHODS


@attrs.frozen(kw_only=True)
class Route(Generic[R]):
    """One operation of the Customer API, declared once.

    ``Route[R]``: ``R`` is what the operation returns once decoded (``response_model``; for a
    paged route, one item), so ``client._call(route)`` is typed ``R`` and a resource method
    that disagrees with its route is a type error.

    ``path`` is the full template after the host (version prefix included), with ``{name}``
    placeholders named as the Python keyword arguments that fill them. ``rate_classes`` and
    ``concurrency_classes`` name the throttling policies (``Policies``) the operation is subject
    to; ``byte_class`` names a per-endpoint response-size budget. ``idempotent`` says whether the
    request may be replayed after an ambiguous failure; it defaults from the method but is a
    property of the route because SmartRecruiters updates with ``POST`` in places.
    ``item_key`` names the field that identifies an item of a paged list (``id``; the Reporting
    API's ``reportId``), by which a walk never yields an item twice; ``bare_array`` declares a
    list operation that may answer a bare JSON array (all its items, no paging fields), which
    is an error on every other list (on a numbered style it is one page, without a total).
    ``items_key`` names the field of a page that holds its
    items (``content``; the Feed API's ``jobs``). ``partner_implements`` marks an operation
    that SmartRecruiters sends to a partner's own host (the Assessment partner app): the route
    table describes it, ``smartrecruiters_async.partner_app`` serves it, and the client refuses
    to send it. ``forbidden_hint`` says what a 403 from the operation
    usually means beyond a missing scope (a system role it needs); the error's message adds it.
    ``empty_is_none`` makes a 204 answer ``None`` (``Route[R | None]``): "nothing is bound".
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
    request_model: Any = attrs.field(default=None, repr=False)
    response_model: Any = attrs.field(default=None, repr=False)
    query: tuple[Param, ...] = attrs.field(default=(), repr=False)
    deprecated: str | None = None
    source_spec: str | None = None
    item_key: str = "id"
    bare_array: bool = False
    items_key: str = "content"
    partner_implements: bool = False
    forbidden_hint: str | None = None
    empty_is_none: bool = False
    _pattern: re.Pattern[str] = attrs.field(init=False, repr=False, eq=False, hash=False)
    _params_by_name: dict[str, Param] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_params_by_name", {p.name: p for p in self.query})
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

    def wire_query(self, values: Mapping[str, object]) -> dict[str, object]:
        """Python-named query values as wire-named ones; ``None`` values are left out.

        Raises ``RouteError`` for a name the route does not declare (a programming error the
        resource must not hide) and for a required parameter without a value.
        """
        by_name = self._params_by_name
        out: dict[str, object] = {}
        for name, value in values.items():
            declared = by_name.get(name)
            if declared is None:
                raise RouteError(f"{self.operation_id}: no query parameter {name!r}")
            if value is None:
                continue
            if declared.is_family:
                if not isinstance(value, Mapping):
                    raise RouteError(f"{self.operation_id}: {name} must be a mapping")
                out.update({declared.wire + str(key): item for key, item in value.items()})
            else:
                out[declared.wire] = value
        for declared in self.query:
            if declared.required and declared.wire not in out:
                raise RouteError(f"{self.operation_id}: {declared.name} is required")
        return out

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


class RouteGroup:
    """Declares the routes of one API group (one spec file) with its shared settings.

    ``jobs = RouteGroup("jobs", spec="jobs-api.json")`` then ``LIST = jobs.route("GET",
    "jobs.all", "/jobs", returns=JobSummary, paging=Paging.CURSOR)``; ``jobs.routes`` is every
    route made, in order. A route with no ``returns`` answers no body and is ``Route[None]``;
    ``body=Model`` declares a JSON request body.
    """

    def __init__(self, group: str, *, spec: str | None, **shared: Any) -> None:
        self.group = group
        self.spec = spec
        self._shared = shared
        self._routes: list[Route[Any]] = []

    @property
    def routes(self) -> tuple[Route[Any], ...]:
        """Every route declared so far, in declaration order."""
        return tuple(self._routes)

    @overload
    def route(
        self, method: str, operation_id: str, path: str, *, returns: type[AsSent], **options: Any
    ) -> Route[JsonValue]: ...

    @overload
    def route(
        self,
        method: str,
        operation_id: str,
        path: str,
        *,
        returns: type[R],
        empty_is_none: Literal[True],
        **options: Any,
    ) -> Route[R | None]: ...

    @overload
    def route(
        self, method: str, operation_id: str, path: str, *, returns: type[R], **options: Any
    ) -> Route[R]: ...

    @overload
    def route(
        self, method: str, operation_id: str, path: str, *, returns: None = None, **options: Any
    ) -> Route[None]: ...

    def route(
        self, method: str, operation_id: str, path: str, *, returns: Any = None, **options: Any
    ) -> Route[Any]:
        """Declare one operation; ``options`` are ``Route`` fields (paging, query, ...)."""
        settings = {"source_spec": self.spec, **self._shared, **options}
        if returns is None and "response_body" not in settings:
            settings["response_body"] = Body.NONE
        if "body" in settings:
            settings["request_model"] = settings.pop("body")
            settings.setdefault("request_body", Body.JSON)
        made: Route[Any] = Route(
            operation_id=operation_id,
            method=method,
            path=path,
            group=self.group,
            response_model=returns,
            **settings,
        )
        self._routes.append(made)
        return made
