"""Content-addressed storage of incoming files under FORNUFT_HOME/blobs.

Each file is stored once, under its sha256, before anything processes it, so an input
is never lost. `store()` streams, hashes and checks the size limit in one pass and
writes atomically (`.part` then rename).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, BinaryIO

from django.conf import settings

CHUNK = 1024 * 1024


class BlobTooLarge(ValueError):
    """The file is over FORNUFT_MAX_UPLOAD_MB."""

    def __init__(self, size_limit: int) -> None:
        megabytes = size_limit // (1024 * 1024)
        super().__init__(
            f"The file is larger than the limit of {megabytes} MB. "
            "Split it or ask an administrator to raise FORNUFT_MAX_UPLOAD_MB."
        )
        self.size_limit = size_limit


class BlobEmpty(ValueError):
    def __init__(self) -> None:
        super().__init__("The file is empty (0 bytes). Check that you picked the right file.")


def blob_root() -> Path:
    return Path(settings.FORNUFT_BLOB_DIR)


def blob_path(sha256: str) -> Path:
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValueError(f"not a sha256 digest: {sha256!r}")
    return blob_root() / sha256[:2] / sha256[2:4] / sha256


def _chunks(source: bytes | IO[bytes] | Iterable[bytes]) -> Iterable[bytes]:
    if isinstance(source, bytes | bytearray | memoryview):
        view = memoryview(source)
        for start in range(0, len(view), CHUNK):
            yield bytes(view[start : start + CHUNK])
    elif hasattr(source, "read"):
        while chunk := source.read(CHUNK):  # type: ignore[union-attr]
            yield chunk
    else:
        yield from source  # type: ignore[misc]


def put(source: bytes | BinaryIO | Iterable[bytes], *, size_limit: int | None = None, allow_empty: bool = False):
    """Stores bytes; returns (sha256, size). Raises BlobTooLarge / BlobEmpty."""
    limit = settings.FORNUFT_MAX_UPLOAD_BYTES if size_limit is None else size_limit
    root = blob_root()
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    handle = tempfile.NamedTemporaryFile(dir=root, prefix=".incoming-", suffix=".part", delete=False)  # noqa: SIM115
    try:
        with handle:
            for chunk in _chunks(source):
                size += len(chunk)
                if size > limit:
                    raise BlobTooLarge(limit)
                digest.update(chunk)
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        if size == 0 and not allow_empty:
            raise BlobEmpty()
        sha256 = digest.hexdigest()
        target = blob_path(sha256)
        if target.exists():
            return sha256, size
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        Path(handle.name).replace(target)
        target.chmod(0o400)  # read-only, and only for the account Fornuft runs as
        return sha256, size
    finally:
        if Path(handle.name).exists():
            Path(handle.name).unlink()


def store(organization, source, *, filename: str = "", content_type: str = "", source_label: str = "",
          size_limit: int | None = None, allow_empty: bool = False):
    """Stores a file for `organization`; returns its StoredFile (the same one for the same bytes)."""
    from fornuft.core.models import StoredFile

    sha256, size = put(source, size_limit=size_limit, allow_empty=allow_empty)
    stored, _created = StoredFile.objects.for_organization(organization).get_or_create(
        organization=organization,
        sha256=sha256,
        defaults={"size": size, "filename": filename[:255], "content_type": content_type[:150],
                  "source": source_label[:50]},
    )
    return stored


def open_blob(sha256: str) -> BinaryIO:
    return blob_path(sha256).open("rb")


def exists(sha256: str) -> bool:
    return blob_path(sha256).exists()


def delete_unreferenced(sha256: str) -> bool:
    """Removes the bytes when no organization refers to them any more (retention, erasure)."""
    from fornuft.core.models import StoredFile

    # The bytes are shared by content, so any organization's reference keeps them.
    if StoredFile.objects.all_organizations().filter(sha256=sha256).exists():
        return False
    path = blob_path(sha256)
    if path.exists():
        path.chmod(0o600)
        path.unlink()
        return True
    return False


def sweep_interrupted(max_age_seconds: int = 3600) -> int:
    """Removes what interrupted uploads left behind: the blob store's `.part` files and Django's
    upload temporary files older than `max_age_seconds` (a younger one may still be in use).
    Returns how many files were removed."""
    import time

    cutoff = time.time() - max_age_seconds
    candidates = list(blob_root().glob(".incoming-*.part")) if blob_root().exists() else []
    upload_dir = getattr(settings, "FILE_UPLOAD_TEMP_DIR", None)
    if upload_dir and Path(upload_dir).is_dir():
        candidates += [p for p in Path(upload_dir).iterdir() if ".upload" in p.name]
    removed = 0
    for path in candidates:
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except FileNotFoundError:  # finished (or swept) meanwhile
            continue
    return removed
