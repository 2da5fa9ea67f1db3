"""``--resume``: an export written page by page beside its target, with a checkpoint after each.

With ``--resume``, ``export ... --out c.jsonl`` writes ``c.jsonl.part`` and, after each page,
``c.jsonl.checkpoint``: which export it is (list, host, path and query values, format, shard),
where the next page starts (an offset, or the cursor the page returned), how many items and how
many bytes of ``c.jsonl.part`` are done, and whether that was the last page. The checkpoint is
written whole to a temporary file and renamed over the old one (atomic), after the page's bytes
were flushed to disk, so it never claims bytes that are not there. A crash between the two
leaves more bytes in the part file than the checkpoint counts: resuming cuts the part file back
to the checkpoint's length, so no item is written twice, and asks for the page after the
checkpoint, so no written page is fetched again.
When the export is complete the checkpoint is removed and the part file renamed over the target
(keeping an existing target's mode), as an export without ``--resume`` does.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from pathlib import Path
from typing import Any

import attrs

from ._failures import CommandFailed, UsageError

__all__ = ["Checkpoint", "ResumableOutput"]

_VERSION = 1
_NEW_FILE_MODE = 0o666


@attrs.frozen(kw_only=True)
class Checkpoint:
    """How far one export got. ``identity`` says which export it is (compared on resume);
    ``offset`` (offset lists) or ``cursor`` (cursor lists; ``None`` at the first page) says
    where the next page starts (``done``: nowhere, the list is complete); ``end`` is where a
    shard or ``--max-items`` stops an offset list (``None``: the list's end); ``items`` and
    ``size`` are what the part file holds."""

    identity: dict[str, Any]
    offset: int | None = None
    cursor: str | None = None
    end: int | None = None
    items: int = 0
    size: int = 0
    done: bool = False

    def to_json(self) -> str:
        """The checkpoint file's text."""
        return json.dumps({"version": _VERSION, **attrs.asdict(self)}, sort_keys=True) + "\n"

    @classmethod
    def from_file(cls, path: Path) -> Checkpoint | None:
        """The checkpoint at ``path``; ``None`` if there is none; ``UsageError`` if unreadable."""
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise UsageError(f"--resume: cannot read {path}: {exc.strerror}") from None
        try:
            data = json.loads(text)
            if data.pop("version") != _VERSION:
                raise ValueError("another version")
            return cls(**data)
        except (ValueError, TypeError, KeyError):
            raise UsageError(
                f"--resume: {path} is not a checkpoint of this program; remove it to start again"
            ) from None


def _differences(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return sorted(key for key in old.keys() | new.keys() if old.get(key) != new.get(key))


class ResumableOutput:
    """The part file and checkpoint of one ``--resume`` export of ``target`` (a regular file
    or a new one; the caller checked that)."""

    def __init__(self, target: Path, name: str) -> None:
        self.target = target
        self.name = name
        self.part = target.with_name(target.name + ".part")
        self.checkpoint_path = target.with_name(target.name + ".checkpoint")
        self._temp = target.with_name(f".{target.name}.checkpoint.tmp")
        self._stream: Any = None
        self.bytes_written = 0

    def start(self, identity: dict[str, Any]) -> Checkpoint | None:
        """Open the part file: continue it from the checkpoint of the same export (cut back to
        the checkpoint's size, returned), or start it empty (``None``). A checkpoint of another
        export, or a part file shorter than its checkpoint, is a ``UsageError``."""
        found = Checkpoint.from_file(self.checkpoint_path)
        if found is not None and found.identity != identity:
            changed = ", ".join(_differences(found.identity, identity))
            raise UsageError(
                f"--resume: {self.checkpoint_path} belongs to another export (the {changed} "
                "differ); run the same command to continue it, or remove the checkpoint to "
                "start this one"
            )
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(self.part, flags, _NEW_FILE_MODE)
        except OSError as exc:
            raise UsageError(f"--out {self.name}: {exc.strerror}") from None
        size = os.fstat(fd).st_size
        if found is not None and size < found.size:
            os.close(fd)
            raise UsageError(
                f"--resume: {self.part} holds {size} bytes but {self.checkpoint_path} counts "
                f"{found.size}; remove both to start again"
            )
        keep = found.size if found is not None else 0
        os.ftruncate(fd, keep)  # bytes written after the last checkpoint: that page comes again
        os.lseek(fd, keep, os.SEEK_SET)
        self._stream = os.fdopen(fd, "wb")
        self.bytes_written = keep
        return found

    def write(self, data: bytes) -> None:
        """Append ``data`` to the part file."""
        self._stream.write(data)
        self.bytes_written += len(data)

    def save(self, checkpoint: Checkpoint) -> None:
        """Make the bytes so far durable, then replace the checkpoint with ``checkpoint``."""
        self._stream.flush()
        os.fsync(self._stream.fileno())
        with open(self._temp, "w", encoding="utf-8") as out:
            out.write(checkpoint.to_json())
            out.flush()
            os.fsync(out.fileno())
        os.replace(self._temp, self.checkpoint_path)

    def commit(self) -> None:
        """The export is complete: forget the checkpoint, move the part file into place."""
        self._stream.flush()
        os.fsync(self._stream.fileno())
        with contextlib.suppress(FileNotFoundError):
            existing = self.target.stat()
            if stat.S_ISREG(existing.st_mode):
                os.fchmod(self._stream.fileno(), stat.S_IMODE(existing.st_mode))
        self._stream.close()
        # Checkpoint first: a crash between the two leaves a part file that the next --resume
        # starts afresh, never a checkpoint that would continue an export already moved away.
        with contextlib.suppress(FileNotFoundError):
            self.checkpoint_path.unlink()
        try:
            os.replace(self.part, self.target)
        except OSError as exc:
            raise CommandFailed(f"could not write {self.name}: {exc.strerror}") from None

    def close(self) -> None:
        """Stop writing, keeping the part file and the checkpoint for the next ``--resume``."""
        if self._stream is not None and not self._stream.closed:
            with contextlib.suppress(OSError):
                self._stream.close()
