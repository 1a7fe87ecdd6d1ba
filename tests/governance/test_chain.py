"""The decision log is append-only and hash-chained; tampering is found and named."""

import subprocess
import sys
import threading

import pytest
from django.db import connection, connections, transaction
from django.db.utils import DatabaseError

from fornuft.core import tenancy
from fornuft.governance import chain, triggers
from fornuft.governance.decisions import record_decision
from fornuft.governance.models import Decision
from fornuft.testing import factories


def _log(org, count=5):
    system = factories.ai_system(org, key="test.chain", confidence_threshold=0.0)
    return [record_decision(org, system, subject=("item", n), output={"label": f"l{n}"}, confidence=0.9,
                            explanation={"rules": ["r1"]}) for n in range(1, count + 1)]


def _without_triggers(sql, params=()):
    """Simulates someone with direct database access: drops the guard, then tampers."""
    triggers.remove(connection)
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
    finally:
        triggers.install(connection)


@pytest.mark.postgres
def test_intact_chain_verifies(org):
    decisions = _log(org)
    assert [d.seq for d in decisions] == [1, 2, 3, 4, 5]
    assert decisions[0].prev_hash == chain.GENESIS
    assert decisions[1].prev_hash == decisions[0].hash
    [report] = chain.verify(org)
    assert report.intact and report.records == 5


def test_chains_are_per_organization(org, other_org):
    _log(org, 3)
    _log(other_org, 2)
    reports = {r.organization_id: r for r in chain.verify()}
    assert reports[org.pk].records == 3 and reports[other_org.pk].records == 2
    assert all(r.intact for r in reports.values())


@pytest.mark.postgres
def test_orm_refuses_update_and_delete(org):
    decision = _log(org, 1)[0]
    decision.output_json = '{"label":"forged"}'
    with pytest.raises(PermissionError):
        decision.save()
    with pytest.raises(PermissionError):
        decision.delete()
    with pytest.raises(PermissionError):
        Decision.objects.filter(pk=decision.pk).update(confidence=0.1)
    with pytest.raises(PermissionError):
        Decision.objects.filter(pk=decision.pk).delete()


@pytest.mark.postgres
def test_database_triggers_refuse_raw_update_and_delete(org):
    decision = _log(org, 1)[0]
    for statement in ["UPDATE governance_decision SET confidence = 0.1 WHERE id = %s",
                      "DELETE FROM governance_decision WHERE id = %s"]:
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(statement, [decision.pk])
    with tenancy.activate(org):
        assert Decision.objects.get(pk=decision.pk).confidence == 0.9


@pytest.mark.postgres
def test_altered_record_is_named(org):
    decisions = _log(org)
    _without_triggers("UPDATE governance_decision SET output_json = %s WHERE id = %s",
                      ['{"label":"forged"}', decisions[2].pk])
    [report] = chain.verify(org)
    assert not report.intact
    assert report.first_bad_seq == 3
    assert "altered" in report.problem


@pytest.mark.postgres
def test_removed_record_is_named(org):
    decisions = _log(org)
    _without_triggers("DELETE FROM governance_decision WHERE id = %s", [decisions[1].pk])
    [report] = chain.verify(org)
    assert not report.intact
    assert report.first_bad_seq == 3  # the record after the gap
    assert "removed" in report.problem


def test_removed_newest_record_is_found(org):
    decisions = _log(org)
    _without_triggers("DELETE FROM governance_decision WHERE id = %s", [decisions[-1].pk])
    [report] = chain.verify(org)
    assert not report.intact and "newest" in report.problem


@pytest.mark.postgres
def test_reordered_records_are_found(org):
    decisions = _log(org)
    # Swap the sequence numbers of records 2 and 4 (through a free number: seq is unique).
    _without_triggers("UPDATE governance_decision SET seq = 99 WHERE id = %s", [decisions[1].pk])
    _without_triggers("UPDATE governance_decision SET seq = 2 WHERE id = %s", [decisions[3].pk])
    _without_triggers("UPDATE governance_decision SET seq = 4 WHERE id = %s", [decisions[1].pk])
    [report] = chain.verify(org)
    assert not report.intact
    assert report.first_bad_seq == 2


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_keep_one_unbroken_chain():
    org = factories.organization("Samtidig AS")
    system = factories.ai_system(org, key="test.concurrent", confidence_threshold=0.0)
    errors = []

    def writer(worker: int) -> None:
        try:
            for n in range(25):
                record_decision(org, system, subject=("item", f"{worker}-{n}"), output={"n": n}, confidence=0.9)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with tenancy.activate(org):
        seqs = sorted(Decision.objects.values_list("seq", flat=True))
    assert seqs == list(range(1, 101))
    [report] = chain.verify(org)
    assert report.intact, report.problem


@pytest.mark.django_db(transaction=True)
def test_audit_verify_command_exit_codes():
    org = factories.organization("Revisjon AS")
    decisions = _log(org, 4)
    env_python = [sys.executable, "-m", "fornuft.cli", "audit", "verify"]
    import os

    env = {**os.environ, "FORNUFT_SQLITE_PATH": str(connection.settings_dict["NAME"])}
    intact = subprocess.run(env_python, capture_output=True, text=True, env=env, timeout=120)
    assert intact.returncode == 0, intact.stderr
    assert "chain intact" in intact.stdout
    _without_triggers("UPDATE governance_decision SET confidence = 0.11 WHERE id = %s", [decisions[1].pk])
    broken = subprocess.run(env_python, capture_output=True, text=True, env=env, timeout=120)
    assert broken.returncode == 1
    assert "record #2" in broken.stderr
