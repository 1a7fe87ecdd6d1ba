"""The demo company: Nordfjell Rådgivning AS, a Norwegian consulting and engineering firm.

Created deterministically (fixed names, a seeded generator) and idempotently: a second
run finds everything in place and changes nothing. Each capability adds its own demo
data through the `demo` loader its manifest names (`load(organization)`), called in
INSTALLED_APPS order.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from django.db import transaction

from fornuft.core.models import Department, Organization, User
from fornuft.core.roles import Role
from fornuft.core.tenancy import activate
from fornuft.platform.capability import demo_loaders

DEMO_SLUG = "nordfjell"
DEMO_PASSWORD = "fornuft-demo"  # noqa: S105 - published demo credentials, documented in the README

DEPARTMENTS = ["Ledelse", "Økonomi", "HR", "IT", "Rådgivning", "Prosjektering", "Salg", "Kundeservice"]

# username, first name, last name, role, department, title
KEY_PEOPLE = [
    ("admin", "Ingrid", "Solberg", Role.ADMIN, "IT", "IT-leder"),
    ("leder", "Erik", "Haugland", Role.MANAGER, "Ledelse", "Daglig leder"),
    ("okonomi", "Kari", "Nilsen", Role.FINANCE, "Økonomi", "Økonomisjef"),
    ("hr", "Silje", "Berg", Role.HR, "HR", "HR-leder"),
    ("kundeservice", "Jonas", "Dahl", Role.SUPPORT, "Kundeservice", "Kundeansvarlig"),
    ("ansatt", "Ola", "Hansen", Role.EMPLOYEE, "Rådgivning", "Seniorrådgiver"),
    ("revisor", "Marte", "Lie", Role.AUDITOR, "Økonomi", "Internrevisor"),
]
DEMO_LOGINS = [(username, role.value) for username, _f, _l, role, _d, _t in KEY_PEOPLE]

FIRST_NAMES = ["Anders", "Astrid", "Bjørn", "Camilla", "Eirik", "Elin", "Frode", "Guro", "Hanne", "Håkon",
               "Ida", "Jan", "Kristin", "Lars", "Linn", "Magnus", "Marius", "Nina", "Nora", "Per", "Ragnhild",
               "Sander", "Sigrid", "Stian", "Thea", "Tor", "Trine", "Vegard", "Øystein", "Åse"]
LAST_NAMES = ["Andersen", "Bakke", "Eide", "Fjeld", "Gundersen", "Halvorsen", "Holm", "Jacobsen", "Johansen",
              "Karlsen", "Kristiansen", "Larsen", "Lund", "Moen", "Myhre", "Olsen", "Pedersen", "Rønning",
              "Sandvik", "Strand", "Sæther", "Tangen", "Vik", "Aas"]
TITLES = {
    "Ledelse": ["Assisterende direktør"], "Økonomi": ["Regnskapsfører", "Controller"], "HR": ["HR-rådgiver"],
    "IT": ["Systemansvarlig", "IT-konsulent"], "Rådgivning": ["Rådgiver", "Seniorrådgiver", "Fagleder"],
    "Prosjektering": ["Prosjektingeniør", "Prosjektleder", "Byggingeniør", "Elektroingeniør"],
    "Salg": ["Salgskonsulent", "Key account manager"], "Kundeservice": ["Kundekonsulent"],
}
STAFF_PER_DEPARTMENT = {"Ledelse": 2, "Økonomi": 4, "HR": 2, "IT": 3, "Rådgivning": 16, "Prosjektering": 22,
                        "Salg": 5, "Kundeservice": 4}

ORG_NUMBER = "923456783"  # valid MOD11, fictitious


def _ascii(name: str) -> str:
    table: dict[str, str | int | None] = {"æ": "ae", "ø": "o", "å": "a", "é": "e"}
    return name.lower().translate(str.maketrans(table))


@transaction.atomic
def load_company() -> Organization:
    from fornuft.governance.registry import sync_organization

    organization, _created = Organization.objects.get_or_create(
        slug=DEMO_SLUG,
        defaults={"name": "Nordfjell Rådgivning AS", "domain": "nordfjell.no", "org_number": ORG_NUMBER},
    )
    sync_organization(organization)
    with activate(organization):
        departments = {name: Department.objects.get_or_create(name=name)[0] for name in DEPARTMENTS}
        for username, first, last, role, department, title in KEY_PEOPLE:
            _ensure_user(organization, username, first, last, role, departments[department], title, login=True)
        generator = random.Random(2026)  # fixed seed: the same staff every time
        used = {(first, last) for _u, first, last, *_rest in KEY_PEOPLE}
        for department, count in STAFF_PER_DEPARTMENT.items():
            for _ in range(count):
                while True:
                    first, last = generator.choice(FIRST_NAMES), generator.choice(LAST_NAMES)
                    if (first, last) not in used:
                        used.add((first, last))
                        break
                username = f"{_ascii(first)}.{_ascii(last)}"
                title = generator.choice(TITLES[department])
                _ensure_user(organization, username, first, last, Role.EMPLOYEE, departments[department], title,
                             login=False)
    return organization


def _ensure_user(organization, username, first, last, role, department, title, *, login: bool) -> User:
    user = User.objects.filter(organization=organization, username=username).first()
    if user is not None:
        return user
    user = User(organization=organization, username=username, first_name=first, last_name=last, role=role,
                department=department, title=title, email=f"{username}@nordfjell.no")
    if login:
        user.set_password(DEMO_PASSWORD)
    else:
        user.set_unusable_password()
    user.save()
    return user


def demo_logins_work() -> bool:
    """True when the demo company is loaded and its `admin` still has the published
    password; only then does `serve` print the demo logins."""
    admin = User.objects.filter(organization__slug=DEMO_SLUG, username="admin").first()
    return admin is not None and admin.check_password(DEMO_PASSWORD)


def load_demo(progress: Callable[[str], None] | None = None) -> Organization:
    """Creates the demo company and every capability's demo data; returns the organization."""
    organization = load_company()
    if progress:
        progress(f"Company and {User.objects.filter(organization=organization).count()} employees ready")
    for capability, load in demo_loaders():
        with activate(organization):
            load(organization)
        if progress:
            progress(f"Demo data: {capability.label} ready")
    return organization
