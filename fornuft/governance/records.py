"""Records of processing activities (GDPR Art. 30(1)), prefilled from the AI registry and
the retention policies; one row per AI system plus one per stored data category."""

from __future__ import annotations

import csv
import io

from django.utils.translation import gettext as _

from fornuft.governance.models import AISystem


def build(organization) -> list[dict]:
    from fornuft.governance import retention
    from fornuft.governance.documentation import profile_for
    from fornuft.governance.models import SystemKind
    from fornuft.governance.privacy.providers import categories

    keep = {policy.category: policy.keep_days for policy in retention.policies(organization)}
    labels = categories()
    rows = []
    for system in AISystem.objects.for_organization(organization).order_by("name"):
        external = profile_for(system).kind == SystemKind.EXTERNAL
        rows.append({
            "activity": system.name,
            "purpose": system.purpose,
            "controller": organization.name,
            "data_categories": ", ".join(system.data_categories) or "–",
            "data_subjects": _("Employees, customers and suppliers whose data the system handles"),
            "recipients": system.provider if external else _("Internal only (runs on the organization's server)"),
            "transfers": _("Check the provider's terms (possible transfer outside the EEA)") if external else _("None"),
            "retention": _("Decision log kept as evidence (references only); content per retention policy"),
            "security": _("Access by role, audit log, hash-chained decision log, redaction before logging"),
            "legal_basis": _("Art. 6(1)(f) legitimate interest / (b) contract — confirm per activity"),
        })
    for category, (label, _days) in labels.items():
        rows.append({
            "activity": str(label),
            "purpose": _("Storage of data the organization receives and produces"),
            "controller": organization.name,
            "data_categories": str(label),
            "data_subjects": _("Employees, customers and suppliers"),
            "recipients": _("Internal only"),
            "transfers": _("None"),
            "retention": _("%(days)s days, then deleted automatically") % {"days": keep.get(category, "–")},
            "security": _("Access by role, encrypted transport, content-addressed storage"),
            "legal_basis": _("Art. 6(1)(b) contract / (c) legal obligation (bookkeeping) — confirm per activity"),
        })
    return rows


FIELDS = ("activity", "purpose", "controller", "data_categories", "data_subjects", "recipients", "transfers",
          "retention", "security", "legal_basis")


def as_csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS)
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
