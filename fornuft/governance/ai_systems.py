"""The governance app declares no AI system of its own; capabilities declare theirs in
their own ai_systems.py, named in their manifest (see fornuft/governance/registry.py)."""

SYSTEMS: list = []
