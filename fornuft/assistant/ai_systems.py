from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from fornuft.assistant.engine import DEFAULT_ANSWER_THRESHOLD
from fornuft.core.roles import Role
from fornuft.governance.corrections import CorrectableField
from fornuft.governance.models import OversightMode, RiskClass
from fornuft.governance.registry import AISystemDeclaration

# The same roles as the assistant's agent pages (assistant/views.py AGENTS).
AGENT_ROLES = frozenset({Role.SUPPORT, Role.ADMIN, Role.MANAGER})
# The customer's intent: the label the intent model learns from.
INTENT = CorrectableField("intent", _("What the customer wanted (intent)"), max_length=80,
                          suggestions="fornuft.assistant.review_subjects.intent_choices",
                          help_text=_("Pick one, or write a short new label; the assistant learns it."))

SYSTEMS = [
    AISystemDeclaration(
        key="assistant.answer",
        name=gettext_noop("Customer-service assistant: answers"),
        purpose="Answers customer questions in chat with passages from the organization's own knowledge base, "
                "showing the source article; never composes text of its own.",
        owner="Customer service",
        model_name="Hybrid BM25 + character n-gram retrieval (Snowball nb/en)",
        risk_class=RiskClass.LIMITED,
        risk_rationale="Chatbot interacting with people (EU AI Act Art. 50): every conversation starts with a "
                       "notice that it is an automated assistant; a person can always take over.",
        data_categories=("customer messages",),
        oversight_mode=OversightMode.ON_THE_LOOP,
        # Below it the assistant says it does not know, hands the chat to a person and the answer
        # goes to the review queue; the registry page is where an organization changes it.
        confidence_threshold=DEFAULT_ANSWER_THRESHOLD,
        review_hook="fornuft.assistant.training.on_review_resolved",
        reviewer_roles=AGENT_ROLES,
        review_subject="fornuft.assistant.review_subjects.describe_answer",
        review_subjects="fornuft.assistant.review_subjects.describe_answers",
        correctable_fields=(INTENT,),
    ),
    AISystemDeclaration(
        key="assistant.escalation",
        name=gettext_noop("Customer-service assistant: hand-off to a person"),
        purpose="Decides when a chat goes to a person: no good answer, the customer asks for a person, "
                "frustration above the threshold (text-based, customers only, never employees), or a "
                "sensitive topic (legal threats, injury, fire or safety incidents, data protection, staff).",
        owner="Customer service",
        model_name="Rules + lexicon sentiment (nb/en)",
        risk_class=RiskClass.LIMITED,
        risk_rationale="Only routes a conversation to a person; a wrong escalation costs staff time, a missed "
                       "one is caught by thumbs down, CSAT and the unanswered list.",
        data_categories=("customer messages",),
        oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.0,
        review_hook="fornuft.assistant.training.on_review_resolved",
        reviewer_roles=AGENT_ROLES,
        review_subject="fornuft.assistant.review_subjects.describe_conversation",
        review_subjects="fornuft.assistant.review_subjects.describe_conversations",
        correctable_fields=(INTENT,),
    ),
]
