"""One search across mail, invoices and contracts: what a person may open, in their organization.

Each section is searched only for roles that may read it; tenancy keeps every query inside
the organization. Plain `icontains` works the same on SQLite and PostgreSQL; at a company's
size (tens of thousands of mails) it stays within the page budget (docs/benchmarks.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Q
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from fornuft.core.formatting import money, short_date
from fornuft.core.permissions import role_required
from fornuft.core.roles import Role

MAX_QUERY = 200
PER_SECTION = 20
MAIL_ROLES = {Role.ADMIN, Role.MANAGER, Role.SUPPORT, Role.FINANCE, Role.HR}
INVOICE_ROLES = {Role.ADMIN, Role.MANAGER, Role.FINANCE}
CONTRACT_ROLES = {Role.ADMIN, Role.MANAGER, Role.FINANCE, Role.HR}


@dataclass
class Hit:
    title: str
    url: str
    detail: str = ""


@dataclass
class Section:
    name: str
    hits: list[Hit] = field(default_factory=list)
    total: int = 0


def _mail(query: str) -> Section:
    from fornuft.mail.models import Message, MessageStatus

    found = (Message.objects.exclude(status=MessageStatus.QUARANTINED).filter(deleted_at__isnull=True)
             .filter(Q(subject__icontains=query) | Q(from_address__icontains=query) | Q(from_name__icontains=query)
                     | Q(body_text__icontains=query)).order_by("-received_at"))
    rows = found.only("pk", "subject", "from_address", "received_at")[:PER_SECTION]
    return Section(_("Mail"), [Hit(m.subject or "—", reverse("mail:message-detail", args=[m.pk]),
                                   f"{m.from_address} · {short_date(m.received_at)}") for m in rows], found.count())


def _invoices(query: str) -> Section:
    from fornuft.invoices.models import Invoice

    found = (Invoice.objects.filter(Q(supplier_name__icontains=query) | Q(invoice_number__icontains=query)
                                    | Q(order_reference__icontains=query) | Q(filename__icontains=query))
             .order_by("-pk"))
    rows = found.only("pk", "supplier_name", "invoice_number", "total_incl_vat", "currency", "issue_date")
    return Section(_("Invoices"), [
        Hit(f"{i.supplier_name or '—'} {i.invoice_number}".strip(), reverse("invoices:invoice-detail", args=[i.pk]),
            " · ".join(x for x in (money(i.total_incl_vat, i.currency or "NOK") if i.total_incl_vat is not None
                                   else "", short_date(i.issue_date) if i.issue_date else "") if x))
        for i in rows[:PER_SECTION]], found.count())


def _contracts(query: str) -> Section:
    from fornuft.contracts.models import Contract

    found = (Contract.objects.filter(Q(title__icontains=query) | Q(counterparty__icontains=query)
                                     | Q(filename__icontains=query) | Q(text__icontains=query)).order_by("-pk"))
    rows = found.only("pk", "title", "counterparty", "filename")[:PER_SECTION]
    return Section(_("Contracts"), [Hit(c.title or c.filename or "—", reverse("contracts:contract-detail",
                                                                             args=[c.pk]), c.counterparty)
                                    for c in rows], found.count())


SECTIONS = (("fornuft.mail", MAIL_ROLES, _mail), ("fornuft.invoices", INVOICE_ROLES, _invoices),
            ("fornuft.contracts", CONTRACT_ROLES, _contracts))


@role_required()
def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY]
    sections = []
    if len(query) >= 2:
        for app, roles, find in SECTIONS:
            if apps.is_installed(app) and (request.user.role in roles or request.user.is_superuser):
                sections.append(find(query))
    return render(request, "web/search.html", {"query": query, "sections": sections,
                                               "too_short": 0 < len(query) < 2})
