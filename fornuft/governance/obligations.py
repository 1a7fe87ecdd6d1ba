"""What the AI Act asks of a deployer for each risk class, and when each part applies.

The checklist is plain data; a system's status per duty is stored in ObligationStatus.
Some duties Fornuft can evidence itself (`auto_state`): the decision log is kept
(append-only, never purged) and oversight is configured. The application dates are
seeded into each organization's RegulationDate rows so they can be updated when the
EEA incorporation or an EU amendment moves them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext_lazy as _

from fornuft.governance.risk import HIGH, LIMITED, MINIMAL, PROHIBITED


@dataclass(frozen=True)
class Obligation:
    key: str
    classes: frozenset[str]
    title: object
    article: str
    detail: object = ""


ALL = frozenset({PROHIBITED, HIGH, LIMITED, MINIMAL})

OBLIGATIONS: tuple[Obligation, ...] = (
    Obligation("stop_use", frozenset({PROHIBITED}), _("Stop using the system"), "Art. 5",
               _("Prohibited practices may not be placed on the market or used.")),
    Obligation("literacy", ALL, _("Staff who use or oversee the system have sufficient AI literacy"), "Art. 4",
               _("Training records per person; see the AI literacy matrix.")),
    Obligation("register", ALL, _("The system is in the registry with owner, purpose and data categories"),
               "Art. 26(1), good practice"),
    Obligation("instructions", frozenset({HIGH}), _("Use the system according to the provider's instructions"),
               "Art. 26(1)"),
    Obligation("oversight_persons", frozenset({HIGH}),
               _("Named persons with competence, training and authority oversee the system"), "Art. 26(2)"),
    Obligation("input_data", frozenset({HIGH}), _("Input data is relevant and representative for the purpose"),
               "Art. 26(4)"),
    Obligation("monitoring", frozenset({HIGH}),
               _("Monitor the operation; report serious incidents and risks to the provider and authority, "
                 "suspend use if needed"), "Art. 26(5), Art. 73"),
    Obligation("logs", frozenset({HIGH}), _("Keep the automatically generated logs for at least six months"),
               "Art. 26(6)", _("Fornuft's decision log is append-only and never purged.")),
    Obligation("inform_workers", frozenset({HIGH}),
               _("Inform workers' representatives and the affected workers before use at the workplace"),
               "Art. 26(7)"),
    Obligation("dpia", frozenset({HIGH}), _("Data protection impact assessment where GDPR requires it"),
               "Art. 26(9), GDPR Art. 35"),
    Obligation("inform_persons", frozenset({HIGH}),
               _("Inform people that decisions about them are made or assisted by the system"), "Art. 26(11)"),
    Obligation("explanation", frozenset({HIGH}),
               _("Be able to explain an individual decision on request"), "Art. 86",
               _("Each decision's explanation is in the decision log.")),
    Obligation("fria", frozenset({HIGH}),
               _("Fundamental rights impact assessment (public bodies, credit scoring, life/health insurance)"),
               "Art. 27"),
    Obligation("disclose_ai", frozenset({LIMITED}), _("Tell people they are interacting with an AI system"),
               "Art. 50(1)"),
    Obligation("mark_content", frozenset({LIMITED}), _("Mark AI-generated or manipulated content as such"),
               "Art. 50(2), 50(4)"),
    Obligation("gdpr_records", ALL, _("Processing of personal data is in the records of processing"),
               "GDPR Art. 30"),
)

DEFAULT_DATES = (
    ("entry_into_force", _("The AI Act enters into force in the EU"), "Art. 113", date(2024, 8, 1)),
    ("prohibitions", _("Prohibited practices and AI literacy apply"), "Art. 113(a): Art. 4–5", date(2025, 2, 2)),
    ("gpai", _("General-purpose AI model rules, governance and penalties apply"), "Art. 113(b)",
     date(2025, 8, 2)),
    ("general", _("Most of the Act applies: Annex III high-risk systems, deployer duties (Art. 26), "
                  "transparency (Art. 50)"), "Art. 113", date(2026, 8, 2)),
    ("annex_i", _("High-risk rules for AI in regulated products (Art. 6(1), Annex I) apply"), "Art. 113(c)",
     date(2027, 8, 2)),
)


def for_class(risk_class: str) -> list[Obligation]:
    return [obligation for obligation in OBLIGATIONS if risk_class in obligation.classes]


def auto_state(obligation: Obligation, system) -> str | None:
    """A state Fornuft can show by itself, or None when a person must set it."""
    from fornuft.governance.models import ObligationState, OversightMode

    if obligation.key == "logs" and system.built_in:
        return ObligationState.DONE
    if obligation.key == "register":
        return ObligationState.DONE if system.owner and system.purpose else ObligationState.TODO
    if obligation.key == "explanation" and system.built_in:
        return ObligationState.DONE
    if obligation.key == "literacy":
        from fornuft.governance import literacy

        reviewers = set(oversight_persons(system))
        rows = [row for row in literacy.status_for_organization_cached(system.organization)
                if row.user.pk in reviewers]
        if not rows:
            return None
        return ObligationState.DONE if not any(row.gap for row in rows) else ObligationState.IN_PROGRESS
    if obligation.key == "oversight_persons" and system.oversight_mode == OversightMode.IN_THE_LOOP:
        return ObligationState.IN_PROGRESS  # configured; a person must still name the overseers
    return None


def oversight_persons(system) -> list[int]:
    """The people who have resolved reviews of this system: its human oversight in practice."""
    from fornuft.governance.models import ReviewTask

    return list(ReviewTask.objects.for_organization(system.organization_id)
                .filter(system=system, resolved_by__isnull=False)
                .order_by().values_list("resolved_by_id", flat=True).distinct())


def checklist(system) -> list[dict]:
    """The duties of the system's class with their stored or automatic state."""
    from fornuft.governance.models import ObligationState, ObligationStatus

    stored = {row.key: row for row in ObligationStatus.objects.for_organization(system.organization_id)
              .filter(system=system).select_related("updated_by")}
    items = []
    for obligation in for_class(system.risk_class):
        row = stored.get(obligation.key)
        automatic = auto_state(obligation, system)
        state = row.state if row is not None else (automatic or ObligationState.TODO)
        items.append({"obligation": obligation, "state": state, "label": ObligationState(state).label,
                      "automatic": row is None and automatic is not None, "row": row})
    return items


