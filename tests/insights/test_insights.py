"""Insights in the house: imports stored, versioned and checked; forecasts, prices and staffing
plans logged as decisions; pages, API, task and demo."""

import json
import math

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import translation

from fornuft.core.roles import Role
from fornuft.governance.models import Decision
from fornuft.insights import services
from fornuft.insights.demo import load
from fornuft.insights.models import Dataset, DatasetKind, Run, VersionStatus
from fornuft.insights.tasks import retrain_forecast
from fornuft.testing import factories

ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}


@pytest.fixture
def org(db):
    return factories.organization()


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def sales_csv(months=30, spike_at=None) -> bytes:
    rows = ["date,value"]
    for k in range(months):
        value = 1000 + 10 * k + 150 * math.sin(2 * math.pi * k / 12) + (7 * k % 5)
        if k == spike_at:
            value *= 5
        rows.append(f"{2023 + k // 12}-{k % 12 + 1:02d}-01,{value:.0f}")
    return ("\n".join(rows) + "\n").encode()


def _client(org, role=Role.MANAGER) -> Client:
    client = Client(**ENGLISH)
    client.force_login(factories.user(org, role=role))
    return client


def test_imports_are_stored_versioned_and_checked(org):
    first = services.import_file(org, "sales.csv", sales_csv(), dataset_name="Sales")
    second = services.import_file(org, "sales.csv", sales_csv(spike_at=20), dataset_name="Sales")
    assert (first.number, second.number) == (1, 2) and first.dataset_id == second.dataset_id
    assert first.problems == [] and first.row_count == 30
    assert [p["code"] for p in second.problems] == ["OUTLIER"]
    with second.stored_file.open() as stored:
        assert stored.read() == sales_csv(spike_at=20)
    refused = services.import_file(org, "bad.csv", b"date,value\n2024-01-01,x\n", dataset_name="Bad")
    assert refused.status == VersionStatus.REFUSED and "row 2, column 'value'" in refused.error
    with pytest.raises(ValueError, match="Upload a CSV"):
        services.import_file(org, "evil.exe", b"MZ")
    other = factories.organization()
    assert services.list_datasets(other) == []


def test_a_forecast_is_stored_and_logged_and_flagged_data_says_so(org):
    version = services.import_file(org, "sales.csv", sales_csv(spike_at=20))
    run = services.run_forecast(org, version, horizon=3)
    (series,) = run.result["series"]
    assert [p["date"] for p in series["forecast"]] == ["2025-07-01", "2025-08-01", "2025-09-01"]
    assert series["naive_mase"] is not None and [w["code"] for w in series["warnings"]] == ["OUTLIER"]
    decision = Decision.objects.for_organization(org).get(system__key="insights.forecast")
    assert decision.explanation["data_problems"] == ["OUTLIER"] and decision.confidence < 1


def test_new_data_retrains_a_forecast_made_before(org, django_capture_on_commit_callbacks):
    version = services.import_file(org, "sales.csv", sales_csv(), dataset_name="Sales")
    assert retrain_forecast.call_local(version.pk) is None  # never forecast: nothing to retrain
    services.run_forecast(org, version, horizon=2, season_length=12)
    with django_capture_on_commit_callbacks(execute=True):  # the retraining task is queued on commit
        newer = services.import_file(org, "sales.csv", sales_csv(months=31), dataset_name="Sales")
    runs = Run.objects.for_organization(org).filter(version=newer)
    assert runs.count() == 1 and runs.get().parameters == {"horizon": 2, "season_length": 12}


def test_price_and_staffing_are_logged(org):
    bids = ["date,segment,service,cost,price,won"] + [
        f"2025-01-{1 + k % 28:02d},a,b,100,{100 + k % 60},{int(k % 60 < 25)}" for k in range(120)
    ]
    version = services.import_file(org, "bids.csv", ("\n".join(bids) + "\n").encode(), kind=DatasetKind.BIDS)
    run = services.suggest_price(org, version, segment="a", service="b", cost=100)
    assert not run.result["fallback"] and 100 < run.result["suggested_price"] < 160
    demand = services.import_file(org, "demand.csv", b"week,skill,hours\n2026-01-05,el,50\n", kind=DatasetKind.DEMAND)
    plan = services.plan_staffing(org, demand, {"people": [{"name": "A", "skills": ["el"], "hours_per_week": 40}]})
    assert plan.result["total_shortfall_hours"] == 10 and plan.result["suggestions"][0]["skill"] == "el"
    keys = set(Decision.objects.for_organization(org).values_list("system__key", flat=True))
    assert keys == {"insights.price", "insights.staffing"}


def test_pages_need_login_and_a_planning_role(org):
    assert Client().get("/insights/").status_code == 302
    assert _client(org, Role.EMPLOYEE).get("/insights/").status_code == 403


