"""What a running app sees besides its inputs: the organization's registers and tables,
the limits, and the lists where blocks put their decisions and actions. The Django layer
fills it with the organization's own data; tests fill it by hand. Plain Python.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field


class BlockError(ValueError):
    """A block could not do its work; the message is for a person."""


class LimitExceeded(BlockError):
    """A run went past one of its limits (time, rows, calls)."""


@dataclass(frozen=True)
class Limits:
    max_rows: int = 10_000
    max_seconds: float = 120.0
    max_calls: int = 20_000          # lookups, actions and webhook calls together
    max_output_chars: int = 200_000  # per block output kept for the test run view


@dataclass
class RunContext:
    registers: dict = field(default_factory=dict)   # name -> list of records
    tables: dict = field(default_factory=dict)      # uploaded table name -> list of records
    limits: Limits = field(default_factory=Limits)
    classifier_factory: object = None               # callable(config) -> fitted model; default TextClassifier
    current_input: dict = field(default_factory=dict)
    node_id: str = ""
    row: int = 0
    values: dict = field(default_factory=dict)      # "node.output" -> value, for the current row
    decisions: list = field(default_factory=list)
    actions: list = field(default_factory=list)
    collected: dict = field(default_factory=dict)
    calls: int = 0
    started: float = field(default_factory=time.monotonic)
    _models: dict = field(default_factory=dict)
    _parsed: dict = field(default_factory=dict)
    _indexes: dict = field(default_factory=dict)

    def check_time(self) -> None:
        if time.monotonic() - self.started > self.limits.max_seconds:
            raise LimitExceeded(f"The run took longer than its limit of {self.limits.max_seconds:g} seconds.")

    def count_call(self) -> None:
        self.calls += 1
        if self.calls > self.limits.max_calls:
            raise LimitExceeded(f"The run made more than its limit of {self.limits.max_calls} calls.")

    def decide(self, output, confidence, explanation: str) -> None:
        self.decisions.append({"row": self.row, "node": self.node_id, "output": output,
                               "confidence": confidence, "explanation": explanation})

    def act(self, kind: str, payload: dict) -> None:
        self.count_call()
        self.actions.append({"row": self.row, "node": self.node_id, "kind": kind, **payload})

    def collect(self, node: str, group: str, value) -> None:
        self.collected.setdefault(node, []).append((group, value))

    def parsed(self, expression: str):
        from fornuft.apps import formula

        tree = self._parsed.get(expression)
        if tree is None:
            tree = self._parsed[expression] = formula.parse(expression)
        return tree

    def classifier(self, config: dict):
        """The text classifier for a classify block, fitted once per run from its examples."""
        model = self._models.get(self.node_id)
        if model is None:
            examples = config.get("examples") or {}
            if self.classifier_factory is not None:
                model = self.classifier_factory(config)
            else:
                model = fit_classifier(examples)
            self._models[self.node_id] = model
        return model

    def lookup(self, config: dict, key):
        self.count_call()
        register = config.get("register")
        if register == "table":
            name = config.get("table") or ""
            if name not in self.tables:
                raise BlockError(f"There is no uploaded table named '{name}'.")
            rows = self.tables[name]
        elif register in self.registers:
            rows = self.registers[register]
        else:
            raise BlockError(f"The register '{register}' is not available to this app.")
        match_field = config.get("match_field") or "name"
        index_key = (register, config.get("table"), match_field)
        index = self._indexes.get(index_key)
        if index is None:
            index = {}
            for row in rows:
                value = str(row.get(match_field, "") or "").strip().lower()
                if value:
                    index.setdefault(value, row)
            self._indexes[index_key] = index
        return index.get(str(key or "").strip().lower())


def fit_classifier(examples: dict):
    """A TextClassifier fitted on {category: [example texts]}; BlockError when too few."""
    texts, labels = [], []
    for label, items in (examples or {}).items():
        for text in items or []:
            if str(text).strip():
                texts.append(str(text))
                labels.append(str(label))
    if len(set(labels)) < 2:
        raise BlockError("Give examples for at least two categories.")
    from fornuft.ml.classifier import TextClassifier

    return TextClassifier().fit(texts, labels)
