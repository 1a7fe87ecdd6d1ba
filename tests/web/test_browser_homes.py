"""Each role's home ("Mitt arbeid") in Chromium, as that person sees it in Norwegian: the page
loads without a browser error, shows the work of that role and none of the others', and its
screenshot goes to FORNUFT_SCREENSHOTS when it is set (docs/screenshots)."""

import os
from pathlib import Path

import pytest

from fornuft.core.roles import Role
from fornuft.testing import factories
from fornuft.testing.browser import login

# What each role must and must not find on its home (menu included).
EXPECTED = {
    Role.ADMIN: ("Kom i gang", None),
    Role.MANAGER: ("Mitt arbeid", None),
    Role.FINANCE: ("Fakturaer", "Søknader"),
    Role.HR: ("Mitt arbeid", "Fakturaer"),
    Role.SUPPORT: ("Mitt arbeid", "Fakturaer"),
    Role.EMPLOYEE: ("Mitt arbeid", "API-nøkler"),
    Role.AUDITOR: ("Mitt arbeid", "Fakturaer"),
}


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_every_roles_home_in_the_browser(browser, live_server):
    org = factories.organization("Hjemme AS")
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1366, "height": 900},
                                  locale="nb-NO", extra_http_headers={"Accept-Language": "nb"})
    try:
        for role, (present, absent) in EXPECTED.items():
            factories.user(org, role, username=f"hjem-{role}")
            page = context.new_page()
            page.set_default_timeout(15_000)
            errors = []
            page.on("pageerror", lambda error, errors=errors: errors.append(str(error)))
            login(page, live_server.url, f"hjem-{role}", factories.PASSWORD)
            page.get_by_role("heading", name="Mitt arbeid").wait_for()
            text = page.locator("body").inner_text()
            assert present in text, role
            if absent:
                assert absent not in text, role
            assert not errors, (role, errors)
            folder = os.environ.get("FORNUFT_SCREENSHOTS")
            if folder:
                Path(folder).mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(Path(folder) / f"home-{role}.png"), full_page=True)
            page.context.clear_cookies()
            page.close()
    finally:
        context.close()
