"""Contracts in a real browser: upload a contract, read it with its clauses highlighted, correct
a field, and find the new deadline in the calendar and on the home page."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from fornuft.core.roles import Role
from fornuft.testing import factories
from fornuft.testing.browser import login
from tests.contracts.samples import NO_SERVICE


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_upload_read_correct_and_find_the_deadline(page, org, tmp_path):
    factories.user(org, Role.MANAGER, username="kontrakt")
    login(page, page.base_url, "kontrakt", factories.PASSWORD)
    contract_file = tmp_path / "driftsavtale.txt"
    contract_file.write_text(NO_SERVICE, encoding="utf-8")

    page.goto(f"{page.base_url}/contracts/")
    page.locator("#id_file").set_input_files(str(contract_file))
    page.get_by_role("button", name="Upload").click()
    page.wait_for_url(lambda url: url.rstrip("/").split("/")[-1].isdigit())
    detail_url = page.url

    # the text with its clauses highlighted, and the risks beside it
    expect(page.locator("pre.contract mark.clause-governing_law")).to_have_count(1)
    expect(page.locator("pre.contract mark.clause").first).to_be_visible()
    expect(page.locator(".contract-fields")).to_contain_text("AUTO_RENEWAL")
    expect(page.locator("input[name=counterparty]")).to_have_value("Fjordbakst AS")

    # a person corrects the expiry and the notice deadline
    expires = timezone.localdate() + timedelta(days=45)
    notice = timezone.localdate() + timedelta(days=12)
    page.locator("input[name=expiration_date]").fill(expires.isoformat())
    page.locator("input[name=notice_deadline]").fill(notice.isoformat())
    page.get_by_role("button", name="Save corrections").click()
    page.wait_for_url(detail_url)
    expect(page.locator("input[name=expiration_date]")).to_have_value(expires.isoformat())

    page.goto(f"{page.base_url}/contracts/calendar/")
    title = "TJENESTEAVTALE – DRIFT AV IT-SYSTEMER"  # the title is read from the contract's first line
    notice_row = page.locator("tbody tr").filter(has_text="Last day to give notice")
    expect(notice_row).to_contain_text(notice.strftime("%d/%m/%Y"))
    expect(notice_row).to_contain_text(title)
    expect(page.locator("tbody tr").filter(has_text="Renews")).to_contain_text(expires.strftime("%d/%m/%Y"))
    page.get_by_role("link", name=title).first.click()
    page.wait_for_url(detail_url)

    page.goto(f"{page.base_url}/")
    expect(page.locator("main")).to_contain_text("Contracts that renew within 90 days")
    expect(page.locator("main")).to_contain_text("Last day to give notice within 30 days")
