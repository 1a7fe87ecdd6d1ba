import io

import pytest
from django.test import override_settings

from fornuft.core import blobs
from fornuft.core.models import StoredFile


def test_same_bytes_are_stored_once(org, other_org):
    first = blobs.store(org, b"%PDF-1.7 faktura", filename="a.pdf")
    second = blobs.store(org, io.BytesIO(b"%PDF-1.7 faktura"), filename="b.pdf")
    third = blobs.store(other_org, b"%PDF-1.7 faktura", filename="c.pdf")
    assert first.pk == second.pk
    assert third.pk != first.pk and third.sha256 == first.sha256
    path = blobs.blob_path(first.sha256)
    assert path.read_bytes() == b"%PDF-1.7 faktura"
    assert path.parent.parent.name == first.sha256[:2]
    assert first.read_bytes() == b"%PDF-1.7 faktura"


@override_settings(FORNUFT_MAX_UPLOAD_BYTES=1024 * 1024)
def test_too_large_file_is_refused_with_a_clear_message_and_leaves_nothing(org, settings):
    with pytest.raises(blobs.BlobTooLarge, match="larger than the limit of 1 MB"):
        blobs.store(org, b"x" * (1024 * 1024 + 1))
    assert not StoredFile.objects.all_organizations().exists()
    assert not list(blobs.blob_root().glob(".incoming-*"))


def test_empty_file_is_refused(org):
    with pytest.raises(blobs.BlobEmpty, match="empty"):
        blobs.store(org, b"")


def test_stored_blobs_are_read_only(org):
    stored = blobs.store(org, b"hello")
    assert not blobs.blob_path(stored.sha256).stat().st_mode & 0o222


def test_stored_blobs_are_private_to_fornufts_account(org):
    import os

    previous = os.umask(0o022)  # a login shell's default; blobs must not depend on it
    try:
        stored = blobs.store(org, b"private bytes")
    finally:
        os.umask(previous)
    path = blobs.blob_path(stored.sha256)
    assert path.stat().st_mode & 0o777 == 0o400
    assert path.parent.stat().st_mode & 0o077 == 0


def test_unreferenced_bytes_can_be_deleted(org):
    stored = blobs.store(org, b"personal data")
    assert not blobs.delete_unreferenced(stored.sha256)
    sha = stored.sha256
    stored.delete()
    assert blobs.delete_unreferenced(sha)
    assert not blobs.exists(sha)


def test_bad_digest_is_rejected():
    with pytest.raises(ValueError, match="sha256"):
        blobs.blob_path("../../etc/passwd")
