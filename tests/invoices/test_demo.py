"""Demo data: suppliers, rules and invoices in several states; loading twice changes nothing."""

import pytest

from fornuft.invoices import demo
from fornuft.invoices.models import ApprovalRule, Invoice, InvoiceStatus, Supplier


@pytest.mark.django_db
def test_demo_is_idempotent_and_covers_the_states(org, make_user):
    from fornuft.core.roles import Role

    make_user(org, Role.FINANCE, username="okonomi")
    make_user(org, Role.MANAGER, username="leder")
    demo.load(org)
    counts = (
        Supplier.objects.for_organization(org).count(),
        ApprovalRule.objects.for_organization(org).count(),
        Invoice.objects.for_organization(org).count(),
    )
    demo.load(org)
    assert (
        counts
        == (
            Supplier.objects.for_organization(org).count(),
            ApprovalRule.objects.for_organization(org).count(),
            Invoice.objects.for_organization(org).count(),
        )
        == (4, 2, 5)
    )
    states = set(Invoice.objects.for_organization(org).values_list("status", flat=True))
    assert states == {
        InvoiceStatus.AWAITING_APPROVAL,
        InvoiceStatus.APPROVED,
        InvoiceStatus.EXPORTED,
        InvoiceStatus.NEEDS_REVIEW,
        InvoiceStatus.REJECTED,
    }
    flagged = Invoice.objects.all_organizations().get(organization=org, reference="demo-4")
    assert "BANK_ACCOUNT_CHANGED" in {v["code"] for v in flagged.validation}
