"""Brotli for browsers that accept it, gzip for the others, Vary: Accept-Encoding on both, and responses
that must not be touched (streaming, files, already encoded, too small) left exactly as they are."""

import gzip
import io

import brotli
import pytest

from django.http import FileResponse, HttpResponse, StreamingHttpResponse
from django.test import Client, RequestFactory

from portal.compression import CompressionMiddleware, accepts_encoding

HTML = ("<!doctype html><html><body>" + "<p>Referral pathways for returnees.</p>" * 200 + "</body></html>").encode()


def _through_middleware(response, accept_encoding: str):
    request = RequestFactory().get("/", headers={"accept-encoding": accept_encoding} if accept_encoding else {})
    return CompressionMiddleware(lambda request: response)(request)


@pytest.mark.parametrize(
    ("accept_encoding", "encoding", "decompress"),
    [
        ("gzip, deflate, br, zstd", "br", brotli.decompress),
        ("br", "br", brotli.decompress),
        ("gzip, br;q=0", "gzip", gzip.decompress),
        ("gzip, deflate", "gzip", gzip.decompress),
        ("", None, lambda content: content),
        ("identity", None, lambda content: content),
    ],
)
def test_html_is_compressed_with_the_best_encoding_the_browser_accepts(accept_encoding, encoding, decompress):
    original = HttpResponse(HTML, headers={"ETag": '"v1"'})

    response = _through_middleware(original, accept_encoding)

    assert response.get("Content-Encoding") == encoding
    assert decompress(response.content) == HTML
    assert encoding is None or int(response["Content-Length"]) == len(response.content)
    assert "Accept-Encoding" in response["Vary"]
    assert response["ETag"] == ('"v1"' if encoding is None else 'W/"v1"')  # compressed bytes are not the identity's


def test_brotli_is_smaller_than_gzip_for_a_page():
    as_brotli = _through_middleware(HttpResponse(HTML), "br").content
    as_gzip = _through_middleware(HttpResponse(HTML), "gzip").content

    assert len(as_brotli) < len(as_gzip) < len(HTML)


@pytest.mark.parametrize(
    "make_response",
    [
        lambda: StreamingHttpResponse(iter([HTML, HTML])),
        lambda: FileResponse(io.BytesIO(HTML), filename="field-pack.zip"),
        lambda: HttpResponse(gzip.compress(HTML), headers={"Content-Encoding": "gzip"}),
        lambda: HttpResponse(b"<p>short</p>"),
    ],
    ids=["streaming", "file", "already-encoded", "too-small"],
)
@pytest.mark.parametrize("accept_encoding", ["br", "gzip"])
def test_streaming_file_encoded_and_tiny_responses_are_left_alone(make_response, accept_encoding):
    expected = make_response()
    expected_body = b"".join(expected) if expected.streaming else expected.content
    expected_headers = dict(expected.headers)

    response = _through_middleware(make_response(), accept_encoding)

    assert dict(response.headers) == expected_headers
    assert (b"".join(response) if response.streaming else response.content) == expected_body


@pytest.mark.parametrize(
    ("header", "accepted"),
    [("br", True), ("BR;q=0.5", True), ("gzip", False), ("br;q=0", False), ("br;q=0.0", False), ("br;q=x", False),
     ("gzip;q=1, br ;q=1", True), ("brotli", False)],
)  # fmt: skip
def test_accept_encoding_is_read_with_its_quality_values(header, accepted):
    assert accepts_encoding(header, "br") is accepted


@pytest.mark.django_db
def test_a_cached_page_goes_out_in_brotli_and_in_gzip(site):
    client = Client()
    for _ in range(2):
        client.get(site.urls["guideline"])
    as_brotli = client.get(site.urls["guideline"], headers={"accept-encoding": "gzip, br"})
    as_gzip = client.get(site.urls["guideline"], headers={"accept-encoding": "gzip"})

    assert as_brotli["X-Page-Cache"] == as_gzip["X-Page-Cache"] == "hit"
    assert as_brotli["Content-Encoding"] == "br" and as_gzip["Content-Encoding"] == "gzip"
    for page in (brotli.decompress(as_brotli.content), gzip.decompress(as_gzip.content)):
        assert b"</html>" in page and site.guideline.title.encode() in page
    assert "Accept-Encoding" in as_brotli["Vary"] and "Accept-Encoding" in as_gzip["Vary"]
