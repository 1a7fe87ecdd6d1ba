"""Adoption demo data for Nordfjell Rådgivning AS: six months of history, so the dashboards
tell a story on the first run.

The decision log is append-only and hash-chained, so history from before Fornuft is
NOT written into it: it is stored as daily roll-up rows marked `source=imported`
(baseline history). Live figures come from the real log through `measurement.refresh`.
Everything is made with a fixed seed; a second run finds the pilots and changes nothing.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone, translation

from fornuft.adoption import measurement, services
from fornuft.adoption.models import (
    BudgetAllocation,
    BudgetYear,
    CommunicationItem,
    DailyRollup,
    Idea,
    IdeaStatus,
    Pilot,
    PilotStatus,
    Process,
    RoadmapItem,
    RollupSource,
    Thumb,
    UserActivity,
)
from fornuft.core.models import Department, User
from fornuft.governance.models import AISystem, OversightMode, RiskClass

MARKER = "Fakturaautomatisering"

# name, department, volume/month, minutes/item, error %, NOK/hour, rule-based 1–5, data
PROCESSES = [
    ("Inngående fakturaer: kontering og attestasjon", "Økonomi", 900, 7, 9, 650, 5, "available"),
    ("Sortering og fordeling av kundepost", "Kundeservice", 2400, 1.5, 4, 600, 4, "available"),
    ("Svar på vanlige kundespørsmål", "Kundeservice", 600, 8, 3, 600, 3, "partial"),
    ("Timelister og fakturagrunnlag", "Prosjektering", 220, 20, 6, 850, 4, "partial"),
    ("Reiseregninger", "Økonomi", 150, 12, 7, 650, 5, "available"),
    ("Tilbudsskriving", "Salg", 30, 180, 2, 900, 2, "partial"),
    ("Første gjennomgang av søknader", "HR", 80, 15, 2, 700, 2, "partial"),
    ("Rapportskriving for kunder", "Rådgivning", 60, 240, 3, 950, 1, "partial"),
]

# prefix of the real system's key, fallback key, name, purpose
SYSTEM_CHOICES = {
    "invoices": (("documents.invoice", "documents.", "invoices."), "documents.invoice_reader",
                 "Fakturalesing", "Leser og sjekker inngående fakturaer"),
    "mail": (("mail.classifier", "mail."), "mail.classifier", "E-postsortering", "Sorterer innkommende e-post"),
    "assistant": (("assistant.",), "assistant.answerer", "Kundeassistent", "Svarer på kundespørsmål"),
}

IDEAS = [
    ("ansatt", "idea", "Automatiser timelistene", "Vi bruker en halv dag i måneden på å samle timer til "
     "fakturagrunnlag. Kan Fornuft foreslå fordeling på prosjekter?", IdeaStatus.PLANNED),
    ("kundeservice", "feedback", "Bedre sortering av klager", "Klager havner av og til i «generelt». "
     "Det har blitt mye bedre etter at vi begynte å rette dem i gjennomgangskøen.", IdeaStatus.CONSIDERING),
    ("okonomi", "idea", "Reiseregninger med kvitteringsbilde", "Samme sjekker som for fakturaer, men for "
     "kvitteringer fra mobilen.", IdeaStatus.NEW),
    ("hr", "feedback", "Kurs for nye ansatte", "Nyansatte trenger en kort innføring i hvordan de gir "
     "tommel opp/ned på forslagene.", IdeaStatus.DONE),
    ("ansatt", "idea", "Maler for kunderapporter", "Et utkast basert på tidligere rapporter ville spart "
     "mye tid.", IdeaStatus.NEW),
]

COMMUNICATION = [
    (-170, "Oppstartsmøte: hvorfor vi tar i bruk KI", "Alle ansatte", "Allmøte", "leder", True),
    (-150, "Slik fungerer gjennomgangskøen", "Økonomi", "Workshop", "okonomi", True),
    (-90, "Resultater etter 90 dager med fakturapiloten", "Alle ansatte", "Intranett", "leder", True),
    (-60, "Ny pilot: sortering av kundepost", "Kundeservice", "Teammøte", "kundeservice", True),
    (7, "Resultater fra postsorteringen: go eller no-go", "Ledergruppen", "Ledermøte", "leder", False),
    (30, "Oppstart i Prosjektering", "Prosjektering", "Allmøte", "leder", False),
]


def _system(organization, choice: str) -> AISystem:
    """The organization's real AI system for this use, or a registered stand-in when that
    capability is not installed (never a decision: only the registry entry)."""
    prefixes, fallback, name, purpose = SYSTEM_CHOICES[choice]
    systems = AISystem.objects.for_organization(organization)
    for prefix in prefixes:
        found = systems.filter(key__startswith=prefix).order_by("key").first()
        if found:
            return found
    system, _created = systems.get_or_create(
        organization=organization, key=fallback,
        defaults={"name": name, "purpose": purpose, "owner": "IT", "model_name": "demo",
                  "risk_class": RiskClass.MINIMAL, "oversight_mode": OversightMode.ON_THE_LOOP,
                  "confidence_threshold": 0.7, "provider": "Demo"},
    )
    return system


def _workdays(first: date, last: date):
    day = first
    while day <= last:
        if day.weekday() < 5:
            yield day
        day += timedelta(days=1)


def _history(organization, pilot: Pilot, system: AISystem, per_day: float, start_rate: float, end_rate: float,
             touch: float, corrections: float, until: date, generator: random.Random) -> list[DailyRollup]:
    """Imported daily history from the pilot's start until `until`: a straight-through
    rate that improves as people correct the system, and shrinking touch time."""
    rows = []
    start = pilot.start_date or until
    total_days = max(1, (until - start).days)
    for day in _workdays(start, until):
        progress = min(1.0, (day - start).days / total_days)
        items = max(1, round(per_day * generator.uniform(0.8, 1.2)))
        rate = start_rate + (end_rate - start_rate) * progress ** 0.6 + generator.uniform(-0.03, 0.03)
        straight = min(items, round(items * max(0.0, rate)))
        reviewed = items - straight
        correction_rate = corrections * (1.0 - 0.6 * progress)
        common = {"organization": organization, "day": day, "source": RollupSource.IMPORTED, "system": system,
                  "system_key": system.key, "department": pilot.department}
        rows.append(DailyRollup(
            **common, items=items, straight_through=straight, reviews_opened=reviewed, reviews_resolved=reviewed,
            corrections=round(reviewed * correction_rate), overrides=round(items * 0.004 * generator.random()),
            touch_seconds=reviewed * touch * (1.0 - 0.3 * progress) * generator.uniform(0.85, 1.15),
        ))
    return rows


@transaction.atomic
def load(organization) -> None:
    """Adds the adoption demo data; safe to run again (changes nothing the second time)."""
    if Pilot.objects.for_organization(organization).filter(name=MARKER).exists():
        return
    generator = random.Random(4242)
    today = timezone.localdate()
    yesterday = today - timedelta(days=1)
    departments = {d.name: d for d in Department.objects.for_organization(organization)}
    people = {u.username: u for u in User.objects.filter(organization=organization)}

    for name, department, volume, minutes, error, cost, rule, data in PROCESSES:
        Process.objects.for_organization(organization).get_or_create(
            organization=organization, name=name,
            defaults={"department": departments.get(department), "volume_per_month": volume,
                      "minutes_per_item": minutes, "error_rate_pct": error, "hourly_cost_nok": cost,
                      "rule_based": rule, "data_availability": data,
                      "created_at": timezone.now() - timedelta(days=200)})
    process = {p.name: p for p in Process.objects.for_organization(organization)}
    invoices, mail, assistant = (_system(organization, key) for key in ("invoices", "mail", "assistant"))

    def pilot(name, department, process_name, system, start, **fields):
        created = Pilot.objects.create(
            organization=organization, name=name, department=departments[department],
            process=process[process_name], use_case=process[process_name].name, owner=people.get("leder"),
            start_date=start, baseline_start=start - timedelta(days=28), baseline_end=start - timedelta(days=1),
            **fields)
        created.systems.add(system)
        return created

    first = pilot(MARKER, "Økonomi", PROCESSES[0][0], invoices, today - timedelta(days=178),
                  status=PilotStatus.GO, target_hours_saved_per_month=60, target_error_reduction_pct=40,
                  target_cost_reduction_nok=35_000, baseline_items=830, baseline_minutes_per_item=7,
                  baseline_error_rate_pct=9, hourly_cost_nok=650, hardware_nok=85_000, implementation_nok=140_000,
                  training_nok=25_000, monthly_running_nok=3_000,
                  review_notes="Alle tre mål nådd ved dag 90. Skaleres til Prosjektering (timelister).",
                  reviewed_at=timezone.now() - timedelta(days=88), reviewed_by=people.get("leder"))
    second = pilot("Sortering av kundepost", "Kundeservice", PROCESSES[1][0], mail, today - timedelta(days=86),
                   status=PilotStatus.RUNNING, target_hours_saved_per_month=40, target_error_reduction_pct=30,
                   baseline_items=2210, baseline_minutes_per_item=1.5, baseline_error_rate_pct=4,
                   hourly_cost_nok=600, implementation_nok=60_000, training_nok=15_000, monthly_running_nok=1_000)
    third = pilot("Kundeassistent på nettsiden", "Kundeservice", PROCESSES[2][0], assistant,
                  today - timedelta(days=40), status=PilotStatus.RUNNING, target_hours_saved_per_month=25,
                  target_cost_reduction_nok=15_000, baseline_items=560, baseline_minutes_per_item=8,
                  baseline_error_rate_pct=3, hourly_cost_nok=600, licences_nok=24_000, implementation_nok=90_000,
                  training_nok=10_000, monthly_running_nok=2_500)
    scaled = services.scale_pilot(first, departments["Prosjektering"], owner=people.get("leder"))
    scaled.baseline_start, scaled.baseline_end = today - timedelta(days=14), None
    scaled.status = PilotStatus.BASELINE
    scaled.save()

    rows = _history(organization, first, invoices, 43, 0.55, 0.86, 95, 0.16, yesterday, generator)
    rows += _history(organization, second, mail, 112, 0.72, 0.91, 25, 0.10, yesterday, generator)
    rows += _history(organization, third, assistant, 27, 0.48, 0.66, 140, 0.08, yesterday, generator)
    DailyRollup.objects.bulk_create(rows, batch_size=1000)

    _adoption(organization, departments, people, [invoices, mail, assistant], today, generator)
    _plans(organization, people, [first, second, third], today)
    measurement.refresh(organization, full=True)


def _adoption(organization, departments, people, systems, today, generator) -> None:
    users = {name: list(User.objects.filter(organization=organization, department=department))
             for name, department in departments.items()}
    share = {"Økonomi": 0.9, "Kundeservice": 1.0, "Prosjektering": 0.2, "Rådgivning": 0.15, "Ledelse": 0.5,
             "IT": 0.7, "HR": 0.5, "Salg": 0.1}
    activity = []
    for name, members in users.items():
        for user in members[: max(1, round(len(members) * share.get(name, 0.2)))]:
            for day in _workdays(today - timedelta(days=60), today - timedelta(days=1)):
                if generator.random() < 0.7:
                    activity.append(UserActivity(organization=organization, day=day, user=user,
                                                 department=departments[name], actions=generator.randint(2, 25),
                                                 source=RollupSource.IMPORTED))
    UserActivity.objects.bulk_create(activity, batch_size=1000)
    thumbs = []
    for name, system, up_share in (("Økonomi", systems[0], 0.85), ("Kundeservice", systems[1], 0.8),
                                   ("Kundeservice", systems[2], 0.65)):
        for _ in range(30):
            user = generator.choice(users[name])
            moment = timezone.now() - timedelta(days=generator.uniform(0, 28))
            thumbs.append(Thumb(organization=organization, user=user, system=system,
                                up=generator.random() < up_share, created_at=moment))
    Thumb.objects.bulk_create(thumbs)
    for username, kind, title, body, status in IDEAS:
        author = people.get(username)
        Idea.objects.create(
            organization=organization, author=author, department=author.department if author else None, kind=kind,
            title=title, body=body, status=status,
            created_at=timezone.now() - timedelta(days=generator.randint(3, 120)))


def _plans(organization, people, pilots, today) -> None:
    first, second, third = pilots
    this_year = BudgetYear.objects.create(organization=organization, year=today.year,
                                                              it_budget_nok=7_000_000, ai_share_pct=5.0)
    for pilot, label, planned, actual in ((first, "Fakturaautomatisering: maskinvare og innføring", 250_000, 262_000),
                                          (second, "Postsortering: innføring og opplæring", 75_000, 61_000),
                                          (None, "Kompetanseprogram", 15_000, 9_000)):
        BudgetAllocation.objects.create(organization=organization, budget=this_year,
                                                           pilot=pilot, label=label, planned_nok=planned,
                                                           actual_nok=actual)
    next_year = BudgetYear.objects.create(organization=organization, year=today.year + 1,
                                                              it_budget_nok=7_300_000, ai_share_pct=4.5)
    BudgetAllocation.objects.create(organization=organization, budget=next_year, pilot=third,
                                                       label="Kundeassistent: drift og videreutvikling",
                                                       planned_nok=160_000)
    start = today - timedelta(days=180)
    with translation.override("nb"):
        services.generate_roadmap(organization, start=start)
    progress = {"situation": 100, "quick-win": 100, "privacy": 100, "competence": 70, "policy": 100,
                "pilot": 90, "infrastructure": 60, "scale": 25, "next-roadmap": 10, "budget": 40, "partners": 0}
    owners = {"situation": "leder", "quick-win": "okonomi", "privacy": "admin", "competence": "hr",
              "policy": "leder", "pilot": "kundeservice", "infrastructure": "admin", "scale": "leder",
              "next-roadmap": "leder", "budget": "okonomi", "partners": "admin"}
    for item in RoadmapItem.objects.for_organization(organization):
        item.progress = progress.get(item.generated_key, 0)
        item.owner = people.get(owners.get(item.generated_key, ""))
        item.save()
    for offset, title, audience, channel, owner, done in COMMUNICATION:
        CommunicationItem.objects.create(
            organization=organization, title=title, audience=audience, channel=channel,
            planned_date=today + timedelta(days=offset), owner=people.get(owner), done=done)

