"""The shared inbox in Chromium: open the inbox, open a conversation, assign it to me, insert a
canned reply, send it through a local SMTP server (aiosmtpd) and mark the conversation done.
Screenshots go to FORNUFT_SCREENSHOTS when it is set (docs/screenshots)."""

import os
from pathlib import Path

import pytest

from fornuft.core import tenancy
from fornuft.core.roles import Role
from fornuft.mail import intake
from fornuft.mail.models import CannedReply, OutgoingServer, SmtpSecurity, Thread
from fornuft.testing import factories
from fornuft.testing.browser import login
from fornuft.testing.smtp import local_smtp

from .conftest import make_eml

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _screenshot(page, name: str) -> None:
    folder = os.environ.get("FORNUFT_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def test_answer_a_customer_from_the_shared_inbox(page):
    org = factories.organization("Nettleser Innboks AS")
    agent = factories.user(org, Role.SUPPORT, username="kundeservice-b", first_name="Siri", last_name="Service")
    intake.ingest(org, make_eml(subject="Når kommer montøren?", message_id="<m1@kunde.no>",
                                body="Hei, vi venter på montøren. Når kommer han?"))
    intake.ingest(org, make_eml(subject="Ukens kampanje", sender="nyhetsbrev@butikk.no", body="Kjøp nå!",
                                headers={"List-Unsubscribe": "<mailto:avmeld@butikk.no>"}))
    with local_smtp() as server:
        with tenancy.activate(org):
            OutgoingServer.objects.create(host=server.host, port=server.port, security=SmtpSecurity.NONE,
                                          from_address="post@innboks.no", from_name="Innboks kundeservice")
            canned = CannedReply.objects.create(title="Montør på vei", language="nb",
                                                body="Montøren kommer i morgen mellom 08 og 10.")
        login(page, page.base_url, "kundeservice-b", factories.PASSWORD)
        page.goto(f"{page.base_url}/mail/conversations/")
        assert page.get_by_role("link", name="Ukens kampanje").count() == 0  # a newsletter is under Other
        _screenshot(page, "inbox-conversations")
        page.get_by_role("link", name="Når kommer montøren?").click()
        page.get_by_role("button", name="Assign to me").click()
        status = page.get_by_test_id("conversation-status")
        status.get_by_text("Siri Service").wait_for()
        page.get_by_label("Canned reply").select_option(str(canned.pk))
        page.get_by_role("button", name="Insert").click()
        reply_box = page.get_by_label("Text", exact=True)
        page.wait_for_function("document.querySelector('#reply-body').value.includes('Montøren kommer')")
        reply_box.fill("Hei!\n\n" + reply_box.input_value())
        _screenshot(page, "inbox-conversation")
        page.get_by_role("button", name="Send", exact=True).click()
        page.get_by_text("the mail server accepted it").wait_for()
        assert len(server.received) == 1
    [sent] = server.received
    assert sent["To"] == "kari@kunde.no" and "Montøren kommer i morgen" in sent.get_content()
    page.get_by_role("button", name="Mark as Done").click()
    status.get_by_text("Done").wait_for()
    thread = Thread.objects.all_organizations().get(subject="Når kommer montøren?")
    assert thread.state == "done" and thread.assignee == agent
    assert page.get_by_test_id("history").get_by_text("changed the state from Open to Done").is_visible()
