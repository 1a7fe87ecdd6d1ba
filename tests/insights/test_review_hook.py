"""A reviewer's verdict on a price suggestion or a forecast becomes a training example of
the system, and a corrected forecast setting is what the next retraining uses."""

import math

import pytest
from django.utils import translation

from fornuft.core.roles import Role
from fornuft.core.tenancy import activate
from fornuft.governance import training_data
from fornuft.governance.models import Decision, ReviewTask
from fornuft.governance.review import resolve_review
from fornuft.insights import services
from fornuft.insights.models import Run, RunKind
from fornuft.insights.tasks import retrain_forecast
from fornuft.testing import factories


@pytest.fixture
def org(db):
    return factories.organization()


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _task_for(org, run) -> ReviewTask:
    decision = Decision.objects.for_organization(org).get(subject_type="insights.run", subject_id=str(run.pk))
    task = ReviewTask.objects.for_organization(org).filter(decision=decision).first()
    if task is None:  # confident decisions are not queued on their own; a person may still ask for a review
        with activate(org):
            task = ReviewTask.objects.create(
                organization=org, decision=decision, system=decision.system, reason="spot check"
            )
    return task


def test_a_corrected_price_becomes_a_training_example(org):
    run = services.suggest_price(org, None, segment="public", service="painting", cost=1000)
    assert run.result["fallback"]  # no quote history: the markup rule, low confidence, queued
    task = _task_for(org, run)
    resolve_review(task, factories.user(org, role=Role.MANAGER), correction={"suggested_price": "1500"})
    example = training_data.examples(org, "insights.price").get()
    assert example.label == "corrected" and example.source == "review"
    assert example.fields["segment"] == "public" and example.fields["service"] == "painting"
    assert example.fields["proposed_price"] == pytest.approx(1250)
    assert example.fields["reviewed_price"] == pytest.approx(1500)
    assert example.fields["reviewed_markup"] == pytest.approx(0.5)
    assert training_data.examples(factories.organization(), "insights.price").count() == 0


def test_an_accepted_price_is_an_example_too(org):
    run = services.suggest_price(org, None, segment="s", service="t", cost=200)
    resolve_review(_task_for(org, run), factories.user(org, role=Role.MANAGER))
    example = training_data.examples(org, "insights.price").get()
    assert example.label == "accepted" and example.fields["reviewed_price"] == example.fields["proposed_price"]


def test_a_corrected_season_length_is_used_when_the_forecast_is_retrained(org):
    rows = ["date,value"] + [
        f"{2022 + k // 12}-{k % 12 + 1:02d}-01,{1000 + 10 * k + 150 * math.sin(2 * math.pi * k / 12):.0f}"
        for k in range(36)
    ]
    data = ("\n".join(rows) + "\n").encode()
    first = services.import_file(org, "sales.csv", data, dataset_name="Sales")
    run = services.run_forecast(org, first, horizon=6, season_length=4)
    resolve_review(_task_for(org, run), factories.user(org, role=Role.MANAGER), correction={"season_length": "12"})
    example = training_data.examples(org, "insights.forecast").get()
    assert example.fields["reviewed"] == {"season_length": 12}
    assert example.fields["proposed"] == {"horizon": 6, "season_length": 4}

    second = services.import_file(org, "sales.csv", data, dataset_name="Sales")
    retrained = Run.objects.for_organization(org).get(pk=retrain_forecast.call_local(second.pk))
    assert retrained.kind == RunKind.FORECAST
    assert retrained.parameters["season_length"] == 12 and retrained.parameters["horizon"] == 6
