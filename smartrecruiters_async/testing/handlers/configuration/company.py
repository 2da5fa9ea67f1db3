"""``GET /configuration/company``: the company the credential belongs to."""

from __future__ import annotations

from .._collection import answering
from ._common import config

__all__ = ["HANDLERS"]

HANDLERS = {"configuration.company.my": answering(lambda rq, d: config(d).company)}
