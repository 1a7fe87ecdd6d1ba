"""Data-subject search over 100,000 stored records (users, stored files, mail messages when
the mail app has them): how long one search across every personal-data provider takes.

    .venv/bin/python bench/bench_privacy_dsar.py [--records 100000]
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _setup import django_in_temp_home, machine, summary, timed  # noqa: E402

FIRST = ["Kari", "Ola", "Ingrid", "Lars", "Marit", "Henrik", "Silje", "Sigrid", "Håkon", "Thea", "Jonas", "Emma"]
LAST = ["Hansen", "Johansen", "Olsen", "Berg", "Haugen", "Nilsen", "Solberg", "Bakke", "Lie", "Dahl", "Moen"]


def populate(organization, total: int, rng: random.Random) -> dict:
    from django.contrib.auth.hashers import make_password
    from django.db import transaction

    from fornuft.core.models import StoredFile, User
    from fornuft.governance.privacy.providers import providers

    with_mail = any(p.key == "mail.messages" for p in providers())
    users = max(1000, total // 50)
    files = (total - users) // 2 if with_mail else total - users
    messages = total - users - files
    password = make_password("bench-password")
    started = time.perf_counter()
    with transaction.atomic():
        User.objects.bulk_create([User(
            organization=organization, username=f"user{n}", password=password, first_name=rng.choice(FIRST),
            last_name=f"{rng.choice(LAST)}{n}", email=f"user{n}@example.no") for n in range(users)], batch_size=2000)
        StoredFile.objects.bulk_create([StoredFile(
            organization=organization, sha256=f"{n:064x}", size=1000 + n,
            filename=f"{rng.choice(['CV', 'Kontrakt', 'Faktura'])} {rng.choice(FIRST)} {rng.choice(LAST)}{n}.pdf",
            source="bench") for n in range(files)], batch_size=5000)
        if messages:
            from fornuft.mail.models import Message

            Message.objects.bulk_create([Message(
                organization=organization, content_hash=f"{n:064x}", subject=f"Sak {n}",
                from_name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", from_address=f"sender{n}@example.no",
                to_addresses="post@firma.no",
                body_text=f"Hei, jeg lurer på faktura {n}. Ring meg på 9{n:07d}. " + "Lorem ipsum dolor. " * 40)
                for n in range(messages)], batch_size=2000)
    print(f"populated {users} users, {files} files, {messages} mail messages in {time.perf_counter() - started:.1f} s")
    return {"users": users, "files": files, "messages": messages}


def main() -> None:
    total = int(sys.argv[sys.argv.index("--records") + 1]) if "--records" in sys.argv else 100_000
    django_in_temp_home("fornuft-bench-dsar-")
    from fornuft.core.services import create_organization
    from fornuft.governance import dsar

    organization = create_organization("Bench AS", slug="bench")
    counts = populate(organization, total, random.Random(7))
    last_user = counts["users"] - 1
    queries = {
        "email": dsar.SubjectQuery(email=f"user{last_user}@example.no"),
        "name": dsar.SubjectQuery(name="Kari Hansen"),
        "phone": dsar.SubjectQuery(phone="+47 900 00 123"),
        "fødselsnummer": dsar.SubjectQuery(national_id="19089117200"),
        "all four": dsar.SubjectQuery(name="Kari Hansen", email=f"user{last_user}@example.no",
                                      phone="90000123", national_id="19089117200"),
    }
    print(machine())
    print(f"{sum(counts.values())} records")
    for label, query in queries.items():
        hits = dsar.search(organization, query)
        print(summary(f"search by {label} ({len(hits)} hits)", timed(lambda q=query: dsar.search(organization, q), 5)))


if __name__ == "__main__":
    main()
