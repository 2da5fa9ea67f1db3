"""OutputFile: write through to devices, FIFOs and ``-``; follow links; replace files atomically
with their mode; create new ones by the umask; refuse what cannot be written, before writing."""

from __future__ import annotations

import errno
import io
import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from smartrecruiters_async._output import OutputFile

from ..places import full_device, unwritable_directory


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_a_new_file_gets_the_umask_mode_not_0600(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "new.jsonl"
    with OutputFile.open(target) as out:
        out.write(b"one\n")
    assert target.read_bytes() == b"one\n"
    assert mode_of(target) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.jsonl"]


def test_a_replaced_file_keeps_its_mode(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "shared.jsonl"
    target.write_bytes(b"old\n")
    target.chmod(0o640)
    with OutputFile.open(target) as out:
        out.write(b"new\n")
    assert target.read_bytes() == b"new\n"
    assert mode_of(target) == 0o640


def test_the_target_appears_only_on_commit(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"old\n")
    out = OutputFile.open(target)
    out.write(b"half")
    assert target.read_bytes() == b"old\n"  # a reader sees the old file while we write
    out.discard()
    assert target.read_bytes() == b"old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_an_exception_in_the_block_discards(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"

    def interrupted_write() -> None:
        with OutputFile.open(target) as out:
            out.write(b"half")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        interrupted_write()
    assert list(tmp_path.iterdir()) == []


def test_a_symlink_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.jsonl"
    real.write_bytes(b"old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    with OutputFile.open(link) as out:
        out.write(b"new\n")
    assert link.is_symlink()
    assert real.read_bytes() == b"new\n"


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.jsonl"
    link.symlink_to(tmp_path / "later.jsonl")
    with OutputFile.open(link) as out:
        out.write(b"x\n")
    assert link.is_symlink()
    assert (tmp_path / "later.jsonl").read_bytes() == b"x\n"


def test_a_full_device_is_written_through_and_its_error_raised(tmp_path: Path) -> None:
    device = full_device(tmp_path)
    out = OutputFile.open(device)
    assert not out.atomic
    out.write(b"x\n")  # buffered: the device's refusal comes with the flush
    with pytest.raises(OSError, match="No space left") as info:
        out.commit()
    assert info.value.errno == errno.ENOSPC
    with pytest.raises(OSError, match="No space left"), OutputFile.open(device) as big:
        big.write(b"x" * 100_000)
    assert stat.S_ISCHR(device.stat().st_mode)  # still the device, not a regular file


def test_a_fifo_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    with OutputFile.open(fifo) as out:  # opening a FIFO waits for its reader, as the shell does
        out.write(b"through the pipe\n")
    reader.join()
    assert received == [b"through the pipe\n"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_dash_is_standard_output_only_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stdout = io.BytesIO()
    with OutputFile.open("-", stdout=stdout) as out:
        out.write(b"to stdout\n")
    assert stdout.getvalue() == b"to stdout\n"
    assert not stdout.closed
    monkeypatch.chdir(tmp_path)
    with OutputFile.open("-") as out:  # a library call: a file named "-"
        out.write(b"file\n")
    assert (tmp_path / "-").read_bytes() == b"file\n"


def test_a_directory_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError) as info:
        OutputFile.open(tmp_path)
    assert info.value.filename == str(tmp_path)


def test_a_missing_directory_is_refused_and_not_created(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no such directory"):
        OutputFile.open(tmp_path / "missing" / "out.jsonl")
    assert not (tmp_path / "missing").exists()


def test_an_unwritable_directory_is_refused_naming_the_directory(tmp_path: Path) -> None:
    directory = unwritable_directory(tmp_path)
    with pytest.raises(PermissionError) as info:
        OutputFile.open(directory / "out.jsonl")
    assert info.value.filename == str(directory)


def test_a_read_only_file_is_not_replaced(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root may write any file")
    target = tmp_path / "locked.jsonl"
    target.write_bytes(b"keep\n")
    target.chmod(0o444)
    with pytest.raises(PermissionError):
        OutputFile.open(target)
    assert target.read_bytes() == b"keep\n"


def test_an_empty_name_is_refused() -> None:
    with pytest.raises(FileNotFoundError):
        OutputFile.open("")
