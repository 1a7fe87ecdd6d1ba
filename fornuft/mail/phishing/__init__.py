"""The phishing shield, a package inside mail: `signals` (every signal, the score and the
verdict), `attachments` (archives, programs, disk images, HTML/SVG pages), `content`
(wording and structure of fraud that passes authentication), `lures` and `provenance`
(targeted lures, where links lead), `terms` (phrase and extension lists) and `domains`
(registrable domains, look-alikes). The scam-text model stays in `fornuft.mail.scam`: its
saved model files name that module.

What the rest of Fornuft uses is importable from here."""

from fornuft.mail.phishing.attachments import inspect_archive
from fornuft.mail.phishing.signals import (
    PHISHING_AT,
    SUSPICIOUS_AT,
    WORDING_CAP,
    Employee,
    OrgContext,
    Signal,
    Verdict,
    assess,
)

__all__ = ["PHISHING_AT", "SUSPICIOUS_AT", "WORDING_CAP", "Employee", "OrgContext", "Signal", "Verdict", "assess",
           "inspect_archive"]
