"""The AI systems of the mail capability (synced into every organization's registry)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from fornuft.core.roles import Role
from fornuft.governance.corrections import CorrectableField
from fornuft.governance.models import OversightMode, RiskClass
from fornuft.governance.registry import AISystemDeclaration

# The same roles as the mail pages: who reads mail corrects its category; only those who
# may open the quarantine may release a message from it (mail/views.py).
MAIL_READER_ROLES = frozenset({Role.ADMIN, Role.MANAGER, Role.SUPPORT, Role.FINANCE, Role.HR})
QUARANTINE_ROLES = frozenset({Role.ADMIN, Role.MANAGER})

SYSTEMS = [
    AISystemDeclaration(
        key="mail.classifier",
        name=gettext_noop("Mail sorting"),
        purpose="Sorts incoming e-mail into categories (sales, support, invoices, applications …) and routes it "
                "to the right team queue; detects language, urgency and the tone of customer mail.",
        owner="IT manager",
        model_name="TF-IDF word and character n-grams + logistic regression (fornuft.ml.TextClassifier)",
        risk_class=RiskClass.MINIMAL,
        risk_rationale="Only decides which queue a message lands in; a person reads every message and can "
                       "re-categorize it. Job applications are sorted, never assessed.",
        data_categories=("e-mail content", "names and e-mail addresses of correspondents"),
        oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.6,
        review_hook="fornuft.mail.training.on_review_resolved",
        reviewer_roles=MAIL_READER_ROLES,
        review_subject="fornuft.mail.review_subjects.describe_sorting",
        review_subjects="fornuft.mail.review_subjects.describe_sorting_many",
        readable_output="fornuft.mail.readable.decision_rows",
        correctable_fields=(
            CorrectableField("category", _("Category"), kind="choice",
                             choices="fornuft.mail.review_subjects.category_choices"),
        ),
        model_version="seed",
    ),
    AISystemDeclaration(
        key="mail.phishing",
        name=gettext_noop("Phishing shield"),
        purpose="Checks every incoming message for phishing and fraud (sender authentication, impersonation, "
                "look-alike domains, deceptive links, dangerous attachments, changed bank accounts) and "
                "quarantines phishing before anyone sees it.",
        owner="IT manager",
        model_name="Explainable rules with weighted signals (fornuft.mail.phishing)",
        risk_class=RiskClass.MINIMAL,
        risk_rationale="Quarantined mail is never deleted and a person can release it; every verdict lists "
                       "its reasons.",
        data_categories=("e-mail headers", "e-mail content", "links and attachment names"),
        oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.0,
        review_hook="fornuft.mail.training.on_review_resolved",
        reviewer_roles=QUARANTINE_ROLES,
        review_subject="fornuft.mail.review_subjects.describe_phishing",
        review_subjects="fornuft.mail.review_subjects.describe_phishing_many",
        readable_output="fornuft.mail.readable.decision_rows",
        correctable_fields=(
            CorrectableField("verdict", _("Phishing verdict"), kind="choice",
                             choices=(("clean", _("Clean")), ("suspicious", _("Suspicious")),
                                      ("phishing", _("Phishing"))),
                             help_text=_("Clean releases the message from quarantine; phishing quarantines it.")),
        ),
        model_version="rules-1",
    ),
]
