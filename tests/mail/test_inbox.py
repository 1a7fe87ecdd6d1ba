"""The shared inbox with the Django client: conversations and threads, assign, states with
history, search, Focused/Other, replies through a local SMTP server, canned replies and KB
articles, the quarantine's block and delete — and who may do what."""

import pytest

from fornuft.core import tenancy
from fornuft.core.roles import Role
from fornuft.mail import intake
from fornuft.mail.models import (
    BlockedSender,
    CannedReply,
    MailEvent,
    Message,
    MessageStatus,
    OutgoingReply,
    OutgoingServer,
    SmtpSecurity,
    Thread,
)
from fornuft.testing import factories
from fornuft.testing.smtp import local_smtp

from .conftest import make_eml

pytestmark = pytest.mark.django_db

PHISH = make_eml(sender="Konto <a@b.click>", subject="Verify your account", message_id="<p@b.click>",
                 body="Verify your account and confirm your password immediately.",
                 auth="mx; spf=fail; dkim=fail; dmarc=fail")


@pytest.fixture
def login():
    """These tests read the English texts; the Norwegian ones are checked by tests/web/test_norwegian.py."""
    from django.test import Client

    def log_in(user):
        client = Client(HTTP_ACCEPT_LANGUAGE="en")
        client.force_login(user)
        return client

    return log_in


@pytest.fixture
def agent(org):
    return factories.user(org, Role.SUPPORT, username="agent-a", first_name="Siri", last_name="Service",
                          email="siri@nordlys.no")


@pytest.fixture
def agent_client(agent, login):
    return login(agent)


def take_in(org, **fields):
    return intake.ingest(org, make_eml(**fields)).message


def thread_of(message) -> Thread:
    return Thread.objects.all_organizations().get(pk=Message.objects.all_organizations().get(pk=message.pk).thread_id)


def use_server(org, server):
    with tenancy.activate(org):
        OutgoingServer.objects.create(host=server.host, port=server.port, security=SmtpSecurity.NONE,
                                      from_address="post@nordlys.no", from_name="Nordlys kundeservice")


# -- threads --------------------------------------------------------------------------
@pytest.mark.postgres  # icontains, Exists and JSON lookups on the real server too
def test_a_reply_joins_its_thread_by_message_id_and_a_same_subject_mail_by_subject(org):
    first = take_in(org, subject="Tilbud på varmepumpe", message_id="<a1@kunde.no>",
                    body="Hei, kan dere gi et tilbud på varmepumpe?")
    by_header = take_in(org, subject="Ny tråd?", in_reply_to="<a1@kunde.no>", message_id="<a2@kunde.no>",
                        body="Glemte å si: vi bor i Bergen.")
    by_subject = take_in(org, subject="SV: Tilbud på varmepumpe", message_id="<a3@kunde.no>",
                         body="Har dere sett på dette?")
    other_sender = take_in(org, subject="Tilbud på varmepumpe", sender="Ola <ola@annen.no>",
                           message_id="<b1@annen.no>", body="Hei, vi vil også ha et tilbud.")
    thread = thread_of(first)
    assert thread_of(by_header) == thread and thread_of(by_subject) == thread
    assert thread_of(other_sender) != thread  # the same subject from someone else is their own conversation
    assert thread.correspondent == "kari@kunde.no" and thread.subject_key == "tilbud på varmepumpe"


def test_a_new_message_opens_a_done_conversation_again_and_says_so(org):
    first = take_in(org, subject="Lekkasje", message_id="<l1@kunde.no>", body="Det lekker under vasken.")
    thread = thread_of(first)
    Thread.objects.all_organizations().filter(pk=thread.pk).update(state="done")
    take_in(org, subject="Re: Lekkasje", in_reply_to="<l1@kunde.no>", message_id="<l2@kunde.no>",
            body="Det lekker igjen.")
    thread.refresh_from_db()
    assert thread.state == "open"
    assert MailEvent.objects.all_organizations().filter(thread=thread, kind="reopened").exists()


