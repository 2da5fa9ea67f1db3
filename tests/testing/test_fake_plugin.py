"""The shipped pytest fixtures."""

from __future__ import annotations

import socket
import threading

import aiohttp
import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.pytest_plugin import FakeServerFactory


async def test_default_fixture_is_started(fake_smartrecruiters: FakeSmartRecruiters) -> None:
    assert fake_smartrecruiters.url.startswith("http://127.0.0.1:")
    async with (
        aiohttp.ClientSession() as session,
        session.get(fake_smartrecruiters.url + "/v1/companies/acme/departments") as response,
    ):
        assert response.status == 200


async def test_factory_starts_independent_servers(
    fake_smartrecruiters_factory: FakeServerFactory,
) -> None:
    first = await fake_smartrecruiters_factory(postings=3, company="one")
    second = await fake_smartrecruiters_factory(postings=4, company="two", seed=9)
    assert first.port != second.port
    assert len(first.data.postings) == 3
    assert second.data.company == "two"


async def test_server_lifecycle_errors() -> None:
    server = FakeSmartRecruiters(postings=1)
    with pytest.raises(RuntimeError, match="not started"):
        _ = server.url
    async with server:
        with pytest.raises(RuntimeError, match="already started"):
            await server.start()
    await server.close()  # closing twice is fine
    with pytest.raises(ValueError, match="latency"):
        FakeSmartRecruiters(latency=(0.2, 0.1))


async def test_a_threaded_server_serves_while_the_clients_loop_is_busy() -> None:
    async with FakeSmartRecruiters(postings=3, threaded=True) as server:
        with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
            sock.sendall(b"GET /v1/companies/acme/postings HTTP/1.1\r\nHost: x\r\n\r\n")
            # A blocking read keeps this loop busy (a client writing its export) until the
            # server answers: only a server with a loop of its own can.
            assert sock.recv(12) == b"HTTP/1.1 200"
        assert len(server.stats.arrivals) == 1
    assert "fake-smartrecruiters" not in {t.name for t in threading.enumerate()}


async def test_the_client_fixture_talks_to_the_fake_server(
    client: sr.SmartRecruiters, fake_smartrecruiters: FakeSmartRecruiters
) -> None:
    assert client.config.base_url == fake_smartrecruiters.url
    page = await client.postings.list("acme", limit=5)
    assert page.total_found == len(fake_smartrecruiters.data.postings)
    await client.request("GET", "/jobs", params={"limit": 1})  # routes that need a credential
    assert fake_smartrecruiters.stats.count() == 2
