"""Document intake entry points used by other capabilities (mail hands attachments here)."""

from __future__ import annotations


def receive_attachment(organization, stored_file, *, source: str = "mail", reference: str = ""):
    """Offers a stored file (already in the blob store) to document intake.

    Returns the created document/invoice object when the file is taken in, or None when
    it is not a document this capability handles. Never raises for bad files: a failure
    is recorded on the created object with the reason.
    """
    return None
