"""Seeded users, system roles and access groups for the fake User API.

Users are in the schema's ``UserEntity`` form, field for field: a test that wants a field the
SDK does not declare adds it to the stored user itself.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

from .data import RELEASED_UNTIL, wire_datetime
from .vocabulary import CITIES, FIRST_NAMES, LAST_NAMES

__all__ = ["ACCESS_GROUPS", "SYSTEM_ROLES", "USERS", "make_users"]

Json = dict[str, Any]

USERS = 230
"""How many users the fake company has (three pages of the default 100)."""

SYSTEM_ROLES: dict[str, str] = {
    "EMPLOYEE": "Employee",
    "RESTRICTED": "Restricted Hiring Professional",
    "STANDARD": "Hiring Professional",
    "EXTENDED": "Extended Hiring Professional",
    "ADMINISTRATOR": "Administrator",
}

ACCESS_GROUPS: dict[str, str] = {
    "5f3a1c0de4b0a6e8a1b2c001": "Engineering",
    "5f3a1c0de4b0a6e8a1b2c002": "Sales EMEA",
    "5f3a1c0de4b0a6e8a1b2c003": "Executives",
}


def _ascii(text: str) -> str:
    return text.lower().replace("'", "").encode("ascii", "ignore").decode()


def make_users(n: int = USERS, seed: int = 0) -> list[Json]:
    """``n`` users (wire format); the first is the administrator the credential acts as."""
    rng = random.Random(f"users:{seed}")
    roles, groups = list(SYSTEM_ROLES), list(ACCESS_GROUPS)
    updated_from = RELEASED_UNTIL - dt.timedelta(days=365)
    users = []
    for index in range(n):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        place = rng.choice(CITIES)
        role = "ADMINISTRATOR" if index == 0 else rng.choice(roles)
        member_of = rng.sample(groups, rng.randrange(3))
        users.append(
            {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "email": f"{_ascii(first)}.{_ascii(last)}.{index}@acme.example.com",
                "firstName": first,
                "lastName": last,
                "systemRole": {"id": role, "name": SYSTEM_ROLES[role]},
                "ssoLoginMode": rng.choice(("SSO", "PASSWORD")),
                "language": {"code": rng.choice(place.languages)},
                "active": index == 0 or rng.random() < 0.9,
                "updatedOn": wire_datetime(updated_from + dt.timedelta(hours=index * 37)),
                "location": {
                    "country": place.country,
                    "countryCode": place.country,
                    "region": place.region,
                    "city": place.city,
                },
                "accessGroups": [{"id": g, "name": ACCESS_GROUPS[g]} for g in sorted(member_of)],
            }
        )
    return users
