"""The invoice checks' findings as a person reads them: a short label per code (instead of
"KID_INVALID") and the check's message in the reader's language."""

from __future__ import annotations

import re

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

FINDING_LABELS = {
    "ORG_NUMBER_INVALID": gettext_lazy("Organisation number is not valid"),
    "VAT_NUMBER_INVALID": gettext_lazy("VAT number is not valid"),
    "BANK_ACCOUNT_INVALID": gettext_lazy("Bank account is not valid"),
    "BANK_ACCOUNT_CHANGED": gettext_lazy("Bank account has changed"),
    "IBAN_INVALID": gettext_lazy("IBAN is not valid"),
    "KID_INVALID": gettext_lazy("KID is not valid"),
    "VAT_MISMATCH": gettext_lazy("VAT does not add up"),
    "TOTAL_MISMATCH": gettext_lazy("Totals do not add up"),
    "DUE_BEFORE_ISSUE": gettext_lazy("Due before the invoice date"),
    "DUPLICATE": gettext_lazy("Possible duplicate"),
    "UNKNOWN_SUPPLIER": gettext_lazy("Unknown supplier"),
    "MISSING_FIELD": gettext_lazy("Field missing"),
    "FIGURES_UNSURE": gettext_lazy("Figures read with doubt"),
    "LINES_UNREADABLE": gettext_lazy("Line table unreadable"),
    "VAT_TABLE_UNREADABLE": gettext_lazy("VAT table unreadable"),
    "PEPPOL": gettext_lazy("EHF rule broken"),
}


def finding_label(code) -> str:
    code = str(code or "")
    label = FINDING_LABELS.get(code)
    if label is not None:
        return str(label)
    if code[:3] in ("BR-", "NO-", "PEP") or code.startswith(("BR", "UBL")):
        return _("EHF rule %(rule)s") % {"rule": code}
    return _(code.replace("_", " ").capitalize()) if code else ""


def finding(item: dict) -> str:
    """One finding's message as a person reads it; a missing field is named by its label."""
    message = str(item.get("message") or "")
    missing = re.fullmatch(r"The field (\w+) was not found\.", message)
    if missing:
        label = _field_labels().get(missing[1], missing[1].replace("_", " "))
        return _("%(field)s was not found.") % {"field": label}
    return _(message) if message else finding_label(item.get("code"))


def _field_labels() -> dict[str, str]:
    from fornuft.invoices.views import FIELD_ROWS

    return {name: str(label) for name, label in FIELD_ROWS}


DOCUMENT_TYPES = {"invoice": gettext_lazy("Invoice"), "credit_note": gettext_lazy("Credit note"),
                  "not_invoice": gettext_lazy("Not an invoice")}
FORMATS = {"ehf": "EHF", "pdf": "PDF", "pdf_text": "PDF", "text": "TXT", "ocr": gettext_lazy("Scan (OCR)")}


def decision_rows(output, explanation) -> tuple[list, list]:
    """How an invoice decision reads to a person: field names and check codes as words
    (declared as the invoice system's `readable_output`)."""
    labels = _field_labels()
    rows: list[tuple[str, str]] = []
    if isinstance(output, dict):
        for key, value in output.items():
            if key == "document_type":
                rows.append((_("Document type"), str(DOCUMENT_TYPES.get(value, value or "–"))))
            elif key == "format":
                rows.append((_("Format"), str(FORMATS.get(value, value or "–"))))
            elif key in ("errors", "accepted"):
                rows.append((_("Problems found") if key == "errors" else _("Findings accepted"),
                             ", ".join(finding_label(code) for code in value or []) or _("None")))
            elif key in ("fields_found", "corrected"):
                rows.append((_("Fields read") if key == "fields_found" else _("Fields corrected"),
                             ", ".join(labels.get(name, name.replace("_", " ")) for name in value or []) or "–"))
            elif key == "supplier_id":
                rows.append((_("Known supplier"), _("Yes") if value else _("No")))
            elif key in labels:
                rows.append((labels[key], str(value if value not in (None, "") else "–")))
    explained: list[tuple[str, str]] = []
    if isinstance(explanation, dict):
        rules = explanation.get("rules") or []
        if rules:
            explained.append((_("Checks"), ", ".join(finding_label(code) if str(code).isupper() else str(code)
                                                     for code in rules)))
        features = [str(f).removeprefix("label:") for f in explanation.get("top_features") or []]
        if features:
            explained.append((_("Labels read on the document"), ", ".join(features)))
    return rows, explained