# -- list, filters, search, Focused/Other ---------------------------------------------
def test_mine_and_unassigned_filters_and_assign_to_me_with_history(org, agent, agent_client):
    message = take_in(org, subject="Faktura mangler", body="Vi har ikke fått fakturaen for mars.")
    thread = thread_of(message)
    assert "Faktura mangler" in agent_client.get("/mail/conversations/?who=unassigned").content.decode()
    assert "Faktura mangler" not in agent_client.get("/mail/conversations/?who=mine").content.decode()
    response = agent_client.post(f"/mail/conversations/{thread.pk}/assign", {"assignee": "me"}, follow=True)
    assert "Assigned to Siri Service" in response.content.decode()
    thread.refresh_from_db()
    assert thread.assignee == agent
    assert Message.objects.all_organizations().get(pk=message.pk).assignee == agent  # "Mail assigned to me" at home
    assert "Faktura mangler" in agent_client.get("/mail/conversations/?who=mine").content.decode()
    assert "Faktura mangler" not in agent_client.get("/mail/conversations/?who=unassigned").content.decode()
    agent_client.post(f"/mail/conversations/{thread.pk}/assign", {"assignee": ""})
    thread.refresh_from_db()
    assert thread.assignee is None
    page = agent_client.get(f"/mail/conversations/{thread.pk}/").content.decode()
    assert "Siri Service assigned the conversation to Siri Service." in page
    assert "Siri Service removed the assignment." in page


def test_assigning_to_someone_outside_the_inbox_or_the_organization_is_refused(org, other_org, agent_client):
    thread = thread_of(take_in(org, subject="Spørsmål", body="Et spørsmål om levering."))
    employee = factories.user(org, Role.EMPLOYEE, username="ansatt")
    stranger = factories.user(other_org, Role.SUPPORT, username="fremmed")
    for person in (employee, stranger):
        response = agent_client.post(f"/mail/conversations/{thread.pk}/assign", {"assignee": person.pk}, follow=True)
        assert "Choose a colleague from the list." in response.content.decode()
    thread.refresh_from_db()
    assert thread.assignee is None


@pytest.mark.postgres  # icontains, Exists and JSON lookups on the real server too
def test_states_open_pending_done_are_filtered_and_recorded(org, agent_client):
    thread = thread_of(take_in(org, subject="Venter på svar", body="Kan dere sjekke dette?"))
    agent_client.post(f"/mail/conversations/{thread.pk}/state", {"state": "pending"})
    thread.refresh_from_db()
    assert thread.state == "pending"
    assert "Venter på svar" not in agent_client.get("/mail/conversations/").content.decode()  # open by default
    assert "Venter på svar" in agent_client.get("/mail/conversations/?state=pending").content.decode()
    agent_client.post(f"/mail/conversations/{thread.pk}/state", {"state": "done"})
    response = agent_client.post(f"/mail/conversations/{thread.pk}/state", {"state": "closed-forever"}, follow=True)
    assert "Choose open, pending or done." in response.content.decode()
    changes = list(MailEvent.objects.all_organizations().filter(thread=thread, kind="state")
                   .values_list("detail__old", "detail__new"))
    assert changes == [("open", "pending"), ("pending", "done")]
    assert "changed the state from Pending to Done" in agent_client.get(
        f"/mail/conversations/{thread.pk}/").content.decode()


@pytest.mark.postgres  # icontains, Exists and JSON lookups on the real server too
def test_search_finds_subject_sender_and_text(org, agent_client):
    take_in(org, subject="Service på ventilasjon", sender="Per <per@borettslag.no>", body="Viften bråker.")
    take_in(org, subject="Annet", body="Vi lurer på varmtvannsberederen i kjelleren.")
    assert "Service på ventilasjon" in agent_client.get("/mail/conversations/?q=ventilasjon").content.decode()
    assert "Service på ventilasjon" in agent_client.get("/mail/conversations/?q=borettslag").content.decode()
    page = agent_client.get("/mail/conversations/?q=VARMTVANN").content.decode()
    assert "Annet" in page and "Service på ventilasjon" not in page
    assert "No conversations here." in agent_client.get("/mail/conversations/?q=finnesikke").content.decode()
    take_in(org, subject="Økonomimøte", body="Agenda for møtet.")
    for typed in ("ØKONOMI", "økonomi", "Økonomimøte"):  # æøå in any usual case, on SQLite too
        assert "Økonomimøte" in agent_client.get("/mail/conversations/", {"q": typed}).content.decode(), typed


@pytest.mark.postgres  # icontains, Exists and JSON lookups on the real server too
def test_newsletters_and_notifications_go_to_other(org, agent_client):
    take_in(org, subject="Ukens tilbud", sender="Butikk <nyhetsbrev@butikk.no>", body="Se ukens tilbud.",
            headers={"List-Unsubscribe": "<mailto:avmeld@butikk.no>"})
    take_in(org, subject="Ordre sendt", sender="no-reply@frakt.no", body="Pakken din er sendt.")
    take_in(org, subject="Spørsmål om montering", body="Når kan dere komme?")
    focused = agent_client.get("/mail/conversations/").content.decode()
    other = agent_client.get("/mail/conversations/?stream=other").content.decode()
    assert "Spørsmål om montering" in focused and "Ukens tilbud" not in focused and "Ordre sendt" not in focused
    assert "Ukens tilbud" in other and "Ordre sendt" in other and "Spørsmål om montering" not in other
    assert "Ukens tilbud" in agent_client.get("/mail/conversations/?q=ukens").content.decode()  # search sees both


