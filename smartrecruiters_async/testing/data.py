"""Seeded, deterministic data for the fake server: postings, departments and candidates.

The same ``(n, seed, company)`` always gives the same objects, in the API's wire format
(camelCase JSON). Every posting also carries ``experienceRequirements`` and ``trackingCode``,
fields the SDK's models do not declare, so tests can check that unknown fields survive.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import uuid
from typing import Any

from .vocabulary import (
    CITIES,
    CUSTOM_FIELDS,
    DEPARTMENTS,
    EMPLOYMENT_TYPES,
    EXPERIENCE_LEVELS,
    FIRST_NAMES,
    FUNCTIONS,
    INDUSTRIES,
    LANGUAGES,
    LAST_NAMES,
    ROLES,
    SENIORITIES,
)

__all__ = [
    "FULL_ONLY_FIELDS",
    "UNDECLARED_CANDIDATE_FIELDS",
    "UNDECLARED_POSTING_FIELDS",
    "make_candidates",
    "make_departments",
    "make_posting",
    "make_postings",
    "now",
    "posting_summary",
    "wire_datetime",
]

Json = dict[str, Any]

RELEASED_UNTIL = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)
"""The newest possible ``releasedDate``; dates spread over the two years before it."""

FULL_ONLY_FIELDS = ("applyUrl", "postingUrl", "jobAd")
"""Posting keys only ``GET .../postings/{id}`` returns; list results leave them out."""

UNDECLARED_POSTING_FIELDS = ("experienceRequirements", "trackingCode")
"""Posting keys the SDK's models do not declare (to test that unknown fields are kept)."""

UNDECLARED_CANDIDATE_FIELDS = ("preferredName", "profileCompleteness")
"""Candidate keys the SDK's models do not declare: ``preferredName`` is a writable personal
detail (``PATCH`` replaces it), ``profileCompleteness`` is computed by the server."""

_FIRST_POSTING_ID = 743_999_600_000_000
_INTERNAL_EVERY = 20


def now() -> str:
    """The current time as the API writes it (``wire_datetime``)."""
    return wire_datetime(dt.datetime.now(dt.UTC))


