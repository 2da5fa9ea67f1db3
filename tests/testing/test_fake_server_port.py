"""``FakeSmartRecruiters(port=...)``: a fixed port, for an app configured with a fixed URL."""

from __future__ import annotations

import socket

import pytest

from smartrecruiters_async.testing import FakeSmartRecruiters


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_it_listens_on_the_port_asked_for() -> None:
    port = free_port()
    async with FakeSmartRecruiters(postings=1, port=port) as server:
        assert server.port == port
        assert server.url == f"http://127.0.0.1:{port}"


async def test_a_taken_port_raises_address_in_use() -> None:
    async with FakeSmartRecruiters(postings=1) as first:
        with pytest.raises(OSError, match="address already in use"):
            await FakeSmartRecruiters(postings=1, port=first.port).start()


@pytest.mark.parametrize("port", [-1, 65536, True, "8080"])
def test_an_impossible_port_is_refused(port: object) -> None:
    with pytest.raises(ValueError, match="port"):
        FakeSmartRecruiters(postings=1, port=port)  # type: ignore[arg-type]
