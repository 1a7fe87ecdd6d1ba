"""The AI systems of projects, synced into every organization's registry (governance)."""

from django.utils.translation import gettext_lazy as _

from fornuft.core.roles import Role
from fornuft.governance.corrections import CorrectableField
from fornuft.governance.models import OversightMode, RiskClass
from fornuft.governance.registry import AISystemDeclaration

PROJECT_ROLES = frozenset({Role.MANAGER, Role.ADMIN})

# What a reviewer fixes in the shared review queue (recorded with the review; the project
# page stays where the draft, the plan and the status are edited).
EXTRACTION_FIELDS = (
    CorrectableField("title", _("Title")),
    CorrectableField("client", _("Client")),
    CorrectableField("contact", _("Contact")),
    CorrectableField("deadline", _("Deadline"), kind="date"),
    CorrectableField("budget_amount", _("Budget"), kind="amount"),
)
ALLOCATION_FIELDS = (
    CorrectableField("start", _("Start"), kind="date"),
    CorrectableField("deadline", _("Deadline"), kind="date"),
)
RISK_FIELDS = (
    CorrectableField("flagged", _("At risk"), kind="choice", choices=(("yes", _("yes")), ("no", _("no")))),
)

SYSTEMS = [
    AISystemDeclaration(
        key="projects.extraction",
        name="Assignment extraction",
        purpose="Reads assignments (mail threads, attached briefs, PDF/DOCX/TXT) and extracts client, title, "
        "scope, deliverables, deadline, milestones, budget, location, skills and constraints for a project draft.",
        owner="Project management",
        model_name="Rules over Norwegian/English wordings (dates, amounts, sections) with per-field confidence",
        risk_class=RiskClass.MINIMAL,
        risk_rationale="Prepares a project draft that a project manager checks; decides nothing about people.",
        data_categories=("client contact data", "assignment texts"),
        oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.6,
        reviewer_roles=PROJECT_ROLES,
        review_subject="fornuft.projects.review_subjects.describe_extraction",
        review_hook="fornuft.projects.review_hooks.on_review_resolved",
        correctable_fields=EXTRACTION_FIELDS,
        model_version="1",
    ),
    AISystemDeclaration(
        key="projects.allocation",
        name="Team allocation",
        purpose="Proposes which employee does which task of a project, by skill, free capacity per week, cost "
        "and continuity (OR-Tools CP-SAT), with the reason for each choice and who else was possible.",
        owner="Project management",
        model_name="OR-Tools CP-SAT allocation over ISO weeks; estimates from the company's finished projects",
        risk_class=RiskClass.HIGH,
        risk_rationale=(
            "Pre-classified under the EU AI Act Annex III point 4(b): it allocates tasks to persons in work "
            "relationships based on their skills and availability. Human oversight: every allocation is a "
            "proposal that a manager approves (or changes by pinning people and re-planning) before anyone is "
            "notified; each assignment shows why and the alternatives; no personal traits beyond the skills, "
            "hours and bookings the company records are used."),
        data_categories=("employee skills", "working hours and bookings", "hourly cost"),
        oversight_mode=OversightMode.IN_THE_LOOP,
        confidence_threshold=1.0,
        reviewer_roles=PROJECT_ROLES,
        review_subject="fornuft.projects.review_subjects.describe_allocation",
        review_hook="fornuft.projects.review_hooks.on_review_resolved",
        correctable_fields=ALLOCATION_FIELDS,
        model_version="1",
    ),
    AISystemDeclaration(
        key="projects.risk",
        name="Project early warning",
        purpose="Computes earned value (CPI, SPI, SPI(t), EAC, forecast finish) and a learned risk that a running "
        "project ends more than 10 % over budget or late, with reasons.",
        owner="Project management",
        model_name="Logistic regression on earned-value features + nearest finished projects (fornuft.ml)",
        risk_class=RiskClass.MINIMAL,
        risk_rationale="Informs managers about projects, not about people; decides nothing by itself.",
        data_categories=("project cost and progress figures",),
        oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.5,
        reviewer_roles=PROJECT_ROLES,
        review_subject="fornuft.projects.review_subjects.describe_risk",
        review_hook="fornuft.projects.review_hooks.on_review_resolved",
        correctable_fields=RISK_FIELDS,
        model_version="1",
    ),
]
