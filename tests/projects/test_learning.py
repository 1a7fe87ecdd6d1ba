"""The company's own finished projects teach projects: the risk model is retrained on them
(activated only when not worse on held-out projects, then used by early warning), and what a
finished project really took becomes template suggestions that a person accepts or rejects."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils import translation

from fornuft.core import tenancy
from fornuft.core.roles import Role
from fornuft.projects import services
from fornuft.projects.earned_value import compute
from fornuft.projects.models import Project, ProjectStatus, StatusPoint, TemplateSuggestion
from fornuft.projects.risk import default_model, snapshot_of
from fornuft.projects.risk_learning import organization_model, train_risk_model
from fornuft.testing import factories

from .samples import THREAD_EML, team_json


@pytest.fixture
def org(db):
    organization = factories.organization()
    services.save_planning_data(organization, team_json=team_json())
    return organization


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _finished_project(org, name: str, *, final_cost: float, periods: int = 8, reported: int | None = None):
    """A project whose cost index looks fine while it runs, and ends at `final_cost` × budget:
    this company's projects overrun at the end (late extras), which the seed model cannot know."""
    start, bac = date(2025, 1, 6), 1_000_000
    with tenancy.activate(org):
        project = Project.objects.create(organization=org, title=name, status=ProjectStatus.FINISHED)
        for i in range(1, (reported or periods) + 1):
            share = i / periods
            ac = bac * share * (0.99 if i < periods else final_cost)
            StatusPoint.objects.create(
                organization=org, project=project, date=start + timedelta(days=14 * i),
                budget_at_completion=Decimal(bac), planned_value=Decimal(bac * share),
                earned_value=Decimal(bac * share), actual_cost=Decimal(round(ac)),
                planned_start=start, planned_finish=start + timedelta(days=14 * periods))
    return project


def test_too_few_finished_projects_train_nothing_and_early_warning_keeps_the_seed_model(org):
    from fornuft.governance.model_store import ModelStoreError

    _finished_project(org, "P1", final_cost=1.3)
    with pytest.raises(ModelStoreError, match="at least 4 finished projects"):
        train_risk_model(org)
    assert organization_model(org) is default_model()


def test_finished_projects_train_a_risk_model_that_is_judged_on_held_out_projects_and_used(org):
    for i in range(10):
        _finished_project(org, f"Overran {i}", final_cost=1.35)
    version = train_risk_model(org)
    report = version.report
    assert report["finished_projects"] == 10 and report["held_out_projects"] >= 1
    assert report["baseline"]["version"] == "seed"  # judged against the running model, same held-out
    assert (version.outcome == "activated") == (report["brier_skill"] >= report["baseline"]["brier_skill"])
    assert version.outcome == "activated"  # the company's own pattern beats the seed on its own projects
    model = organization_model(org)
    assert model is not default_model() and model.n_training_ > default_model().n_training_
    # early warning now uses it: a running project that looks like the company's overrunning ones
    running = _finished_project(org, "Running", final_cost=0.99, reported=5)
    with tenancy.activate(org):
        running.status = ProjectStatus.RUNNING
        running.save()
    seed_risk = default_model().predict_proba([snapshot_of(compute(_rows(running)))])[0]
    result = services.assess_project(org, running)
    assert result["risk"] > seed_risk
    # another organization keeps the seed model
    assert organization_model(factories.organization()) is default_model()


def _rows(project):
    from fornuft.projects.earned_value import StatusRow

    return [StatusRow(project.title, p.date, float(p.budget_at_completion), float(p.planned_value),
                      float(p.earned_value), float(p.actual_cost), p.planned_start, p.planned_finish)
            for p in project.status_points.order_by("date")]


def test_a_finished_project_proposes_templates_that_a_person_accepts_or_rejects(
        org, django_capture_on_commit_callbacks):
    project = services.receive_assignment(org, THREAD_EML.encode(), filename="a.eml")
    project = services.plan_project(org, project)
    manager = factories.user(org, role=Role.MANAGER)
    tasks = project.plan["tasks"]
    doubled = {t["id"]: t["hours"] * 2 for t in tasks}  # everything took twice the plan
    with django_capture_on_commit_callbacks() as callbacks:
        created = services.finish_project(org, project, manager, actual_hours=doubled)
    assert len(callbacks) == 1  # a risk-model training run is queued
    project.refresh_from_db()
    assert project.status == ProjectStatus.FINISHED
    assert created and services.template_suggestions(org) == created
    update = next(s for s in created if not s.is_new)
    assert update.changes and "→" in update.changes[0]
    # nothing changed yet: the organization still plans with the seed templates
    assert services.planning_data(org).templates_json == ""
    services.decide_template_suggestion(org, update, manager, accept=True)
    import json

    library = json.loads(services.planning_data(org).templates_json)
    learned = next(t for t in library["templates"] if t["key"] == update.template_key)
    assert learned["learned_from"] == 1 and learned == update.template
    # the next plan of the same kind uses the learned hours
    again = services.plan_project(org, services.receive_assignment(org, THREAD_EML.encode(), filename="b.eml"))
    assert sum(t["hours"] for t in again.plan["tasks"]) > sum(t["hours"] for t in tasks)
    for other in services.template_suggestions(org):
        services.decide_template_suggestion(org, other, manager, accept=False)
    assert services.template_suggestions(org) == []
    with pytest.raises(ValueError, match="already decided"):
        services.decide_template_suggestion(org, update, manager, accept=False)
    with tenancy.activate(org):
        assert TemplateSuggestion.objects.filter(status="rejected").count() == len(created) - 1


