"""Governance demo data for Nordfjell Rådgivning AS: an external AI tool the staff use,
classified through the questionnaire; AI-literacy training of the key people; the
default retention policies; and one open data-subject request."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from fornuft.core.models import User
from fornuft.governance import dsar, literacy, retention, risk, services
from fornuft.governance.models import (
    AISystem,
    DataSubjectRequest,
    LiteracyLevel,
    OversightMode,
    SystemKind,
    TrainingRecord,
)
from fornuft.governance.privacy.providers import SubjectQuery

EXTERNAL_KEY = "external.chat-assistant"

# Who has taken which course (levels 1-3), and how many days ago.
TRAINING = [("admin", LiteracyLevel.CHAMPION, 40), ("leder", LiteracyLevel.SUPERUSER, 75),
            ("okonomi", LiteracyLevel.SUPERUSER, 60), ("kundeservice", LiteracyLevel.SUPERUSER, 30),
            ("hr", LiteracyLevel.BASIC, 90), ("revisor", LiteracyLevel.BASIC, 120)]


def _external_tool(organization) -> None:
    if AISystem.objects.filter(organization=organization, key=EXTERNAL_KEY).exists():
        return
    admin = User.objects.filter(organization=organization, username="admin").first()
    system = services.register_system(
        organization, admin, key=EXTERNAL_KEY, name="Chat-assistent i Microsoft 365",
        purpose="Ansatte bruker en generell chat-assistent til utkast til tekst, oppsummeringer og oversettelser. "
                "Ingen kundedata eller personopplysninger skal limes inn.",
        owner="IT-leder", provider="Microsoft", model_name="Generell språkmodell (leverandørens)",
        data_categories=["interne dokumenter"], oversight_mode=OversightMode.IN_THE_LOOP, kind=SystemKind.EXTERNAL,
        vendor_url="https://www.microsoft.com/", intended_users="Alle ansatte",
    )
    # Internal drafting help: nothing prohibited or high-risk, and it does not talk to
    # customers or publish generated content on its own.
    answers = {question_id: False for question_id in risk.QUESTIONS}
    risk.classify(system, answers, admin)


def _training(organization) -> None:
    courses = {course.level: course for course in literacy.ensure_courses(organization)}
    today = timezone.localdate()
    for username, level, days_ago in TRAINING:
        user = User.objects.filter(organization=organization, username=username).first()
        if user is None or TrainingRecord.objects.filter(user=user).exists():
            continue
        for step in range(LiteracyLevel.BASIC, level + 1):
            literacy.record_training(organization, user, courses[step],
                                     today - timedelta(days=days_ago + 10 * (level - step)), recorded_by=user)


def _requests(organization) -> None:
    if DataSubjectRequest.objects.filter(organization=organization).exists():
        return
    dsar.open_request(organization, "access", SubjectQuery(name="Per Kundesen", email="per.kundesen@example.no"),
                      received_at=timezone.now() - timedelta(days=12),
                      notes="Ba per e-post om innsyn i hva vi har lagret om ham.")


def load(organization) -> None:
    """Adds governance demo data; safe to run again (changes nothing the second time)."""
    _external_tool(organization)
    _training(organization)
    retention.policies(organization)
    _requests(organization)
