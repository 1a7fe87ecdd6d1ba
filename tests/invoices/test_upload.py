"""One upload service behind the invoice page, the API and `fornuft invoice import`: the same
size limit (FORNUFT_MAX_UPLOAD_MB), the same type check, the file in the blob store before
anything reads it, processing queued after the commit; and an upload cut off half-way leaves
no temporary file in /tmp."""

import io
import os
import tempfile
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.handlers.wsgi import WSGIRequest
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse

from fornuft.cli import cli
from fornuft.core import blobs
from fornuft.core.models import StoredFile
from fornuft.core.roles import Role
from fornuft.invoices import services
from fornuft.invoices.models import Invoice, InvoiceStatus
from fornuft.testing import factories

from .test_workflow import invoice_pdf

LIMIT = 64 * 1024


@pytest.fixture
def small_limit(settings):
    settings.FORNUFT_MAX_UPLOAD_BYTES = LIMIT
    return LIMIT


@pytest.fixture
def finance(org):
    return factories.user(org, Role.FINANCE)


def too_big() -> bytes:
    return b"%PDF-1.4\n" + b"0" * (LIMIT + 1)


def nothing_stored(org) -> bool:
    return not Invoice.objects.for_organization(org).exists() and not (
        StoredFile.objects.for_organization(org).exists()
    )


# ---------------------------------------------------------------- the service
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "name", "reason", "words"),
    [
        (too_big(), "stor.pdf", "too_large", "stor.pdf is larger than the upload limit of 0 MB"),
        (b"", "tom.pdf", "empty", "tom.pdf is empty (0 bytes)"),
        (b"Just a note", "notat.txt", "unsupported_type", "notat.txt is not a PDF, EHF/XML, JPEG, PNG or TIFF"),
        (b"PK\x03\x04" + b"\x00" * 200, "kontrakt.docx", "unsupported_type", "kontrakt.docx is not a PDF"),
    ],
)
def test_the_service_refuses_with_a_reason(org, small_limit, data, name, reason, words):
    from django.utils import translation

    with translation.override("en"), pytest.raises(services.UploadRefused) as refused:
        services.upload_invoice(org, SimpleUploadedFile(name, data), source="upload")
    assert refused.value.reason == reason and words in str(refused.value)
    assert nothing_stored(org)


@pytest.mark.django_db
def test_a_file_without_a_declared_size_is_still_held_to_the_limit(org, small_limit):
    stream = io.BytesIO(too_big())  # no .size, no fileno(): the blob store counts the bytes
    with pytest.raises(services.UploadRefused) as refused:
        services.upload_invoice(org, stream, filename="strøm.pdf")
    assert refused.value.reason == "too_large" and nothing_stored(org)


