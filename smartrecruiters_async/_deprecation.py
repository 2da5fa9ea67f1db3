"""Deprecation warnings come from the route table: a route's ``deprecated`` text, said once."""

from __future__ import annotations

import contextlib
import os
import re
import sys
import warnings
from typing import Any

from ._protocol.routes import Route

__all__ = ["warn_if_deprecated"]

_PACKAGE = os.path.dirname(__file__) + os.sep
_RESOURCES = os.path.join(_PACKAGE, "resources") + os.sep


def warn_if_deprecated(route: Route[Any]) -> None:
    """Warn ``DeprecationWarning`` when ``route`` is deprecated, at the user's line.

    The message names the public method the user called (``interviews.set_candidate_status is
    deprecated: ...``), found on the way out of the package, so no resource writes its own.
    """
    if not route.deprecated:
        return
    # Level 2 is the caller of this function; each step outward adds one.
    frame, level, method = sys._getframe(1), 2, route.operation_id
    while frame is not None:
        filename = frame.f_code.co_filename
        if filename.startswith(_RESOURCES) and not frame.f_code.co_name.startswith("_"):
            owner = frame.f_locals.get("self")
            group = _snake(type(owner).__name__) if owner is not None else route.group
            method = f"{group}.{frame.f_code.co_name}"
        elif not filename.startswith(_PACKAGE) and filename != contextlib.__file__:
            break
        frame, level = frame.f_back, level + 1  # type: ignore[assignment]
    message = f"{method} is deprecated: {route.deprecated}"
    warnings.warn(message, DeprecationWarning, stacklevel=level)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
