"""What every resource class shares: a reference to its client."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._caller import Caller


class Resource:
    """Base of the API-group classes reached as attributes of ``SmartRecruiters``."""

    def __init__(self, client: Caller) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"
