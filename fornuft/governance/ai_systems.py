"""The governance app declares no AI system of its own; capabilities declare theirs in
their own ai_systems.py (see fornuft/governance/registry.py)."""

SYSTEMS: list = []
