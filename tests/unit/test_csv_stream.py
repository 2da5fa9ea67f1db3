"""The incremental CSV parser against the csv module, fed in every way a network could split it."""

import csv
import io

import pytest

from smartrecruiters_async._csv_stream import CsvFormatError, CsvRowParser, DictRows

TRICKY = (
    "\ufeffid,name,notes\r\n"
    '1,"Smith, Jane","said ""hi"""\r\n'
    '2,Jürgen,"two\r\nlines"\r\n'
    '3,"✓ check","ends with newline\n"\n'
    "\r\n"
    '4,,"a\n\nb"\r\n'
    "5,plain,last row without newline"
)


def _expected(text: str) -> list[list[str]]:
    return [row for row in csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")) if row]


def _feed_all(chunks: list[bytes]) -> list[list[str]]:
    parser = CsvRowParser()
    rows: list[list[str]] = []
    for chunk in chunks:
        rows.extend(parser.feed(chunk))
    rows.extend(parser.close())
    return rows


def test_whole_body_matches_the_csv_module() -> None:
    assert _feed_all([TRICKY.encode()]) == _expected(TRICKY)


def test_split_at_every_byte_gives_the_same_rows() -> None:
    data = TRICKY.encode()
    expected = _expected(TRICKY)
    for cut in range(1, len(data)):
        assert _feed_all([data[:cut], data[cut:]]) == expected, cut


def test_one_byte_at_a_time() -> None:
    data = TRICKY.encode()
    assert _feed_all([data[i : i + 1] for i in range(len(data))]) == _expected(TRICKY)


def test_rows_come_out_as_soon_as_they_are_complete() -> None:
    parser = CsvRowParser()
    assert parser.feed(b'a,b\r\n1,"x\r\n') == [["a", "b"]]
    assert parser.feed(b'y"') == []
    assert parser.feed(b"\r\n2,z\r\n") == [["1", "x\r\ny"], ["2", "z"]]
    assert parser.close() == []


def test_only_a_leading_bom_is_dropped() -> None:
    rows = _feed_all([b"\xef\xbb", b"\xbfa\r\n\xef\xbb\xbfb\r\n"])
    assert rows == [["a"], ["\ufeffb"]]


def test_a_body_cut_inside_a_quoted_field_is_an_error() -> None:
    parser = CsvRowParser()
    parser.feed(b'a,b\r\n1,"unfinished\r\n')
    with pytest.raises(CsvFormatError, match="inside a quoted field"):
        parser.close()


def test_invalid_utf8_is_an_error() -> None:
    with pytest.raises(CsvFormatError, match="not valid text"):
        CsvRowParser().feed(b"a\r\n\xff\xfe\r\n")


def test_a_body_cut_inside_a_character_is_an_error() -> None:
    parser = CsvRowParser()
    parser.feed("a\r\nü".encode()[:-1])
    with pytest.raises(CsvFormatError):
        parser.close()


def test_bad_quoting_is_an_error() -> None:
    with pytest.raises(CsvFormatError, match="malformed"):
        CsvRowParser().feed(b'a,"b"c\r\n')


def test_feed_after_close_is_refused() -> None:
    parser = CsvRowParser()
    parser.close()
    with pytest.raises(RuntimeError):
        parser.feed(b"a\n")


def test_dict_rows_use_the_header_and_keep_repeated_columns() -> None:
    dicts = DictRows()
    rows = dicts.convert([["Name", "Id", "Name"], ["Ann", "1", "Lee"]])
    assert rows == [{"Name": "Ann", "Id": "1", "Name (2)": "Lee"}]
    assert dicts.header == ("Name", "Id", "Name (2)")
    assert dicts.convert([["Bo", "2", "Wu"]]) == [{"Name": "Bo", "Id": "2", "Name (2)": "Wu"}]
    assert dicts.rows_read == 2


def test_a_ragged_row_is_an_error() -> None:
    dicts = DictRows()
    with pytest.raises(CsvFormatError, match="row 1 has 1 fields, the header 2"):
        dicts.convert([["a", "b"], ["only"]])


def test_each_record_is_released_when_its_line_ends() -> None:
    # Nothing is kept once a record is out: the parser holds one unfinished record at most.
    parser = CsvRowParser()
    assert parser.feed(b"id,v\r\n") == [["id", "v"]]
    for i in range(10_000):
        assert parser.feed(f"{i},value".encode()) == []
        assert parser.feed(b"\r\n") == [[str(i), "value"]]
    assert parser.close() == []