def test_quarantined_mail_is_not_a_conversation(org, agent_client):
    message = intake.ingest(org, PHISH).message
    assert message.status == MessageStatus.QUARANTINED
    assert "Verify your account" not in agent_client.get("/mail/conversations/?state=any").content.decode()
    assert agent_client.get(f"/mail/conversations/{message.thread_id}/").status_code == 302


# -- replies ---------------------------------------------------------------------------
def test_reply_is_sent_through_the_organizations_smtp_server_and_threads_the_answer(org, agent, agent_client):
    first = take_in(org, subject="Tilbud på varmepumpe", message_id="<t1@kunde.no>", body="Hva koster det?")
    thread = thread_of(first)
    with local_smtp() as server:
        use_server(org, server)
        response = agent_client.post(f"/mail/conversations/{thread.pk}/reply",
                                     {"body": "Hei Kari, det koster 25 000 kr.", "then": "done"}, follow=True)
    assert "Sent to kari@kunde.no: the mail server accepted it." in response.content.decode()
    [received] = server.received
    assert received["To"] == "kari@kunde.no" and received["Subject"] == "Re: Tilbud på varmepumpe"
    assert received["In-Reply-To"] == "<t1@kunde.no>" and "Nordlys kundeservice" in received["From"]
    assert "25 000 kr" in received.get_content()
    reply = OutgoingReply.objects.all_organizations().get(thread=thread)
    assert reply.status == "sent" and reply.author == agent
    thread.refresh_from_db()
    assert thread.state == "done"
    # the customer's answer to our reply comes back into the same conversation, open again
    answer = take_in(org, subject="Re: Tilbud på varmepumpe", in_reply_to=reply.message_id, message_id="<t3@kunde.no>",
                     body="Takk, det høres bra ut.")
    assert thread_of(answer) == thread
    thread.refresh_from_db()
    assert thread.state == "open"


def test_a_refused_reply_is_not_called_sent_and_the_text_is_kept(org, agent_client):
    thread = thread_of(take_in(org, subject="Hei", sender="Feil <feil@kunde.no>", body="Hei der."))
    with local_smtp() as server:
        server.refuse.add("feil@kunde.no")
        use_server(org, server)
        response = agent_client.post(f"/mail/conversations/{thread.pk}/reply", {"body": "Mitt svar"}, follow=True)
    page = response.content.decode()
    assert "The mail server refused the recipient address." in page
    assert "Mitt svar</textarea>" in page  # the reply box still holds the text
    assert not OutgoingReply.objects.all_organizations().exists() and server.received == []
    assert MailEvent.objects.all_organizations().filter(thread=thread, kind="reply_failed").exists()


