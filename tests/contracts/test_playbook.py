"""Playbook YAML: validation, each kind of rule, risks with codes, the traffic light."""

import pytest

from fornuft.contracts.playbook import PlaybookError, default_playbook, evaluate, parse_playbook, traffic_light

ISSUE_EXAMPLE = """
rules:
  - {code: NO_LIABILITY_CAP, clause: cap_on_liability, require: true, severity: high}
  - {code: UNCAPPED, clause: uncapped_liability, forbid: true, severity: high}
  - {code: LONG_NOTICE, field: notice_period_days, max: 90, severity: medium}
  - {code: AUTO_RENEWAL, field: auto_renewal, forbid: true, severity: low}
  - {code: FOREIGN_LAW, field: governing_law, allowed: ["NO"], severity: medium}
  - {code: NON_COMPETE, clause: non_compete, forbid: true, severity: medium}
"""


def analysis(**fields):
    base = {
        "contract_type": "service",
        "clauses": [],
        "notice_period_days": None,
        "auto_renewal": None,
        "governing_law": None,
        "value": None,
    }
    base.update(fields)
    return base


def clause(kind, text="..."):
    return {"type": kind, "text": text, "start": 0, "end": len(text), "confidence": 0.9}


def codes(risks):
    return [r["code"] for r in risks]


def test_the_issue_example_flags_every_violation():
    playbook = parse_playbook(ISSUE_EXAMPLE)
    risks = evaluate(
        playbook,
        analysis(
            clauses=[
                clause("uncapped_liability", "Ansvarsbegrensningen gjelder ikke ved brudd på taushetsplikten."),
                clause("non_compete"),
                clause("renewal_term"),
            ],
            notice_period_days=180,
            auto_renewal=True,
            governing_law="SE",
        ),
    )
    assert sorted(codes(risks)) == sorted(
        ["NO_LIABILITY_CAP", "UNCAPPED", "LONG_NOTICE", "AUTO_RENEWAL", "FOREIGN_LAW", "NON_COMPETE"]
    )
    by_code = {r["code"]: r for r in risks}
    assert by_code["UNCAPPED"]["clause_type"] == "uncapped_liability"
    assert "taushetsplikten" in by_code["UNCAPPED"]["reason"]
    assert by_code["LONG_NOTICE"]["severity"] == "medium" and "180" in by_code["LONG_NOTICE"]["reason"]
    assert by_code["AUTO_RENEWAL"]["clause_type"] == "renewal_term"
    assert by_code["NO_LIABILITY_CAP"]["clause_type"] == "cap_on_liability"
    assert traffic_light(risks) == "red"


def test_a_clean_contract_has_no_risks():
    playbook = parse_playbook(ISSUE_EXAMPLE)
    risks = evaluate(
        playbook,
        analysis(clauses=[clause("cap_on_liability")], notice_period_days=90, auto_renewal=False, governing_law="NO"),
    )
    assert risks == [] and traffic_light(risks) == "green"


def test_unknown_values_break_no_limit_rules():
    """A missing notice period or law is not a violation of max/allowed (require says so)."""
    playbook = parse_playbook(
        "rules:\n  - {code: LAW, field: governing_law, allowed: [NO]}\n"
        "  - {code: NEED_LAW, field: governing_law, require: true, severity: low}\n"
    )
    assert codes(evaluate(playbook, analysis())) == ["NEED_LAW"]


def test_contract_types_limit_a_rule():
    playbook = parse_playbook(
        "rules:\n  - {code: CAP, clause: cap_on_liability, require: true, contract_types: [service]}\n"
    )
    assert codes(evaluate(playbook, analysis(contract_type="service"))) == ["CAP"]
    assert codes(evaluate(playbook, analysis(contract_type="employment"))) == []


def test_min_forbidden_and_value_fields():
    playbook = parse_playbook(
        "rules:\n  - {code: SHORT, field: notice_period_days, min: 30, severity: low}\n"
        "  - {code: USD, field: value_currency, forbidden: [USD]}\n"
        "  - {code: BIG, field: value_amount, max: 1000000, severity: high}\n"
    )
    risks = evaluate(playbook, analysis(notice_period_days=14, value={"amount": 2_000_000, "currency": "USD"}))
    assert codes(risks) == ["BIG", "USD", "SHORT"]  # sorted by severity
    assert traffic_light(risks) == "red"


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("rules: [", "not valid YAML"),
        ("- a\n- b", "mapping with a list"),
        ("rules:\n  - {code: X, clause: no_such_clause, require: true}", "unknown clause type"),
        ("rules:\n  - {code: X, field: colour, max: 3}", "unknown field"),
        (
            "rules:\n  - {code: X, clause: non_compete, field: governing_law, forbid: true}",
            "either a clause or a field",
        ),
        ("rules:\n  - {code: X, clause: non_compete}", "say what the rule checks"),
        ("rules:\n  - {code: X, clause: non_compete, forbid: true, severity: urgent}", "severity"),
        ("rules:\n  - {code: X, field: notice_period_days, max: ninety}", "must be a number"),
        (
            "rules:\n  - {code: X, clause: non_compete, forbid: true}\n"
            "  - {code: X, clause: exclusivity, forbid: true}",
            "more than one rule",
        ),
        ("rules:\n  - just a string", "a rule is a mapping"),
        ("rules:\n  - {code: X, clause: non_compete, forbid: yes please}", "true or false"),
    ],
)
def test_bad_playbooks_are_refused_with_the_reason(text, fragment):
    with pytest.raises(PlaybookError) as problem:
        parse_playbook(text)
    assert fragment in str(problem.value)


def test_a_huge_playbook_is_refused():
    with pytest.raises(PlaybookError, match="larger than"):
        parse_playbook("rules:\n" + "  - {code: X, clause: non_compete, forbid: true}\n" * 10000)


def test_the_default_playbook_is_valid_and_has_the_issue_rules():
    playbook = default_playbook()
    assert {"NO_LIABILITY_CAP", "UNCAPPED", "LONG_NOTICE", "AUTO_RENEWAL", "FOREIGN_LAW", "NON_COMPETE"} <= {
        r.code for r in playbook.rules
    }
