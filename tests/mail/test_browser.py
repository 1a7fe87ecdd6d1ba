"""Inbox, re-categorize and quarantine release in a real browser (Debian's Chromium)."""

import pytest

from fornuft.core.roles import Role
from fornuft.governance.models import TrainingExample
from fornuft.mail import intake
from fornuft.mail.models import Message, MessageStatus
from fornuft.testing import factories
from fornuft.testing.browser import login

from .conftest import make_eml

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_inbox_and_recategorize(page):
    org = factories.organization("Nettleser Post AS")
    factories.user(org, Role.SUPPORT, username="kundeservice")
    message = intake.ingest(org, make_eml(subject="Forespørsel om tilbud på energirådgivning",
                                          body="Hei, kan dere gi oss et tilbud på energirådgivning? Hva koster det?")
                            ).message
    login(page, page.base_url, "kundeservice", factories.PASSWORD)
    page.goto(f"{page.base_url}/mail/?queue=all")
    page.get_by_role("link", name="Forespørsel om tilbud på energirådgivning").click()
    page.get_by_label("Category").or_(page.get_by_label("Kategori")).select_option("project_assignment")
    page.get_by_role("button", name="Save category").or_(page.get_by_role("button", name="Lagre kategori")).click()
    page.wait_for_load_state()
    message.refresh_from_db()
    assert message.category == "project_assignment"
    assert TrainingExample.objects.all_organizations().filter(
        subject_id=str(message.pk), system_key="mail.classifier", label="project_assignment").exists()


def test_quarantine_release(page):
    org = factories.organization("Nettleser Karantene AS")
    factories.user(org, Role.ADMIN, username="it-admin")
    raw = make_eml(sender="Konto <a@b.click>", subject="Verify your account now",
                   body="Verify your account and confirm your password immediately.",
                   auth="mx; spf=fail; dkim=fail; dmarc=fail")
    message = intake.ingest(org, raw).message
    assert message.status == MessageStatus.QUARANTINED
    login(page, page.base_url, "it-admin", factories.PASSWORD)
    page.goto(f"{page.base_url}/mail/quarantine/")
    assert page.get_by_text("Verify your account now").is_visible()
    page.get_by_role("button", name="Release").or_(page.get_by_role("button", name="Slipp ut")).click()
    page.wait_for_load_state()
    assert Message.objects.all_organizations().get(pk=message.pk).status != MessageStatus.QUARANTINED
