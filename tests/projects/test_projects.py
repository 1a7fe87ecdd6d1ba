"""Projects in the web app: services, pages, API, mail hand-off, governance and demo data."""

import json

import pytest
from django.test import Client
from django.utils import translation

from fornuft.core.roles import Role
from fornuft.governance.models import Decision
from fornuft.projects import services
from fornuft.projects.demo import load
from fornuft.projects.models import Project
from fornuft.testing import factories

from .samples import THREAD_EML, team_json
from .test_earned_value import HEADER

ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}


@pytest.fixture
def org(db):
    organization = factories.organization()
    services.save_planning_data(organization, team_json=team_json())
    return organization


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _logged_in(org, role=Role.MANAGER) -> Client:
    client = Client(**ENGLISH)
    client.force_login(factories.user(org, role=role))
    return client


def test_an_assignment_becomes_a_planned_draft_with_logged_decisions(org):
    project = services.receive_assignment(org, THREAD_EML.encode(), filename="a.eml")
    assert project.client == "Bjerke Eiendom AS"
    assert project.deadline.isoformat() == "2026-04-17"
    assert project.status == "planned" and project.feasible is True
    assert project.plan["assignments"]
    assert "Storgata" in project.reply_draft or project.title in project.reply_draft
    systems = set(Decision.objects.for_organization(org).values_list("system__key", flat=True))
    assert {"projects.extraction", "projects.allocation"} <= systems


def test_the_pages_plan_pin_approve_and_export(org):
    client = _logged_in(org)
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post("/projects/", {"assignment": SimpleUploadedFile("a.eml", THREAD_EML.encode())})
    project = Project.objects.for_organization(org).get()
    assert response.status_code == 302
    page = client.get(f"/projects/{project.pk}/")
    assert page.status_code == 200 and b"chart-gantt" in page.content and b"chart-load" in page.content
    t1 = project.plan["tasks"][0]["id"]
    client.post(f"/projects/{project.pk}/replan/", {f"pin_{t1}": "Ola Hansen"})
    project.refresh_from_db()
    assert project.pins == {t1: "Ola Hansen"}
    assert client.post(f"/projects/{project.pk}/approve/").status_code == 302
    project.refresh_from_db()
    assert project.status == "approved" and project.approved_by is not None
    for kind, marker in (("csv", b"id,name,skill"), ("msproject", b"<Project"), ("ical", b"BEGIN:VCALENDAR")):
        exported = client.get(f"/projects/{project.pk}/export/{kind}/")
        assert exported.status_code == 200 and marker in exported.content


def test_bad_uploads_are_refused_with_a_message(org):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = _logged_in(org)
    for upload in (SimpleUploadedFile("a.xlsx", b"PK"), SimpleUploadedFile("empty.eml", b"")):
        response = client.post("/projects/", {"assignment": upload}, follow=True)
        assert response.status_code == 200
    assert not Project.objects.for_organization(org).exists()


def test_employees_and_strangers_cannot_open_the_pages(org):
    assert Client().get("/projects/").status_code == 302
    assert _logged_in(org, Role.EMPLOYEE).get("/projects/").status_code == 403
    other = factories.organization()
    project = services.receive_assignment(org, THREAD_EML.encode(), filename="a.eml")
    assert _logged_in(other).get(f"/projects/{project.pk}/").status_code == 404


def test_status_import_flags_and_the_digest_names_the_project(org):
    text = HEADER + "".join(
        f"Late,2026-{m:02d}-01,1000000,{pv},{ev},{ac},2026-01-01,2026-12-31\n"
        for m, pv, ev, ac in [(2, 80000, 70000, 80000), (3, 170000, 140000, 175000), (4, 260000, 200000, 270000),
                              (5, 350000, 250000, 360000)])
    results = services.import_status_csv(org, text)
    assert results[0]["flag"] is True
    assert [p.title for p in services.flagged_projects(org)] == ["Late"]
    assert "Late" in services.weekly_digest(org)
    with pytest.raises(ValueError):
        services.import_status_csv(org, "a,b\n")


def test_the_api_lists_projects_and_imports_status(org):
    client = _logged_in(org)
    services.receive_assignment(org, THREAD_EML.encode(), filename="a.eml")
    assert client.get("/api/v1/projects/projects").json()[0]["client"] == "Bjerke Eiendom AS"
    csv = HEADER + "P,2026-02-01,1000,100,80,100,2026-01-01,2026-06-30\n"
    ok = client.post("/api/v1/projects/status", {"csv": csv}, content_type="application/json")
    assert ok.status_code == 200 and ok.json()[0]["project"] == "P"
    bad = client.post("/api/v1/projects/status", {"csv": "x"}, content_type="application/json")
    assert bad.status_code == 400


def test_the_settings_page_refuses_a_bad_team(org):
    client = _logged_in(org)
    assert client.post("/projects/settings/", {"team_json": "{", "history_csv": "", "templates_json": ""}
                       ).status_code == 400
    assert client.post("/projects/settings/", {"team_json": team_json(), "history_csv": "",
                                               "templates_json": ""}).status_code == 302
    assert json.loads(services.planning_data(org).team_json)["people"]


def test_the_demo_data_is_loaded_once(org):
    load(org)
    load(org)
    titles = [p.title for p in services.list_projects(org)]
    assert len(titles) == len(set(titles)) == 2


def test_the_review_queue_describes_each_project_decision_and_its_correctable_fields(org):
    from fornuft.governance.corrections import declared_fields, describe

    project = services.receive_assignment(org, THREAD_EML.encode(), filename="a.eml")
    for decision in Decision.objects.for_organization(org).filter(subject_id=str(project.pk)):
        subject = describe(decision)
        assert subject.url == f"/projects/{project.pk}/", decision.system_key
        assert set(subject.values) == {f.name for f in declared_fields(decision.system_key)}
        if decision.system_key == "projects.extraction":
            assert subject.values["client"] == "Bjerke Eiendom AS" and subject.values["deadline"] == "2026-04-17"
    gone = Decision.objects.for_organization(org).first()
    gone.subject_id = "987654"
    assert describe(gone).url == ""


def test_the_plan_page_explains_the_plan_in_the_users_language(org):
    project = services.receive_assignment(org, THREAD_EML.encode(), filename="a.eml")
    user = factories.user(org, role=Role.MANAGER)
    norwegian = Client(HTTP_ACCEPT_LANGUAGE="nb")
    norwegian.force_login(user)
    page = norwegian.get(f"/projects/{project.pk}/").content.decode()
    count = len(project.plan["tasks"])
    assert f"{count} oppgaver, " in page and "frist 17.04.2026." in page
    assert "t ledig i uka i uke" in page  # why each person got a task
    assert f"{count} tasks, " not in page and "a week free in" not in page
    english = Client(**ENGLISH)
    english.force_login(user)
    page = english.get(f"/projects/{project.pk}/").content.decode()
    # the CLI's English lines, with dates in the reader's format (en-GB)
    assert project.plan["explanation"][0].replace("2026-04-17", "17/04/2026")[-22:] in page


def test_a_plan_stored_before_structured_lines_is_still_shown(org):
    project = services.receive_assignment(org, THREAD_EML.encode(), filename="a.eml")
    project.plan = {**project.plan, "explanation": ["An old English line."]}
    del project.plan["explanation_lines"]
    project.save()
    page = _logged_in(org).get(f"/projects/{project.pk}/")
    assert "An old English line." in page.content.decode()
