"""Running apps: each block's output kept, failures name the block and the reason, limits hold,
and the three templates do their job on example data."""

import time

import pytest

from fornuft.apps import starters
from fornuft.apps.context import Limits, RunContext
from fornuft.apps.executor import AppInvalid, execute
from fornuft.apps.tables import MAX_BYTES, TableProblem, read_table, read_table_file

LEAD_MAIL = {"subject": "Forespørsel", "body": (
    "Hei, vi i Byggmester Hansen AS trenger renhold av nye kontorer.\n"
    "Budsjett: 400 000 kr\nBehov: kontorrenhold\nE-post: ola@hansen.no")}


def formula_app(expression):
    return {"format": 1, "nodes": [
        {"id": "rows", "block": "trigger.table", "config": {}},
        {"id": "calc", "block": "data.formula", "config": {"expression": expression}},
    ], "edges": [{"from": "rows.record", "to": "calc.record"}]}


def test_lead_template_routes_a_hot_known_customer_with_a_draft_reply():
    context = RunContext(registers={"customers": [{"name": "Byggmester Hansen AS", "segment": "bygg"}]})
    result = execute(starters.template("lead_qualification"), [LEAD_MAIL], context)
    assert result.status == "done", result.reason
    outputs = result.outputs[0]
    assert outputs["extract.record"]["budget"] == 400000
    assert outputs["customer.found"] is True
    assert outputs["hot.label"] == "hot"
    kinds = {a["kind"]: a for a in result.actions}
    assert kinds["route"]["queue"] == "Sales"
    assert kinds["draft_mail"]["to"] == "ola@hansen.no"
    assert "Byggmester Hansen AS" in kinds["draft_mail"]["subject"]
    assert {d["node"] for d in result.decisions} == {"score", "hot"}


def test_lead_template_keeps_a_cold_lead_out_of_the_sales_queue():
    cold = {"subject": "Spørsmål", "body": "Hei, hva koster det?\nBudsjett: 5 000 kr"}
    result = execute(starters.template("lead_qualification"), [cold], RunContext(registers={"customers": []}))
    assert result.status == "done"
    assert result.outputs[0]["hot.label"] == "cold" and result.actions == []


def test_supplier_template_scores_per_criterion_and_reports_per_supplier():
    rows = [
        {"supplier": "Rørlegger AS", "deliveries": 20, "on_time": 19, "invoice_deviations": 0, "complaints": 0},
        {"supplier": "Sen Levering AS", "deliveries": 10, "on_time": 4, "invoice_deviations": 4, "complaints": 3},
        {"supplier": "Rørlegger AS", "deliveries": 0, "on_time": 0, "invoice_deviations": 1, "complaints": 0},
    ]
    result = execute(starters.template("supplier_evaluation"), rows)
    assert result.status == "done", result.reason
    groups = {g["group"]: g for g in result.reports[0]["groups"]}
    assert groups["Rørlegger AS"]["count"] == 2
    assert groups["Sen Levering AS"]["average"] < 30 < groups["Rørlegger AS"]["average"]
    assert [a["title"] for a in result.actions] == ["Follow up supplier Sen Levering AS (score 12.9)"]


def test_job_screening_classifies_from_builder_examples_and_asks_a_person():
    rows = [{"text": "Elektriker med fagbrev og seks års erfaring fra næringsbygg."},
            {"text": "Jeg har jobbet som barista og i butikk."}]
    result = execute(starters.template("job_screening"), rows)
    assert result.status == "done", result.reason
    assert [o["fit.category"] for o in result.outputs] == ["relevant", "not relevant"]
    assert sum(a["kind"] == "approval" for a in result.actions) == 2
    assert all(0 < d["confidence"] <= 1 for d in result.decisions if d["node"] == "fit")


def test_a_failing_block_fails_the_run_with_the_block_row_and_reason():
    result = execute(formula_app("total / count"), [{"total": 10, "count": 2}, {"total": 5, "count": 0}])
    assert result.status == "failed"
    assert (result.failed_node, result.failed_block, result.failed_row) == ("calc", "data.formula", 2)
    assert result.reason == "Block 'calc' (Formula) failed on row 2: Division by zero."
    assert result.outputs[0]["calc.value"] == 5


def test_an_invalid_app_does_not_start():
    with pytest.raises(AppInvalid) as caught:
        execute(formula_app("1 +"), [{}])
    assert "ends too early" in caught.value.problems[0]


def test_limits_on_rows_calls_and_time():
    app = formula_app("a")
    result = execute(app, [{"a": 1}] * 11, RunContext(limits=Limits(max_rows=10)))
    assert result.status == "failed" and "at most 10" in result.reason and result.rows == 0
    lookup = {"format": 1, "nodes": [
        {"id": "rows", "block": "trigger.table", "config": {}},
        {"id": "key", "block": "data.formula", "config": {"expression": "name"}},
        {"id": "find", "block": "data.lookup", "config": {"register": "customers"}},
    ], "edges": [{"from": "rows.record", "to": "key.record"}, {"from": "key.value", "to": "find.key"}]}
    result = execute(lookup, [{"name": "x"}] * 5, RunContext(registers={"customers": []}, limits=Limits(max_calls=3)))
    assert result.status == "failed" and "limit of 3 calls" in result.reason and result.failed_row == 4
    context = RunContext(limits=Limits(max_seconds=0.0))
    time.sleep(0.01)
    result = execute(app, [{"a": 1}], context)
    assert result.status == "failed" and "longer than its limit" in result.reason


def test_a_register_the_app_may_not_read_is_an_error():
    app = {"format": 1, "nodes": [
        {"id": "rows", "block": "trigger.table", "config": {}},
        {"id": "find", "block": "data.lookup", "config": {"register": "table", "table": "prices"}},
    ], "edges": [{"from": "rows.text", "to": "find.key"}]}
    result = execute(app, [{"name": "x"}], RunContext())
    assert result.status == "failed" and "no uploaded table named 'prices'" in result.reason


def test_thousand_rows_through_five_blocks_is_quick():
    rows = [{"supplier": f"S{i % 40}", "deliveries": 10, "on_time": i % 11, "invoice_deviations": i % 3,
             "complaints": i % 5} for i in range(1000)]
    start = time.perf_counter()
    result = execute(starters.template("supplier_evaluation"), rows, keep=0)
    assert result.status == "done" and result.rows == 1000
    assert time.perf_counter() - start < 10


def test_tables_are_read_with_norwegian_conventions_and_refused_when_bad(tmp_path):
    rows = read_table("navn;beløp;telefon\nHansen AS;1 234,50;04000\n\n".encode("cp1252"))
    assert rows == [{"navn": "Hansen AS", "beløp": 1234.5, "telefon": "04000"}]
    with pytest.raises(TableProblem, match="empty"):
        read_table(b"  \n")
    with pytest.raises(TableProblem, match="not a CSV"):
        read_table(b"\x00\x01PK\x03\x04")
    with pytest.raises(TableProblem, match="name each column once"):
        read_table(b"a,a\n1,2\n")
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as handle:       # a sparse 1 GB file: refused by its size before it is read
        handle.truncate(1024 ** 3)
    with pytest.raises(TableProblem, match="1024 MB"):
        read_table_file(huge)
    with pytest.raises(TableProblem, match="at most"):
        read_table(b"x" * (MAX_BYTES + 1))
