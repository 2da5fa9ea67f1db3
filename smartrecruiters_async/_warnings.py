"""Warnings the SDK raises when data is usable but not what the official schema describes."""

from __future__ import annotations

__all__ = ["SchemaDriftWarning"]


class SchemaDriftWarning(UserWarning):
    """A response field had a type or value the official schema does not describe.

    The response is still returned: that one field keeps the raw JSON the server sent (readable
    on the attribute, and written back unchanged on update), every other field is typed. Emitted
    once per process for each model, field and unexpected JSON type. Turn it into an error with
    ``warnings.simplefilter("error", SchemaDriftWarning)`` to make drift fail loudly in tests.
    """
