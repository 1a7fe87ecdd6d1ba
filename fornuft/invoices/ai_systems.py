"""AI systems of the documents capability."""

from fornuft.governance.models import OversightMode, RiskClass
from fornuft.governance.registry import AISystemDeclaration

SYSTEMS = [
    AISystemDeclaration(
        key="invoices.extraction",
        name="Invoice extraction and checks",
        purpose="Reads supplier invoices (EHF, PDF, scans), extracts their fields, checks them against "
        "Norwegian rules and the supplier register, and routes them for approval.",
        owner="Finance",
        model_name="Layout-aware label/value extraction + Tesseract OCR + rule checks; learns labels per supplier",
        risk_class=RiskClass.MINIMAL,
        risk_rationale="Prepares invoices for a person's approval; no payment is made without an approver. "
        "Fraud signals (changed bank account) always go to review.",
        data_categories=("invoice data", "supplier contact data", "bank accounts"),
        oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.75,
        review_hook="fornuft.invoices.services.on_review_resolved",
        model_version="1",
    ),
]
