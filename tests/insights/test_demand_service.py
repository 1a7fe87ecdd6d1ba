"""The staffing demand forecast in the house: the organization's own projects (booked and
proposed), the win rate of its quote history and its time registrations become a demand
data set that a staffing plan is made from — on the page too, for managers only, and never
from another organization's data."""

from datetime import date, timedelta

import pytest
from django.test import Client
from django.utils import translation

from fornuft.core.roles import Role
from fornuft.core.tenancy import activate
from fornuft.insights import services
from fornuft.insights.models import DatasetKind, VersionStatus
from fornuft.insights.staffing import read_demand
from fornuft.projects.models import Project
from fornuft.testing import factories

MONDAY = date.today() - timedelta(days=date.today().weekday()) + timedelta(weeks=1)


@pytest.fixture
def org(db):
    return factories.organization()


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _project(org, title, status, skill, hours):
    task = {
        "id": "T1",
        "skill": skill,
        "hours": hours,
        "start": MONDAY.isoformat(),
        "end": (MONDAY + timedelta(days=4)).isoformat(),
    }
    with activate(org):
        return Project.objects.create(organization=org, title=title, status=status, plan={"tasks": [task]})


def _bids(won: int, lost: int) -> bytes:
    rows = ["date,segment,service,cost,price,won"]
    rows += [f"2025-01-{k % 28 + 1:02d},a,b,100,130,1" for k in range(won)]
    rows += [f"2025-02-{k % 28 + 1:02d},a,b,100,160,0" for k in range(lost)]
    return ("\n".join(rows) + "\n").encode()


def _time_history(weeks: int = 30) -> bytes:
    rows = ["series,date,value"]
    rows += [f"plumber,{(MONDAY - timedelta(weeks=k)).isoformat()},30" for k in range(weeks, 0, -1)]
    return ("\n".join(rows) + "\n").encode()


def _stored_demand(version) -> dict:
    with services._version_file(version) as path:
        return read_demand(path)


def test_demand_from_projects_win_rate_and_history_feeds_a_staffing_plan(org):
    _project(org, "School", "running", "electrician", 40)
    _project(org, "Offer", "planned", "electrician", 20)
    _project(org, "Done", "finished", "electrician", 500)
    services.import_file(org, "bids.csv", _bids(won=5, lost=15), kind=DatasetKind.BIDS)
    history = services.import_file(org, "time.csv", _time_history(), kind=DatasetKind.TIME)
    assert services.win_rate(org) == pytest.approx(0.25)

    version = services.forecast_staffing_demand(org, first_week=MONDAY, weeks=2, history=history)
    assert version.dataset.kind == DatasetKind.DEMAND and version.status == VersionStatus.CHECKED
    demand = _stored_demand(version)
    assert demand[(MONDAY, "electrician")] == pytest.approx(40 + 0.25 * 20)  # finished work left out
    assert demand[(MONDAY, "plumber")] == pytest.approx(30, abs=0.5)
    assert (MONDAY + timedelta(weeks=1), "electrician") not in demand

    plan = services.plan_staffing(
        org, version, {"people": [{"name": "Kari", "skills": ["electrician", "plumber"], "hours_per_week": 60}]}
    )
    # week 1: 45 + 30 h against 60 h; week 2: 30 h of plumbing, covered
    assert plan.result["total_shortfall_hours"] == pytest.approx(45 + 30 - 60, abs=1)


def test_other_organizations_projects_do_not_count(org):
    other = factories.organization()
    _project(other, "Theirs", "running", "electrician", 40)
    with pytest.raises(ValueError, match="No demand found"):
        services.forecast_staffing_demand(org, first_week=MONDAY, weeks=2)


def test_the_staffing_page_forecasts_demand_for_managers_only(org):
    _project(org, "School", "approved", "carpenter", 30)
    manager = Client(HTTP_ACCEPT_LANGUAGE="en")
    manager.force_login(factories.user(org, role=Role.MANAGER))
    response = manager.post("/insights/staffing/", {"action": "demand", "weeks": "4"})
    assert response.status_code == 302
    page = manager.get("/insights/staffing/").content.decode()
    assert "Demand forecast v1" in page and "Forecast demand" in page

    other = factories.organization()
    foreign = services.import_file(other, "time.csv", _time_history(), kind=DatasetKind.TIME)
    refused = manager.post("/insights/staffing/", {"action": "demand", "weeks": "4", "history": foreign.pk})
    assert refused.status_code == 400 and "Choose a time registration data set" in refused.content.decode()
    assert manager.post("/insights/staffing/", {"action": "demand", "weeks": "999"}).status_code == 400

    employee = Client(HTTP_ACCEPT_LANGUAGE="en")
    employee.force_login(factories.user(org, role=Role.EMPLOYEE))
    assert employee.post("/insights/staffing/", {"action": "demand", "weeks": "4"}).status_code == 403
    assert Client().post("/insights/staffing/", {"action": "demand"}).status_code == 302  # to the login page


def test_the_api_forecasts_demand_in_the_users_organization(org):
    _project(org, "School", "running", "electrician", 40)
    _project(org, "Offer", "draft", "electrician", 40)
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(factories.user(org, role=Role.MANAGER))
    body = {"weeks": 2, "first_week": MONDAY.isoformat(), "win_probability": 0.5}
    response = client.post("/api/v1/insights/demand-forecasts", body, content_type="application/json")
    assert response.status_code == 201, response.content
    version = services.get_version(org, response.json()["id"])
    assert _stored_demand(version) == {(MONDAY, "electrician"): pytest.approx(60)}

    foreign = services.import_file(factories.organization(), "t.csv", _time_history(), kind=DatasetKind.TIME)
    body = {"weeks": 2, "history_version_id": foreign.pk}
    refused = client.post("/api/v1/insights/demand-forecasts", body, content_type="application/json")
    assert refused.status_code == 404
    finance = Client()
    finance.force_login(factories.user(org, role=Role.FINANCE))
    assert finance.post("/api/v1/insights/demand-forecasts", {}, content_type="application/json").status_code == 403
