"""Places on disk that a test cannot otherwise count on: a full device, an unwritable directory.

Both are made under the test's own directory where the machine allows it, so a test run against
code that mishandles them (replacing a device with a file) damages nothing outside it.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

_FULL = os.makedev(1, 7) if hasattr(os, "makedev") else 0  # Linux's /dev/full


def full_device(directory: Path) -> Path:
    """A character device whose writes fail with ENOSPC: a node made in ``directory`` (root
    may make one), else the system's ``/dev/full``."""
    node = directory / "full"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, _FULL)
    except (OSError, AttributeError):
        if not Path("/dev/full").exists():
            pytest.skip("no /dev/full on this system")
        return Path("/dev/full")
    return node


def unwritable_directory(directory: Path) -> Path:
    """A directory in which this process cannot create a file.

    A mode-0555 directory under ``directory``, unless the process is root (who may write in
    any directory): then ``/sys``, which refuses new files even to root.
    """
    if os.geteuid() != 0:
        locked = directory / "locked"
        locked.mkdir(mode=0o555)
        return locked
    sys_dir = Path("/sys")
    probe = sys_dir / "smartrecruiters-async-probe"
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except PermissionError:
        return sys_dir
    except OSError as exc:
        pytest.skip(f"no unwritable directory for root here ({errno.errorcode.get(exc.errno)})")
    os.unlink(probe)
    pytest.skip("no unwritable directory for root here")