def test_without_smtp_the_page_says_so_and_nothing_is_called_sent(org, agent_client, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    thread = thread_of(take_in(org, subject="Uten server", body="Hei."))
    assert 'data-testid="no-smtp"' in agent_client.get(f"/mail/conversations/{thread.pk}/").content.decode()
    response = agent_client.post(f"/mail/conversations/{thread.pk}/reply", {"body": "Svar"}, follow=True)
    assert "No outgoing mail server (SMTP) is set up, so nothing was sent." in response.content.decode()
    assert not OutgoingReply.objects.all_organizations().exists()


def test_insert_a_canned_reply_and_a_knowledge_base_article(org, agent_client):
    from fornuft.assistant.services import save_article

    thread = thread_of(take_in(org, subject="Åpningstider", body="Når har dere åpent?"))
    with tenancy.activate(org):
        canned = CannedReply.objects.create(title="Takk for henvendelsen", language="nb",
                                            body="Takk for at du tok kontakt med oss.")
    save_article(org, slug="apningstider", title="Åpningstider", body="Vi har åpent 08–16 på hverdager.")
    page = agent_client.get(f"/mail/conversations/{thread.pk}/", {"body": "Hei!", "canned": canned.pk}).content.decode()
    assert "Hei!\n\nTakk for at du tok kontakt med oss.</textarea>" in page
    url = f"/mail/conversations/{thread.pk}/"
    page = agent_client.get(url, {"body": "", "article": "apningstider"}).content.decode()
    assert "Åpningstider\n\nVi har åpent 08–16 på hverdager.</textarea>" in page


# -- roles and organizations -----------------------------------------------------------
def test_roles_and_organizations_are_checked(org, other_org, login, agent_client):
    thread = thread_of(take_in(org, subject="Hemmelig sak", body="Kun for oss."))
    employee = login(factories.user(org, Role.EMPLOYEE, username="ansatt-b"))
    assert employee.get("/mail/conversations/").status_code == 403
    assert employee.post(f"/mail/conversations/{thread.pk}/assign", {"assignee": "me"}).status_code == 403
    outsider = login(factories.user(other_org, Role.SUPPORT, username="support-x"))
    assert outsider.get(f"/mail/conversations/{thread.pk}/").status_code == 404
    assert outsider.post(f"/mail/conversations/{thread.pk}/state", {"state": "done"}).status_code == 404
    assert "Hemmelig sak" not in outsider.get("/mail/conversations/?state=any").content.decode()
    assert agent_client.get("/mail/conversations/").status_code == 200
    from django.test import Client

    assert Client().get("/mail/conversations/").status_code == 302  # to the login page


def test_conversation_views_require_csrf(org, agent):
    from django.test import Client

    thread = thread_of(take_in(org, subject="CSRF", body="Hei."))
    client = Client(enforce_csrf_checks=True)
    client.force_login(agent)
    assert client.post(f"/mail/conversations/{thread.pk}/state", {"state": "done"}).status_code == 403


# -- quarantine: block sender, delete ---------------------------------------------------
def test_block_sender_quarantines_future_mail_and_can_be_removed(org, login):
    admin = login(factories.user(org, Role.ADMIN, username="admin-q"))
    message = intake.ingest(org, PHISH).message
    response = admin.post("/mail/quarantine/block", {"message": message.pk}, follow=True)
    assert "Blocked: mail from a@b.click goes to quarantine from now on." in response.content.decode()
    admin.post("/mail/quarantine/block", {"address": "spam.example"})
    assert admin.post("/mail/quarantine/block", {"address": "ikke en adresse"}, follow=True).status_code == 200
    with tenancy.activate(org):
        assert sorted(BlockedSender.objects.values_list("address", flat=True)) == ["@spam.example", "a@b.click"]
    later = take_in(org, subject="Helt vanlig", sender="Selger <selger@spam.example>", body="Kjøp nå.")
    assert later.status == MessageStatus.QUARANTINED and later.blocked_sender
    page = admin.get("/mail/quarantine/").content.decode()
    assert "Helt vanlig" in page and "Blocked sender" in page and "@spam.example" in page
    with tenancy.activate(org):
        entry = BlockedSender.objects.get(address="@spam.example")
    admin.post(f"/mail/quarantine/blocked/{entry.pk}/remove")
    assert take_in(org, subject="Nå slipper jeg inn", sender="selger@spam.example",
                   body="Hei igjen.").status != MessageStatus.QUARANTINED


@pytest.mark.postgres  # icontains, Exists and JSON lookups on the real server too
def test_delete_removes_from_view_but_keeps_the_message_and_the_log(org, login):
    from fornuft.governance.models import Decision

    admin = login(factories.user(org, Role.ADMIN, username="admin-d"))
    message = intake.ingest(org, PHISH).message
    decisions = Decision.objects.all_organizations().filter(subject_id=str(message.pk)).count()
    admin.post(f"/mail/messages/{message.pk}/delete")
    assert "Verify your account" not in admin.get("/mail/quarantine/").content.decode()
    kept = Message.objects.all_organizations().get(pk=message.pk)
    assert kept.deleted_at is not None and kept.stored_file_id is not None
    assert Decision.objects.all_organizations().filter(subject_id=str(message.pk)).count() == decisions
    event = MailEvent.objects.all_organizations().get(message=kept, kind="deleted")
    assert event.detail["subject"] == "Verify your account"
    # only quarantined mail can be deleted, and only by those who handle quarantine
    normal = take_in(org, subject="Vanlig", body="Hei.")
    response = admin.post(f"/mail/messages/{normal.pk}/delete", follow=True)
    assert "Only messages in quarantine can be deleted." in response.content.decode()
    support = login(factories.user(org, Role.SUPPORT, username="support-d"))
    assert support.post(f"/mail/messages/{message.pk}/delete").status_code == 403
    assert support.post("/mail/quarantine/block", {"address": "x@y.no"}).status_code == 403


def test_the_conversation_list_costs_the_same_queries_for_3_and_30_conversations(org, agent, agent_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert agent_client.get("/mail/conversations/").status_code == 200
        return len(captured)

    for number in range(3):
        take_in(org, subject=f"Sak nummer {number}", sender=f"kunde{number}@firma.no", body="Hei.")
    few = queries()
    for number in range(3, 30):
        thread = thread_of(take_in(org, subject=f"Sak nummer {number}", sender=f"kunde{number}@firma.no",
                                   body="Hei."))
        Thread.objects.all_organizations().filter(pk=thread.pk).update(assignee=agent)
    assert queries() == few


def test_home_links_my_assigned_mail_to_my_conversations(org, agent, agent_client):
    thread = thread_of(take_in(org, subject="Til meg", body="Hei."))
    agent_client.post(f"/mail/conversations/{thread.pk}/assign", {"assignee": "me"})
    assert "/mail/conversations/?who=mine" in agent_client.get("/").content.decode()


def test_a_data_subject_request_finds_exports_and_erases_replies_and_blocks(org, agent, agent_client, admin_user):
    import io
    import zipfile

    from fornuft.governance import dsar
    from fornuft.governance.privacy.providers import SubjectQuery

    thread = thread_of(take_in(org, subject="Spørsmål", sender="Kari <kari@kunde.no>", body="Hei."))
    with local_smtp() as server:
        use_server(org, server)
        agent_client.post(f"/mail/conversations/{thread.pk}/reply", {"body": "Hei Kari, her er svaret."})
    with tenancy.activate(org):
        BlockedSender.objects.create(address="kari@kunde.no")
    query = SubjectQuery(email="kari@kunde.no")
    providers = {hit.provider for hit in dsar.search(org, query)}
    assert {"mail.messages", "mail.replies", "mail.blocked"} <= providers
    archive = zipfile.ZipFile(io.BytesIO(dsar.export_zip(org, query)))
    assert b"her er svaret" in b"".join(archive.read(name) for name in archive.namelist())
    dsar.erase(org, query, admin_user)
    assert not OutgoingReply.objects.all_organizations().exists()
    assert not BlockedSender.objects.all_organizations().exists()


def test_message_page_links_to_its_conversation_and_offers_block_and_delete_in_quarantine(org, login, agent_client):
    normal = take_in(org, subject="Vanlig sak", body="Hei.")
    page = agent_client.get(f"/mail/messages/{normal.pk}/").content.decode()
    assert f'href="/mail/conversations/{normal.thread_id}/"' in page
    admin = login(factories.user(org, Role.ADMIN, username="admin-m"))
    quarantined = intake.ingest(org, PHISH).message
    page = admin.get(f"/mail/messages/{quarantined.pk}/").content.decode()
    assert "Block sender" in page and f'action="/mail/messages/{quarantined.pk}/delete"' in page


def test_the_api_lists_assigns_changes_state_and_replies(org, agent, agent_client, other_org, login):
    import json

    thread = thread_of(take_in(org, subject="Via API", message_id="<api1@kunde.no>", body="Hei fra API."))
    listed = agent_client.get("/api/v1/mail/conversations?who=unassigned&q=API").json()
    assert [item["subject"] for item in listed["items"]] == ["Via API"]
    base = f"/api/v1/mail/conversations/{thread.pk}"
    post = lambda url, data: agent_client.post(url, json.dumps(data), content_type="application/json")  # noqa: E731
    assert post(f"{base}/assign", {"assignee": "me"}).json()["assignee"] == "agent-a"
    assert post(f"{base}/state", {"state": "pending"}).json()["state"] == "pending"
    assert post(f"{base}/state", {"state": "closed"}).status_code == 422
    with local_smtp() as server:
        use_server(org, server)
        sent = post(f"{base}/reply", {"body": "Svar via API."})
        assert sent.status_code == 200 and sent.json()["status"] == "sent" and len(server.received) == 1
        server.refuse.add("kari@kunde.no")
        refused = post(f"{base}/reply", {"body": "Ett svar til."})
    assert refused.status_code == 502 and "refused the recipient" in refused.content.decode()
    outsider = login(factories.user(other_org, Role.SUPPORT, username="api-x"))
    assert outsider.post(f"{base}/state", json.dumps({"state": "done"}), content_type="application/json"
                         ).status_code == 404
    assert login(factories.user(org, Role.EMPLOYEE, username="api-e")).get("/api/v1/mail/conversations"
                                                                           ).status_code == 403
