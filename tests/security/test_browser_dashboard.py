"""In Chromium, as the IT lead: import a sign-in log with an attack in it, see the incident on the
security dashboard with its charts drawn, open it, take it and mark it resolved."""

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fornuft.core import tenancy
from fornuft.core.roles import Role
from fornuft.security.models import Incident, IncidentStatus
from fornuft.testing import factories
from fornuft.testing.browser import login


def _signin_csv(tmp_path) -> Path:
    """A week of ordinary sign-ins and, today, 40 failed guesses at one account from one address."""
    now = datetime.now(UTC).replace(microsecond=0)
    rows = ["time,user,ip,result,country,city,lat,lon,device,app"]
    for day in range(7, 0, -1):
        when = now - timedelta(days=day)
        rows.append(f"{when.isoformat()},kari@firma.no,84.210.1.2,success,NO,Bergen,60.39,5.32,laptop-kari,Outlook")
    for second in range(40):
        when = now - timedelta(minutes=30) + timedelta(seconds=3 * second)
        rows.append(f"{when.isoformat()},kari@firma.no,185.220.101.4,failure,,,,,,Outlook")
    path = tmp_path / "signins.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _screenshot(page, name: str) -> None:
    folder = os.environ.get("FORNUFT_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_it_lead_sees_an_attack_on_the_dashboard_and_handles_it(page, tmp_path):
    org = factories.organization("Fjellvent Test AS")
    factories.user(org, Role.ADMIN, username="it-leder", first_name="Ida", last_name="Berg")
    login(page, page.base_url, "it-leder", factories.PASSWORD)

    page.goto(f"{page.base_url}/security/import/")
    page.get_by_label("Sign-in log").set_input_files(str(_signin_csv(tmp_path)))
    page.get_by_role("button", name="Import").click()
    page.get_by_text("incidents raised").wait_for()

    page.goto(f"{page.base_url}/security/")
    assert page.locator("#open-incidents").inner_text() == "1"
    drawn = page.evaluate("""() => ['chart-incidents', 'chart-signins'].map(id => {
        const chart = Chart.getChart(id);
        return chart ? chart.data.datasets.reduce((sum, d) => sum + d.data.reduce((a, b) => a + b, 0), 0) : -1;
    })""")
    assert drawn[0] == 1  # one incident today
    assert drawn[1] == 47 + 1  # every imported sign-in per day, and Ida's own sign-in to Fornuft
    _screenshot(page, "security-dashboard")

    page.locator("table tbody a").first.click()
    page.get_by_text("kari@firma.no").first.wait_for()
    assert "185.220.101.4" in page.content()
    page.get_by_label("Owner").select_option(label="Ida Berg")
    page.get_by_label("Status").select_option("resolved")
    page.get_by_label("Note").fill("Blokkert i brannmuren.")
    page.get_by_role("button", name="Save").click()
    page.get_by_text("Blokkert i brannmuren.").wait_for()

    with tenancy.activate(org):
        incident = Incident.objects.get()
    assert incident.status == IncidentStatus.RESOLVED and incident.owner.username == "it-leder"
    page.goto(f"{page.base_url}/security/")
    assert page.locator("#open-incidents").inner_text() == "0"
