"""The deprecated root User API against the fake server: the same users as ``client.users``,
offset pages, a ``role`` string, and a warning naming the twin on every call."""

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import LegacyUser, LegacyUserInput
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.handlers.users import users_state
from smartrecruiters_async.testing.users_data import USERS

Call = Callable[[sr.SmartRecruiters, str], Awaitable[Any]]
pytestmark = pytest.mark.filterwarnings("ignore:legacy_users.*:DeprecationWarning")


def new_user(role: str = "EMPLOYEE") -> LegacyUserInput:
    return LegacyUserInput(
        email="root.user@acme.example.com", first_name="Root", last_name="User", role=role
    )


async def test_list_pages_the_twins_users_once_in_order_by_offset(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    users = [u async for u in client.users.legacy.list(limit=50)]
    twins = [u async for u in client.users.list()]
    assert [(u.id, u.role) for u in users] == [(t.id, t.system_role.id) for t in twins]
    assert len(users) == USERS
    assert all(isinstance(u, LegacyUser) for u in users)
    assert server.stats.count("users-api-deprecated:users.all") == 5  # 230 users, 50 a page
    found = [u async for u in client.users.legacy.list(q=users[3].email)]
    assert [u.id for u in found] == [users[3].id]


async def test_create_update_and_read_back_through_both_apis(client: sr.SmartRecruiters) -> None:
    created = await client.users.legacy.create(new_user())
    assert (created.role, created.active) == ("EMPLOYEE", False)
    assert created.id is not None
    patch = sr.JsonPatch().replace("/role", "ADMINISTRATOR").replace("/lastName", "Renamed")
    updated = await client.users.legacy.update(created.id, patch)
    twin = await client.users.get(created.id)
    assert (updated.role, twin.system_role.id, twin.last_name) == (
        "ADMINISTRATOR",
        "ADMINISTRATOR",
        "Renamed",
    )
    assert await client.users.legacy.get(created.id) == updated
    assert (await client.users.legacy.me()).id == (await client.users.me()).id
    with pytest.raises(sr.BadRequestError, match="role must be one of"):
        await client.users.legacy.update(created.id, sr.JsonPatch().replace("/role", "KING"))


@pytest.mark.parametrize(
    ("twin", "call", "active"),
    [
        ("activate", lambda c, u: c.users.legacy.activate(u), True),
        ("deactivate", lambda c, u: c.users.legacy.deactivate(u), False),
        ("deactivate", lambda c, u: c.users.legacy.delete(u), False),
        ("send_activation_email", lambda c, u: c.users.legacy.send_activation_email(u), False),
        (
            "upload_avatar",
            lambda c, u: c.users.legacy.upload_avatar(u, b"\x89PNG", filename="a.png"),
            False,
        ),
    ],
)
@pytest.mark.filterwarnings("default::DeprecationWarning")
async def test_every_call_warns_naming_its_twin_and_acts(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, twin: str, call: Call, active: bool
) -> None:
    created = await client.users.legacy.create(new_user())
    assert created.id is not None
    with pytest.warns(
        DeprecationWarning, match=f"legacy_users.\\w+ is deprecated: use client.users.{twin},"
    ):
        await call(client, created.id)
    state = users_state(server.data)
    assert state.users[created.id]["active"] is active
    assert (created.id in state.avatars) is (twin == "upload_avatar")
    assert (("activation", created.id) in state.emails) is (twin == "send_activation_email")


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda c, u: c.users.legacy.create({"email": "x"}), TypeError),
        (lambda c, u: c.users.legacy.update(u, sr.JsonPatch()), ValueError),
        (lambda c, u: c.users.legacy.get(""), ValueError),
        (lambda c, u: c.users.legacy.upload_avatar("", b"x"), ValueError),
    ],
)
async def test_bad_input_is_refused_before_any_request(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, call: Call, error: type
) -> None:
    with pytest.raises(error):
        await call(client, "u1")
    with pytest.raises(ValueError, match="between 1 and 100"):
        client.users.legacy.list(limit=0)
    assert not server.requests
