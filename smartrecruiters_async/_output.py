"""``OutputFile``: write an export or a download where the user said, never clobbering the place.

What a name on the command line (or a ``save(path)``) must do depends on what is there:

- ``-`` (only where the caller allows it): standard output, written through.
- A character device, FIFO or socket (``/dev/null``, ``/dev/full``, a named pipe): opened and
  written through. Renaming a temporary file over it would replace the device with a file.
- A symbolic link: followed; its target is written, the link stays a link.
- An existing regular file: replaced atomically (a temporary file beside it, flushed to disk,
  then renamed), keeping its permission bits, so a reader sees the old file or the new one.
- A new file: created like ``open()`` creates one, with the mode ``0o666`` less the umask.

A directory, a missing parent directory, a read-only file or a directory the user cannot write
in is refused by ``OutputFile.open`` with the ``OSError`` the shell would give, before the
caller has fetched anything.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

__all__ = ["OutputFile"]

_NEW_FILE_MODE = 0o666  # the kernel takes the umask off, as for any file open() creates


class OutputFile:
    """A binary output opened by ``OutputFile.open``; ``write``, then ``commit`` or ``discard``.

    Used as a context manager it commits when the block succeeds and discards otherwise
    (an exception, a cancellation, a signal turned into one). Discarding an atomic output
    removes its temporary file and leaves the target as it was; a written-through output
    (device, FIFO, standard output) cannot take back what it already wrote.
    """

    def __init__(
        self, *, name: str, stream: BinaryIO, temp: Path | None, target: Path | None, owned: bool
    ) -> None:
        self._name = name
        self._stream = stream
        self._temp = temp
        self._atomic = temp is not None
        self._target = target
        self._owned = owned
        self._done = False
        self._written = 0

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, stdout: BinaryIO | None = None) -> OutputFile:
        """Prepare ``path`` for writing, or raise the ``OSError`` that says why it cannot be.

        ``stdout``, when given, is what ``"-"`` means (a command line's convention; a library
        call leaves it out and gets a file named ``-``). Raises ``IsADirectoryError``,
        ``FileNotFoundError`` (no such parent directory), ``PermissionError`` and the like,
        with ``filename`` set to the name as given.
        """
        name = os.fspath(path)
        if not name:
            raise FileNotFoundError(errno.ENOENT, "an empty name is no file", name)
        if stdout is not None and name == "-":
            return cls(name="standard output", stream=stdout, temp=None, target=None, owned=False)
        target = Path(os.path.realpath(name))  # a symlink's target, never the link itself
        try:
            existing: os.stat_result | None = target.stat()
        except FileNotFoundError:
            existing = None
        if existing is not None and stat.S_ISDIR(existing.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), name)
        if existing is not None and not stat.S_ISREG(existing.st_mode):
            # O_WRONLY without O_CREAT: if the device vanished meanwhile, fail, create nothing.
            fd = os.open(target, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
            return cls(name=name, stream=os.fdopen(fd, "wb"), temp=None, target=None, owned=True)
        if not target.parent.is_dir():
            raise FileNotFoundError(errno.ENOENT, "no such directory", str(target.parent))
        if existing is not None and not os.access(target, os.W_OK):
            # The rename would succeed in a writable directory; the shell's ">" would not.
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), name)
        try:
            temp, fd = _create_beside(target)
        except OSError as exc:
            # Name the directory: the temporary file's own name would mean nothing to the user.
            raise OSError(exc.errno, exc.strerror, str(target.parent)) from None
        try:
            if existing is not None:
                os.fchmod(fd, stat.S_IMODE(existing.st_mode))
            stream = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            temp.unlink()
            raise
        return cls(name=name, stream=stream, temp=temp, target=target, owned=True)

    @property
    def name(self) -> str:
        """The name as given (``"standard output"`` for ``-``), for messages."""
        return self._name

    @property
    def atomic(self) -> bool:
        """True when the target appears only on ``commit`` (a regular file)."""
        return self._atomic

    @property
    def bytes_written(self) -> int:
        """Bytes handed to ``write`` so far."""
        return self._written

    def write(self, data: bytes) -> None:
        """Write ``data`` (buffered; errors such as a full disk may surface on ``commit``)."""
        self._stream.write(data)
        self._written += len(data)

    def commit(self) -> None:
        """Flush everything; for a regular file, make it durable and move it into place.

        Raises ``OSError`` if the data cannot be written (a full device: ``ENOSPC``); the
        output is then discarded.
        """
        if self._done:
            return
        try:
            self._stream.flush()
            if self._temp is not None and self._target is not None:
                os.fsync(self._stream.fileno())
                self._stream.close()
                os.replace(self._temp, self._target)
                self._temp = None
                _fsync_directory(self._target.parent)
            elif self._owned:
                self._stream.close()
        except BaseException:
            self.discard()
            raise
        self._done = True

    def discard(self) -> None:
        """Give up: remove the temporary file (the target is untouched). Idempotent."""
        if self._done:
            return
        self._done = True
        if self._owned:
            # The data is being thrown away: a flush that fails on close must not hide why.
            with contextlib.suppress(OSError):
                self._stream.close()
        if self._temp is not None:
            with contextlib.suppress(FileNotFoundError):
                self._temp.unlink()
            self._temp = None

    def __enter__(self) -> OutputFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()

    def __repr__(self) -> str:
        kind = "atomic" if self.atomic else "written through"
        return f"<OutputFile {self._name!r} {kind}>"


def _create_beside(target: Path) -> tuple[Path, int]:
    """A new hidden temporary file in ``target``'s directory (same file system: the rename is
    atomic), created with the umask applied, as the target itself would be."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    while True:
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            return temp, os.open(temp, flags, _NEW_FILE_MODE)
        except FileExistsError:
            continue


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable; not every platform can open a directory.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
