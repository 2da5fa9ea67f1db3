"""Where tokens live between uses: ``TokenStore`` and its memory and file implementations.

SmartRecruiters refresh tokens are single-use: each refresh returns a new one and the old one
dies. A store is written before the new token is used, so a crash can never leave only a dead
refresh token on disk.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Protocol, runtime_checkable

from .tokens import TokenSet

__all__ = ["FileTokenStore", "MemoryTokenStore", "TokenStore"]


@runtime_checkable
class TokenStore(Protocol):
    """Loads and saves one credential's ``TokenSet``. Implement it for a database or a vault."""

    async def load(self) -> TokenSet | None:
        """The stored token set, or ``None`` when nothing is stored yet."""
        ...

    async def save(self, tokens: TokenSet) -> None:
        """Store ``tokens``, replacing what was there; return only once it is durable."""
        ...


class MemoryTokenStore:
    """Keeps the token set in this process only (the default: lost when the process ends)."""

    def __init__(self, tokens: TokenSet | None = None) -> None:
        self._tokens = tokens

    async def load(self) -> TokenSet | None:
        """The token set saved last (or given at construction)."""
        return self._tokens

    async def save(self, tokens: TokenSet) -> None:
        """Keep ``tokens``."""
        self._tokens = tokens

    def __repr__(self) -> str:
        return f"MemoryTokenStore(<{'empty' if self._tokens is None else 'holds tokens'}>)"


class FileTokenStore:
    """Keeps the token set in a JSON file readable by its owner only (mode 0600).

    Writes are atomic: a temporary file in the same directory, flushed and fsynced, then
    ``os.replace``; a reader (or a crash) sees the old file or the new one, never half of one.
    Raises ``ValueError`` on ``load`` when the file exists but is not a stored token set.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self._path = Path(path)

    @property
    def path(self) -> Path:
        """The file the tokens are kept in."""
        return self._path

    async def load(self) -> TokenSet | None:
        """Read the file; ``None`` when it does not exist."""
        return await asyncio.to_thread(self._read)

    async def save(self, tokens: TokenSet) -> None:
        """Replace the file atomically with ``tokens`` (mode 0600)."""
        await asyncio.to_thread(self._write, json.dumps(tokens.to_dict()))

    def _read(self) -> TokenSet | None:
        try:
            text = self._path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        try:
            data = json.loads(text)
        except ValueError:
            raise ValueError(f"{self._path} is not a stored token set (not JSON)") from None
        if not isinstance(data, dict):
            raise ValueError(f"{self._path} is not a stored token set")
        try:
            return TokenSet.from_dict(data)
        except ValueError as exc:
            raise ValueError(f"{self._path}: {exc}") from None

    def _write(self, text: str) -> None:
        directory = self._path.parent
        directory.mkdir(parents=True, exist_ok=True)
        # mkstemp creates the file 0600 from the start: the tokens are never world-readable.
        fd, temp = tempfile.mkstemp(prefix=f".{self._path.name}.", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp, 0o600)
            os.replace(temp, self._path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
            raise
        _fsync_directory(directory)

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self._path)!r})"


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
