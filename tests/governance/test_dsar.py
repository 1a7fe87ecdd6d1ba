"""Data-subject requests: search every provider, export everything about the person and
nothing about anyone else, erase everywhere with a receipt, one-month deadline."""

import io
import json
import zipfile
from datetime import UTC, datetime

import pytest

from fornuft.core import blobs
from fornuft.core.models import StoredFile, User
from fornuft.core.roles import Role
from fornuft.governance import chain, dsar, literacy
from fornuft.governance.decisions import record_decision
from fornuft.governance.models import DataSubjectRequest, RequestKind, RequestStatus, TrainingRecord
from fornuft.governance.privacy.providers import SubjectQuery, providers
from fornuft.testing import factories
from fornuft.testing.factories import PASSWORD


@pytest.fixture
def people(org, settings, tmp_path):
    settings.FORNUFT_BLOB_DIR = str(tmp_path / "blobs")
    kari = factories.user(org, Role.FINANCE, username="kari", first_name="Kari", last_name="Nordmann",
                          email="kari.nordmann@example.no")
    ola = factories.user(org, Role.SUPPORT, username="ola", first_name="Ola", last_name="Hansen",
                         email="ola.hansen@example.no")
    kari_file = blobs.store(org, b"Kari Nordmann sin CV", filename="CV Kari Nordmann.pdf", source_label="upload")
    ola_file = blobs.store(org, b"Ola Hansen sin CV", filename="CV Ola Hansen.pdf", source_label="upload")
    course = literacy.ensure_courses(org)[0]
    literacy.record_training(org, kari, course, datetime(2025, 5, 1).date(), None)
    literacy.record_training(org, ola, course, datetime(2025, 5, 2).date(), None)
    system = factories.ai_system(org, key="t.cv", confidence_threshold=0.0)
    record_decision(org, system, subject=kari_file, output={"label": "cv"}, confidence=0.9)
    record_decision(org, system, subject=ola_file, output={"label": "cv-ola"}, confidence=0.9)
    return {"kari": kari, "ola": ola, "kari_file": kari_file, "ola_file": ola_file}


def test_query_validation():
    with pytest.raises(ValueError, match="at least one"):
        SubjectQuery()
    with pytest.raises(ValueError, match="not valid"):
        SubjectQuery(national_id="19089117201")
    with pytest.raises(ValueError, match="not an email"):
        SubjectQuery(email="kari at example")
    assert SubjectQuery.parse("19089117200").national_id == "19089117200"
    assert SubjectQuery.parse("+47 912 34 567").phone_digits == "91234567"
    assert SubjectQuery.parse("kari@x.no").email == "kari@x.no"
    assert SubjectQuery.parse("Kari Nordmann").name == "Kari Nordmann"


def test_providers_are_registered_with_the_documented_interface():
    keys = {p.key for p in providers()}
    assert {"core.users", "core.files", "governance.requests"} <= keys
    for provider in providers():
        assert callable(provider.search) and callable(provider.export) and callable(provider.erase)


def test_export_contains_everything_about_the_person_and_nothing_else(org, people):
    content = dsar.export_zip(org, SubjectQuery(name="Kari Nordmann", email="kari.nordmann@example.no"))
    archive = zipfile.ZipFile(io.BytesIO(content))
    names = archive.namelist()
    everything = b"".join(archive.read(name) for name in names)
    assert b"Kari Nordmann sin CV" in everything  # the original file
    manifest = json.loads(archive.read("manifest.json"))
    providers_found = {record["provider"] for record in manifest["records"]}
    assert providers_found == {"core.users", "core.files"}
    user_record = next(json.loads(archive.read(r["json"]))
                       for r in manifest["records"] if r["provider"] == "core.users")
    assert user_record["data"]["email"] == "kari.nordmann@example.no"
    assert user_record["data"]["training_records"][0]["completed_on"] == "2025-05-01"
    decisions = json.loads(archive.read("decisions.json"))
    assert [d["output"] for d in decisions] == [{"label": "cv"}]
    for other in (b"Ola", b"ola.hansen", b"cv-ola", b"2025-05-02"):
        assert other not in everything


