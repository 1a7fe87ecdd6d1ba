"""Tamper evidence that does not depend on the database alone: every column is hashed, and
signed checkpoints kept outside the database catch truncation, rollback, wipes and
recomputed chains. Each test first does what the probe did (triggers dropped, then tamper)."""

import base64
import json
import os
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.db import connection

from fornuft.governance import chain, checkpoints, triggers
from fornuft.governance.decisions import record_decision
from fornuft.governance.models import Decision
from fornuft.testing import factories


@pytest.fixture(autouse=True)
def audit_home(tmp_path, monkeypatch):
    monkeypatch.setenv("FORNUFT_CHECKPOINT_FILE", str(tmp_path / "audit" / "checkpoints.jsonl"))
    monkeypatch.setenv("FORNUFT_AUDIT_KEY_FILE", str(tmp_path / "audit" / "signing_key"))
    for name in ("FORNUFT_AUDIT_KEY", "FORNUFT_AUDIT_PUBLIC_KEY", "FORNUFT_AUDIT_WITNESS"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "audit"


def _log(org, count=5):
    system = factories.ai_system(org, key="test.checkpoint", confidence_threshold=0.0)
    return [record_decision(org, system, subject=("item", n), output={"label": f"l{n}"}, confidence=0.9)
            for n in range(1, count + 1)]


def _tamper(*statements):
    """Someone with direct database access: drops the guard, tampers, puts the guard back."""
    triggers.remove(connection)
    try:
        with connection.cursor() as cursor:
            for sql, params in statements:
                cursor.execute(sql, params)
    finally:
        triggers.install(connection)


def _report(org):
    [report] = chain.verify(org)
    return report


@pytest.mark.parametrize(("column", "value"), [("needs_review", True), ("actor_user_id", "user"),
                                                ("system_id", "system")])
def test_every_column_of_a_decision_is_in_its_hash(org, column, value):
    decisions = _log(org)
    if value == "user":
        value = factories.user(org, username="forger").pk
    elif value == "system":
        value = factories.ai_system(org, key="test.other").pk
    sql = f"UPDATE governance_decision SET {column} = %s WHERE id = %s"  # noqa: S608 - a fixed column name
    _tamper((sql, [value, decisions[2].pk]))
    report = _report(org)
    assert not report.intact and report.first_bad_seq == 3 and "altered" in report.problem


def _cut_back_to(org, seq):
    """Deletes the newest records and moves the chain head back, as the probe did."""
    keep = Decision.objects.all_organizations().get(organization=org, seq=seq) if seq else None
    _tamper(("DELETE FROM governance_decision WHERE organization_id = %s AND seq > %s", [org.pk, seq]),
            ("UPDATE governance_chainhead SET seq = %s, hash = %s WHERE organization_id = %s",
             [seq, keep.hash if keep else chain.GENESIS, org.pk]))


def test_truncation_with_the_head_moved_back_is_found_by_the_checkpoint(org):
    _log(org)
    assert [e["seq"] for e in checkpoints.write_checkpoints().written] == [5]
    _cut_back_to(org, 3)
    assert chain.verify(org, anchors={})[0].intact  # the defect: the chain alone cannot tell
    report = _report(org)
    assert not report.intact
    assert "ends at #3" in report.problem and "recorded #5" in report.problem and "truncated" in report.problem


def test_wiped_log_is_found(org):
    _log(org)
    checkpoints.write_checkpoints()
    _cut_back_to(org, 0)
    assert chain.verify(org, anchors={})[0].intact
    report = _report(org)
    assert not report.intact and "wiped" in report.problem


def test_rewritten_and_recomputed_chain_is_found(org):
    decisions = _log(org)
    checkpoints.write_checkpoints()
    statements, prev = [], decisions[0].hash
    for decision in Decision.objects.all_organizations().filter(organization=org, seq__gte=2).order_by("seq"):
        output = '{"label":"forged"}' if decision.seq == 2 else decision.output_json
        digest = chain.record_hash(prev, chain.canonical_record_v2(
            org.pk, decision.seq, decision.system_id, decision.system_key, decision.model_version,
            decision.subject_type, decision.subject_id, output, decision.confidence, decision.explanation_json,
            decision.actor, decision.actor_user_id, decision.needs_review, decision.created_at))
        statements.append(("UPDATE governance_decision SET output_json = %s, prev_hash = %s, hash = %s WHERE id = %s",
                           [output, prev, digest, decision.pk]))
        prev = digest
    statements.append(("UPDATE governance_chainhead SET hash = %s WHERE organization_id = %s", [prev, org.pk]))
    _tamper(*statements)
    assert chain.verify(org, anchors={})[0].intact  # the defect: internally consistent again
    report = _report(org)
    assert not report.intact and report.first_bad_seq == 5 and "recomputed" in report.problem


def test_checkpoints_are_signed_and_an_edited_file_is_reported(org, audit_home):
    _log(org, 3)
    checkpoints.write_checkpoints()
    path = audit_home / "checkpoints.jsonl"
    entry = json.loads(path.read_text())
    assert (entry["seq"], entry["organization"]) == (3, org.pk) and entry["sig"]
    assert path.stat().st_mode & 0o777 == 0o600
    assert (audit_home / "signing_key").stat().st_mode & 0o777 == 0o600
    path.write_text(path.read_text().replace('"seq":3', '"seq":2'))  # roll the checkpoint back by hand
    loaded = checkpoints.load()
    assert loaded.anchors == {} and "not a checkpoint signed by the trusted key" in loaded.problems[0]


def test_a_checkpoint_signed_with_another_key_is_refused(org, audit_home, monkeypatch):
    _log(org, 2)
    checkpoints.write_checkpoints()
    trusted = checkpoints.public_key_text()
    (audit_home / "signing_key").unlink()  # an intruder swaps in their own key and re-signs
    (audit_home / "checkpoints.jsonl").unlink()
    checkpoints.write_checkpoints()
    monkeypatch.setenv("FORNUFT_AUDIT_PUBLIC_KEY", trusted)  # the key the auditor holds
    assert checkpoints.load().problems


def test_a_broken_chain_is_never_signed(org):
    decisions = _log(org)
    checkpoints.write_checkpoints()
    _tamper(("UPDATE governance_decision SET confidence = 0.1 WHERE id = %s", [decisions[1].pk]))
    record_decision(org, decisions[0].system, subject=("item", 6), output={"label": "l6"}, confidence=0.9)
    result = checkpoints.write_checkpoints()
    assert result.written == [] and result.refused[0].first_bad_seq == 2


def test_unchanged_chain_gets_no_new_checkpoint(org, audit_home):
    _log(org, 2)
    checkpoints.write_checkpoints()
    assert checkpoints.write_checkpoints().unchanged == [org.pk]
    assert len((audit_home / "checkpoints.jsonl").read_text().splitlines()) == 1


def test_loose_key_file_is_refused_with_what_to_do(org, audit_home):
    checkpoints.signing_key()
    (audit_home / "signing_key").chmod(0o644)
    with pytest.raises(checkpoints.CheckpointError, match="chmod 600"):
        checkpoints.signing_key()


class _Witness(BaseHTTPRequestHandler):
    received: list = []

    def do_POST(self):  # noqa: N802 - the http.server API
        self.received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_witnesses_receive_signed_checkpoints_by_webhook_and_syslog(org, monkeypatch):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    server = HTTPServer(("127.0.0.1", 0), _Witness)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    syslog = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    syslog.bind(("127.0.0.1", 0))
    syslog.settimeout(5)
    monkeypatch.setenv("FORNUFT_AUDIT_WITNESS", f"http://127.0.0.1:{server.server_port}/witness, "
                                                f"syslog://127.0.0.1:{syslog.getsockname()[1]}")
    try:
        _log(org, 2)
        result = checkpoints.write_checkpoints()
        assert result.witness_errors == []
        [posted] = _Witness.received
        line = syslog.recv(4096).decode()
    finally:
        server.shutdown()
        server.server_close()
        syslog.close()
    assert line.startswith("<37>fornuft: fornuft-checkpoint ")
    from_syslog = json.loads(line.split("fornuft-checkpoint ", 1)[1])
    [from_webhook] = posted["checkpoints"]
    assert from_syslog == from_webhook and from_webhook["seq"] == 2
    public = Ed25519PublicKey.from_public_bytes(base64.b64decode(posted["public_key"]))
    signature = base64.b64decode(from_webhook.pop("sig"))
    public.verify(signature, chain.canonical_json(from_webhook).encode())  # raises if forged


def test_unreachable_witness_is_reported_and_the_file_still_written(org, audit_home, monkeypatch):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("FORNUFT_AUDIT_WITNESS", f"http://127.0.0.1:{port}/")
    _log(org, 1)
    result = checkpoints.write_checkpoints()
    assert result.written and "127.0.0.1" in result.witness_errors[0]
    assert (audit_home / "checkpoints.jsonl").exists()


def test_records_in_the_old_hash_format_still_verify_but_cannot_follow_new_ones(org):
    system = factories.ai_system(org, key="test.legacy", confidence_threshold=0.0)
    first = record_decision(org, system, subject=("item", 1), output={"n": 1}, confidence=0.9)
    legacy = chain.record_hash(chain.GENESIS, chain.canonical_record(
        org.pk, 1, system.key, first.model_version, "item", "1", first.output_json, 0.9, first.explanation_json,
        "system", first.created_at))
    # What a database from before format 2 holds: format-1 hash, empty hash_version.
    _tamper(("UPDATE governance_decision SET hash_version = NULL, hash = %s WHERE id = %s", [legacy, first.pk]),
            ("UPDATE governance_chainhead SET hash = %s WHERE organization_id = %s", [legacy, org.pk]))
    record_decision(org, system, subject=("item", 2), output={"n": 2}, confidence=0.9)
    assert _report(org).intact
    _tamper(("UPDATE governance_decision SET hash_version = NULL WHERE organization_id = %s AND seq = 2", [org.pk]))
    report = _report(org)
    assert not report.intact and report.first_bad_seq == 2


@pytest.mark.django_db(transaction=True)
def test_audit_commands_checkpoint_then_catch_the_truncation(audit_home):
    org = factories.organization("Sjekkpunkt AS")
    _log(org, 4)
    env = {**os.environ, "FORNUFT_SQLITE_PATH": str(connection.settings_dict["NAME"])}
    command = [sys.executable, "-m", "fornuft.cli", "audit"]
    written = subprocess.run([*command, "checkpoint"], capture_output=True, text=True, env=env, timeout=120)
    assert written.returncode == 0, written.stderr
    assert "checkpoint at #4" in written.stdout
    assert subprocess.run([*command, "verify"], capture_output=True, text=True, env=env, timeout=120).returncode == 0
    _cut_back_to(org, 2)
    broken = subprocess.run([*command, "verify"], capture_output=True, text=True, env=env, timeout=120)
    assert broken.returncode == 1
    assert "ends at #2" in broken.stderr and "truncated or rolled back" in broken.stderr
    refused = subprocess.run([*command, "checkpoint"], capture_output=True, text=True, env=env, timeout=120)
    assert refused.returncode == 1 and "no checkpoint signed" in refused.stderr


@pytest.mark.parametrize("moment", ["2026-12-07 01:02:03.123456", "2026-12-07 01:02:03"])
def test_stored_sqlite_time_gives_the_same_stamp_as_the_datetime(moment):
    from datetime import UTC, datetime

    assert chain._sqlite_stamp(moment) == chain.timestamp(datetime.fromisoformat(moment).replace(tzinfo=UTC))
