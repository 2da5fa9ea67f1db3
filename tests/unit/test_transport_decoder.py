"""The transport's Content-Encoding decoder keeps every decoded piece small."""

import gzip
import zlib

import pytest

from smartrecruiters_async._transport import _DECODED_PIECE, _Decoder


def test_a_well_compressed_chunk_comes_out_in_bounded_pieces() -> None:
    plain = b"id,notes\r\n" + b"1,xxxxxxxxxxxxxxxxxxxxxxxxxxxxx\r\n" * 300_000  # ~10 MB
    packed = gzip.compress(plain)
    assert len(packed) < len(plain) // 100
    decoder = _Decoder("gzip")
    pieces = list(decoder.feed(packed))
    assert max(len(p) for p in pieces) <= _DECODED_PIECE
    assert b"".join(pieces) + decoder.finish() == plain


def test_identity_passes_chunks_through() -> None:
    decoder = _Decoder("")
    assert list(decoder.feed(b"abc")) == [b"abc"]
    assert list(decoder.feed(b"")) == []
    assert decoder.finish() == b""


def test_a_compressed_body_that_ends_early_is_an_error() -> None:
    decoder = _Decoder("gzip")
    list(decoder.feed(gzip.compress(b"x" * 1000)[:-8]))
    with pytest.raises(zlib.error):
        decoder.finish()
