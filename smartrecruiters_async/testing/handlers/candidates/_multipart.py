"""Reading ``multipart/form-data`` uploads (CVs, attachments) in the fake server."""

from __future__ import annotations

import re

import attrs
from aiohttp import BodyPartReader, web

from ..checks import Refusal

__all__ = ["Form", "UploadedFile", "parsed_resume", "read_form"]

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"\+?\d[\d ()-]{6,}\d")


@attrs.frozen(kw_only=True)
class UploadedFile:
    """One file part."""

    filename: str
    content_type: str
    content: bytes


@attrs.frozen(kw_only=True)
class Form:
    """Text fields and the ``file`` part of an upload."""

    fields: dict[str, str]
    file: UploadedFile


async def read_form(request: web.Request) -> Form:
    """The upload's fields and its ``file`` part; 400 when it is not multipart or lacks one."""
    if not request.content_type.startswith("multipart/"):
        raise Refusal(400, "INVALID_CONTENT_TYPE", "Expected multipart/form-data")
    reader = await request.multipart()
    fields: dict[str, str] = {}
    file: UploadedFile | None = None
    while (part := await reader.next()) is not None:
        if not isinstance(part, BodyPartReader):
            continue
        if part.name == "file":
            file = UploadedFile(
                filename=part.filename or "file",
                content_type=part.headers.get("Content-Type", "application/octet-stream"),
                content=bytes(await part.read()),
            )
        elif part.name:
            fields[part.name] = await part.text()
    if file is None or not file.content:
        raise Refusal(400, "REQUIRED_FIELD", "file is required")
    return Form(fields=fields, file=file)


def parsed_resume(file: UploadedFile) -> dict[str, object]:
    """What the fake CV parser reads: the first line is the name; an e-mail is required.

    Refuses with 400 ``RESUME_NOT_PARSED`` when no name or e-mail address can be found.
    """
    text = file.content.decode("utf-8", "ignore")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    email = _EMAIL.search(text)
    names = lines[0].split() if lines else []
    if email is None or len(names) < 2 or "@" in lines[0]:
        raise Refusal(400, "RESUME_NOT_PARSED", "No name and e-mail address found in the CV")
    parsed: dict[str, object] = {
        "firstName": names[0],
        "lastName": " ".join(names[1:]),
        "email": email.group(0),
    }
    if phone := _PHONE.search(text):
        parsed["phoneNumber"] = phone.group(0)
    return parsed
