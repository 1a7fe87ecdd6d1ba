"""ROI dashboard over 1,000,000 logged decisions: refresh time of the daily roll-ups and the
page's median / p95. Run: `.venv/bin/python bench/bench_adoption_dashboard.py [--decisions N]`.

The decisions are bulk-inserted for the bench only, correctly hash-chained with the
functions of fornuft.governance.chain (the chain verifies), spread over 180 days and three
AI systems; 12 % need review, 90 % of those are resolved by people of two departments
(each resolution is itself a logged decision), 20 % of the resolved ones corrected.
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _setup import django_in_temp_home, machine, summary, timed  # noqa: E402

BATCH = 5000


def progress(done: int, total: int, started: float) -> None:
    width = 30
    filled = int(width * done / total)
    rate = done / max(1e-9, time.perf_counter() - started)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,} ({rate:,.0f}/s)")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def bulk_log(organization, systems, reviewers, total: int) -> None:
    """Writes `total` chained decisions plus their review tasks (bench only)."""
    from django.db import transaction

    from fornuft.governance import chain
    from fornuft.governance.models import ChainHead, Decision, ReviewStatus, ReviewTask

    generator = random.Random(1)
    head, _ = ChainHead.objects.get_or_create(organization=organization)
    seq, prev = head.seq, head.hash
    start = datetime.now(tz=UTC) - timedelta(days=180)
    step = timedelta(days=180) / total
    explanation = chain.canonical_json({"top_features": [["faktura", 1.2]]})
    decisions, pending = [], []  # pending: (automatic decision, resolution decision or None, status, touch)
    started = time.perf_counter()

    def make(system, subject, output, confidence, actor, user, needs_review, created):
        nonlocal seq, prev
        seq += 1
        output_json = chain.canonical_json(output)
        record = chain.canonical_record(organization.pk, seq, system.key, "1", "bench.item", subject, output_json,
                                        confidence, explanation, actor, created)
        digest = chain.record_hash(prev, record)
        decision = Decision(organization=organization, seq=seq, system=system, system_key=system.key,
                            model_version="1", subject_type="bench.item", subject_id=subject,
                            output_json=output_json, confidence=confidence, explanation_json=explanation,
                            actor=actor, actor_user=user, needs_review=needs_review, created_at=created,
                            prev_hash=prev, hash=digest)
        prev = digest
        decisions.append(decision)
        return decision

    def flush():
        Decision.objects.bulk_create(decisions)
        tasks = []
        for automatic, resolution, status, touch, reviewer in pending:
            tasks.append(ReviewTask(
                organization=organization, decision=automatic, system=automatic.system, reason="bench",
                status=status, opened_at=automatic.created_at, resolution=resolution,
                resolved_at=resolution.created_at if resolution else None, resolved_by=reviewer,
                touch_seconds=touch))
        ReviewTask.objects.bulk_create(tasks)
        decisions.clear()
        pending.clear()

    with transaction.atomic():
        n = 0
        while seq - head.seq < total:
            created = start + step * n
            system = systems[n % len(systems)]
            subject = str(n)
            confident = generator.random() >= 0.12
            confidence = round(generator.uniform(0.75, 0.99) if confident else generator.uniform(0.3, 0.69), 3)
            automatic = make(system, subject, {"label": "a"}, confidence, "system", None, not confident, created)
            if not confident:
                if generator.random() < 0.9 and seq - head.seq < total:
                    reviewer = generator.choice(reviewers)
                    corrected = generator.random() < 0.2
                    resolved_at = created + timedelta(minutes=generator.randint(5, 600))
                    resolution = make(system, subject, {"label": "b" if corrected else "a"}, 1.0,
                                      f"user:{reviewer.pk}", reviewer, False, resolved_at)
                    status = ReviewStatus.CORRECTED if corrected else ReviewStatus.ACCEPTED
                    pending.append((automatic, resolution, status, generator.uniform(20, 240), reviewer))
                else:
                    pending.append((automatic, None, ReviewStatus.OPEN, None, None))
            n += 1
            if len(decisions) >= BATCH:
                flush()
                progress(seq - head.seq, total, started)
        flush()
        progress(seq - head.seq, total, started)
        ChainHead.objects.filter(organization=organization).update(seq=seq, hash=prev)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--decisions", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=30)
    arguments = parser.parse_args()

    django_in_temp_home("fornuft-bench-adoption-")
    from django.conf import settings
    from django.test import Client
    from django.utils import timezone

    settings.ALLOWED_HOSTS.append("testserver")
    logging.getLogger("fornuft.request").setLevel(logging.WARNING)  # one JSON line per request otherwise

    from fornuft.adoption import measurement
    from fornuft.adoption.models import Pilot, PilotStatus
    from fornuft.core.models import Department
    from fornuft.core.roles import Role
    from fornuft.core.tenancy import activate
    from fornuft.governance import chain
    from fornuft.testing import factories

    print(f"# Adoption dashboard benchmark — {machine()}")
    org = factories.organization("Bench AS")
    systems = [factories.ai_system(org, key=key, name=key) for key in ("bench.invoices", "bench.mail",
                                                                         "bench.assistant")]
    with activate(org):
        departments = [Department.objects.create(name=name) for name in ("Økonomi", "Kundeservice")]
    reviewers = [factories.user(org, Role.FINANCE, username=f"reviewer-{i}", department=departments[i % 2])
                 for i in range(6)]
    manager = factories.user(org, Role.MANAGER, username="bench-manager", department=departments[0])
    with activate(org):
        for index, system in enumerate(systems):
            pilot = Pilot.objects.create(
                name=f"Pilot {system.key}", department=departments[min(index, 1)], use_case="bench",
                target_hours_saved_per_month=50, baseline_minutes_per_item=[7, 1.5, 8][index], hourly_cost_nok=650,
                implementation_nok=60_000, monthly_running_nok=2_000, status=PilotStatus.RUNNING,
                start_date=timezone.localdate() - timedelta(days=170))
            pilot.systems.add(system)

    started = time.perf_counter()
    bulk_log(org, systems, reviewers, arguments.decisions)
    print(f"bulk insert: {arguments.decisions:,} chained decisions in {time.perf_counter() - started:.1f} s")
    total = chain.count_records(org)
    [report] = chain.verify(org)
    assert report.intact, report.problem  # the bench log is a real, valid chain
    started = time.perf_counter()
    state = measurement.refresh(org, full=True)
    print(f"roll-up refresh (full, {total:,} decisions): {time.perf_counter() - started:.2f} s")
    started = time.perf_counter()
    measurement.refresh(org)
    print(f"roll-up refresh (incremental, the huey task every 10 min): {time.perf_counter() - started:.2f} s")
    from fornuft.adoption.models import DailyRollup

    print(f"roll-up rows: {DailyRollup.objects.all_organizations().count():,}; decisions seen {state.decisions_seen:,}")

    client = Client()
    client.force_login(manager)
    pilot_pk = Pilot.objects.for_organization(org).order_by("pk").first().pk
    for url in ["/adoption/", f"/adoption/?department={departments[1].pk}", "/api/v1/adoption/dashboard",
                f"/adoption/pilots/{pilot_pk}/", "/adoption/pilots/"]:
        started = time.perf_counter()
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        print(f"GET {url} first (cold) request: {(time.perf_counter() - started) * 1000:.0f} ms")
        print(summary(f"GET {url} with {total:,} decisions", timed(lambda url=url: client.get(url),
                                                                   arguments.repeat)))


if __name__ == "__main__":
    main()
