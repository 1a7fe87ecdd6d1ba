"""The contract part of the home page: the last days to give notice that are close, and the
contracts that renew or expire within 90 days, so that no contract rolls over unnoticed.
Shown to the roles that may open contracts (fornuft.contracts.ai_systems.CONTRACT_ROLES)."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from fornuft.core.formatting import short_date
from fornuft.platform.home import ENTRIES_SHOWN, HomeEntry, HomeItem

RENEWAL_WINDOW_DAYS = 90
# A notice deadline is urgent sooner than a renewal: a month is what a manager needs to decide.
NOTICE_WINDOW_DAYS = 30


def _renewing(today) -> HomeItem:
    from fornuft.contracts.models import Contract

    rows = Contract.objects.filter(expiration_date__gte=today,
                                   expiration_date__lte=today + timedelta(days=RENEWAL_WINDOW_DAYS))
    count = rows.count()
    first = list(rows.order_by("expiration_date", "pk")[:ENTRIES_SHOWN]) if count else []
    entries = [HomeEntry(str(contract), reverse("contracts:contract-detail", args=[contract.pk]),
                         (_("renews %(date)s") if contract.auto_renewal else _("expires %(date)s"))
                         % {"date": short_date(contract.expiration_date)}) for contract in first]
    return HomeItem("contracts.renewing", _("Contracts that renew within 90 days"), count,
                    reverse("contracts:calendar"), entries, order=30)


def _notice(today) -> HomeItem | None:
    from fornuft.contracts.models import Deadline, DeadlineKind

    rows = Deadline.objects.filter(kind=DeadlineKind.NOTICE, date__gte=today,
                                   date__lte=today + timedelta(days=NOTICE_WINDOW_DAYS))
    count = rows.count()
    if not count:
        return None
    first = list(rows.select_related("contract").order_by("date", "pk")[:ENTRIES_SHOWN])
    entries = [HomeEntry(str(row.contract), reverse("contracts:contract-detail", args=[row.contract_id]),
                         _("notice by %(date)s") % {"date": short_date(row.date)}) for row in first]
    return HomeItem("contracts.notice", _("Last day to give notice within 30 days"), count,
                    reverse("contracts:calendar"), entries, order=14, urgent=True)


def items(user) -> list[HomeItem]:
    from fornuft.contracts.ai_systems import CONTRACT_ROLES

    if user.role not in CONTRACT_ROLES:
        return []
    today = timezone.localdate()
    found = [_renewing(today)]
    notice = _notice(today)
    if notice is not None:
        found.append(notice)
    return found
