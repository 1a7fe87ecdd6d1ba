"""The formula language: what it computes, and every way a hostile or broken formula is refused."""

import pytest

from fornuft.apps.formula import MAX_LENGTH, FormulaError, evaluate, parse, references


@pytest.mark.parametrize(("source", "fields", "expected"), [
    ("1 + 2 * 3", {}, 7),
    ("(1 + 2) * 3", {}, 9),
    ("10 / 4", {}, 2.5),
    ("-budget + 5", {"budget": 10}, -5),
    ("if(budget >= 100000, 'hot', 'cold')", {"budget": 250000}, "hot"),
    ("if(budget >= 100000, 'hot', 'cold')", {"budget": "90 000"}, "cold"),
    ("round([Delivered on time] / orders * 100, 1)", {"Delivered on time": 9, "orders": 12}, 75.0),
    ("min(a, b, 3)", {"a": 5, "b": 4}, 3),
    ("max(a, b)", {"a": "1 234,50", "b": 4}, 1234.5),
    ("a > 1 and b < 1", {"a": 2, "b": 0}, True),
    ("a > 1 or b < 1", {"a": 0, "b": 5}, False),
    ("not (a = 'Ja')", {"a": "ja"}, False),
    ("name + ' AS'", {"name": "Hansen"}, "Hansen AS"),
    ("lead.score * 2", {"lead.score": 21}, 42),
    ("contains(subject, 'faktura')", {"subject": "Ny FAKTURA 123"}, True),
    ("empty(need)", {"need": "  "}, True),
    ("BUDGET", {"budget": 3}, 3),
])
def test_formulas_compute_what_a_spreadsheet_user_expects(source, fields, expected):
    assert evaluate(source, fields) == expected


def test_references_lists_the_fields_a_formula_reads():
    assert references(parse("if(a > b.c, [d e], 1)")) == {"a", "b.c", "d e"}


@pytest.mark.parametrize(("source", "fields", "message"), [
    ("1 / 0", {}, "Division by zero"),
    ("a / (b - b)", {"a": 1, "b": 2}, "Division by zero"),
    ("missing + 1", {}, "Unknown field 'missing'"),
    ("1 +", {}, "ends too early"),
    ("", {}, "empty"),
    ("(1 + 2", {}, "not closed"),
    ("'open", {}, "not closed"),
    ("__import__('os').system('id')", {}, "not allowed"),
    ("open('x')", {}, "Unknown function 'open'"),
    ("x.__class__", {}, "Unknown field"),
    ("1; 2", {}, "Unexpected"),
    ("round(1, 2, 3)", {}, "takes 1 to 2 arguments"),
    ("a * 2", {"a": "abc"}, "not a number"),
    ("1 ` 2", {}, "not allowed"),
])
def test_bad_formulas_are_refused_with_a_clear_message(source, fields, message):
    with pytest.raises(FormulaError, match=message):
        evaluate(source, fields)


def test_a_formula_that_is_too_long_or_too_deep_is_refused_when_parsed():
    with pytest.raises(FormulaError, match="too long"):
        parse("1+" * MAX_LENGTH + "1")
    with pytest.raises(FormulaError, match="nested too deeply"):
        parse("(" * 100 + "1" + ")" * 100)
    with pytest.raises(FormulaError, match="too many parts"):
        parse("+".join(["1"] * 500))


def test_evaluation_has_a_step_limit_and_text_and_number_bounds(monkeypatch):
    # The language has no loops, so a formula's steps are bounded by its size; the guard still stops
    # evaluation after MAX_STEPS should a future function repeat work.
    from fornuft.apps import formula

    monkeypatch.setattr(formula, "MAX_STEPS", 10)
    with pytest.raises(FormulaError, match="more than 10 steps"):
        evaluate("1+1+1+1+1+1+1+1+1+1+1+1", {})
    monkeypatch.undo()
    with pytest.raises(FormulaError, match="longer than"):
        evaluate("t + t + t + t", {"t": "x" * 40_000})
    with pytest.raises(FormulaError, match="too large"):
        evaluate("a * a * a * a", {"a": 1e200})
