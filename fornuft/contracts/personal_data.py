"""Personal data in contracts (employment contracts above all): data-subject search, export,
erasure and retention."""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from fornuft.governance.privacy.providers import ExportRecord, Hit, PersonalDataProvider


def _rows(organization):
    from fornuft.contracts.models import Contract

    return Contract.objects.for_organization(organization)


def search_contracts(organization, query) -> list[Hit]:
    rows = _rows(organization)
    condition = Q()
    if query.name:
        condition |= Q(text__icontains=query.name)
    if query.email:
        condition |= Q(text__icontains=query.email)
    if query.national_id:
        condition |= Q(text__icontains=query.national_id)
    if query.phone:
        condition |= Q(text__icontains=query.phone_digits)
    return [Hit("contracts.contracts", "contracts.contract", str(c.pk), f"{c} ({c.contract_type})",
                subjects=[("contracts.contract", str(c.pk))]) for c in rows.filter(condition)[:200]]


def export_contract(organization, hit: Hit) -> ExportRecord:
    contract = _rows(organization).get(pk=hit.record_id)
    files = []
    if contract.stored_file_id:
        try:
            files.append((contract.filename or f"contract-{contract.pk}", contract.stored_file.read_bytes()))
        except OSError:
            pass
    return ExportRecord({"id": contract.pk, "title": contract.title, "parties": contract.parties,
                         "text": contract.text, "analysis": contract.analysis}, files)


def erase_contract(organization, hit: Hit) -> str:
    from fornuft.governance import training_data

    contract = _rows(organization).get(pk=hit.record_id)
    training_data.erase_examples_about(organization, "contracts.contract", [contract.pk])
    contract.delete()
    return "contract, its clauses, risks, deadlines and training examples deleted"


def purge_contracts(organization, cutoff, *, dry_run: bool = False) -> int:
    rows = _rows(organization).filter(created_at__lt=cutoff)
    count = rows.count()
    if not dry_run:
        from fornuft.governance import training_data

        training_data.erase_examples_about(organization, "contracts.contract", list(rows.values_list("pk", flat=True)))
        rows.delete()
    return count


PROVIDERS = [PersonalDataProvider(
    key="contracts.contracts", label=_("Contracts"), category="contracts", category_label=_("Contracts"),
    search=search_contracts, export=export_contract, erase=erase_contract, purge=purge_contracts,
    default_keep_days=3650,
)]
