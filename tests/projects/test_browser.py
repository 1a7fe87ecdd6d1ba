"""Projects in a real browser: a manager uploads an assignment, sees the fields read from it,
gets a plan and approves the allocation (only then are the people notified)."""

import pytest
from playwright.sync_api import expect

from fornuft.core.roles import Role
from fornuft.projects import services
from fornuft.testing import factories
from fornuft.testing.browser import login
from tests.projects.samples import THREAD_EML, team_json


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_upload_an_assignment_see_the_fields_plan_and_approve(page, org, tmp_path):
    services.save_planning_data(org, team_json=team_json())
    factories.user(org, Role.MANAGER, username="prosjektleder")
    login(page, page.base_url, "prosjektleder", factories.PASSWORD)
    assignment = tmp_path / "oppdrag.eml"
    assignment.write_text(THREAD_EML, encoding="utf-8")

    page.goto(f"{page.base_url}/projects/")
    page.locator("#id_assignment").set_input_files(str(assignment))
    page.get_by_role("button", name="Read and plan").click()
    page.wait_for_url(lambda url: url.rstrip("/").split("/")[-1].isdigit())
    detail_url = page.url

    # the fields read from the mail thread (the newest message's deadline wins)
    fields = page.locator("dl").first
    expect(fields).to_contain_text("Bjerke Eiendom")
    expect(fields).to_contain_text("2026")
    expect(fields.locator("dd ul li").first).to_be_visible()

    # the plan: tasks with people, the charts, and why each person
    expect(page.get_by_role("heading", name="Plan")).to_be_visible()
    expect(page.locator("#chart-gantt")).to_be_visible()
    expect(page.locator("#chart-load")).to_be_visible()
    expect(page.locator("text=also possible").first).to_be_attached()

    # a manager approves the allocation; the people are notified
    page.get_by_role("button", name="Approve allocation and notify").click()
    page.wait_for_url(detail_url)
    expect(page.locator("body")).to_contain_text("Allocation approved")
    expect(page.locator("dl").first).to_contain_text("approved by")
    expect(page.get_by_role("button", name="Approve allocation and notify")).to_have_count(0)
