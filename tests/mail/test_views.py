"""Inbox, message view, re-categorize, quarantine, settings, model page and the API."""

import json

import pytest
from django.core import mail as django_mail

from fornuft.core.roles import Role
from fornuft.mail import intake
from fornuft.mail.models import AcknowledgementDraft, Category, KnownCorrespondent, Mailbox, Message, MessageStatus
from fornuft.testing import factories

from .conftest import make_eml

pytestmark = pytest.mark.django_db

PHISH = make_eml(sender="Konto <a@b.click>", subject="Verify your account", message_id="<p@b.click>",
                 body="Verify your account and confirm your password immediately.",
                 auth="mx; spf=fail; dkim=fail; dmarc=fail")
NEWSLETTER_HTML = make_eml(subject="Nyhetsbrev april", message_id="<n@x.no>", body="Nyhetsbrev",
                           html='<p>Hei!</p><img src="https://tracker.example/p.gif"><script>alert(1)</script>'
                                '<a href="https://x.no" onclick="evil()">Les mer</a>')


@pytest.fixture
def support(org, login):
    return login(factories.user(org, Role.SUPPORT, username="support-a"))


def test_inbox_lists_queues_with_badges(org, support):
    intake.ingest(org, make_eml(subject="Forespørsel om tilbud", body="Kan dere gi oss et tilbud på rådgivning?"))
    intake.ingest(org, PHISH)
    response = support.get("/mail/?queue=all")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Forespørsel om tilbud" in page and "Verify your account" not in page  # quarantined mail is hidden
    assert "Forespørsel om tilbud" not in support.get("/mail/").content.decode()  # support starts in its queue
    assert "badge" in page
    assert support.get("/mail/?queue=sales").status_code == 200


def test_inbox_query_count_does_not_grow_with_messages(org, support, django_assert_max_num_queries):
    for i in range(12):
        intake.ingest(org, make_eml(subject=f"Melding {i}", message_id=f"<q{i}@x.no>"))
    with django_assert_max_num_queries(12):
        assert support.get("/mail/?queue=all").status_code == 200


def test_message_view_sanitizes_html_and_blocks_remote_images(org, support):
    message = intake.ingest(org, NEWSLETTER_HTML).message
    page = support.get(f"/mail/messages/{message.pk}/").content.decode()
    assert "alert(1)" not in page and "onclick" not in page and "evil()" not in page
    assert "tracker.example" not in page and "?images=1" in page
    shown = support.get(f"/mail/messages/{message.pk}/?images=1").content.decode()
    assert 'src="https://tracker.example/p.gif"' in shown and "alert(1)" not in shown


def test_recategorize_from_the_message_view(org, support):
    message = intake.ingest(org, make_eml(subject="Spørsmål", body="Hei, kan dere hjelpe?")).message
    response = support.post(f"/mail/messages/{message.pk}/category", {"category": "customer_support"})
    assert response.status_code == 302
    message.refresh_from_db()
    assert message.category == "customer_support" and message.confidence == 1.0
    assert support.post(f"/mail/messages/{message.pk}/category", {"category": "nope"}).status_code == 302


def test_quarantine_list_and_release_need_the_right_role(org, support, admin_client):
    message = intake.ingest(org, PHISH).message
    assert support.get("/mail/quarantine/").status_code == 403
    assert support.post(f"/mail/messages/{message.pk}/release").status_code == 403
    assert support.get(f"/mail/messages/{message.pk}/").status_code == 302  # not shown to support
    page = admin_client.get("/mail/quarantine/").content.decode()
    assert "Verify your account" in page
    assert admin_client.post(f"/mail/messages/{message.pk}/release").status_code == 302
    message.refresh_from_db()
    assert message.status != MessageStatus.QUARANTINED and message.phishing_verdict == "clean"


def test_acknowledgement_is_sent_only_after_a_person_approves(org, support):
    message = intake.ingest(org, make_eml(subject="Request for quotation", message_id="<rq@x.com>",
                                          sender="Peter Holm <peter@x.com>",
                                          body="Could you send us a quotation for an energy audit of our office?")
                            ).message
    draft = AcknowledgementDraft.objects.all_organizations().get(message=message)
    assert draft.language == "en" and "Hello Peter" in draft.body and django_mail.outbox == []
    support.post(f"/mail/drafts/{draft.pk}/", {"action": "send", "subject": draft.subject, "body": "Thanks!"})
    draft.refresh_from_db()
    assert draft.status == "sent" and draft.approved_by is not None
    assert len(django_mail.outbox) == 1 and django_mail.outbox[0].to == ["peter@x.com"]


