"""``GET /configuration/company``: the company the credential belongs to."""

from __future__ import annotations

from ...replies import Reply
from .._collection import fixed
from ._common import config

__all__ = ["HANDLERS"]

HANDLERS = {"configuration.company.my": fixed(lambda d: Reply.json(config(d).company))}
