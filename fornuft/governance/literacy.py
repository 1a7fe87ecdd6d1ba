"""AI literacy (AI Act Art. 4): each person's level from their training records, what
their role and the systems they oversee require, and who falls short.

Levels: 1 basic user, 2 superuser, 3 AI champion. A course gives a level for
`valid_months`; the level is the highest one still valid. Requirements come from
LiteracyRequirement rows (per role, or per system for the people who review it) plus two
built-in rules: everyone who uses Fornuft needs the basic level, and reviewers of a
high-risk system need the superuser level.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from django.utils import timezone
from django.utils.translation import gettext as _

from fornuft.governance.models import (
    AISystem,
    LiteracyLevel,
    LiteracyRequirement,
    ReviewTask,
    RiskClass,
    TrainingCourse,
    TrainingRecord,
)

if TYPE_CHECKING:
    from fornuft.core.models import User

DEFAULT_COURSES = (
    ("Grunnkurs i KI og Fornuft", LiteracyLevel.BASIC, 24,
     "Hva KI er og ikke er, hvordan Fornuft tar beslutninger, når en person må se over, personvern."),
    ("Superbruker: menneskelig tilsyn", LiteracyLevel.SUPERUSER, 24,
     "Gjennomgang av beslutninger, terskler, feilkilder, rettinger som treningsdata, hendelser."),
    ("KI-champion", LiteracyLevel.CHAMPION, 36,
     "Risikoklassifisering, registeret, AI Act og GDPR, opplæring av kolleger."),
)


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def ensure_courses(organization) -> list[TrainingCourse]:
    courses = TrainingCourse.objects.for_organization(organization)
    if not courses.exists():
        TrainingCourse.objects.bulk_create([
            TrainingCourse(organization=organization, name=name, level=level, valid_months=months, description=text)
            for name, level, months, text in DEFAULT_COURSES])
    return list(TrainingCourse.objects.for_organization(organization))


@dataclass
class PersonStatus:
    user: User
    level: int
    required: int
    reasons: list[str] = field(default_factory=list)
    valid_until: date | None = None
    records: list = field(default_factory=list)

    @property
    def gap(self) -> bool:
        return self.level < self.required

    @property
    def level_label(self) -> str:
        return str(LiteracyLevel(self.level).label)

    @property
    def required_label(self) -> str:
        return str(LiteracyLevel(self.required).label)


def status_for_organization(organization, today: date | None = None) -> list[PersonStatus]:
    """One row per active user: current level, required level and why (few queries)."""
    from fornuft.core.models import User

    today = today or timezone.localdate()
    users = list(User.objects.filter(organization=organization, is_active=True).order_by("last_name", "first_name"))
    records: dict[int, list] = {}
    for record in (TrainingRecord.objects.for_organization(organization)
                   .select_related("course").order_by("-completed_on")):
        records.setdefault(record.user_id, []).append(record)
    requirements = list(LiteracyRequirement.objects.for_organization(organization)
                        .select_related("system"))
    high_risk = {s.pk: s.name for s in AISystem.objects.for_organization(organization).filter(
        risk_class=RiskClass.HIGH)}
    reviewed: dict[int, set[int]] = {}
    for user_id, system_id in (ReviewTask.objects.for_organization(organization).filter(resolved_by__isnull=False)
                               .order_by().values_list("resolved_by_id", "system_id").distinct()):
        reviewed.setdefault(user_id, set()).add(system_id)

    rows = []
    for user in users:
        level, valid_until = 0, None
        for record in records.get(user.pk, []):
            expires = add_months(record.completed_on, record.course.valid_months)
            if expires >= today and record.course.level >= level:
                if record.course.level > level or valid_until is None or expires > valid_until:
                    valid_until = expires
                level = max(level, record.course.level)
        required, reasons = LiteracyLevel.BASIC, [_("Everyone who uses AI at work (Art. 4)")]
        systems = reviewed.get(user.pk, set())
        for system_id in systems & set(high_risk):
            if required < LiteracyLevel.SUPERUSER:
                required = LiteracyLevel.SUPERUSER
            reasons.append(_("Reviews the high-risk system %(name)s (Art. 26(2))") % {"name": high_risk[system_id]})
        for requirement in requirements:
            applies = (requirement.role and requirement.role == user.role) or (
                requirement.system_id and requirement.system_id in systems)
            if applies:
                required = max(required, requirement.level)
                reasons.append(requirement.reason or (requirement.system.name if requirement.system_id
                                                      else _("Role %(role)s") % {"role": user.get_role_display()}))
        rows.append(PersonStatus(user, level, required, reasons, valid_until, records.get(user.pk, [])))
    return rows


def status_for_organization_cached(organization) -> list[PersonStatus]:
    """status_for_organization, computed once per organization object (one page render)."""
    cached = getattr(organization, "_literacy_status", None)
    if cached is None:
        cached = status_for_organization(organization)
        organization._literacy_status = cached
    return cached


def gaps(organization, today: date | None = None) -> list[PersonStatus]:
    return [row for row in status_for_organization(organization, today) if row.gap]


def record_training(organization, user, course: TrainingCourse, completed_on: date, recorded_by) -> TrainingRecord:
    if user.organization_id != organization.pk or course.organization_id != organization.pk:
        raise ValueError("The person and the course must belong to this organization.")
    if completed_on > timezone.localdate():
        raise ValueError("The completion date cannot be in the future.")
    return TrainingRecord.objects.create(
        organization=organization, user=user, course=course, completed_on=completed_on, recorded_by=recorded_by)