def test_settings_mailbox_secret_is_encrypted_categories_and_known_domains(org, admin_client):
    assert admin_client.get("/mail/settings/").status_code == 200
    response = admin_client.post("/mail/settings/mailboxes", {
        "name": "Post", "kind": "imap", "host": "imap.example.no", "port": 993, "security": "ssl",
        "username": "post@nordfjell.no", "auth_method": "xoauth2", "folder": "INBOX", "path": "",
        "is_enabled": "on", "secret": "token-123"})
    assert response.status_code == 302
    box = Mailbox.objects.all_organizations().get(organization=org)
    assert box.secret_encrypted and "token-123" not in box.secret_encrypted
    other = Category.objects.all_organizations().get(organization=org, key="newsletter")
    form = {f"name-{c.pk}": c.name for c in Category.objects.for_organization(org)}
    form.update({f"active-{c.pk}": "on" for c in Category.objects.for_organization(org)
                 if c.key != "newsletter"})
    form[f"name-{other.pk}"] = "Nyhetsbrev og reklame"
    form["new_name"] = "Anbud"
    admin_client.post("/mail/settings/categories", form)
    other.refresh_from_db()
    assert other.name == "Nyhetsbrev og reklame" and not other.is_active
    assert Category.objects.for_organization(org).filter(key="anbud").exists()
    admin_client.post("/mail/settings/known-domains",
                      {"domains": "Kunde.no\nhttps://www.leverandor.no/ 1503.12.34567  # supplier\n"})
    assert dict(KnownCorrespondent.objects.for_organization(org)
                .values_list("domain", "bank_accounts")) == {"kunde.no": "", "leverandor.no": "1503.12.34567"}


def test_removed_category_is_not_predicted(org):
    intake.ensure_setup(org)
    Category.objects.for_organization(org).filter(key="sales_inquiry").update(is_active=False)
    message = intake.ingest(org, make_eml(subject="Forespørsel om tilbud",
                                          body="Kan dere gi oss et tilbud på rådgivning? Hva er prisen?")).message
    assert message.category != "sales_inquiry"


def test_model_page_shows_report_and_chart(org, admin_client):
    from fornuft.mail import sorting

    sorting.seed_model()  # trained by the worker's first message; the page itself never trains
    page = admin_client.get("/mail/model/").content.decode()
    assert "confusion-data" in page and "sales_inquiry" in page


def test_api_list_detail_category_and_release(org, admin_client):
    kept = intake.ingest(org, make_eml(subject="Hei", message_id="<api1@x.no>")).message
    quarantined = intake.ingest(org, PHISH).message
    listing = admin_client.get("/api/v1/mail/messages").json()
    assert listing["count"] == 2
    detail = admin_client.get(f"/api/v1/mail/messages/{quarantined.pk}").json()
    assert detail["phishing"]["verdict"] == "phishing" and detail["phishing"]["reasons"]
    changed = admin_client.post(f"/api/v1/mail/messages/{kept.pk}/category", data=json.dumps(
        {"category": "other"}), content_type="application/json").json()
    assert changed["category"] == "other"
    bad = admin_client.post(f"/api/v1/mail/messages/{kept.pk}/category", data=json.dumps(
        {"category": "nope"}), content_type="application/json")
    assert bad.status_code == 400 and bad.json()["error"]["message"]
    released = admin_client.post(f"/api/v1/mail/messages/{quarantined.pk}/release").json()
    assert released["phishing"]["verdict"] == "clean"


def test_other_organizations_messages_are_404(org, other_org, login, admin_client):
    theirs = intake.ingest(other_org, make_eml(subject="Hemmelig", message_id="<s@x.no>")).message
    before = theirs.category
    assert admin_client.get(f"/mail/messages/{theirs.pk}/").status_code == 404
    assert admin_client.post(f"/mail/messages/{theirs.pk}/category",
                             {"category": "job_application"}).status_code == 404
    assert admin_client.post(f"/mail/messages/{theirs.pk}/release").status_code == 404
    assert admin_client.get(f"/api/v1/mail/messages/{theirs.pk}").status_code == 404
    assert admin_client.get("/api/v1/mail/messages").json()["count"] == 0
    assert Message.objects.all_organizations().get(pk=theirs.pk).category == before


def test_mailbox_can_be_changed_without_retyping_the_secret(org, admin_client):
    from fornuft.mail.mailboxes import set_secret

    box = Mailbox(organization=org, name="Post", host="imap.old.no", username="post@nordfjell.no")
    set_secret(box, "gammelt-passord")
    box.save()
    secret = box.secret_encrypted
    assert "imap.old.no" in admin_client.get("/mail/settings/").content.decode()
    admin_client.post(f"/mail/settings/mailboxes/{box.pk}", {
        "name": "Post", "kind": "imap", "host": "imap.new.no", "port": 993, "security": "ssl",
        "username": "post@nordfjell.no", "auth_method": "password", "folder": "INBOX", "path": "", "secret": ""})
    box.refresh_from_db()
    assert box.host == "imap.new.no" and box.secret_encrypted == secret and not box.is_enabled
