"""When the transport reports a request as sent: on the wire, not before connecting."""

from __future__ import annotations

import socket

import aiohttp
import pytest

from smartrecruiters_async import APIConnectionError
from smartrecruiters_async._transport import Transport
from smartrecruiters_async.testing import FakeSmartRecruiters

KEY = {"X-SmartToken": "secret"}


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_each_request_is_marked_sent_once() -> None:
    transport = Transport(session=None, timeout=10, user_agent="test")
    marks: list[str] = []
    async with FakeSmartRecruiters(postings=3) as server:
        for n in range(3):
            response = await transport.request(
                "GET",
                f"{server.url}/v1/companies/acme/postings",
                headers=KEY,
                on_send=lambda n=n: marks.append(f"sent {n}"),
            )
            assert response.status == 200
        await transport.aclose()
    assert marks == ["sent 0", "sent 1", "sent 2"]


async def test_a_request_that_never_connected_is_not_marked_sent() -> None:
    transport = Transport(session=None, timeout=10, user_agent="test")
    marks: list[str] = []
    with pytest.raises(APIConnectionError) as caught:
        await transport.request(
            "GET", f"http://127.0.0.1:{_closed_port()}/x", on_send=lambda: marks.append("sent")
        )
    await transport.aclose()
    assert caught.value.request_sent is False
    # Nothing left for the server to count, so pacing must not be re-based on it.
    assert marks == []


async def test_a_borrowed_session_marks_the_send_before_connecting() -> None:
    marks: list[str] = []
    async with FakeSmartRecruiters(postings=3) as server, aiohttp.ClientSession() as session:
        transport = Transport(session=session, timeout=10, user_agent="test")
        response = await transport.request(
            "GET",
            f"{server.url}/v1/companies/acme/postings",
            headers=KEY,
            on_send=lambda: marks.append("sent"),
        )
    assert response.status == 200
    assert marks == ["sent"]
