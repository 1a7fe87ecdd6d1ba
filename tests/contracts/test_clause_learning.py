"""Corrections teach the clause classifier: a person marks passages on the contract page, a
background run trains a candidate through the governance model store, it becomes active only
when it is not worse on held-out contracts, and analysis then uses it."""

import pytest
from django.test import Client
from django.utils import translation

from fornuft.contracts import services
from fornuft.contracts.clause_learning import ClauseTrainer, held_out_groups, train_clause_model
from fornuft.contracts.tasks import train_clause_model_task
from fornuft.core import tenancy
from fornuft.core.roles import Role
from fornuft.governance.models import ModelVersion, TrainingExample
from fornuft.ml.clauses import ClauseClassifier
from fornuft.testing import factories
from tests.contracts.samples import NO_SERVICE

# This company's own inspection clause: the keyword rules do not know it as audit rights.
INSPECTION = "Kunden kan en gang i året gå gjennom Leverandørens regnskap og logger for å kontrollere fakturaene."
CUSTOMERS = ("Fjordbakst AS", "Lysverket AS", "Bergen Bygg AS", "Tromsø Fisk AS", "Hamar Hus AS", "Molde Mat AS")


@pytest.fixture
def org(db):
    return factories.organization()


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _contract_with_inspection(org, customer: str, sentence: str = INSPECTION):
    text = NO_SERVICE.replace("Fjordbakst AS", customer).replace(
        "5. Taushetsplikt", f"5. Kontroll\n{sentence}\n\n6. Taushetsplikt")
    return services.upload_contract(org, text.encode(), filename=f"avtale-{customer.split()[0].lower()}.txt",
                                    in_background=False)


def _mark(contract, user, present=True):
    start = contract.text.index(INSPECTION)
    services.correct_clause(contract, start, start + len(INSPECTION), "audit_rights", present, user)


def _active(org):
    with tenancy.activate(org):
        return ModelVersion.objects.filter(system__key="contracts.analysis", is_active=True).first()


def test_a_page_mark_changes_the_clauses_stores_an_example_and_queues_training(org, django_capture_on_commit_callbacks):
    user = factories.user(org, role=Role.MANAGER)
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    contract = _contract_with_inspection(org, "Fjordbakst AS")
    assert "audit_rights" not in {c.clause_type for c in contract.clauses.all()}
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(f"/contracts/{contract.pk}/clauses/",
                               {"clause_type": "audit_rights", "passage": INSPECTION.replace(" ", "  \n", 2)})
    assert response.status_code == 302 and len(callbacks) == 1  # one training run queued
    assert "audit_rights" in {c.clause_type for c in contract.clauses.all()}
    with tenancy.activate(org):
        example = TrainingExample.objects.get(system_key="contracts.analysis")
    assert (example.text, example.fields) == (INSPECTION, {"clause_type": "audit_rights", "present": True})
    # one mark is too little to train on: the run says so, nothing is activated
    assert _active(org) is None
    wrong = contract.clauses.get(clause_type="governing_law")
    assert client.post(f"/contracts/{contract.pk}/clauses/", {"wrong": wrong.pk}).status_code == 302
    assert not contract.clauses.filter(clause_type="governing_law").exists()
    refused = client.post(f"/contracts/{contract.pk}/clauses/", {"clause_type": "audit_rights",
                                                                 "passage": "Ikke i avtalen."})
    assert refused.status_code == 400 and "paste a passage exactly" in refused.content.decode()


def test_marks_train_a_model_that_is_activated_and_used_by_analysis(org):
    user = factories.user(org, role=Role.MANAGER)
    for customer in CUSTOMERS:
        _mark(_contract_with_inspection(org, customer), user)
    outcome = train_clause_model_task(org.pk)
    outcome = outcome.get() if hasattr(outcome, "get") else outcome
    assert outcome == "activated"
    version = _active(org)
    assert version.report["held_out_examples"] >= 1 and version.report["baseline"]["version"] == "rules"
    assert version.report["micro_f1"] > version.report["baseline"]["micro_f1"]
    assert isinstance(services.organization_model(org), ClauseClassifier)
    fresh = _contract_with_inspection(org, "Narvik Nett AS")
    assert "audit_rights" in {c.clause_type for c in fresh.clauses.all()}
    # another organization has no such model: its analysis keeps to the rules
    other = factories.organization()
    assert services.organization_model(other) is None
    assert "audit_rights" not in {c.clause_type for c in _contract_with_inspection(other, "Narvik Nett AS")
                                  .clauses.all()}


