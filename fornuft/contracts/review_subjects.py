"""How the shared review queue shows a contract analysis (declared in ai_systems.py)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from fornuft.governance.corrections import ReviewSubject


def describe_contract(decision) -> ReviewSubject | None:
    from fornuft.contracts.ai_systems import CONTRACT_FIELDS
    from fornuft.contracts.models import Contract

    if decision.subject_type != "contracts.contract":
        return None
    contract = Contract.objects.for_organization(decision.organization_id).filter(pk=decision.subject_id).first()
    if contract is None:
        return None
    risks = "\n".join(f"{r.severity}: {r.reason}" for r in contract.risks.all()[:10]) or "—"
    return ReviewSubject(
        title=_("Contract: %(title)s") % {"title": contract},
        url=reverse("contracts:contract-detail", args=[contract.pk]),
        summary=[(_("Counterparty"), contract.counterparty or "—"), (_("Type"), contract.contract_type or "—"),
                 (_("Risks"), risks)],
        values={f.name: _value(getattr(contract, f.name)) for f in CONTRACT_FIELDS},
    )


def _value(value):
    return value.isoformat() if hasattr(value, "isoformat") else value
