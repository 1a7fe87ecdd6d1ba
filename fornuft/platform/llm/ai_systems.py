"""The language-model uses, each a registered AI system (declared by the core capability)."""

from fornuft.governance.models import OversightMode, RiskClass
from fornuft.governance.registry import AISystemDeclaration

_MODEL = "Local language model behind an OpenAI-compatible server (FORNUFT_LLM); off unless configured"

SYSTEMS = [
    AISystemDeclaration(
        key="llm.summary", name="Summaries for hand-off and review (language model)",
        purpose="Writes a short summary of a conversation or a document for the person who takes it over.",
        owner="Operations manager", model_name=_MODEL, risk_class=RiskClass.MINIMAL,
        risk_rationale="A reading aid shown as AI-generated next to the original; decides nothing.",
        data_categories=("conversation and document text",), oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.0),
    AISystemDeclaration(
        key="llm.draft_reply", name="Draft replies grounded in the knowledge base (language model)",
        purpose="Drafts a reply from the knowledge-base passages retrieved for a question, citing them; "
        "a person sends it or the assistant shows it marked as AI-generated.",
        owner="Customer service manager", model_name=_MODEL, risk_class=RiskClass.LIMITED,
        risk_rationale="Customers may read it: it is marked AI-generated, may only use the passages given, and "
        "a draft citing no passage is dropped.",
        data_categories=("customer questions", "knowledge-base articles"), oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.0),
    AISystemDeclaration(
        key="llm.second_opinion", name="Second opinion on unsure extractions (language model)",
        purpose="Reads a document again when an extraction is unsure and says which value it finds; a person "
        "decides in the review queue.",
        owner="Finance", model_name=_MODEL, risk_class=RiskClass.MINIMAL,
        risk_rationale="Advice shown to the reviewer; never changes a value by itself.",
        data_categories=("document text",), oversight_mode=OversightMode.ON_THE_LOOP, confidence_threshold=0.0),
]