def test_a_worse_candidate_is_kept_out_and_the_active_model_stays(org):
    user = factories.user(org, role=Role.MANAGER)
    contracts = [_contract_with_inspection(org, customer) for customer in CUSTOMERS]
    for contract in contracts:
        _mark(contract, user)
    first = train_clause_model(org)
    assert first.is_active
    # the person later unmarks the passage on the contracts trained on, but not on the held-out
    # ones: a model trained on that would miss what the held-out contracts say, so it is refused
    held = held_out_groups({str(c.pk) for c in contracts})
    for contract in contracts:
        if str(contract.pk) not in held:
            _mark(contract, user, present=False)
    second = train_clause_model(org)
    assert second.outcome == "rejected" and not second.is_active
    assert _active(org).pk == first.pk
    assert second.report["micro_f1"] < second.report["baseline"]["micro_f1"]


def test_the_trainer_keeps_a_persons_latest_mark_and_splits_by_contract(org):
    user = factories.user(org, role=Role.MANAGER)
    contracts = [_contract_with_inspection(org, customer) for customer in CUSTOMERS[:3]]
    for contract in contracts:
        _mark(contract, user)
    _mark(contracts[0], user, present=False)
    data = ClauseTrainer().examples(org)
    assert len(data.training) + len(data.held_out) == 3 and data.held_out and data.training
    marks = [kinds for _passage, _heading, kinds in data.training + data.held_out]
    assert sorted(kind["audit_rights"] for kind in marks) == [False, True, True]


def test_marks_through_the_api_and_who_may_mark(org):
    contract = _contract_with_inspection(org, "Fjordbakst AS")
    start = contract.text.index(INSPECTION)
    manager = Client(HTTP_ACCEPT_LANGUAGE="en")
    manager.force_login(factories.user(org, role=Role.MANAGER))
    mark = {"start": start, "end": start + len(INSPECTION), "clause_type": "audit_rights", "present": True}
    response = manager.post(f"/api/v1/contracts/contracts/{contract.pk}/clauses", mark,
                            content_type="application/json")
    assert response.status_code == 200 and contract.clauses.filter(clause_type="audit_rights").exists()
    unknown = manager.post(f"/api/v1/contracts/contracts/{contract.pk}/clauses", {**mark, "clause_type": "x"},
                           content_type="application/json")
    assert unknown.status_code == 400

    employee = Client(HTTP_ACCEPT_LANGUAGE="en")
    employee.force_login(factories.user(org, role=Role.EMPLOYEE))
    assert employee.post(f"/api/v1/contracts/contracts/{contract.pk}/clauses", mark,
                         content_type="application/json").status_code == 403
    assert employee.get("/api/v1/contracts/contracts").status_code == 403  # employment contracts stay private
    assert employee.post(f"/contracts/{contract.pk}/clauses/", {"wrong": "1"}).status_code == 403

    other = factories.organization()
    outsider = Client(HTTP_ACCEPT_LANGUAGE="en")
    outsider.force_login(factories.user(other, role=Role.MANAGER))
    assert outsider.post(f"/api/v1/contracts/contracts/{contract.pk}/clauses", mark,
                         content_type="application/json").status_code == 404
    assert outsider.post(f"/contracts/{contract.pk}/clauses/", {"clause_type": "audit_rights",
                                                                "passage": INSPECTION}).status_code == 404
    with tenancy.activate(org):
        assert TrainingExample.objects.filter(system_key="contracts.analysis").count() == 1
