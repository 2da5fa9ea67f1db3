"""File inputs for multipart uploads (CVs, attachments, avatars)."""

from __future__ import annotations

import mimetypes
import os
from collections.abc import AsyncIterable
from pathlib import Path

import attrs

__all__ = ["FileInput", "Upload"]

FileInput = str | os.PathLike[str] | bytes | AsyncIterable[bytes]
"""A path, the bytes themselves, or an async stream of byte chunks."""


def _check_data(instance: Upload, attribute: attrs.Attribute[FileInput], value: FileInput) -> None:
    if isinstance(value, str | os.PathLike):
        if not Path(value).is_file():
            raise ValueError(f"upload path {os.fspath(value)!r} is not a readable file")
    elif not isinstance(value, bytes | bytearray) and not hasattr(value, "__aiter__"):
        raise TypeError(
            f"an upload is a path, bytes or an async iterable of bytes, not {type(value).__name__}"
        )


def guess_content_type(filename: str) -> str:
    """The media type a file name suggests, ``application/octet-stream`` when it suggests none."""
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


@attrs.frozen(kw_only=True)
class Upload:
    """One file of a multipart request.

    ``data`` is a path (re-read on each retry), bytes, or an async iterable of byte chunks
    (streamed once, so a request carrying one is not retried after it was sent). ``filename``
    defaults to the path's name; ``content_type`` to the type its name suggests (``cv.pdf``:
    ``application/pdf``), else ``application/octet-stream``.
    Raises ``ValueError`` for a path that is not a file and ``TypeError`` for other inputs.
    """

    data: FileInput = attrs.field(validator=_check_data)
    filename: str | None = None
    content_type: str = attrs.field(
        default=attrs.Factory(lambda self: guess_content_type(self.name), takes_self=True)
    )

    @classmethod
    def of(cls, value: FileInput | Upload) -> Upload:
        """``value`` as an ``Upload`` (an ``Upload`` is returned as it is)."""
        return value if isinstance(value, Upload) else cls(data=value)

    @property
    def name(self) -> str:
        """The file name sent in the part's ``Content-Disposition``."""
        if self.filename:
            return self.filename
        if isinstance(self.data, str | os.PathLike):
            return Path(self.data).name
        return "file"

    @property
    def replayable(self) -> bool:
        """Whether the same content can be sent again (paths and bytes can; streams cannot)."""
        return isinstance(self.data, str | os.PathLike | bytes | bytearray)


@attrs.frozen(kw_only=True)
class Multipart:
    """The parts of a ``multipart/form-data`` body: text fields and files, in order."""

    fields: tuple[tuple[str, str | Upload], ...]

    @property
    def replayable(self) -> bool:
        """True when every file part can be sent again."""
        return all(not isinstance(v, Upload) or v.replayable for _, v in self.fields)