def test_erasure_removes_the_person_everywhere_and_keeps_the_chain(org, people, admin_user, tmp_path):
    query = SubjectQuery(name="Kari Nordmann", email="kari.nordmann@example.no")
    request = dsar.open_request(org, RequestKind.ERASURE, query)
    sha = people["kari_file"].sha256
    receipt = dsar.erase(org, query, admin_user, request=request)
    actions = {(r["provider"], r["action"]) for r in receipt["records"]}
    assert ("core.users", "anonymised") in actions and ("core.files", "deleted") in actions
    assert "Kari" not in json.dumps(receipt) and "kari" not in json.dumps(receipt)
    kari = User.objects.get(pk=people["kari"].pk)
    assert (kari.first_name, kari.last_name, kari.email, kari.is_active) == ("", "", "", False)
    assert not kari.has_usable_password()
    assert not StoredFile.objects.all_organizations().filter(pk=people["kari_file"].pk).exists()
    assert not blobs.exists(sha)
    assert not TrainingRecord.objects.all_organizations().filter(user=kari).exists()
    # Nothing about Kari is found any more; Ola is untouched.
    hits = [h for h in dsar.search(org, query) if h.provider != "governance.requests"]
    assert hits == []
    assert StoredFile.objects.all_organizations().filter(pk=people["ola_file"].pk).exists()
    assert User.objects.get(pk=people["ola"].pk).email == "ola.hansen@example.no"
    request.refresh_from_db()
    assert request.status == RequestStatus.DONE and request.receipt["records"]
    assert chain.verify(org)[0].intact


def test_one_month_deadline():
    assert dsar.due_date(datetime(2026, 1, 31, 10, tzinfo=UTC)).date().isoformat() == "2026-02-28"
    assert dsar.due_date(datetime(2026, 12, 15, tzinfo=UTC)).date().isoformat() == "2027-01-15"


def test_request_pages_export_needs_password_and_other_orgs_get_404(org, other_org, people, admin_client, login):
    response = admin_client.post("/governance/privacy/requests/", {
        "kind": "access", "name": "Kari Nordmann", "email": "", "phone": "", "national_id": ""})
    row = DataSubjectRequest.objects.all_organizations().get(organization=org)
    assert response.status_code == 302
    detail = admin_client.get(f"/governance/privacy/requests/{row.pk}/").content.decode()
    assert "CV Kari Nordmann.pdf" in detail and "CV Ola Hansen.pdf" not in detail
    export_url = f"/governance/privacy/requests/{row.pk}/export.zip"
    assert "/governance/reauth/" in admin_client.get(export_url)["Location"]
    assert admin_client.post("/governance/reauth/", {"password": "wrong", "next": export_url}).status_code == 401
    admin_client.post("/governance/reauth/", {"password": PASSWORD, "next": export_url})
    exported = admin_client.get(export_url)
    assert exported.status_code == 200 and exported["Content-Type"] == "application/zip"
    row.refresh_from_db()
    assert row.status == RequestStatus.DONE
    stranger = login(factories.user(other_org, Role.ADMIN))
    assert stranger.get(f"/governance/privacy/requests/{row.pk}/").status_code == 404
    bad = admin_client.post("/governance/privacy/requests/", {"kind": "access", "national_id": "123"})
    assert bad.status_code == 400 and "not valid" in bad.content.decode()


def test_mail_messages_are_found_exported_and_erased(org, people, admin_user):
    assert "mail.messages" in {p.key for p in providers()}
    from fornuft.mail.models import Message

    raw = blobs.store(org, b"From: kari.nordmann@example.no\r\n\r\nHei, ring meg", filename="kari.eml")
    mine = Message.objects.create(
        organization=org, stored_file=raw, content_hash="a" * 64, subject="Faktura", from_name="Kari Nordmann",
        from_address="kari.nordmann@example.no", body_text="Hei, ring meg på 912 34 567")
    other = Message.objects.create(
        organization=org, content_hash="b" * 64, subject="Annet", from_address="ola.hansen@example.no",
        body_text="Hilsen Ola")
    query = SubjectQuery(email="kari.nordmann@example.no")
    hits = [h for h in dsar.search(org, query) if h.provider == "mail.messages"]
    assert [h.record_id for h in hits] == [str(mine.pk)]
    archive = zipfile.ZipFile(io.BytesIO(dsar.export_zip(org, query)))
    assert any(name.endswith("kari.eml") for name in archive.namelist())
    assert b"Hilsen Ola" not in b"".join(archive.read(n) for n in archive.namelist())
    dsar.erase(org, query, admin_user)
    assert not Message.objects.all_organizations().filter(pk=mine.pk).exists()
    assert Message.objects.all_organizations().filter(pk=other.pk).exists()
    assert not blobs.exists(raw.sha256)


def test_cli_export(org, people, tmp_path):
    from click.testing import CliRunner

    from fornuft.cli import cli

    target = tmp_path / "kari.zip"
    result = CliRunner().invoke(cli, ["privacy", "export", "--org", org.slug, "kari.nordmann@example.no",
                                      "-o", str(target)])
    assert result.exit_code == 0 and "exported" in result.output
    names = zipfile.ZipFile(target).namelist()
    assert "manifest.json" in names and any(name.startswith("records/") for name in names)
    bad = CliRunner().invoke(cli, ["privacy", "export", "--org", org.slug, "x@", "-o", str(target)])
    assert bad.exit_code == 1
