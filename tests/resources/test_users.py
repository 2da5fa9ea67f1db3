"""The User API against the fake server: every method has a real, observable effect."""

from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import parse_qs

import attrs
import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import (
    SsoLoginMode,
    SystemRoleId,
    User,
    UserInput,
    UserLanguage,
)
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.handlers.users import users_state
from smartrecruiters_async.testing.users_data import ACCESS_GROUPS, USERS

GROUP = next(iter(ACCESS_GROUPS))


def new_user(email: str = "new.person@acme.example.com", role: str = "EMPLOYEE") -> UserInput:
    return UserInput(
        email=email,
        first_name="New",
        last_name="Person",
        system_role=SystemRoleId(id=role),
        sso_login_mode=SsoLoginMode.PASSWORD,
        language=UserLanguage(code="de"),
    )


async def test_list_iterates_every_user_once_over_cursor_pages(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    ids = [u.id async for u in client.users.list()]
    assert len(ids) == len(set(ids)) == USERS
    assert server.stats.count("users.all") == 3  # 230 users, 100 a page
    page = await client.users.list(limit=7)
    assert len(page) == 7
    assert page.next_page_id
    assert all(isinstance(u, User) for u in page)


async def test_list_filters_reach_the_server_with_wire_names(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    me = await client.users.me()
    assert me.first_name is not None
    found = [u async for u in client.users.list(q=me.email, limit=5)]
    assert [u.id for u in found] == [me.id]
    assert me.updated_on is not None
    later = [u async for u in client.users.list(updated_after=me.updated_on)]
    assert me.id not in {u.id for u in later}
    assert len(later) == USERS - 1
    query = parse_qs(server.requests[-1].query)
    assert query["updatedAfter"] == [sr._converter.format_datetime(me.updated_on)]


async def test_create_then_get(client: sr.SmartRecruiters) -> None:
    created = await client.users.create(new_user())
    assert created.active is False  # users created through the API start inactive
    fetched = await client.users.get(created.id)
    assert fetched == created
    assert fetched.system_role is not None
    assert fetched.system_role.id == "EMPLOYEE"
    assert fetched.language == UserLanguage(code="de")
    assert fetched.sso_login_mode is SsoLoginMode.PASSWORD


async def test_create_refuses_an_unknown_role_with_the_error_body(
    client: sr.SmartRecruiters,
) -> None:
    with pytest.raises(sr.BadRequestError) as info:
        await client.users.create(new_user(role="OVERLORD"))
    assert info.value.body.errors[0]["code"] == "INVALID_PARAMETER"
    assert "id must be one of" in info.value.body.message


async def test_create_refuses_missing_fields_and_duplicate_email(
    client: sr.SmartRecruiters,
) -> None:
    with pytest.raises(sr.BadRequestError, match="firstName"):
        await client.request(
            "POST",
            "/user-api/v201804/users",
            json={"email": "x@acme.example.com", "lastName": "X", "systemRole": {"id": "EMPLOYEE"}},
        )
    await client.users.create(new_user("twice@acme.example.com"))
    with pytest.raises(sr.ConflictError):
        await client.users.create(new_user("TWICE@acme.example.com"))


async def test_update_with_a_diff_keeps_unknown_fields(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    # The fake speaks the schema; a field the API may add later is put on the stored user.
    state = users_state(server.data)
    state.users[state.me]["jobTitle"] = "Recruiter"
    me = await client.users.me()
    assert me.extra_fields == {"jobTitle": "Recruiter"}
    changed = attrs.evolve(me, last_name="Renamed")
    patch = sr.JsonPatch.diff(me, changed)
    assert patch.to_json() == [{"op": "replace", "path": "/lastName", "value": "Renamed"}]
    assert me.id is not None
    updated = await client.users.update(me.id, patch)
    assert updated.last_name == "Renamed"
    again = await client.users.get(me.id)
    assert again.last_name == "Renamed"
    assert again.extra_fields == me.extra_fields
    assert again.updated_on is not None
    assert me.updated_on is not None
    assert again.updated_on > me.updated_on


async def test_update_refuses_read_only_fields_and_bad_enums(client: sr.SmartRecruiters) -> None:
    me = await client.users.me()
    with pytest.raises(sr.BadRequestError, match="active"):
        await client.users.update(me.id, sr.JsonPatch().replace("/active", False))
    with pytest.raises(sr.BadRequestError, match="ssoLoginMode"):
        await client.users.update(me.id, sr.JsonPatch().replace("/ssoLoginMode", "MAGIC"))
    assert await client.users.get(me.id) == me  # a refused patch changes nothing


async def test_activate_and_deactivate(client: sr.SmartRecruiters) -> None:
    created = await client.users.create(new_user())
    await client.users.activate(created.id)
    assert (await client.users.get(created.id)).active is True
    await client.users.deactivate(created.id)
    assert (await client.users.get(created.id)).active is False


async def test_activation_email_goes_to_inactive_users_only(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    created = await client.users.create(new_user())
    await client.users.send_activation_email(created.id)
    assert users_state(server.data).emails == [("activation", created.id)]
    await client.users.activate(created.id)
    with pytest.raises(sr.ConflictError):
        await client.users.send_activation_email(created.id)


async def test_reset_password(client: sr.SmartRecruiters, server: FakeSmartRecruiters) -> None:
    me = await client.users.me()
    await client.users.reset_password(me.id)
    assert users_state(server.data).emails == [("password-reset", me.id)]
    with pytest.raises(sr.NotFoundError):
        await client.users.reset_password("no-such-user")


async def test_unknown_user_is_not_found(client: sr.SmartRecruiters) -> None:
    with pytest.raises(sr.NotFoundError) as info:
        await client.users.get("no-such-user")
    assert info.value.body.message == "User no-such-user not found"


PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


async def _chunks() -> AsyncIterator[bytes]:
    for start in range(0, len(PNG), 1000):
        yield PNG[start : start + 1000]


async def test_avatar_from_path_bytes_and_stream(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters, tmp_path: Path
) -> None:
    me = await client.users.me()
    avatars = users_state(server.data).avatars
    picture = tmp_path / "me.png"
    picture.write_bytes(PNG)
    await client.users.upload_avatar(me.id, picture)
    assert avatars[me.id].data == PNG
    assert (avatars[me.id].filename, avatars[me.id].content_type) == ("me.png", "image/png")

    await client.users.upload_avatar(me.id, PNG[:100], filename="small.png")
    assert avatars[me.id].data == PNG[:100]

    await client.users.upload_avatar(me.id, _chunks(), content_type="image/png")
    assert avatars[me.id].data == PNG
    assert avatars[me.id].content_type == "image/png"


async def test_avatar_must_be_an_image(client: sr.SmartRecruiters, tmp_path: Path) -> None:
    me = await client.users.me()
    text = tmp_path / "notes.txt"
    text.write_text("not a picture")
    with pytest.raises(sr.BadRequestError, match="image"):
        await client.users.upload_avatar(me.id, text)
    with pytest.raises(ValueError, match="not a readable file"):
        await client.users.upload_avatar(me.id, tmp_path / "missing.png")


async def test_system_roles(client: sr.SmartRecruiters) -> None:
    roles = await client.users.system_roles()
    assert {r.id for r in roles} >= {"EMPLOYEE", "ADMINISTRATOR"}
    assert all(r.name for r in roles)


async def test_assign_then_remove_access_group(client: sr.SmartRecruiters) -> None:
    groups = await client.users.access_groups()
    assert GROUP in {g.id for g in groups}
    created = await client.users.create(new_user())
    assert (await client.users.get(created.id)).access_groups == []
    answered = await client.users.assign_to_access_group(GROUP, [created.id])
    assert GROUP in {g.id for g in answered}
    user = await client.users.get(created.id)
    assert [g.id for g in user.access_groups or []] == [GROUP]
    await client.users.remove_from_access_group(GROUP, created.id)
    assert (await client.users.get(created.id)).access_groups == []
    with pytest.raises(sr.NotFoundError):
        await client.users.remove_from_access_group(GROUP, created.id)


async def test_assign_refuses_unknown_users_and_groups(client: sr.SmartRecruiters) -> None:
    with pytest.raises(sr.BadRequestError, match="Unknown users"):
        await client.users.assign_to_access_group(GROUP, ["no-such-user"])
    with pytest.raises(sr.NotFoundError):
        await client.users.assign_to_access_group("no-such-group", ["x"])


def test_routes_are_prefixed_and_carry_their_paging() -> None:
    table = sr.operations()
    assert table["users.all"].paging is sr.Paging.CURSOR
    assert table["users.all"].path == "/user-api/v201804/users"
    assert table["users.avatar.update"].request_body is sr.Body.MULTIPART
    assert table["users.password.reset"].idempotent is False
    assert table["access-groups.users.assign"].idempotent is True


async def test_nested_patch_and_failed_test_operation(client: sr.SmartRecruiters) -> None:
    me = await client.users.me()
    assert me.location is not None
    moved = attrs.evolve(me, location=attrs.evolve(me.location, city="Gdańsk"))
    patch = sr.JsonPatch.diff(me, moved)
    assert patch.to_json() == [{"op": "replace", "path": "/location/city", "value": "Gdańsk"}]
    updated = await client.users.update(me.id, patch)
    assert updated.location is not None
    assert updated.location.city == "Gdańsk"
    assert updated.location.country == me.location.country

    guarded = sr.JsonPatch().test("/firstName", "Not-" + str(me.first_name))
    with pytest.raises(sr.ConflictError):
        await client.users.update(me.id, guarded.replace("/firstName", "Guarded"))
    assert (await client.users.get(me.id)).first_name == me.first_name
