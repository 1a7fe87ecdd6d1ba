"""A real huey worker process runs queued tasks (SQLite storage; Redis in the second pass)."""

import json
import os
import signal
import subprocess
import sys

import pytest
from django.db import connection
from huey.contrib.djhuey import HUEY

from fornuft.core.tasks import verify_decision_chains
from fornuft.governance.decisions import record_decision
from fornuft.testing import factories


@pytest.mark.redis
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_worker_process_runs_a_queued_task(tmp_path):
    org = factories.organization("Arbeider AS")
    system = factories.ai_system(org, key="test.worker", confidence_threshold=0.0)
    for n in range(3):
        record_decision(org, system, subject=("item", n), output={"n": n}, confidence=0.9)

    environment = {**os.environ}
    environment.pop("FORNUFT_HUEY_IMMEDIATE", None)
    if connection.vendor == "sqlite":
        environment["FORNUFT_SQLITE_PATH"] = str(connection.settings_dict["NAME"])
    else:
        environment["FORNUFT_TEST_DATABASE_NAME"] = connection.settings_dict["NAME"]
        url = environment["FORNUFT_DATABASE_URL"].rsplit("/", 1)[0]
        environment["FORNUFT_DATABASE_URL"] = f"{url}/{connection.settings_dict['NAME']}"
    HUEY.immediate = False
    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen([sys.executable, "-m", "fornuft.cli", "worker"], env=environment,
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        HUEY.flush()
        result = verify_decision_chains()
        summary = result.get(blocking=True, timeout=60)
        assert summary is not None, (tmp_path / "worker.log").read_text()
        assert summary["broken"] == []
        assert summary["records"] >= 3
    finally:
        HUEY.immediate = True
        worker.send_signal(signal.SIGINT)
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()
        log.close()
    assert worker.returncode is not None
    for line in (tmp_path / "worker.log").read_text().splitlines():
        if line.strip():
            assert json.loads(line)["message"], f"not a JSON log line: {line!r}"


def test_huey_logs_through_the_json_handler_so_the_worker_adds_no_plain_one():
    """run_huey adds a plain-text handler to the `huey` logger only when it has none, so the
    configuration must give it ours. (Read from the settings: pytest's own capture handlers
    sit on the live loggers during a test run.)"""
    from django.conf import settings

    logging_config = settings.LOGGING
    huey = logging_config["loggers"]["huey"]
    assert huey["handlers"] and huey["propagate"] is False  # one line per event, not two
    for name in huey["handlers"]:
        formatter = logging_config["handlers"][name]["formatter"]
        assert logging_config["formatters"][formatter]["()"].endswith("JsonFormatter")
