"""AI systems of the contracts capability."""

from django.utils.translation import gettext_lazy as _

from fornuft.core.roles import Role
from fornuft.governance.corrections import CorrectableField
from fornuft.governance.models import OversightMode, RiskClass
from fornuft.governance.registry import AISystemDeclaration

CONTRACT_ROLES = frozenset({Role.ADMIN, Role.MANAGER, Role.FINANCE, Role.HR})

CONTRACT_FIELDS = (
    CorrectableField("contract_type", _("Contract type"), max_length=20),
    CorrectableField("counterparty", _("Counterparty")),
    CorrectableField("signed_date", _("Signed"), kind="date"),
    CorrectableField("effective_date", _("Effective"), kind="date"),
    CorrectableField("expiration_date", _("Expires"), kind="date"),
    CorrectableField("notice_period_days", _("Notice period (days)"), max_length=5),
    CorrectableField("notice_deadline", _("Notice deadline"), kind="date"),
    CorrectableField("governing_law", _("Governing law"), max_length=8),
)

SYSTEMS = [
    AISystemDeclaration(
        key="contracts.analysis",
        name="Contract analysis",
        purpose="Reads contracts (PDF, scans, DOCX, text), finds parties, dates, renewal and notice terms, "
        "governing law, value and clauses, checks them against the organization's playbook and keeps a "
        "deadline calendar.",
        owner="Managing director",
        model_name="Rules for dates and terms + TF-IDF/logistic-regression clause classifier "
        "(fornuft.ml.clauses) trained on seed clauses, CUAD and the organization's corrections",
        risk_class=RiskClass.MINIMAL,
        risk_rationale="Prepares a contract overview for a person; it signs, terminates or changes nothing. "
        "Every high-severity risk and every uncertain field goes to review. Employment contracts hold "
        "personal data, which stays on the premises.",
        data_categories=("contract text", "names and roles of contract parties", "employment terms"),
        oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.7,
        review_hook="fornuft.contracts.services.on_review_resolved",
        reviewer_roles=CONTRACT_ROLES,
        review_subject="fornuft.contracts.review_subjects.describe_contract",
        correctable_fields=CONTRACT_FIELDS,
        bulk_accept=False,  # a high-severity risk is read one contract at a time
        model_version="1",
    ),
]
