"""Pages, API, roles, cross-organization 404s and bad input."""

import json

import pytest
from django.utils import timezone

from fornuft.adoption import measurement
from fornuft.adoption.models import Idea, Pilot, PilotStatus, Process
from fornuft.core.models import Department
from fornuft.core.roles import Role
from fornuft.core.tenancy import activate
from fornuft.governance.decisions import record_decision
from fornuft.testing import factories


@pytest.fixture
def process(org, economy):
    with activate(org):
        return Process.objects.create(name="Inngående fakturaer", department=economy, volume_per_month=800,
                                      minutes_per_item=6, hourly_cost_nok=650, rule_based=5,
                                      data_availability="available", error_rate_pct=8)


@pytest.fixture
def pilot(org, economy, system):
    with activate(org):
        pilot = Pilot.objects.create(name="Fakturapilot", department=economy, use_case="Fakturaer",
                                     target_hours_saved_per_month=10, baseline_minutes_per_item=6,
                                     hourly_cost_nok=600, implementation_nok=20_000,
                                     start_date=timezone.localdate(), status=PilotStatus.RUNNING)
        pilot.systems.add(system)
    return pilot


def test_pages_render_for_a_manager(org, manager, login, process, pilot, system):
    for number in range(5):
        record_decision(org, system, subject=("t", number), output={"a": 1}, confidence=0.95)
    measurement.refresh(org)
    client = login(manager)
    for url in ["/adoption/", "/adoption/processes/", "/adoption/pilots/", f"/adoption/pilots/{pilot.pk}/",
                "/adoption/budget/", "/adoption/roadmap/", "/adoption/change/", f"/adoption/processes/{process.pk}/",
                "/adoption/pilots/new/", f"/adoption/pilots/{pilot.pk}/edit/"]:
        response = client.get(url)
        assert response.status_code == 200, url
    board = client.get("/adoption/").content.decode()
    assert 'id="chart-hours"' in board and "test.invoices" in board
    ranking = client.get("/adoption/processes/").content.decode()
    assert "74.4" in ranking or "74,4" in ranking  # 80 h × 0.93


def test_other_organization_gets_404_in_ui_and_api(org, other_org, pilot, process, login):
    outsider = factories.user(other_org, Role.MANAGER, username="leder-b")
    client = login(outsider)
    assert client.get(f"/adoption/pilots/{pilot.pk}/").status_code == 404
    assert client.get(f"/adoption/processes/{process.pk}/").status_code == 404
    assert client.post(f"/adoption/pilots/{pilot.pk}/decide/", {"verdict": "go"}).status_code == 404
    response = client.get(f"/api/v1/adoption/pilots/{pilot.pk}")
    assert response.status_code == 404
    assert "error" in response.json()
    assert client.get(f"/adoption/?department={process.department_id}").status_code == 404
    assert client.get("/api/v1/adoption/pilots").json() == []


