"""The registry and the literacy pages in a real browser."""

import pytest

from fornuft.core.roles import Role
from fornuft.testing import factories
from fornuft.testing.browser import login
from fornuft.testing.factories import PASSWORD


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_register_classify_and_train_in_the_browser(page):
    org = factories.organization("Nettleser AS")
    factories.user(org, Role.ADMIN, username="admin-browser")
    factories.user(org, Role.EMPLOYEE, username="ansatt", first_name="Ingrid", last_name="Berg")
    login(page, page.base_url, "admin-browser", PASSWORD)
    page.goto(f"{page.base_url}/governance/systems-new/")
    page.locator("#id_kind").select_option("external")
    page.locator("#id_name").fill("ChatGPT Team")
    page.locator("#id_key").fill("chatgpt")
    page.locator("#id_purpose").fill("Drafting texts")
    page.locator("#id_owner").fill("IT")
    page.locator("#id_provider").fill("OpenAI")
    page.locator("form.form-grid button[type=submit]").click()
    page.wait_for_url("**/governance/systems/chatgpt/classify/")
    # Answer "no" until the transparency question, then "yes": a chat assistant is limited risk.
    for _ in range(40):
        if page.locator("button[value=save]").count():
            break
        legend = page.locator("fieldset legend").inner_text()
        answer = "yes" if "Art. 50(1)" in legend else "no"
        page.locator(f"fieldset input[value={answer}]").check()
        with page.expect_navigation():
            page.locator("button[value=next]").click()
    with page.expect_navigation():
        page.locator("button[value=save]").click()
    assert page.locator(".badge.risk-limited").count() >= 1
    page.goto(f"{page.base_url}/governance/literacy/")
    assert page.locator("#gap-count").inner_text() == "2"
    page.locator("#id_users").select_option(label="Ingrid Berg")
    page.locator("#id_course").select_option(index=1)
    page.locator("#id_completed_on").fill("2026-01-15")
    with page.expect_navigation():
        page.locator("form[action$='literacy/records'] button").click()
    assert page.locator("#gap-count").inner_text() == "1"
