"""Accessibility of the main pages, checked in Chromium with axe-core (installed from the npm
registry by `make install`, injected by the test only): no serious or critical WCAG 2 A/AA
violation on the pages people open every day, in Norwegian, at a laptop's width."""

import json
from pathlib import Path

import pytest

from fornuft.core.roles import Role
from fornuft.testing import factories
from fornuft.testing.browser import login

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
PAGES = ("/", "/governance/reviews/", "/mail/", "/documents/invoices/", "/contracts/", "/security/",
         "/assistant/", "/mail/conversations/", "/users/", "/apps/", "/governance/")


def _violations(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']}});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                       nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
    }""")
    return [v for v in result if v["impact"] in ("serious", "critical")]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_main_pages_have_no_serious_accessibility_violations(browser, live_server):
    from fornuft.governance.models import ReviewTask
    from tests.invoices.test_workflow import invoice_pdf, take_in

    assert AXE.exists(), "axe-core is missing: run `make install`"
    org = factories.organization("Tilgjengelig AS")
    factories.user(org, Role.ADMIN, username="admin-a11y")
    take_in(org, invoice_pdf(number_line="Bilag: A-7781"))
    task = ReviewTask.objects.all_organizations().get(organization=org)
    # axe is injected as a script of its own; the pages' Content-Security-Policy would refuse it.
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1366, "height": 768},
                                  locale="nb-NO", extra_http_headers={"Accept-Language": "nb"}, bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    found = {}
    try:
        page.goto(f"{live_server.url}/login/")
        found["/login/"] = _violations(page)
        login(page, live_server.url, "admin-a11y", factories.PASSWORD)
        for url in (*PAGES, f"/governance/reviews/{task.pk}/"):
            response = page.goto(live_server.url + url)
            assert response.status == 200, url
            found[url] = _violations(page)
    finally:
        context.close()
    serious = {url: violations for url, violations in found.items() if violations}
    assert not serious, json.dumps(serious, indent=1, ensure_ascii=False)