def test_the_pages_finish_a_project_and_a_manager_decides_the_suggestions(org, django_capture_on_commit_callbacks):
    from django.test import Client

    manager = factories.user(org, role=Role.MANAGER)
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(manager)
    project = services.plan_project(org, services.receive_assignment(org, THREAD_EML.encode(), filename="a.eml"))
    services.approve_allocation(org, project, manager)
    assert "Mark the project finished" in client.get(f"/projects/{project.pk}/").content.decode()
    employee = Client(HTTP_ACCEPT_LANGUAGE="en")
    employee.force_login(factories.user(org, role=Role.EMPLOYEE))
    assert employee.post(f"/projects/{project.pk}/finish/").status_code in (302, 403)
    project.refresh_from_db()
    assert project.status == ProjectStatus.APPROVED  # the employee could not finish it
    with django_capture_on_commit_callbacks():
        response = client.post(f"/projects/{project.pk}/finish/")
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.status == ProjectStatus.FINISHED
    # the plan's own hours (no actual hours given, none in the history) only add templates
    # for deliverables no template knew; the page lists whatever was proposed
    page = client.get("/projects/settings/").content.decode()
    pending = services.template_suggestions(org)
    for suggestion in pending:
        assert suggestion.template_key in page
        assert client.post(f"/projects/suggestions/{suggestion.pk}/", {"decision": "reject"}).status_code == 302
    assert services.template_suggestions(org) == []
    other = factories.organization()
    stranger = Client(HTTP_ACCEPT_LANGUAGE="en")
    stranger.force_login(factories.user(other, role=Role.MANAGER))
    assert stranger.post(f"/projects/{project.pk}/finish/").status_code == 404


def test_a_corrected_extraction_in_the_review_queue_is_written_back_and_kept_as_an_example(
        org, django_capture_on_commit_callbacks):
    from fornuft.governance import review
    from fornuft.governance.models import TrainingExample

    project = services.receive_assignment(org, THREAD_EML.encode(), filename="a.eml")
    reviewer = factories.user(org, role=Role.MANAGER)
    task = _queued(org, project, "projects.extraction")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        review.resolve_review(task, reviewer, correction={"client": "Bjerke Eiendom Holding AS",
                                                          "deadline": "2026-05-08", "budget_amount": "250000"})
    project.refresh_from_db()
    assert project.client == "Bjerke Eiendom Holding AS" and str(project.deadline) == "2026-05-08"
    assert project.budget_amount == 250000
    assert project.extraction["client"] == "Bjerke Eiendom Holding AS"
    assert project.extraction["deadline"] == "2026-05-08" and project.extraction["budget"]["amount"] == 250000
    assert project.extraction["confidence"]["deadline"] == 1.0
    with tenancy.activate(org):
        example = TrainingExample.objects.get(system_key="projects.extraction", subject_id=str(project.pk))
    assert example.fields["client"] == "Bjerke Eiendom Holding AS" and example.source == "review"
    assert callbacks  # the new deadline re-plans the project


def test_a_person_overriding_the_risk_flag_in_the_review_queue_sets_it_on_the_project(org):
    from fornuft.governance import review

    _finished_project(org, "Running", final_cost=0.99, reported=4)
    with tenancy.activate(org):
        project = Project.objects.get(title="Running")
    services.assess_project(org, project)
    project.refresh_from_db()
    assert project.flagged is False
    task = _queued(org, project, "projects.risk")
    review.resolve_review(task, factories.user(org, role=Role.MANAGER), correction={"flagged": "yes"})
    project.refresh_from_db()
    assert project.flagged is True and project in services.flagged_projects(org)


def _queued(org, project, system_key):
    """The review task of the project's latest `system_key` decision (opened as the queue does
    for a low-confidence decision, when this one was confident enough to pass)."""
    from django.utils import timezone

    from fornuft.governance.models import Decision, ReviewTask

    with tenancy.activate(org):
        decision = Decision.objects.filter(subject_id=str(project.pk), system_key=system_key).order_by("seq").last()
        task = ReviewTask.objects.filter(decision=decision).first()
        return task or ReviewTask.objects.create(organization_id=org.pk, decision=decision, system=decision.system,
                                                 reason="low confidence", opened_at=timezone.now())
