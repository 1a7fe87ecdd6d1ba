"""How the shared review queue shows a dictated offer, a service report and a transcript
(declared in ai_systems.py)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from fornuft.governance.corrections import ReviewSubject


def _item(decision, subject_type: str):
    from fornuft.intake.models import Offer, ServiceReport

    model = {"intake.offer": Offer, "intake.servicereport": ServiceReport}[subject_type]
    return model.objects.for_organization(decision.organization_id).filter(pk=decision.subject_id).first()


def describe_offer(decision) -> ReviewSubject | None:
    from fornuft.intake.ai_systems import OFFER_FIELDS

    if decision.subject_type != "intake.offer":
        return None
    offer = _item(decision, "intake.offer")
    if offer is None:
        return None
    extracted = offer.extracted or {}
    lines = "\n".join(f"{line.get('quantity', '')} × {line.get('description') or '?'}"
                      for line in (extracted.get("items") or [])[:20]) or "—"
    return ReviewSubject(
        title=_("Offer: %(title)s") % {"title": offer},
        url=reverse("intake:offer-detail", args=[offer.pk]),
        summary=[(_("Customer"), extracted.get("customer") or "—"), (_("Lines"), lines)],
        body=offer.transcript,
        values={f.name: extracted.get(f.name) for f in OFFER_FIELDS},
    )


def describe_service_report(decision) -> ReviewSubject | None:
    from fornuft.intake.ai_systems import SERVICE_REPORT_FIELDS

    if decision.subject_type != "intake.servicereport":
        return None
    report = _item(decision, "intake.servicereport")
    if report is None:
        return None
    extracted = report.extracted or {}
    equipment = extracted.get("equipment") or {}
    values = {**equipment, "findings": "\n".join(extracted.get("findings") or []),
              "actions": "\n".join(extracted.get("actions") or [])}
    return ReviewSubject(
        title=_("Service report: %(title)s") % {"title": report},
        url=reverse("intake:report-detail", args=[report.pk]),
        summary=[(_("Equipment"), " ".join(str(equipment.get(k) or "") for k in
                                            ("manufacturer", "model", "serial_number")).strip() or "—")],
        body=report.transcript,
        values={f.name: values.get(f.name) for f in SERVICE_REPORT_FIELDS},
    )


def describe_transcript(decision) -> ReviewSubject | None:
    if decision.subject_type not in ("intake.offer", "intake.servicereport"):
        return None
    item = _item(decision, decision.subject_type)
    if item is None:
        return None
    offer = decision.subject_type == "intake.offer"
    return ReviewSubject(
        title=_("Transcript: %(title)s") % {"title": item},
        url=reverse("intake:offer-detail" if offer else "intake:report-detail", args=[item.pk]),
        summary=[(_("Dictated for"), _("Offer") if offer else _("Service report")),
                 (_("Language"), item.language or "—")],
        body=item.transcript,
        values={"transcript": item.transcript},
    )
