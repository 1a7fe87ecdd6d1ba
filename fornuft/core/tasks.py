"""Platform background jobs (huey)."""

from __future__ import annotations

import logging

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from fornuft.core import worker as _worker  # noqa: F401 - registers the heartbeat and in-flight hooks

log = logging.getLogger("fornuft.tasks")


def _verify_all() -> dict:
    from fornuft.governance import chain, checkpoints

    loaded = checkpoints.load()
    reports = chain.verify(anchors=loaded.anchors)
    result = {
        "organizations": len(reports),
        "records": sum(report.records for report in reports),
        "broken": [{"organization": r.organization_id, "seq": r.first_bad_seq, "problem": r.problem}
                   for r in reports if not r.intact] + [{"checkpoints": problem} for problem in loaded.problems],
    }
    if result["broken"]:
        log.error("decision chain broken", extra={"broken": result["broken"]})
    else:
        log.info("decision chains intact", extra={"records": result["records"]})
    return result


@db_task()
def verify_decision_chains() -> dict:
    """Verifies every organization's decision chain now; returns a summary."""
    return _verify_all()


@db_periodic_task(crontab(hour="3", minute="15"))
def nightly_chain_verification() -> dict:
    """Every night: verify every chain and log an error line naming any break."""
    return _verify_all()


@db_periodic_task(crontab(minute="40"))
def sweep_interrupted_uploads() -> int:
    """Every hour: remove temporary files that interrupted uploads left behind."""
    from fornuft.core import blobs

    return blobs.sweep_interrupted()


@db_periodic_task(crontab(minute="*"))
def recover_lost_work() -> dict:
    """Every minute: queue again the tasks of dead workers and the items stuck past the timeout."""
    from fornuft.core import sweep, worker

    result = {**worker.redeliver_orphaned_tasks(), **sweep.sweep_stuck_items()}
    worker.prune_heartbeats()
    return result
