"""Page speed where a company is after a year: 100,000 decisions (2,000 of them open reviews) and
10,000 mails in 2,500 conversations. p50/p95 of the pages people open every day, as the admin.

    PYTHONPATH=. .venv/bin/python bench/web/bench_pages.py [--repeat 40]

Issue 19's goal: page p95 < 300 ms. Django's test client in one process (no network, no static
files), a throwaway SQLite database; the mail's decisions are written in bulk, correctly chained."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from _setup import django_in_temp_home, machine, summary, timed  # noqa: E402

DECISIONS = 100_000
REVIEWS = 2_000
MESSAGES = 10_000
PER_CONVERSATION = 4
PAGES = ("/", "/governance/reviews/", "/governance/decisions/", "/mail/", "/mail/conversations/",
         "/mail/conversations/?q=levering", "/documents/invoices/", "/governance/")


def mails(organization, admin) -> None:
    """10,000 mails in conversations of four, a quarter of the conversations assigned to the admin."""
    from fornuft.mail.models import Message, Thread

    start = datetime.now(tz=UTC) - timedelta(days=365)
    threads = [Thread(organization=organization, subject=f"Spørsmål om levering {n}", subject_key=f"levering {n}",
                      correspondent=f"kunde{n}@example.no", started_at=start + timedelta(hours=n * 3),
                      last_message_at=start + timedelta(hours=n * 3 + 2), assignee=admin if n % 4 == 0 else None)
               for n in range(MESSAGES // PER_CONVERSATION)]
    Thread.objects.bulk_create(threads, batch_size=1000)
    threads = list(Thread.objects.filter(organization=organization).order_by("pk"))
    rows = []
    for n in range(MESSAGES):
        thread = threads[n // PER_CONVERSATION]
        rows.append(Message(organization=organization, thread=thread, content_hash=f"{n:064d}",
                            message_id=f"<m{n}@example.no>", subject=thread.subject,
                            from_address=thread.correspondent, received_at=thread.started_at + timedelta(minutes=n % 4),
                            body_text="Hei, når kommer pakken? Ordrenummer 12345. Hilsen kunden.",
                            category=["customer_support", "sales_inquiry", "supplier", "invoice"][n % 4],
                            confidence=0.9, language="nb", status="routed", phishing_verdict="clean"))
    Message.objects.bulk_create(rows, batch_size=1000)


def reviews(organization, system) -> None:
    from fornuft.governance.models import Decision, ReviewTask

    decisions = Decision.objects.filter(organization=organization).order_by("-seq")[:REVIEWS]
    ReviewTask.objects.bulk_create([ReviewTask(organization=organization, decision=d, system=system,
                                               reason="confidence 0.52 below threshold 0.60") for d in decisions],
                                   batch_size=1000)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    django_in_temp_home()
    from django.conf import settings
    from django.test import Client

    settings.ALLOWED_HOSTS.append("testserver")
    from bench_governance import bulk_log

    from fornuft.core.roles import Role
    from fornuft.governance import registry
    from fornuft.testing import factories

    print(f"# Page speed with a year's data — {machine()}")
    org = factories.organization("Bench AS")
    admin = factories.user(org, Role.ADMIN, username="bench-admin")
    system = registry.get_system(org, "mail.classifier")
    from fornuft.core.tenancy import activate

    bulk_log(org, system, DECISIONS)
    with activate(org):
        reviews(org, system)
        mails(org, admin)
    client = Client(HTTP_ACCEPT_LANGUAGE="nb")
    client.force_login(admin)
    for url in PAGES:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        print(summary(f"GET {url}", timed(lambda url=url: client.get(url), args.repeat)))


if __name__ == "__main__":
    main()
