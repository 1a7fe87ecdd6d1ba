"""The AI systems of apps, synced into every organization's registry (governance). Declare
each model here before it decides anything, for example:

    from fornuft.governance.models import OversightMode, RiskClass
    from fornuft.governance.registry import AISystemDeclaration

    SYSTEMS = [AISystemDeclaration(
        key="apps.classifier", name="...", purpose="...", owner="...", model_name="...",
        risk_class=RiskClass.MINIMAL, risk_rationale="...", data_categories=("...",),
        oversight_mode=OversightMode.ON_THE_LOOP, confidence_threshold=0.7,
    )]

and log each decision with fornuft.governance.decisions.record_decision (see
docs/adding-a-capability.md)."""

SYSTEMS: list = []
