"""Request bodies that edit an object in place: JSON Patch and translations."""

from __future__ import annotations

from collections.abc import Mapping

from aiohttp import web

from ..checks import Refusal, json_body, patched
from ._common import Field, Json

__all__ = ["apply_patch", "read_translations"]

_PATCH_OPS = frozenset({"add", "replace"})


async def apply_patch(request: web.Request, target: Json, fields: Mapping[str, Field]) -> None:
    """Apply the request's RFC 6902 patch to ``target``; ``fields`` maps members it may change.

    Only ``add`` and ``replace`` are served. The whole patch is applied to a copy and every
    changed member checked before ``target`` changes, so a refused patch changes nothing.
    """
    ops = await json_body(request, empty=None)
    if isinstance(ops, list) and any(
        not isinstance(op, dict) or op.get("op") not in _PATCH_OPS for op in ops
    ):
        raise Refusal(400, "INVALID_PATCH", "Only 'add' and 'replace' operations are supported")
    changed = patched(target, ops, may_change=fields.__contains__)
    touched = {str(op["path"]).split("/")[1] for op in ops}
    for name in touched:
        value = changed.get(name)
        blank = value is None or (isinstance(value, str) and not value.strip())
        if blank or not isinstance(value, fields[name].kind):
            raise Refusal(400, "INVALID_VALUE", f"{name} has an invalid value")
    target.update({name: changed[name] for name in touched})


async def read_translations(request: web.Request) -> dict[str, str]:
    """The request's ``[{"language", "label"}]`` as ``{language: label}``; 400 when malformed."""
    items = await json_body(request, empty=None)
    if not isinstance(items, list) or not items:
        raise Refusal(400, "INVALID_BODY", "Request body must be a non-empty list of translations")
    out: dict[str, str] = {}
    for item in items:
        language = item.get("language") if isinstance(item, dict) else None
        label = item.get("label") if isinstance(item, dict) else None
        if not isinstance(language, str) or not language.strip():
            raise Refusal(400, "REQUIRED_FIELD", "language is required")
        if not isinstance(label, str) or not label.strip():
            raise Refusal(400, "REQUIRED_FIELD", "label is required")
        out[language.split("-")[0].lower()] = label
    return out
