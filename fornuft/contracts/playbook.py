"""An organization's contract rules (the playbook) and the risks a contract's analysis breaks.

The YAML format (docs/contracts.md):

    rules:
      - {code: NO_LIABILITY_CAP, clause: cap_on_liability, require: true, severity: high}
      - {code: UNCAPPED, clause: uncapped_liability, forbid: true, severity: high}
      - {code: LONG_NOTICE, field: notice_period_days, max: 90, severity: medium}
      - {code: AUTO_RENEWAL, field: auto_renewal, forbid: true, severity: low}
      - {code: FOREIGN_LAW, field: governing_law, allowed: ["NO"], severity: medium}

A rule names either a `clause` (a clause type; `require` or `forbid`) or a `field` of the
analysis (`require`, `forbid`, `max`, `min`, `allowed`, `forbidden`). `contract_types` limits a
rule to some contract types; `reason` overrides the generated reason. Each violated rule is one
risk carrying the rule's code.

    playbook = parse_playbook(yaml_text)      # raises PlaybookError listing every problem
    risks = evaluate(playbook, analysis)      # [{"code", "severity", "clause_type", "reason"}]
    traffic_light(risks)                      # "red" | "yellow" | "green"
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from pathlib import Path

from fornuft.contracts.clause_rules import CLAUSE_TYPES

SEVERITIES = ("high", "medium", "low")
FIELDS = (
    "language",
    "contract_type",
    "signed_date",
    "effective_date",
    "expiration_date",
    "auto_renewal",
    "renewal_term_months",
    "notice_period_days",
    "notice_deadline",
    "governing_law",
    "value",
    "value_amount",
    "value_currency",
    "parties",
)
# The clause a field is read from, so a field risk can point at its clause.
FIELD_CLAUSES = {
    "notice_period_days": "notice_period_to_terminate_renewal",
    "auto_renewal": "renewal_term",
    "renewal_term_months": "renewal_term",
    "governing_law": "governing_law",
    "notice_deadline": "notice_period_to_terminate_renewal",
}
CHECKS = ("require", "forbid", "max", "min", "allowed", "forbidden")
MAX_RULES = 200
MAX_YAML_BYTES = 200_000

DEFAULT_PLAYBOOK_PATH = Path(__file__).with_name("default_playbook.yaml")


class PlaybookError(ValueError):
    """The playbook is not valid; `problems` lists what is wrong, one line each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Rule:
    code: str
    severity: str
    clause: str | None = None
    field: str | None = None
    checks: dict = dataclass_field(default_factory=dict)
    contract_types: tuple[str, ...] = ()
    reason: str | None = None


@dataclass(frozen=True)
class Playbook:
    rules: tuple[Rule, ...]
    name: str = ""


def parse_playbook(text: str, name: str = "") -> Playbook:
    """Reads playbook YAML; raises PlaybookError naming every bad rule."""
    import yaml

    if len(text.encode("utf-8", "replace")) > MAX_YAML_BYTES:
        raise PlaybookError([f"the playbook is larger than {MAX_YAML_BYTES // 1000} kB"])
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        raise PlaybookError([f"not valid YAML{where}: {getattr(exc, 'problem', None) or exc}"]) from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise PlaybookError(["the playbook must be a mapping with a list under 'rules'"])
    if len(data["rules"]) > MAX_RULES:
        raise PlaybookError([f"at most {MAX_RULES} rules"])
    rules, problems = [], []
    for index, raw in enumerate(data["rules"], start=1):
        try:
            rules.append(_rule(raw))
        except ValueError as exc:
            problems.append(f"rule {index}: {exc}")
    codes = [r.code for r in rules]
    for code in sorted({c for c in codes if codes.count(c) > 1}):
        problems.append(f"the code {code} is used by more than one rule")
    if problems:
        raise PlaybookError(problems)
    return Playbook(tuple(rules), name=name)


