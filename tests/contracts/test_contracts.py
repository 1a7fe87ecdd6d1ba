"""Contracts, end to end: intake and analysis, versions, review and corrections, deadlines and
reminders, iCal, pages, API, mail hand-off, privacy and the demo."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone, translation

from fornuft.contracts import services
from fornuft.contracts.demo import load
from fornuft.contracts.models import Contract, ContractStatus, Deadline
from fornuft.core.roles import Role
from fornuft.testing import factories
from tests.contracts.samples import EN_LICENCE, NO_SERVICE

ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}


@pytest.fixture
def org(db):
    return factories.organization()


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _client(org, role=Role.MANAGER) -> tuple[Client, object]:
    client = Client(**ENGLISH)
    user = factories.user(org, role=role)
    client.force_login(user)
    return client, user


def _upload(org, text=NO_SERVICE, name="tjenesteavtale.txt", **kwargs):
    return services.upload_contract(org, text.encode("utf-8"), filename=name, in_background=False, **kwargs)


def test_upload_stores_analyses_and_logs_the_decision(org):
    contract = _upload(org)
    assert contract.stored_file_id and contract.stored_file.read_bytes().startswith(b"TJENESTEAVTALE")
    assert contract.counterparty == "Fjordbakst AS" and contract.contract_type == "service"
    assert contract.notice_deadline == date(2026, 11, 30) and contract.expiration_date == date(2027, 2, 28)
    assert {c.clause_type for c in contract.clauses.all()} >= {"cap_on_liability", "governing_law"}
    assert {r.code for r in contract.risks.all()} == {"UNCAPPED", "AUTO_RENEWAL"}
    assert contract.risk_light == "red"
    decisions = list(contract.decisions())
    assert [d.system.key for d in decisions] == ["contracts.analysis"]
    # a high-severity risk always goes to a person
    assert contract.status == ContractStatus.REVIEW
    assert {(d.kind, d.date) for d in contract.deadlines.all()} == {("notice", date(2026, 11, 30)),
                                                                    ("renewal", date(2027, 2, 28))}


def test_contracts_stay_in_their_organization(org):
    _upload(org)
    other = factories.organization()
    assert services.list_contracts(other) == []
    assert len(services.list_contracts(org)) == 1


def test_bad_files_are_refused_or_failed_with_the_reason(org):
    with pytest.raises(services.UploadRefused):
        services.upload_contract(org, b"", filename="empty.txt", in_background=False)
    with pytest.raises(services.UploadRefused):
        services.upload_contract(org, b"x", filename="virus.exe", in_background=False)
    recipe = _upload(org, "Pannekaker: 3 egg, 5 dl melk. Stek i smør.", name="oppskrift.txt")
    assert recipe.status == ContractStatus.NOT_CONTRACT and recipe.stored_file_id
    broken = services.upload_contract(org, b"%PDF-1.4 garbage", filename="x.pdf", in_background=False)
    assert broken.status == ContractStatus.FAILED and broken.problems


def test_a_new_draft_becomes_the_next_version_with_a_diff(org):
    first = _upload(org)
    second = _upload(org, NO_SERVICE.replace("NOK 1 200 000", "NOK 1 500 000"), name="tjenesteavtale-v2.txt")
    assert (second.version, second.previous_id) == (2, first.pk)
    changes = [(op, line) for op, line in services.version_diff(first, second) if op != " "]
    assert ("-", "Samlet vederlag er NOK 1 200 000 per år. Faktura betales innen 30 dager.") in changes
    assert second.value_amount == 1500000


def test_corrections_are_kept_and_become_training_examples(org):
    from fornuft.governance import training_data

    contract = _upload(org)
    _client_, user = _client(org)
    services.apply_correction(contract, {"notice_deadline": "2026-10-31", "governing_law": "se"}, user)
    contract.refresh_from_db()
    assert contract.notice_deadline == date(2026, 10, 31) and contract.governing_law == "SE"
    assert set(contract.corrected) == {"notice_deadline", "governing_law"}
    examples = list(training_data.examples(org, "contracts.analysis"))
    assert {e.label for e in examples} == {"notice_deadline", "governing_law"}
    assert Deadline.objects.for_organization(org).get(contract=contract, kind="notice").date == date(2026, 10, 31)
    with pytest.raises(ValueError):
        services.apply_correction(contract, {"notice_period_days": "99999"}, user)
    # reanalysis keeps what a person corrected
    services.analyse_contract(contract)
    contract.refresh_from_db()
    assert contract.notice_deadline == date(2026, 10, 31)


def test_reminders_30_14_3_days_before_once_each(org, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    _client_, user = _client(org)
    user.email = "eier@example.no"
    user.save()
    contract = _upload(org, owner=user)
    notice = contract.notice_deadline
    assert services.send_reminders(org, today=notice - timedelta(days=30)) == 1
    assert services.send_reminders(org, today=notice - timedelta(days=29)) == 0
    assert services.send_reminders(org, today=notice - timedelta(days=14)) == 1
    assert services.send_reminders(org, today=notice - timedelta(days=3)) == 1
    assert len(mail.outbox) == 3 and mail.outbox[0].to == ["eier@example.no"]


def test_ical_feed_needs_the_token(org):
    _upload(org)
    client, _user = _client(org)
    page = client.get("/contracts/calendar/")
    assert page.status_code == 200
    token = services.playbook_row(org).calendar_token
    feed = Client().get(f"/contracts/calendar/{token}.ics")
    assert feed.status_code == 200 and feed["Content-Type"].startswith("text/calendar")
    body = feed.content.decode()
    assert "BEGIN:VCALENDAR" in body and "DTSTART;VALUE=DATE:20261130" in body
    assert Client().get("/contracts/calendar/wrong-token.ics").status_code == 404


def test_pages_need_login_and_role(org):
    assert Client().get("/contracts/").status_code == 302
    employee, _user = _client(org, Role.EMPLOYEE)
    assert employee.get("/contracts/").status_code == 403


def test_pages_upload_filter_detail_edit_compare_playbook_export(org, settings):
    settings.FORNUFT_HUEY_IMMEDIATE = True
    client, _user = _client(org)
    first = _upload(org)
    second = _upload(org, NO_SERVICE.replace("24 måneder", "36 måneder"), name="v2.txt")
    _upload(org, EN_LICENCE, name="licence.md")
    page = client.get("/contracts/?type=license")
    assert page.status_code == 200 and "licence" in page.content.decode().lower()
    assert "Fjordbakst" not in client.get("/contracts/?type=license").content.decode()
    assert client.get("/contracts/?risk=red").status_code == 200
    detail = client.get(f"/contracts/{first.pk}/")
    assert detail.status_code == 200 and "<mark" in detail.content.decode()
    edited = client.post(f"/contracts/{first.pk}/", {"counterparty": "Fjordbakst Bergen AS"})
    assert edited.status_code == 302
    assert Contract.objects.for_organization(org).get(pk=first.pk).counterparty == "Fjordbakst Bergen AS"
    compare = client.get(f"/contracts/{second.pk}/compare/{first.pk}/")
    assert compare.status_code == 200 and "36 måneder" in compare.content.decode()
    bad = client.post("/contracts/playbook/", {"yaml": "rules:\n  - {code: X, clause: nope, forbid: true}"})
    assert bad.status_code == 400 and "unknown clause type" in bad.content.decode()
    good = client.post("/contracts/playbook/", {"yaml": "rules:\n  - {code: LAW, field: governing_law, allowed: [SE]}"})
    assert good.status_code == 200
    assert [r.code for r in services.analyse_contract(first).risks.all()] == ["LAW"]
    csv_export = client.get("/contracts/export/?format=csv").content.decode()
    assert csv_export.splitlines()[0].startswith("id,title,version")
    assert client.get("/contracts/export/?format=json").json()[0]["id"]
    other, _ = _client(factories.organization())
    assert other.get(f"/contracts/{first.pk}/").status_code == 404


def test_upload_page_refuses_a_wrong_type(org):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client, _user = _client(org)
    response = client.post("/contracts/", {"file": SimpleUploadedFile("a.exe", b"MZ...")})
    assert response.status_code == 400


def test_api_analyze_and_list(org):
    client, _user = _client(org)
    result = client.post("/api/v1/contracts/analyze", {"text": NO_SERVICE, "source": "api"},
                         content_type="application/json")
    assert result.status_code == 200
    assert result.json()["notice_deadline"] == "2026-11-30"
    _upload(org)
    assert client.get("/api/v1/contracts/contracts").json()[0]["counterparty"] == "Fjordbakst AS"
    bad = client.put("/api/v1/contracts/playbook", {"yaml": "rules: ["}, content_type="application/json")
    assert bad.status_code == 400


def test_a_contract_attached_to_a_mail_goes_to_contracts_not_invoices(org):
    from fornuft.core import blobs

    stored = blobs.store(org, NO_SERVICE.encode("utf-8"), filename="tjenesteavtale.txt")
    contract = services.receive_attachment(org, stored, reference="42")
    assert contract is not None and contract.source == "mail" and contract.counterparty == "Fjordbakst AS"
    invoice = blobs.store(org, b"Faktura 123\nKID 1234\nForfallsdato 01.01.2026\nBel\xc3\xb8p \xc3\xa5 betale 100",
                          filename="faktura.txt")
    assert services.receive_attachment(org, invoice) is None


def test_personal_data_search_export_erase(org):
    from fornuft.contracts.personal_data import erase_contract, export_contract, search_contracts
    from fornuft.governance.privacy.providers import SubjectQuery

    contract = _upload(org)
    hits = search_contracts(org, SubjectQuery(name="Kari Nordmann"))
    assert [h.record_id for h in hits] == [str(contract.pk)]
    assert export_contract(org, hits[0]).data["id"] == contract.pk
    erase_contract(org, hits[0])
    assert not Contract.objects.for_organization(org).exists()


def test_renewing_within_90_days(org):
    contract = _upload(org)
    contract.expiration_date = timezone.localdate() + timedelta(days=40)
    contract.save()
    assert services.renewing_within(org, 90) == [contract]


def test_the_demo_data_is_loaded_once(org):
    load(org)
    load(org)
    assert Contract.objects.for_organization(org).count() == 1