def test_bad_numbers_get_clear_messages(org, manager, economy, login):
    client = login(manager)
    response = client.post("/adoption/processes/", {
        "name": "Timelister", "department": economy.pk, "volume_per_month": "-40", "minutes_per_item": "0",
        "error_rate_pct": "0", "hourly_cost_nok": "600", "rule_based": "3", "data_availability": "partial"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Volume per month must be more than 0" in page or "Volum per måned må være mer enn 0" in page
    assert "Minutes per item must be more than 0" in page or "Minutter per sak må være mer enn 0" in page
    with activate(org):
        assert not Process.objects.exists()
    response = client.post("/adoption/settings/", {"yearly_hours": "0", "default_hourly_cost": "700"}, follow=True)
    assert "1,695" in response.content.decode() or "1 695" in response.content.decode()
    response = client.post("/adoption/pilots/new/", {
        "name": "X", "department": economy.pk, "use_case": "y", "target_hours_saved_per_month": "0",
        "target_error_reduction_pct": "0", "target_cost_reduction_nok": "0", "baseline_items": "0",
        "baseline_minutes_per_item": "5", "baseline_error_rate_pct": "0", "hourly_cost_nok": "600",
        "baseline_start": "2026-01-01", "baseline_end": "2026-01-05",
        "licences_nok": "-5", "hardware_nok": "0", "implementation_nok": "0", "training_nok": "0",
        "monthly_running_nok": "0"})
    assert response.status_code == 400
    form = response.context["form"]
    assert "baseline_end" in form.errors and "licences_nok" in form.errors


def test_api_rejects_negative_volume(org, manager, login):
    client = login(manager)
    response = client.post("/api/v1/adoption/processes", json.dumps({
        "name": "Timelister", "volume_per_month": -3, "minutes_per_item": 5, "hourly_cost_nok": 600}),
        content_type="application/json")
    assert response.status_code == 422
    response = client.post("/api/v1/adoption/processes", json.dumps({
        "name": "Timelister", "volume_per_month": 300, "minutes_per_item": 5, "hourly_cost_nok": 600,
        "rule_based": 4, "data_availability": "available"}), content_type="application/json")
    assert response.status_code == 201
    assert response.json()["addressable_hours_per_month"] == pytest.approx(25 * 0.7)


def test_roles(org, login, pilot, manager):
    employee = factories.user(org, Role.EMPLOYEE, username="ansatt-a")
    auditor = factories.user(org, Role.AUDITOR, username="revisor-a")
    client = login(employee)
    assert client.get("/adoption/").status_code == 403
    response = client.post("/adoption/change/", {"idea-kind": "idea", "idea-title": "Automatiser timelister",
                                                 "idea-body": "Vi bruker mye tid på timelister."})
    assert response.status_code == 302
    with activate(org):
        assert Idea.objects.get().author == employee
    reader = login(auditor)
    assert reader.get(f"/adoption/pilots/{pilot.pk}/").status_code == 200
    assert reader.post(f"/adoption/pilots/{pilot.pk}/decide/", {"verdict": "go"}).status_code == 403
    assert reader.post("/adoption/refresh/").status_code == 403


def test_pilot_lifecycle_scale(org, manager, login, pilot, economy):
    client = login(manager)
    response = client.post(f"/adoption/pilots/{pilot.pk}/decide/", {"verdict": "go"}, follow=True)
    assert "day 90" in response.content.decode() or "dag 90" in response.content.decode()
    with activate(org):
        Pilot.objects.filter(pk=pilot.pk).update(start_date=timezone.localdate() - timezone.timedelta(days=95))
        sales = Department.objects.create(name="Salg")
    client.post(f"/adoption/pilots/{pilot.pk}/decide/", {"verdict": "go", "notes": "Mål nådd"})
    with activate(org):
        pilot.refresh_from_db()
        assert pilot.status == PilotStatus.GO
    response = client.post(f"/adoption/pilots/{pilot.pk}/scale/", {"department": sales.pk})
    with activate(org):
        copy = Pilot.objects.get(scaled_from=pilot)
    assert response.status_code == 302 and copy.department == sales
    assert copy.status == PilotStatus.PLANNED
    assert list(copy.systems.values_list("key", flat=True)) == ["test.invoices"]
    assert copy.target_hours_saved_per_month == pilot.target_hours_saved_per_month


def test_openapi_lists_the_adoption_endpoints(admin_client):
    paths = admin_client.get("/api/v1/openapi.json").json()["paths"]
    for path in ("/api/v1/adoption/dashboard", "/api/v1/adoption/pilots/{pilot_id}", "/api/v1/adoption/thumbs",
                 "/api/v1/adoption/processes", "/api/v1/adoption/ideas"):
        assert path in paths


def test_communication_item_can_be_ticked_off(org, manager, login):
    from fornuft.adoption.models import CommunicationItem

    with activate(org):
        item = CommunicationItem.objects.create(title="Allmøte", audience="Alle", channel="Møte",
                                                planned_date=timezone.localdate())
    client = login(manager)
    assert client.post(f"/adoption/change/communication/{item.pk}/done/").status_code == 302
    with activate(org):
        item.refresh_from_db()
    assert item.done is True


def test_kpi_targets_are_locked_once_the_pilot_runs(org, manager, login, pilot, economy, system):
    client = login(manager)
    response = client.post(f"/adoption/pilots/{pilot.pk}/edit/", {
        "name": "Nytt navn", "department": economy.pk, "use_case": "Fakturaer", "systems": [system.pk],
        "target_hours_saved_per_month": "1", "target_error_reduction_pct": "0", "target_cost_reduction_nok": "0",
        "baseline_items": "0", "baseline_minutes_per_item": "60", "baseline_error_rate_pct": "0",
        "hourly_cost_nok": "600", "licences_nok": "0", "hardware_nok": "0", "implementation_nok": "20000",
        "training_nok": "0", "monthly_running_nok": "0"})
    assert response.status_code == 302
    with activate(org):
        pilot.refresh_from_db()
    assert pilot.name == "Nytt navn"
    assert pilot.target_hours_saved_per_month == 10  # unchanged: fixed before the start
    assert pilot.baseline_minutes_per_item == 6
