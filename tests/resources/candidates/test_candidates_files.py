"""``client.candidates``: attachments (multipart uploads, streamed downloads, delete)."""

import hashlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

import smartrecruiters_async as sr
from smartrecruiters_async.models import AttachmentType, CandidateAttachment
from smartrecruiters_async.testing import FakeSmartRecruiters
from smartrecruiters_async.testing.replies import CHUNK_SIZE

from .conftest import new_candidate

BIG = hashlib.sha256(b"seed").digest() * (5 * CHUNK_SIZE // 32 + 7)


async def _stream(data: bytes) -> AsyncIterator[bytes]:
    for i in range(0, len(data), 4096):
        yield data[i : i + 4096]


async def test_upload_a_path_bytes_or_a_stream_then_list_them(
    client: sr.SmartRecruiters, tmp_path: Path
) -> None:
    created = await client.candidates.create(new_candidate())
    path = tmp_path / "letter.txt"
    path.write_bytes(b"Dear hiring team")
    uploaded = [
        await client.candidates.add_attachment(
            created.id, path, attachment_type=AttachmentType.COVER_LETTER
        ),
        await client.candidates.add_attachment(created.id, b"plain bytes"),
        await client.candidates.add_attachment(
            created.id,
            sr.Upload(data=_stream(BIG), filename="big.bin", content_type="application/pdf"),
            attachment_type="RESUME",
        ),
    ]
    assert all(isinstance(a, CandidateAttachment) for a in uploaded)
    assert [a.name for a in uploaded] == ["letter.txt", "file", "big.bin"]
    # A path's type comes from its name; bytes and streams say nothing, so octet-stream.
    assert [a.content_type for a in uploaded] == [
        "text/plain",
        "application/octet-stream",
        "application/pdf",
    ]
    listed = await client.candidates.attachments(created.id)
    # The listed type is text (the schema's enum is the upload's attachmentType).
    assert [(a.id, a.type) for a in listed.content] == [
        (uploaded[0].id, "COVER_LETTER"),
        (uploaded[1].id, "GENERIC_FILE"),
        (uploaded[2].id, "RESUME"),
    ]
    assert listed.content[0].actions is not None
    assert set(listed.content[0].actions) == {"download"}


async def test_download_streams_to_a_file_or_as_chunks(
    client: sr.SmartRecruiters, tmp_path: Path
) -> None:
    created = await client.candidates.create(new_candidate())
    attachment = await client.candidates.add_attachment(
        created.id, sr.Upload(data=BIG, filename="big.pdf", content_type="application/pdf")
    )
    async with client.candidates.download_attachment(
        attachment.id, candidate_id=created.id
    ) as download:
        assert download.filename == "big.pdf"
        assert download.content_type == "application/pdf"
        size = await download.save(tmp_path / "out.pdf")
    assert size == len(BIG)
    assert (tmp_path / "out.pdf").read_bytes() == BIG
    async with client.candidates.download_attachment(attachment.id) as download:
        chunks = [chunk async for chunk in download]
    assert b"".join(chunks) == BIG


async def test_attachments_of_an_application(client: sr.SmartRecruiters) -> None:
    created = await client.candidates.create_for_job("job-1", new_candidate())
    added = await client.candidates.add_attachment(created.id, b"portfolio", job_id="job-1")
    for_job = await client.candidates.attachments(created.id, job_id="job-1")
    assert [a.id for a in for_job.content] == [added.id]
    assert (await client.candidates.attachments(created.id)).content == []
    async with client.candidates.download_attachment(added.id) as download:
        assert await download.read() == b"portfolio"


async def test_delete_then_download_is_404(client: sr.SmartRecruiters) -> None:
    created = await client.candidates.create(new_candidate())
    added = await client.candidates.add_attachment(created.id, b"temporary")
    await client.candidates.delete_attachment(added.id)
    with pytest.raises(sr.NotFoundError):
        async with client.candidates.download_attachment(added.id):
            pass
    with pytest.raises(sr.NotFoundError):
        await client.candidates.delete_attachment(added.id)
    assert (await client.candidates.attachments(created.id)).content == []


async def test_an_attachment_is_only_found_under_its_own_candidate(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    created = await client.candidates.create(new_candidate())
    added = await client.candidates.add_attachment(created.id, b"mine")
    with pytest.raises(sr.NotFoundError):
        async with client.candidates.download_attachment(
            added.id, candidate_id=server.data.candidates[0]["id"]
        ):
            pass


async def test_bad_uploads_are_refused_by_the_server(
    client: sr.SmartRecruiters, server: FakeSmartRecruiters
) -> None:
    candidate_id = server.data.candidates[0]["id"]
    with pytest.raises(sr.BadRequestError) as caught:
        await client.request("POST", f"/candidates/{candidate_id}/attachments", json={})
    assert caught.value.errors[0]["code"] == "INVALID_CONTENT_TYPE"
