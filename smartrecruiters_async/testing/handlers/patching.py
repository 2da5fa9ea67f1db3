"""Applying RFC 6902 JSON Patch bodies to the fake server's stored objects.

Only the operations the Customer API documents for ``PATCH /jobs/{id}`` and
``PATCH /users/{id}`` are served: ``add``, ``replace``, ``remove`` and ``test``.
"""

from __future__ import annotations

import copy
from collections.abc import Collection
from typing import Any

from .checks import Refusal, bad_request

__all__ = ["apply_patch"]

Json = dict[str, Any]
_OPS = frozenset({"add", "replace", "remove", "test"})


def _keys(pointer: object) -> list[str]:
    if not isinstance(pointer, str) or not pointer.startswith("/"):
        raise bad_request(f"path must be a JSON pointer starting with '/': {pointer!r}")
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def _index(container: list[Any], key: str, *, adding: bool) -> int:
    if adding and key == "-":
        return len(container)
    if not key.isdigit():
        raise bad_request(f"array index expected, got {key!r}")
    index = int(key)
    if index > len(container) or (not adding and index == len(container)):
        raise bad_request(f"array index {index} out of range")
    return index


def _parent(doc: Json, keys: list[str]) -> Any:
    node: Any = doc
    for key in keys[:-1]:
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list):
            node = node[_index(node, key, adding=False)]
        else:
            raise bad_request(f"path /{'/'.join(keys)} does not exist")
    return node


def _apply_one(doc: Json, op: Json) -> None:
    name = op.get("op")
    if name not in _OPS:
        raise bad_request(f"op must be one of {', '.join(sorted(_OPS))}, got {name!r}")
    keys = _keys(op.get("path"))
    if name != "remove" and "value" not in op:
        raise bad_request(f"{name} needs a value")
    parent, last = _parent(doc, keys), keys[-1]
    if isinstance(parent, list):
        index = _index(parent, last, adding=name == "add")
        if name == "add":
            parent.insert(index, op["value"])
        elif name == "replace":
            parent[index] = op["value"]
        elif name == "remove":
            del parent[index]
        elif parent[index] != op["value"]:
            raise Refusal(409, "TEST_FAILED", f"test failed at {op['path']}")
        return
    if not isinstance(parent, dict):
        raise bad_request(f"path {op['path']} does not exist")
    if name != "add" and last not in parent:
        raise bad_request(f"path {op['path']} does not exist")
    if name in ("add", "replace"):
        parent[last] = op["value"]
    elif name == "remove":
        del parent[last]
    elif parent[last] != op["value"]:
        raise Refusal(409, "TEST_FAILED", f"test failed at {op['path']}")


def apply_patch(doc: Json, patch: Any, *, writable: Collection[str]) -> Json:
    """``doc`` with ``patch`` applied, as a new object; ``doc`` itself is never changed.

    ``writable`` names the top-level fields a patch may touch. Refuses (400) a body that is not
    a list of operations, an unknown op, a bad path or a read-only field; a failed ``test``
    is a 409. The patch applies completely or not at all.
    """
    if not isinstance(patch, list) or not patch:
        raise bad_request("Request body must be a non-empty JSON Patch array", "INVALID_JSON")
    result = copy.deepcopy(doc)
    for op in patch:
        if not isinstance(op, dict):
            raise bad_request("each JSON Patch operation must be an object", "INVALID_JSON")
        field = _keys(op.get("path"))[0]
        if field not in writable:
            raise bad_request(f"{field} cannot be changed")
        _apply_one(result, op)
    return result
