"""The AI systems of security (synced into every organization's registry)."""

from django.utils.translation import gettext_lazy as _

from fornuft.core.roles import Role
from fornuft.governance.corrections import CorrectableField
from fornuft.governance.models import OversightMode, RiskClass
from fornuft.governance.registry import AISystemDeclaration

SECURITY_ROLES = frozenset({Role.ADMIN, Role.MANAGER})

SYSTEMS = [
    AISystemDeclaration(
        key="security.login_alert",
        name="Sign-in monitoring",
        purpose="Raises security alerts on sign-ins to the company's accounts (Fornuft, Microsoft 365 / Entra, "
                "SSH, Windows): brute force, password spraying, credential stuffing, impossible travel, new "
                "country or device, off-hours, against a learned baseline per account. Purpose-limited to "
                "protecting accounts: never used to assess anyone's work, attendance or performance.",
        owner="IT manager",
        model_name="Explainable rules with leaky buckets and a learned per-account baseline "
                   "(fornuft.security.detection)",
        risk_class=RiskClass.LIMITED,
        risk_rationale="Monitors employees' sign-ins (cf. AI Act Annex III(4)(b) and GDPR art. 88 / the Norwegian "
                       "regulation on employer access): the purpose is limited to IT security, the data is kept 90 "
                       "days by default, an alert never decides anything about a person by itself (a person "
                       "investigates every incident), and employees are informed. Every alert states its reason.",
        data_categories=("account names", "IP addresses", "approximate location", "device and application",
                         "sign-in times"),
        oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.7,
        review_hook="fornuft.security.services.on_review_resolved",
        reviewer_roles=SECURITY_ROLES,
        review_subject="fornuft.security.services.describe_decision",
        correctable_fields=(
            CorrectableField("verdict", _("Verdict"), kind="choice",
                             choices="fornuft.security.services.verdict_choices"),
        ),
        model_version="1",
    ),
    AISystemDeclaration(
        key="security.ransomware_alert",
        name="Ransomware watcher",
        purpose="Watches file shares for early signs of ransomware (files being encrypted, mass renames, ransom "
                "notes, mass deletion, canary files touched) and checks backup snapshots before they are trusted.",
        owner="IT manager",
        model_name="Explainable rules over file headers and byte entropy (fornuft.security.ransomware)",
        risk_class=RiskClass.MINIMAL,
        risk_rationale="Judges files, not people; an alert triggers a configured protective response and a person "
                       "investigates.",
        data_categories=("file names and paths", "the first 4 KB of changed files (not stored)"),
        oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.7,
        review_hook="fornuft.security.services.on_review_resolved",
        reviewer_roles=SECURITY_ROLES,
        review_subject="fornuft.security.services.describe_decision",
        correctable_fields=(
            CorrectableField("verdict", _("Verdict"), kind="choice",
                             choices="fornuft.security.services.verdict_choices"),
        ),
        model_version="1",
    ),
]