def wire_datetime(value: dt.datetime) -> str:
    """``value`` the way the Posting API writes dates: ``2014-02-19T19:36:42.346Z`` (UTC)."""
    value = value.astimezone(dt.UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")


def _job_ad(name: str, company_name: str, city: str, rng: random.Random) -> Json:
    years = rng.randint(1, 8)
    return {
        "sections": {
            "companyDescription": {
                "title": "Company Description",
                "text": f"<p>{company_name} builds software that people love to use.</p>",
            },
            "jobDescription": {
                "title": "Job Description",
                "text": (
                    f"<p>As a {name} in {city} you will own meaningful work from day one.</p>"
                    "<ul><li>Ship often</li><li>Review code</li><li>Mentor others</li></ul>"
                ),
            },
            "qualifications": {
                "title": "Qualifications",
                "text": f"<ul><li>{years}+ years of relevant experience</li></ul>",
            },
            "additionalInformation": {
                "title": "Additional Information",
                "text": "<p>All your information will be kept confidential.</p>",
            },
        }
    }


def _posting(index: int, rng: random.Random, company: str, company_name: str) -> Json:
    department_id, department, _ = rng.choice(DEPARTMENTS)
    seniority = rng.choice(SENIORITIES)
    role = rng.choice(ROLES[department])
    name = f"{seniority} {role}".strip()
    place = rng.choice(CITIES)
    language = rng.choice(place.languages)
    posting_id = str(_FIRST_POSTING_ID + index)
    released = RELEASED_UNTIL - dt.timedelta(
        seconds=rng.randrange(2 * 365 * 86_400), milliseconds=rng.randrange(1000)
    )
    work_style = rng.random()
    location: Json = {
        "city": place.city,
        "region": place.region,
        "country": place.country,
        "remote": work_style < 0.15,
        "hybrid": 0.15 <= work_style < 0.35,
        "latitude": place.latitude,
        "longitude": place.longitude,
    }
    employment_id, employment_label = rng.choice(EMPLOYMENT_TYPES)
    level_id, level_label = EXPERIENCE_LEVELS[seniority]
    function_id, function_label = FUNCTIONS[department]
    industry_id, industry_label = rng.choice(INDUSTRIES)
    custom_fields = []
    for field in CUSTOM_FIELDS:
        if rng.random() < 0.8:
            value_id, value_label = rng.choice(field.values)
            custom_fields.append(
                {
                    "fieldId": field.field_id,
                    "fieldLabel": field.field_label,
                    "valueId": value_id,
                    "valueLabel": value_label,
                }
            )
    label, native = LANGUAGES[language]
    url = f"https://jobs.smartrecruiters.com/{company}/{posting_id}-{_slug(name).lower()}"
    return {
        "id": posting_id,
        "name": name,
        "uuid": _uuid(rng),
        "jobAdId": _uuid(rng),
        "defaultJobAd": rng.random() < 0.9,
        "refNumber": f"REF{index + 1000}{rng.choice('ABCDEFGHJK')}",
        "ref": f"https://api.smartrecruiters.com/v1/companies/{company}/postings/{posting_id}",
        "company": {"identifier": company, "name": company_name},
        "releasedDate": wire_datetime(released),
        "location": location,
        "industry": {"id": industry_id, "label": industry_label},
        "department": {"id": department_id, "label": department},
        "function": {"id": function_id, "label": function_label},
        "typeOfEmployment": {"id": employment_id, "label": employment_label},
        "experienceLevel": {"id": level_id, "label": level_label},
        "customField": custom_fields,
        "creator": {"name": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"},
        "language": {"code": language, "label": label, "labelNative": native},
        "visibility": "INTERNAL" if index % _INTERNAL_EVERY == _INTERNAL_EVERY - 1 else "PUBLIC",
        "experienceRequirements": {
            "minimumYears": rng.randint(0, 10),
            "education": rng.choice(("none", "bachelor", "master")),
        },
        "trackingCode": f"trk-{rng.getrandbits(40):010x}",
        "applyUrl": f"{url}?oga=true",
        "postingUrl": url,
        "jobAd": _job_ad(name, company_name, place.city, rng),
    }


def make_postings(n: int, seed: int = 0, company: str = "acme") -> list[Json]:
    """``n`` full postings of ``company`` (wire format), the same for the same arguments.

    Varied countries (us, de, fr, gb, pl), regions, cities, departments, functions, employment
    types, languages and custom fields; ``releasedDate`` spread over the two years before
    2024-06-01; about 15% ``remote`` and 20% ``hybrid``; every 20th posting ``INTERNAL``.
    """
    rng = random.Random(f"postings:{seed}")
    company_name = company.replace("-", " ").title()
    return [_posting(index, rng, company, company_name) for index in range(n)]


def make_posting(index: int, seed: int = 0, company: str = "acme") -> Json:
    """One full posting like those of ``make_postings``, numbered ``index`` (its id follows from
    it, so an index past those already served gives a new id), the same for the same arguments.
    """
    rng = random.Random(f"posting:{seed}:{index}")
    return _posting(index, rng, company, company.replace("-", " ").title())


def posting_summary(posting: Json) -> Json:
    """``posting`` as list results show it: without ``applyUrl``, ``postingUrl`` and ``jobAd``."""
    return {key: value for key, value in posting.items() if key not in FULL_ONLY_FIELDS}


def make_departments(postings: list[Json]) -> list[Json]:
    """The departments ``postings`` belong to, as ``GET .../departments`` lists them."""
    used = {posting["department"]["id"] for posting in postings}
    return [
        {"id": department_id, "label": label, "description": description}
        for department_id, label, description in DEPARTMENTS
        if department_id in used
    ]


def make_candidates(n: int = 250, seed: int = 0) -> list[Json]:
    """``n`` candidates (wire format, oldest first), the same for the same arguments.

    Each also carries ``UNDECLARED_CANDIDATE_FIELDS``, which the SDK's models do not declare.
    """
    rng = random.Random(f"candidates:{seed}")
    created_from = RELEASED_UNTIL - dt.timedelta(days=365)
    candidates = []
    for index in range(n):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        place = rng.choice(CITIES)
        created = created_from + dt.timedelta(minutes=index * 97 + rng.randrange(60))
        updated = created + dt.timedelta(hours=rng.randrange(2000))
        email_name = _slug(f"{first}.{last}").lower().encode("ascii", "ignore").decode()
        candidates.append(
            {
                "id": _uuid(rng),
                "internal": rng.random() < 0.1,
                "firstName": first,
                "lastName": last,
                "email": f"{email_name}.{index}@example.com",
                "phoneNumber": f"+1 555 01{index % 100:02d}",
                "location": {
                    "country": place.country,
                    "region": place.region,
                    "city": place.city,
                },
                "web": {"linkedin": f"https://www.linkedin.com/in/{email_name}-{index}"},
                "averageRating": rng.choice((None, 2.5, 3.0, 4.0, 4.5)),
                "createdOn": wire_datetime(created),
                "updatedOn": wire_datetime(updated),
                "tags": rng.sample(("python", "remote-ok", "referral", "silver-medalist"), 2),
                "sourceDetails": {"sourceTypeId": "OTHER", "sourceId": "api"},
                "education": [
                    {
                        "institution": f"University of {place.city}",
                        "degree": rng.choice(("BSc", "MSc", "BA", "MA")),
                        "current": False,
                        "startDate": f"{2000 + index % 15}-09",
                        "endDate": f"{2004 + index % 15}-06",
                    }
                ],
                "experience": [
                    {
                        "title": rng.choice(ROLES[rng.choice(DEPARTMENTS)[1]]),
                        "company": f"{rng.choice(LAST_NAMES)} & Co",
                        "current": True,
                        "startDate": f"{2015 + index % 8}-01",
                    }
                ],
                # Not declared by the SDK's models: they must survive a read-modify-write.
                "preferredName": first,
                "profileCompleteness": rng.randrange(40, 101),
            }
        )
    return candidates
