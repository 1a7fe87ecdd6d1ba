import pytest

from fornuft.core.models import StoredFile
from fornuft.governance.models import Decision
from fornuft.mail import demo
from fornuft.mail.models import Message, MessageStatus
from fornuft.testing import factories

pytestmark = pytest.mark.django_db


def test_demo_inbox_runs_through_the_pipeline_and_is_idempotent():
    org = factories.organization("Nordfjell Rådgivning AS", domain="nordfjell.no")
    factories.user(org, "manager", first_name="Erik", last_name="Haugland")
    demo.load(org)
    messages = {m.message_id: m for m in Message.objects.for_organization(org)}
    assert len(messages) == len(demo.MESSAGES)
    assert messages["<demo-ceo-fraud@nordfjell.demo>"].status == MessageStatus.QUARANTINED
    assert messages["<demo-credential@nordfjell.demo>"].status == MessageStatus.QUARANTINED
    assert messages["<demo-faktura-1@nordfjell.demo>"].category == "invoice"
    assert messages["<demo-faktura-1@nordfjell.demo>"].phishing_verdict == "clean"
    changed = messages["<demo-faktura-konto@nordfjell.demo>"]  # known supplier, new bank account
    assert changed.phishing_verdict != "clean" and "not the account on file" in " ".join(changed.phishing_reasons)
    reply, original = messages["<demo-oppdrag-svar@nordfjell.demo>"], messages["<demo-oppdrag-1@nordfjell.demo>"]
    assert reply.thread_id == original.thread_id
    from fornuft.mail.models import CannedReply, Thread

    assert {c.language for c in CannedReply.objects.for_organization(org)} == {"nb", "en"}
    thread = Thread.objects.for_organization(org).get(pk=reply.thread_id)
    assert thread.last_message_at == max(reply.received_at, original.received_at)
    counts = (Message.objects.all_organizations().count(), StoredFile.objects.all_organizations().count(),
              Decision.objects.all_organizations().count(), CannedReply.objects.all_organizations().count())
    demo.load(org)
    assert counts == (Message.objects.all_organizations().count(), StoredFile.objects.all_organizations().count(),
                      Decision.objects.all_organizations().count(), CannedReply.objects.all_organizations().count())