@pytest.mark.django_db
def test_the_file_is_stored_first_and_read_after_the_commit(org, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        invoice = services.upload_invoice(org, SimpleUploadedFile("f.pdf", invoice_pdf()), reference="kari")
    assert invoice.status == InvoiceStatus.RECEIVED and invoice.stored_file.read_bytes() == invoice_pdf()
    assert len(callbacks) == 1
    callbacks[0]()
    invoice.refresh_from_db()
    assert invoice.invoice_number == "2026-17" and invoice.status != InvoiceStatus.RECEIVED


# ---------------------------------------------------------------- the three entry points
@pytest.mark.django_db
def test_the_page_shows_why_each_file_was_refused(org, finance, login, small_limit):
    client = login(finance)
    files = [SimpleUploadedFile("stor.pdf", too_big()), SimpleUploadedFile("notat.txt", b"hei")]
    page = client.post(
        reverse("invoices:invoice-upload"), {"files": files}, follow=True, headers={"accept-language": "en"}
    )
    body = page.content.decode()
    assert "stor.pdf is larger than the upload limit" in body
    assert "notat.txt is not a PDF, EHF/XML, JPEG, PNG or TIFF file." in body
    assert nothing_stored(org)


@pytest.mark.django_db
def test_the_page_speaks_norwegian(org, finance, login, small_limit):
    page = login(finance).post(
        reverse("invoices:invoice-upload"), {"files": [SimpleUploadedFile("stor.pdf", too_big())]}, follow=True
    )
    assert "stor.pdf er større enn grensen for opplasting på 0 MB" in page.content.decode()


@pytest.mark.django_db
def test_the_api_answers_413_and_400(org, finance, login, small_limit):
    client = login(finance)
    big = client.post("/api/v1/documents/invoices", {"file": SimpleUploadedFile("stor.pdf", too_big())},
                      headers={"accept-language": "en"})
    assert big.status_code == 413 and "stor.pdf is larger than the upload limit" in big.json()["error"]["message"]
    wrong = client.post("/api/v1/documents/invoices", {"file": SimpleUploadedFile("x.txt", b"hello")},
                        headers={"accept-language": "en"})
    assert wrong.status_code == 400 and "x.txt is not a PDF" in wrong.json()["error"]["message"]
    assert nothing_stored(org)


@pytest.mark.django_db
def test_the_command_line_refuses_the_same_files_and_reads_the_good_one(org, small_limit, tmp_path):
    (tmp_path / "stor.pdf").write_bytes(too_big())
    (tmp_path / "notat.txt").write_bytes(b"hei")
    (tmp_path / "god.pdf").write_bytes(invoice_pdf())
    paths = [str(tmp_path / name) for name in ("stor.pdf", "notat.txt", "god.pdf")]
    result = CliRunner().invoke(cli, ["invoice", "import", *paths, "--org", org.slug])
    assert result.exit_code == 0, result.output
    assert "stor.pdf is larger than the upload limit" in result.stderr
    assert "notat.txt is not a PDF" in result.stderr
    invoice = Invoice.objects.all_organizations().get(organization=org)
    assert invoice.filename == "god.pdf" and invoice.source == "cli" and invoice.invoice_number == "2026-17"
    assert f"#{invoice.pk} {invoice.status}" in result.stdout


# ---------------------------------------------------------------- interrupted uploads
class DroppedConnection(io.RawIOBase):
    """A request body that stops half-way, as when the browser is closed during an upload."""

    def __init__(self, body: bytes, cut: int, on_cut) -> None:
        self.body, self.cut, self.on_cut, self.position = body, cut, on_cut, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.position >= self.cut:
            self.on_cut()
            raise OSError("connection reset by peer")
        chunk = self.body[self.position : min(self.cut, self.position + len(buffer))]
        buffer[: len(chunk)] = chunk
        self.position += len(chunk)
        return len(chunk)


def _upload_files(folder) -> list[str]:
    return [path.name for path in Path(folder).iterdir() if ".upload" in path.name]


def test_an_interrupted_upload_leaves_nothing_in_tmp(settings, tmp_path):
    from fornuft.core.uploads import CloseTemporaryUploadsMiddleware

    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1024  # stream to a temporary file, as big uploads do
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path / "uploads")
    (tmp_path / "uploads").mkdir()
    body = encode_multipart(BOUNDARY, {"files": SimpleUploadedFile("stor.pdf", b"%PDF-1.4\n" + b"1" * 300_000)})
    before = set(_upload_files(tempfile.gettempdir()))
    seen_while_uploading: list[str] = []
    stream = DroppedConnection(
        body, len(body) // 2, lambda: seen_while_uploading.extend(_upload_files(tmp_path / "uploads"))
    )
    request = WSGIRequest({
        "REQUEST_METHOD": "POST", "PATH_INFO": "/documents/invoices/upload", "SERVER_NAME": "testserver",
        "SERVER_PORT": "80", "wsgi.url_scheme": "http", "CONTENT_TYPE": MULTIPART_CONTENT,
        "CONTENT_LENGTH": str(len(body)), "wsgi.input": stream,
    })

    def view_reading_the_upload(request):
        return request.FILES

    with pytest.raises(OSError, match="connection reset"):
        CloseTemporaryUploadsMiddleware(view_reading_the_upload)(request)
    assert seen_while_uploading, "the upload was not streamed to FILE_UPLOAD_TEMP_DIR"
    assert _upload_files(tmp_path / "uploads") == []  # removed at once, not left to the garbage collector
    assert set(_upload_files(tempfile.gettempdir())) == before


@pytest.mark.django_db
def test_the_hourly_sweep_removes_what_a_killed_worker_left(settings, tmp_path):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path / "uploads")
    settings.FORNUFT_BLOB_DIR = tmp_path / "blobs"
    (tmp_path / "uploads").mkdir()
    blobs.blob_root().mkdir()
    stale = [tmp_path / "uploads" / "tmpab12.upload.pdf", blobs.blob_root() / ".incoming-x1.part"]
    fresh = [tmp_path / "uploads" / "tmpcd34.upload.pdf", blobs.blob_root() / ".incoming-x2.part"]
    for path in stale + fresh:
        path.write_bytes(b"half a file")
    for path in stale:
        os.utime(path, (time.time() - 7200, time.time() - 7200))
    from fornuft.core.tasks import sweep_interrupted_uploads

    assert sweep_interrupted_uploads.call_local() == 2
    assert [p.exists() for p in stale] == [False, False] and [p.exists() for p in fresh] == [True, True]