def _rule(raw) -> Rule:
    if not isinstance(raw, dict):
        raise ValueError("a rule is a mapping like {code: X, clause: Y, require: true, severity: high}")
    code = raw.get("code")
    if not isinstance(code, str) or not code.strip() or len(code) > 64:
        raise ValueError("'code' must be a short text")
    severity = raw.get("severity", "medium")
    if severity not in SEVERITIES:
        raise ValueError(f"{code}: severity must be high, medium or low")
    clause, field_name = raw.get("clause"), raw.get("field")
    if (clause is None) == (field_name is None):
        raise ValueError(f"{code}: name either a clause or a field")
    if clause is not None and clause not in CLAUSE_TYPES:
        raise ValueError(f"{code}: unknown clause type {clause!r}")
    if field_name is not None and field_name not in FIELDS:
        raise ValueError(f"{code}: unknown field {field_name!r} (one of {', '.join(FIELDS)})")
    checks = {key: raw[key] for key in CHECKS if key in raw}
    if not checks:
        raise ValueError(f"{code}: say what the rule checks (require, forbid, max, min, allowed or forbidden)")
    if clause is not None and set(checks) - {"require", "forbid"}:
        raise ValueError(f"{code}: a clause rule uses require or forbid")
    for key in ("require", "forbid"):
        if key in checks and not isinstance(checks[key], bool):
            raise ValueError(f"{code}: {key} must be true or false")
    for key in ("max", "min"):
        if key in checks and (isinstance(checks[key], bool) or not isinstance(checks[key], int | float)):
            raise ValueError(f"{code}: {key} must be a number")
    for key in ("allowed", "forbidden"):
        if key in checks and (
            not isinstance(checks[key], list) or not all(isinstance(v, str | int | float | bool) for v in checks[key])
        ):
            raise ValueError(f"{code}: {key} must be a list of values")
    unknown = set(raw) - {"code", "severity", "clause", "field", "contract_types", "reason", *CHECKS}
    if unknown:
        raise ValueError(f"{code}: unknown keys {', '.join(sorted(unknown))}")
    types = raw.get("contract_types") or ()
    if isinstance(types, str):
        types = (types,)
    if not isinstance(types, list | tuple) or not all(isinstance(t, str) for t in types):
        raise ValueError(f"{code}: contract_types must be a list")
    reason = raw.get("reason")
    return Rule(code.strip(), severity, clause, field_name, checks, tuple(types), str(reason)[:300] if reason else None)


def load_playbook(path: str | Path | None = None) -> Playbook:
    """The playbook in the YAML file at `path`, or the built-in default."""
    target = Path(path) if path else DEFAULT_PLAYBOOK_PATH
    return parse_playbook(target.read_text(encoding="utf-8"), name=target.name)


def default_playbook() -> Playbook:
    return load_playbook(None)


def _value_of(analysis: dict, name: str):
    if name == "value_amount":
        return (analysis.get("value") or {}).get("amount")
    if name == "value_currency":
        return (analysis.get("value") or {}).get("currency")
    return analysis.get(name)


def _show(value) -> str:
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value)


def evaluate(playbook: Playbook, analysis: dict) -> list[dict]:
    """The risks: one per violated rule, with a reason naming what was found."""
    present = {c["type"]: c for c in analysis.get("clauses", [])}
    risks = []
    for rule in playbook.rules:
        if rule.contract_types and analysis.get("contract_type") not in rule.contract_types:
            continue
        reason = _violation(rule, analysis, present)
        if reason is None:
            continue
        clause_type = rule.clause or FIELD_CLAUSES.get(rule.field or "")
        if rule.field and clause_type not in present:
            clause_type = None
        risks.append(
            {"code": rule.code, "severity": rule.severity, "clause_type": clause_type, "reason": rule.reason or reason}
        )
    order = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted(risks, key=lambda r: order[r["severity"]])


def _violation(rule: Rule, analysis: dict, present: dict) -> str | None:
    checks = rule.checks
    if rule.clause:
        label = rule.clause.replace("_", " ")
        if checks.get("require") and rule.clause not in present:
            return f"The contract has no {label} clause."
        if checks.get("forbid") and rule.clause in present:
            excerpt = " ".join(present[rule.clause]["text"].split())[:160]
            return f'The contract has a {label} clause: "{excerpt}"'
        return None
    name = rule.field or ""
    value = _value_of(analysis, name)
    empty = value is None or value == [] or value == ""
    label = name.replace("_", " ")
    if checks.get("require") and empty:
        return f"The contract does not state the {label}."
    if empty:
        return None
    if checks.get("forbid") and value not in (False, 0):
        return f"The contract has {label}: {_show(value)}."
    if "max" in checks and isinstance(value, int | float) and not isinstance(value, bool) and value > checks["max"]:
        return f"The {label} is {_show(value)}, above the playbook's limit of {checks['max']}."
    if "min" in checks and isinstance(value, int | float) and not isinstance(value, bool) and value < checks["min"]:
        return f"The {label} is {_show(value)}, below the playbook's minimum of {checks['min']}."
    if "allowed" in checks and value not in checks["allowed"]:
        return f"The {label} is {_show(value)}; the playbook allows {', '.join(map(str, checks['allowed']))}."
    if "forbidden" in checks and value in checks["forbidden"]:
        return f"The {label} is {_show(value)}, which the playbook forbids."
    return None


def traffic_light(risks: list[dict]) -> str:
    severities = {r["severity"] for r in risks}
    if "high" in severities:
        return "red"
    if "medium" in severities:
        return "yellow"
    return "green"
