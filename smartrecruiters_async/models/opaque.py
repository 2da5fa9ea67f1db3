"""The base of models whose fields SmartRecruiters has not published."""

from __future__ import annotations

from typing import Any

from ._base import ExtraFields, extra_fields, model

__all__ = ["Opaque"]


@model
class Opaque:
    """An object whose shape no public source gives: every field is kept as sent.

    Read fields with ``obj["name"]`` (or ``obj.extra_fields``); a changed copy is
    ``attrs.evolve(obj, extra_fields={**obj.extra_fields, "name": value})``, written back whole.
    Building one for a request: ``Kind(extra_fields={...})``. Subclasses name what the object
    is, so typed fields can be added as they become known.
    """

    extra_fields: ExtraFields = extra_fields()

    def __getitem__(self, key: str) -> Any:
        return self.extra_fields[key]
