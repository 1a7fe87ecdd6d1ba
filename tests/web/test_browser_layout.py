"""Layout in Chromium: on a 390 px phone the menu opens from its button and nothing scrolls
sideways; at 1366 px the review queue and an invoice review fit the window. Screenshots of
the main pages go to FORNUFT_SCREENSHOTS when it is set (docs/screenshots)."""

import os
from pathlib import Path

import pytest

from fornuft.core.roles import Role
from fornuft.testing import factories
from fornuft.testing.browser import login


def _screenshot(page, name: str) -> None:
    folder = os.environ.get("FORNUFT_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def _sideways(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_phone_and_laptop_widths(browser, live_server):
    from fornuft.governance.models import ReviewTask
    from tests.invoices.test_workflow import invoice_pdf, take_in

    org = factories.organization("Mobil AS")
    factories.user(org, Role.ADMIN, username="admin-mobil")
    take_in(org, invoice_pdf(number_line="Bilag: A-7781"))
    task = ReviewTask.objects.all_organizations().get(organization=org)
    phone = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844},
                                locale="nb-NO", extra_http_headers={"Accept-Language": "nb"})
    page = phone.new_page()
    page.set_default_timeout(10_000)
    try:
        login(page, live_server.url, "admin-mobil", factories.PASSWORD)
        assert page.get_by_role("heading", name="Mitt arbeid").is_visible()
        assert not page.locator("#sidebar").is_visible()
        page.get_by_role("button", name="Meny").click()
        assert page.locator("#sidebar").is_visible()
        _screenshot(page, "home-admin-phone")
        for url in ("/", "/governance/reviews/", f"/governance/reviews/{task.pk}/", "/documents/invoices/"):
            page.goto(live_server.url + url)
            assert _sideways(page) <= 1, url
    finally:
        phone.close()
    laptop = browser.new_context(base_url=live_server.url, viewport={"width": 1366, "height": 768},
                                 locale="nb-NO", extra_http_headers={"Accept-Language": "nb"})
    page = laptop.new_page()
    page.set_default_timeout(10_000)
    try:
        login(page, live_server.url, "admin-mobil", factories.PASSWORD)
        _screenshot(page, "home-admin")
        for url, name in (("/governance/reviews/", "review-queue"), (f"/governance/reviews/{task.pk}/",
                                                                      "review-invoice"), ("/governance/", None)):
            page.goto(live_server.url + url)
            assert _sideways(page) <= 1, url
            if name:
                _screenshot(page, name)
    finally:
        laptop.close()
