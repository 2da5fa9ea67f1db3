"""Departments: the response shapes are the Posting API's ``Department``/``Departments``."""

from __future__ import annotations

from .._base import model

__all__ = ["NewDepartment"]


@model
class NewDepartment:
    """Request body of ``POST /configuration/departments``; ``label`` is required."""

    label: str
    description: str | None = None
