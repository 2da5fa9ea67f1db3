"""Approvals API models: approval requests of jobs and offers, and re-requesting them.

Only the create body is published, and only in part: ``baseId``, ``steps[]`` (at least one)
of ``approvers[]`` (at least one, in order for a sequential request) of ``{id}``, and two
required enums (the request's type and its decision mode) whose wire names and values the
public reference does not show. Pass those two in ``extra_fields`` under the names your
account's reference shows; the SDK does not guess them. An approval request as the API
answers is not published either: ``ApprovalRequest`` types the ``id`` and ``steps`` the create
description promises ("a new id, type, decision mode and steps") and keeps the rest as sent.
"""

from __future__ import annotations

import attrs

from ._base import ExtraFields, extra_fields, model

__all__ = ["ApprovalRequest", "ApprovalRequestInput", "ApprovalStep", "Approver"]


@model
class Approver:
    """One approver of a step: a user ``id``."""

    id: str
    extra_fields: ExtraFields = extra_fields()


@model
class ApprovalStep:
    """One step of an approval request: its approvers (the order matters when sequential)."""

    approvers: list[Approver] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class ApprovalRequest:
    """An approval request (``approvals.get``, ``pending`` items, ``create``'s answer); every
    field the API sends beyond ``id`` and ``steps`` is in ``extra_fields``."""

    id: str | None = None
    steps: list[ApprovalStep] = attrs.field(factory=list)
    extra_fields: ExtraFields = extra_fields()


@model
class ApprovalRequestInput:
    """The body of ``approvals.create``: a new request based on ``base_id`` (a pending base is
    abandoned); the type and decision mode go in ``extra_fields`` (see the module's note)."""

    base_id: str
    steps: list[ApprovalStep]
    extra_fields: ExtraFields = extra_fields()
