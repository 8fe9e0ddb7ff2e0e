"""The inflation budget of a PDF's streams: what pdfium would inflate is counted before it does."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from reader.errors import DocumentTooLargeError
from reader.loaders import load
from reader.loaders._pdfstreams import check_inflation
from tests.loaders.pdfmaker import make_pdf, text_page

PATH = Path("report.pdf")
KB = 1024


def stream_object(entries: bytes, body: bytes) -> bytes:
    return b"4 0 obj\n<< %s /Length %d >>\nstream\n%s\nendstream\nendobj\n" % (
        entries, len(body), body)


def test_a_compressed_pdf_within_the_budget_loads() -> None:
    data = make_pdf([text_page([["The council met on Monday to vote on the budget."]])], flate=True,
                    padding=64 * KB)
    check_inflation(PATH, data, 100 * KB)


def test_a_stream_inflating_past_the_budget_is_refused() -> None:
    data = make_pdf([text_page([["The council met on Monday."]])], flate=True, padding=200 * KB)
    reason = r"^report.pdf: inflates past the .* MB limit \(PDF bomb\?\)$"
    with pytest.raises(DocumentTooLargeError, match=reason):
        check_inflation(PATH, data, 100 * KB)


def test_the_budget_is_shared_by_every_stream_of_the_file() -> None:
    pages = [text_page([[f"Page {number} of the minutes."]]) for number in range(4)]
    data = make_pdf(pages, flate=True, padding=30 * KB)
    check_inflation(PATH, data, 200 * KB)
    with pytest.raises(DocumentTooLargeError):
        check_inflation(PATH, data, 100 * KB)


def test_a_chain_of_flate_filters_is_inflated_layer_by_layer() -> None:
    inner = zlib.compress(bytes(300 * KB))
    data = stream_object(b"/Filter [/FlateDecode /FlateDecode]", zlib.compress(inner))
    assert len(inner) < 10 * KB
    with pytest.raises(DocumentTooLargeError):
        check_inflation(PATH, data, 100 * KB)


@pytest.mark.parametrize("kind", [b"/Type /XObject /Subtype /Image", b"/Type /EmbeddedFile"])
def test_images_and_attachments_are_not_counted_text_never_needs_them(kind: bytes) -> None:
    data = stream_object(kind + b" /Filter /FlateDecode", zlib.compress(bytes(300 * KB)))
    check_inflation(PATH, data, 100 * KB)
    text_stream = stream_object(b"/Filter /FlateDecode", zlib.compress(bytes(300 * KB)))
    with pytest.raises(DocumentTooLargeError):
        check_inflation(PATH, text_stream, 100 * KB)


def test_a_damaged_stream_is_left_to_pdfium() -> None:
    data = stream_object(b"/Filter /FlateDecode", b"not deflate data at all")
    check_inflation(PATH, data, 100 * KB)


def test_a_compressed_pdf_reads_as_an_uncompressed_one(tmp_path: Path) -> None:
    page = text_page([["The council met on Monday.", "It voted to close the library."]])
    plain, packed = tmp_path / "plain.pdf", tmp_path / "packed.pdf"
    plain.write_bytes(make_pdf([page]))
    packed.write_bytes(make_pdf([page], flate=True, padding=KB))
    assert load(packed).text == load(plain).text


def test_a_stray_endstream_before_a_stream_does_not_hide_it() -> None:
    data = b"endstream\n" + stream_object(b"/Filter /FlateDecode", zlib.compress(bytes(300 * KB)))
    with pytest.raises(DocumentTooLargeError):
        check_inflation(PATH, data, 100 * KB)


def test_endstream_inside_the_compressed_data_does_not_cut_it_short() -> None:
    """Stored deflate blocks carry their bytes as they are: an "endstream" among them is data."""
    packer = zlib.compressobj(0)
    body = packer.compress(b"endstream\n" + bytes(300 * KB)) + packer.flush()
    assert b"endstream" in body
    with pytest.raises(DocumentTooLargeError):
        check_inflation(PATH, stream_object(b"/Filter /FlateDecode", body), 100 * KB)


def test_a_stream_without_endstream_is_still_counted() -> None:
    body = zlib.compress(bytes(300 * KB))
    with pytest.raises(DocumentTooLargeError):
        check_inflation(PATH, b"4 0 obj\n<< /Filter /FlateDecode >>\nstream\n" + body, 100 * KB)
