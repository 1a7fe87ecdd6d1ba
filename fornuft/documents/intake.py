"""Document intake entry points used by other capabilities (mail hands attachments here)."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)
ACCEPTED_EXTENSIONS = (".pdf", ".xml", ".jpg", ".jpeg", ".png", ".tif", ".tiff")
MIN_PAGE_PIXELS = 800


def looks_like_document(stored_file) -> bool:
    """Whether a stored file is something invoice intake reads (by its bytes, then its name)."""
    from fornuft.documents.invoices.extract import detect_format

    try:
        with stored_file.open() as handle:
            head = handle.read(4096)
    except OSError:
        return False
    kind = detect_format(head, stored_file.filename or "")
    if kind == "pdf":
        return True
    if kind == "image":
        return _big_enough_to_be_a_page(stored_file)
    if kind == "xml":
        return b"Invoice-2" in head or b"CreditNote-2" in head or (stored_file.filename or "").lower().endswith(".xml")
    return False


def _big_enough_to_be_a_page(stored_file) -> bool:
    """Logos and signature images in mail are not invoices: a scanned or photographed page is
    at least about 800 px on its long side."""
    import warnings

    from PIL import Image, UnidentifiedImageError

    try:
        with stored_file.open() as handle, warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            width, height = Image.open(handle).size
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError):
        return True  # let intake record why it cannot be read
    return max(width, height) >= MIN_PAGE_PIXELS


def receive_attachment(organization, stored_file, *, source: str = "mail", reference: str = ""):
    """Offers a stored file (already in the blob store) to document intake.

    Returns the created document/invoice object when the file is taken in, or None when
    it is not a document this capability handles. Never raises for bad files: a failure
    is recorded on the created object with the reason.
    """
    if stored_file is None or not looks_like_document(stored_file):
        return None
    from fornuft.documents import services

    try:
        return services.intake(
            organization, stored_file, source=source, reference=reference, filename=stored_file.filename or ""
        )
    except Exception:  # the mail flow must go on; the invoice row (if any) says what failed
        log.exception("invoice intake failed for stored file %s", getattr(stored_file, "pk", "?"))
        from fornuft.documents.models import Invoice

        return (
            Invoice.objects.all_organizations()
            .filter(organization=organization, stored_file=stored_file)
            .order_by("-pk")
            .first()
        )
