"""The technician's flow on a phone, in Chromium: a 390×844 touch screen, a nameplate photo and a
typed note uploaded, the report drafted with the plate's fields, approved, and the customer copy
mailed. Nothing on the way scrolls sideways."""

import pytest
from django.core import mail

from fornuft.core.roles import Role
from fornuft.testing import factories
from fornuft.testing.browser import login
from tests.intake.test_workflow import _plate

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True,
         "device_scale_factor": 3, "locale": "en-GB"}


def _sideways(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_technician_makes_and_approves_a_service_report_on_a_phone(browser, live_server):
    from fornuft.intake.models import ServiceReport

    org = factories.organization("Servicebil AS")
    factories.user(org, Role.EMPLOYEE, username="tekniker")
    phone = browser.new_context(base_url=live_server.url, **PHONE)
    page = phone.new_page()
    page.set_default_timeout(60_000)  # OCR of the photo runs in the request on a loaded machine
    try:
        login(page, live_server.url, "tekniker", factories.PASSWORD)
        page.goto(live_server.url + "/intake/service/")
        assert _sideways(page) <= 1
        photo = page.locator("#id_photo")
        assert photo.get_attribute("capture") == "environment"  # the phone opens its camera
        photo.set_input_files({"name": "plate.jpg", "mimeType": "image/jpeg", "buffer": _plate()})
        page.locator("#id_text").tap()
        page.locator("#id_text").fill("Found a leak at the valve. Replaced the valve. One hour.")
        page.get_by_role("button", name="Make the report").tap()
        page.wait_for_url("**/intake/service/*/")
        assert page.get_by_text("4712AB0399").is_visible()
        assert page.get_by_role("link", name="Service report (PDF)").is_visible()
        assert _sideways(page) <= 1
        page.locator("#id_email").fill("kunde@example.no")
        page.get_by_role("button", name="Approve").tap()
        page.wait_for_load_state()
        page.get_by_text("Status").wait_for()
        assert not page.get_by_role("button", name="Approve").is_visible()
    finally:
        phone.close()
    report = ServiceReport.objects.all_organizations().get(organization=org)
    assert report.status == "sent" and report.equipment.serial_number == "4712AB0399"
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["kunde@example.no"]
