"""Decision-log benchmarks: append rate with chaining, `audit verify` rate, and page p95
with 100,000 decisions. Run: `.venv/bin/python bench/bench_governance.py` (pin to one core
with `taskset -c 0` for the one-core figures)."""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _setup import django_in_temp_home, machine, summary, timed  # noqa: E402

APPENDS = 5000
BULK = 100_000


def bulk_log(organization, system, count: int) -> None:
    """Writes `count` correctly chained decisions fast (bench only: one transaction, bulk insert)."""
    from django.db import transaction

    from fornuft.governance import chain
    from fornuft.governance.models import ChainHead, Decision

    head, _ = ChainHead.objects.get_or_create(organization=organization)
    seq, prev = head.seq, head.hash
    start = datetime.now(tz=UTC) - timedelta(days=30)
    rows = []
    with transaction.atomic():
        for n in range(count):
            seq += 1
            created = start + timedelta(seconds=n * 25)
            output = chain.canonical_json({"category": ["invoice", "sales_inquiry", "supplier"][n % 3]})
            explanation = chain.canonical_json({"top_features": [["faktura", 1.2]]})
            confidence = 0.5 + (n % 50) / 100
            record = chain.canonical_record_v2(organization.pk, seq, system.pk, system.key, "1", "mail.message",
                                               str(n), output, confidence, explanation, "system", None, False,
                                               created)
            digest = chain.record_hash(prev, record)
            rows.append(Decision(organization=organization, seq=seq, system=system, system_key=system.key,
                                 model_version="1", subject_type="mail.message", subject_id=str(n),
                                 output_json=output, confidence=confidence, explanation_json=explanation,
                                 actor="system", created_at=created, hash_version=chain.CURRENT_FORMAT,
                                 prev_hash=prev, hash=digest))
            prev = digest
            if len(rows) == 5000:
                Decision.objects.bulk_create(rows)
                rows = []
        Decision.objects.bulk_create(rows)
        ChainHead.objects.filter(organization=organization).update(seq=seq, hash=prev)


def main() -> None:
    django_in_temp_home()
    from django.conf import settings
    from django.test import Client

    settings.ALLOWED_HOSTS.append("testserver")

    from fornuft.core.roles import Role
    from fornuft.governance import chain
    from fornuft.governance.decisions import record_decision
    from fornuft.testing import factories

    print(f"# Decision log benchmark — {machine()}")
    org = factories.organization("Bench AS")
    system = factories.ai_system(org, key="bench.sorter", confidence_threshold=0.0)

    started = time.perf_counter()
    for n in range(APPENDS):
        record_decision(org, system, subject=("mail.message", n), output={"category": "invoice"}, confidence=0.9,
                        explanation={"top_features": [["faktura", 1.2], ["forfall", 0.8]]})
    elapsed = time.perf_counter() - started
    print(f"append with chaining: {APPENDS / elapsed:,.0f} decisions/s ({APPENDS} appends, one transaction each)")

    bulk_log(org, system, BULK - APPENDS)
    total = chain.count_records(org)
    started = time.perf_counter()
    [report] = chain.verify(org)
    elapsed = time.perf_counter() - started
    assert report.intact, report.problem
    print(f"audit verify: {total / elapsed:,.0f} records/s ({total:,} records in {elapsed:.2f} s)")

    admin = factories.user(org, Role.ADMIN, username="bench-admin")
    client = Client()
    client.force_login(admin)
    for url in ["/", "/governance/decisions/", "/governance/decisions/?page=900",
                "/governance/decisions/?system=bench.sorter&min_confidence=0.7"]:
        assert client.get(url).status_code == 200
        print(summary(f"GET {url} with {total:,} decisions", timed(lambda url=url: client.get(url), 60)))


if __name__ == "__main__":
    main()
