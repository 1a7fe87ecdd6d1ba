"""Retention: a policy per category; the purge deletes old content, the decision chain stays valid."""

from datetime import timedelta

import pytest
from django.utils import timezone

from fornuft.core import blobs
from fornuft.core.models import StoredFile
from fornuft.core.roles import Role
from fornuft.governance import chain, retention, tasks
from fornuft.governance.decisions import record_decision
from fornuft.governance.models import Decision
from fornuft.testing import factories


@pytest.fixture
def old_and_new(org, settings, tmp_path):
    settings.FORNUFT_BLOB_DIR = str(tmp_path / "blobs")
    system = factories.ai_system(org, key="t.files", confidence_threshold=0.0)
    files = []
    for n in range(6):
        stored = blobs.store(org, f"file {n}".encode(), filename=f"f{n}.txt")
        if n < 4:
            StoredFile.objects.all_organizations().filter(pk=stored.pk).update(
                created_at=timezone.now() - timedelta(days=400))
        record_decision(org, system, subject=stored, output={"n": n}, confidence=0.9)
        files.append(stored)
    return files


def test_purge_deletes_old_content_and_the_chain_stays_valid(org, other_org, old_and_new):
    other = blobs.store(other_org, b"other org file", filename="o.txt")
    StoredFile.objects.all_organizations().filter(pk=other.pk).update(created_at=timezone.now() - timedelta(days=999))
    retention.set_policy(org, "files", 365, True, None)
    preview = {line.category: line.count for line in retention.purge_organization(org, dry_run=True)}
    assert preview["files"] == 4
    assert StoredFile.objects.for_organization(org).count() == 6  # dry run kept all
    lines = retention.purge_organization(org)
    assert {line.category: line.count for line in lines}["files"] == 4
    remaining = StoredFile.objects.for_organization(org)
    assert sorted(f.filename for f in remaining) == ["f4.txt", "f5.txt"]
    assert not blobs.exists(old_and_new[0].sha256)
    assert StoredFile.objects.all_organizations().filter(pk=other.pk).exists()  # other org untouched
    report = chain.verify(org)[0]
    assert report.intact and report.records == 6
    assert Decision.objects.for_organization(org).count() == 6


def test_disabled_policy_purges_nothing(org, old_and_new):
    retention.set_policy(org, "files", 30, False, None)
    assert all(line.category != "files" for line in retention.purge_organization(org))
    assert StoredFile.objects.for_organization(org).count() == 6
    with pytest.raises(ValueError):
        retention.set_policy(org, "files", 0, True, None)
    with pytest.raises(ValueError):
        retention.set_policy(org, "nonsense", 30, True, None)


def test_periodic_task_and_page(org, old_and_new, admin_client, login):
    retention.set_policy(org, "files", 365, True, None)
    page = admin_client.get("/governance/privacy/retention/")
    assert page.status_code == 200 and page.context["preview"]["files"] == 4
    totals = tasks.nightly_retention_purge.call_local()
    assert totals[org.slug] == 4
    auditor = login(factories.user(org, Role.AUDITOR))
    auditor.post("/governance/privacy/retention/", {"days_files": "1", "enabled_files": "on"})
    assert retention.policies(org)[[p.category for p in retention.policies(org)].index("files")].keep_days == 365


def test_cli_purge_and_search(org, old_and_new):
    from click.testing import CliRunner

    from fornuft.cli import cli

    retention.set_policy(org, "files", 365, True, None)
    runner = CliRunner()
    dry = runner.invoke(cli, ["privacy", "purge", "--org", org.slug, "--dry-run"])
    assert dry.exit_code == 0 and "files: 4 would be deleted" in dry.output
    assert StoredFile.objects.for_organization(org).count() == 6
    done = runner.invoke(cli, ["privacy", "purge", "--org", org.slug])
    assert done.exit_code == 0 and "files: 4 deleted" in done.output
    found = runner.invoke(cli, ["privacy", "search", "--org", org.slug, "f5.txt"])
    assert found.exit_code == 0
    bad = runner.invoke(cli, ["privacy", "search", "--org", org.slug, "kari@"])
    assert bad.exit_code == 1 and "not an email" in bad.output
    missing = runner.invoke(cli, ["privacy", "purge", "--org", "no-such-org"])
    assert missing.exit_code == 1 and "no organization" in missing.output
