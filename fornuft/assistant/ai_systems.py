from fornuft.governance.models import OversightMode, RiskClass
from fornuft.governance.registry import AISystemDeclaration

SYSTEMS = [
    AISystemDeclaration(
        key="assistant.answer",
        name="Customer-service assistant: answers",
        purpose="Answers customer questions in chat with passages from the organization's own knowledge base, "
                "showing the source article; never composes text of its own.",
        owner="Customer service",
        model_name="Hybrid BM25 + character n-gram retrieval (Snowball nb/en)",
        risk_class=RiskClass.LIMITED,
        risk_rationale="Chatbot interacting with people (EU AI Act Art. 50): every conversation starts with a "
                       "notice that it is an automated assistant; a person can always take over.",
        data_categories=("customer messages",),
        oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.32,
        review_hook="fornuft.assistant.training.on_review_resolved",
    ),
    AISystemDeclaration(
        key="assistant.escalation",
        name="Customer-service assistant: hand-off to a person",
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
    ),
]
