"""The invoice part of the home page: invoices waiting for my approval, and for finance the
invoices whose reading needs a person."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from fornuft.core.formatting import money
from fornuft.core.roles import Role
from fornuft.platform.home import ENTRIES_SHOWN, HomeEntry, HomeItem

INVOICE_ROLES = (Role.FINANCE, Role.ADMIN, Role.MANAGER)


def _item(key, title, queryset, url, order, urgent=False) -> HomeItem:
    count = queryset.count()
    first = list(queryset.order_by("pk")[:ENTRIES_SHOWN]) if count else []
    entries = [HomeEntry(str(invoice), reverse("invoices:invoice-detail", args=[invoice.pk]),
                         money((invoice.data or {}).get("total_incl_vat"))) for invoice in first]
    return HomeItem(key, title, count, url, entries, order=order, urgent=urgent and bool(count))


def items(user) -> list[HomeItem]:
    from fornuft.invoices.models import Invoice, InvoiceStatus

    if user.role not in INVOICE_ROLES:
        return []
    found = [_item("invoices.approval", _("Invoices waiting for my approval"),
                   Invoice.objects.filter(status=InvoiceStatus.AWAITING_APPROVAL, approver=user),
                   reverse("invoices:invoice-list") + "?status=awaiting_approval", order=12, urgent=True)]
    if user.role == Role.FINANCE:
        found.append(_item("invoices.needs_review", _("Invoices the system could not read on its own"),
                           Invoice.objects.filter(status=InvoiceStatus.NEEDS_REVIEW),
                           reverse("invoices:invoice-list") + "?status=needs_review", order=25))
    return found