def test_the_pages_import_map_columns_and_forecast(org):
    client = _client(org)
    upload = SimpleUploadedFile("omsetning.csv", sales_csv().replace(b"date,value", b"dato,belop"))
    response = client.post("/insights/", {"file": upload, "kind": "sales", "name": "Omsetning"})
    dataset = Dataset.objects.for_organization(org).get(name="Omsetning")
    assert response.status_code == 302 and dataset.latest().status == VersionStatus.REFUSED
    page = client.get(f"/insights/datasets/{dataset.pk}/")
    assert "expected the columns" in page.content.decode() and "belop" in page.content.decode()
    assert (
        client.post(
            f"/insights/datasets/{dataset.pk}/", {"action": "mapping", "date": "dato", "value": "belop"}
        ).status_code
        == 302
    )
    dataset.refresh_from_db()
    assert dataset.latest().status == VersionStatus.CHECKED
    response = client.post(f"/insights/datasets/{dataset.pk}/", {"action": "forecast", "horizon": "4"})
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "95 % interval" in page and "Backtest" in page and "forecast-0-data" in page
    refused = client.post(f"/insights/datasets/{dataset.pk}/", {"action": "forecast", "horizon": "9999"})
    assert refused.status_code == 400
    assert client.get("/insights/digest/").status_code == 200


def test_the_staffing_and_price_pages(org):
    client = _client(org)
    demand = services.import_file(org, "d.csv", b"week,skill,hours\n2026-01-05,el,50\n", kind=DatasetKind.DEMAND)
    team = SimpleUploadedFile(
        "team.json", json.dumps({"people": [{"name": "A", "skills": ["el"], "hours_per_week": 40}]}).encode()
    )
    response = client.post("/insights/staffing/", {"version": demand.pk, "team": team})
    assert response.status_code == 302
    assert "heatmap-people" in client.get(response["Location"]).content.decode()
    bad = client.post("/insights/staffing/", {"version": demand.pk, "team": SimpleUploadedFile("t.json", b"{")})
    assert bad.status_code == 400 and "not valid JSON" in bad.content.decode()
    response = client.post("/insights/price/", {"segment": "a", "service": "b", "cost": "1000", "markup": "0.2"})
    assert response.status_code == 302
    assert "1,200" in client.get(response["Location"]).content.decode()
    assert client.post("/insights/price/", {"cost": "minus"}).status_code == 400


def test_the_api(org):
    client = _client(org)
    version = services.import_file(org, "sales.csv", sales_csv())
    created = client.post(
        "/api/v1/insights/forecasts", {"version_id": version.pk, "horizon": 2}, content_type="application/json"
    )
    assert created.status_code == 201 and len(created.json()["result"]["series"][0]["forecast"]) == 2
    assert client.get("/api/v1/insights/datasets").json()[0]["versions"][0]["row_count"] == 30
    price = client.post("/api/v1/insights/prices", {"cost": 100}, content_type="application/json")
    assert price.status_code == 201 and price.json()["result"]["suggested_price"] == 125
    other = services.import_file(factories.organization(), "sales.csv", sales_csv())
    assert (
        client.post("/api/v1/insights/forecasts", {"version_id": other.pk}, content_type="application/json").status_code
        == 404
    )
    assert _client(org, Role.EMPLOYEE).get("/api/v1/insights/datasets").status_code == 403


def test_the_demo_is_idempotent(org):
    load(org)
    load(org)
    assert Dataset.objects.for_organization(org).count() == 3
    assert services.monthly_digest(org)["text"].startswith("Management digest")


def test_the_review_queue_describes_price_and_staffing_runs(org):
    from fornuft.governance.corrections import declared_fields, describe

    bids = ["date,segment,service,cost,price,won"] + [
        f"2025-01-{1 + k % 28:02d},a,b,100,{100 + k % 60},{int(k % 60 < 25)}" for k in range(120)
    ]
    version = services.import_file(org, "bids.csv", ("\n".join(bids) + "\n").encode(), kind=DatasetKind.BIDS)
    price = services.suggest_price(org, version, segment="a", service="b", cost=100)
    demand = services.import_file(org, "demand.csv", b"week,skill,hours\n2026-01-05,el,50\n", kind=DatasetKind.DEMAND)
    plan = services.plan_staffing(org, demand, {"people": [{"name": "A", "skills": ["el"], "hours_per_week": 40}]})
    for run in (price, plan):
        decision = Decision.objects.for_organization(org).get(subject_id=str(run.pk))
        subject = describe(decision)
        assert subject.url == f"/insights/runs/{run.pk}/"
        assert set(subject.values) == {f.name for f in declared_fields(decision.system_key)}
    shortfall = describe(Decision.objects.for_organization(org).get(subject_id=str(plan.pk))).values
    assert float(shortfall["total_shortfall_hours"]) == 10
