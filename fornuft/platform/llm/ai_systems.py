"""The language-model uses, each a registered AI system (declared by the core capability)."""

from django.utils.translation import gettext_lazy as _

from fornuft.core.roles import Role
from fornuft.governance.corrections import CorrectableField
from fornuft.governance.models import OversightMode, RiskClass
from fornuft.governance.registry import AISystemDeclaration

_MODEL = "Local language model behind an OpenAI-compatible server (FORNUFT_LLM); off unless configured"
LLM_REVIEWER_ROLES = frozenset({Role.ADMIN, Role.MANAGER})
_REVIEW = {"reviewer_roles": LLM_REVIEWER_ROLES,
           "review_subject": "fornuft.platform.llm.review_subjects.describe_ai_text",
           "correctable_fields": (CorrectableField("text", _("AI-generated text"), max_length=4000),)}
# What each use's text was written for, as the review queue says it.
PURPOSES = {"llm.summary": _("a summary for the person who takes over or reviews"),
            "llm.draft_reply": _("a draft reply grounded in the knowledge base"),
            "llm.second_opinion": _("a second opinion on an unsure extraction")}

SYSTEMS = [
    AISystemDeclaration(
        key="llm.summary", name="Summaries for hand-off and review (language model)",
        purpose="Writes a short summary of a conversation or a document for the person who takes it over.",
        owner="Operations manager", model_name=_MODEL, risk_class=RiskClass.MINIMAL,
        risk_rationale="A reading aid shown as AI-generated next to the original; decides nothing.",
        data_categories=("conversation and document text",), oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.0, **_REVIEW),
    AISystemDeclaration(
        key="llm.draft_reply", name="Draft replies grounded in the knowledge base (language model)",
        purpose="Drafts a reply from the knowledge-base passages retrieved for a question, citing them; "
        "a person sends it or the assistant shows it marked as AI-generated.",
        owner="Customer service manager", model_name=_MODEL, risk_class=RiskClass.LIMITED,
        risk_rationale="Customers may read it: it is marked AI-generated, may only use the passages given, and "
        "a draft citing no passage is dropped.",
        data_categories=("customer questions", "knowledge-base articles"), oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.0, **_REVIEW),
    AISystemDeclaration(
        key="llm.second_opinion", name="Second opinion on unsure extractions (language model)",
        purpose="Reads a document again when an extraction is unsure and says which value it finds; a person "
        "decides in the review queue.",
        owner="Finance", model_name=_MODEL, risk_class=RiskClass.MINIMAL,
        risk_rationale="Advice shown to the reviewer; never changes a value by itself.",
        data_categories=("document text",), oversight_mode=OversightMode.ON_THE_LOOP, confidence_threshold=0.0,
        **_REVIEW),
]
