"""The ROI dashboard in a real browser: charts drawn from the demo company's history."""

import pytest

from fornuft.core.demo import DEMO_PASSWORD, load_demo
from fornuft.testing.browser import login


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_dashboard_charts_and_pilot_page(page):
    load_demo()
    login(page, page.base_url, "leder", DEMO_PASSWORD)
    page.goto(f"{page.base_url}/adoption/")
    page.wait_for_function("window.fornuftCharts && window.fornuftCharts.every(c => c !== null)")
    points = page.evaluate("window.fornuftCharts[0].data.datasets[0].data.length")
    assert points == 26
    assert page.evaluate("window.fornuftCharts[3].data.datasets[0].data.at(-1)") > 0  # paid back
    assert page.locator("[data-figure=hours]").inner_text().strip() not in ("", "0")
    page.get_by_role("link", name="Pilots").or_(page.get_by_role("link", name="Piloter")).first.click()
    page.get_by_role("link", name="Fakturaautomatisering", exact=True).click()
    page.wait_for_function("window.fornuftCharts && window.fornuftCharts.length == 2")
    assert page.locator("#pilot-kpis .verdict-clean").count() == 3