def set_state(system, key: str, state: str, user, note: str = ""):
    from django.utils import timezone

    from fornuft.governance.models import ObligationState, ObligationStatus

    if key not in {o.key for o in OBLIGATIONS}:
        raise ValueError(f"unknown obligation {key!r}")
    if state not in ObligationState.values:
        raise ValueError(f"unknown state {state!r}; use one of {', '.join(ObligationState.values)}")
    from django.db import transaction

    from fornuft.governance.models import RegistryChange

    with transaction.atomic():
        old = ObligationStatus.objects.for_organization(system.organization_id).filter(
            system=system, key=key).first()
        old_value = f"{old.state}: {old.note}".rstrip(": ") if old else ""
        row, _created = ObligationStatus.objects.for_organization(system.organization_id).update_or_create(
            organization_id=system.organization_id, system=system, key=key,
            defaults={"state": state, "note": note[:2000], "updated_by": user, "updated_at": timezone.now()},
        )
        new_value = f"{state}: {note[:2000]}".rstrip(": ")
        if new_value != old_value:
            RegistryChange.objects.create(
                organization_id=system.organization_id, system=system, changed_by=user, field=f"obligation.{key}",
                old_value=old_value, new_value=new_value)
    return row


def regulation_dates(organization):
    """The organization's application dates, seeded from DEFAULT_DATES the first time."""
    from fornuft.governance.models import RegulationDate

    rows = RegulationDate.objects.for_organization(organization)
    if not rows.exists():
        RegulationDate.objects.bulk_create([
            RegulationDate(organization=organization, key=key, label=str(label), article=article, applies_from=day)
            for key, label, article, day in DEFAULT_DATES
        ])
    return list(RegulationDate.objects.for_organization(organization).order_by("applies_from"))
