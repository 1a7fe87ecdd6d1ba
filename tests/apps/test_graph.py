"""Building apps: types checked when blocks are connected, loops and unknown blocks refused,
a newer app format refused, versions compared."""

import pytest

from fornuft.apps import blocks, graph, starters


def small_app(**extra):
    app = {"format": 1, "name": "Test", "nodes": [
        {"id": "form", "block": "trigger.form", "config": {}},
        {"id": "mood", "block": "understand.sentiment", "config": {}},
        {"id": "gate", "block": "decision.threshold", "config": {"threshold": 0}},
        {"id": "tag", "block": "action.tag", "config": {"tag": "happy"}},
    ], "edges": [
        {"from": "form.text", "to": "mood.text"},
        {"from": "mood.score", "to": "gate.value"},
        {"from": "form.record", "to": "tag.record"},
        {"from": "gate.passed", "to": "tag.when"},
    ]}
    app.update(extra)
    return app


def test_every_template_is_a_valid_app():
    for key in starters.TEMPLATES:
        assert graph.check_app(starters.template(key)) == [], key


def test_every_block_documents_itself_in_both_languages():
    for block in blocks.REGISTRY.values():
        assert block.name_en and block.name_nb and len(block.description_en) > 20 and len(block.description_nb) > 20
        for port in block.inputs + block.outputs:
            assert port.type in blocks.TYPES and port.label_nb
    categories = {b.category for b in blocks.REGISTRY.values()}
    assert categories == {"trigger", "understanding", "data", "decision", "action"}


def test_connecting_the_wrong_types_is_refused_at_connect_time():
    app = small_app()
    message = graph.check_connection(app, "form.record", "mood.text")
    assert "gives record" in message and "needs text" in message
    assert graph.check_connection(app, "mood.sentiment", "gate.value").startswith("'mood'")
    assert graph.check_connection(app, "mood.sentiment", "tag.when") is not None
    assert graph.check_connection(app, "mood.nothing", "gate.value") == "'mood' (Sentiment) has no output 'nothing'."
    app["edges"].append({"from": "form.record", "to": "mood.text"})
    assert any("gives record" in p for p in graph.check_app(app))


def test_an_input_takes_one_wire():
    app = small_app()
    assert graph.check_connection(app, "form.text", "mood.text") is None  # the wire that is already there
    app["nodes"].append({"id": "mood2", "block": "understand.sentiment", "config": {}})
    app["edges"].append({"from": "form.text", "to": "mood2.text"})
    assert "already connected" in graph.check_connection(app, "mood2.score", "gate.value")


def test_cycles_are_refused_when_connecting_and_when_checking():
    app = small_app(nodes=[
        {"id": "form", "block": "trigger.form", "config": {}},
        {"id": "a", "block": "data.merge", "config": {}},
        {"id": "b", "block": "data.merge", "config": {}},
    ], edges=[{"from": "form.record", "to": "a.first"}, {"from": "a.record", "to": "b.first"}])
    assert "loop" in graph.check_connection(app, "b.record", "a.second")
    app["edges"].append({"from": "b.record", "to": "a.second"})
    problems = graph.check_app(app)
    assert any("loop" in p and "a, b" in p for p in problems)
    assert "itself" in graph.check_connection(app, "a.record", "a.second")


def test_unknown_blocks_missing_wires_and_bad_settings_are_named():
    app = small_app()
    app["nodes"].append({"id": "magic", "block": "understand.mind_reading", "config": {}})
    app["nodes"].append({"id": "calc", "block": "data.formula", "config": {"expression": "1 / "}})
    app["nodes"][2]["config"] = {"threshold": "high"}
    problems = graph.check_app(app)
    assert "Block 'magic' is of an unknown kind 'understand.mind_reading'." in problems
    assert any("'calc'" in p and "ends too early" in p for p in problems)
    assert any("'calc'" in p and "not connected" in p for p in problems)
    assert any("'gate'" in p and "must be a number" in p for p in problems)


def test_a_classifier_needs_examples_for_two_categories():
    app = small_app()
    app["nodes"].append({"id": "sort", "block": "understand.classify", "config": {"examples": {"a": ["x"]}}})
    app["edges"].append({"from": "form.text", "to": "sort.text"})
    assert any("at least two categories" in p for p in graph.check_app(app))


def test_a_formula_reading_another_block_runs_after_it_and_loops_through_formulas_are_refused():
    app = small_app()
    app["nodes"].append({"id": "calc", "block": "data.formula", "config": {"expression": "tag.done"}})
    app["edges"].append({"from": "form.record", "to": "calc.record"})
    assert graph.check_app(app) == []
    assert graph.order(app).index("tag") < graph.order(app).index("calc")
    app["nodes"][3]["config"]["tag"] = "x"
    app["edges"].append({"from": "calc.record", "to": "tag.record"})   # tag -> calc by formula, calc -> tag by wire
    app["edges"].remove({"from": "form.record", "to": "tag.record"})
    assert any("loop" in p for p in graph.check_app(app))
    app = small_app()
    app["nodes"].append({"id": "calc", "block": "data.formula", "config": {"expression": "mood.nothing"}})
    app["edges"].append({"from": "form.record", "to": "calc.record"})
    assert any("has no output 'nothing'" in p for p in graph.check_app(app))


def test_an_app_from_a_newer_version_is_refused_clearly():
    with pytest.raises(graph.AppFormatError, match="newer version of Fornuft.*format 7.*Update Fornuft"):
        graph.check_app(small_app(format=7))
    with pytest.raises(graph.AppFormatError, match="not a Fornuft app"):
        graph.check_app(["nodes"])
    with pytest.raises(graph.AppFormatError):
        graph.check_app({"format": "2"})


def test_an_app_needs_exactly_one_trigger_and_limits_its_size():
    app = small_app()
    app["nodes"] = app["nodes"][1:]
    assert "An app needs a trigger block that starts it." in graph.check_app(app)
    huge = small_app(nodes=[{"id": f"n{i}", "block": "data.merge", "config": {}} for i in range(500)])
    assert graph.check_app(huge) == [f"An app has at most {graph.MAX_NODES} blocks."]


def test_diff_lists_what_changed_between_versions():
    old = small_app()
    new = small_app()
    new["nodes"][2]["config"] = {"threshold": 0.3}
    new["nodes"].append({"id": "route", "block": "action.route", "config": {"queue": "Sales"}})
    new["edges"].append({"from": "form.record", "to": "route.record"})
    new["edges"].remove({"from": "gate.passed", "to": "tag.when"})
    changes = graph.diff(old, new)
    assert {"change": "added", "node": "route", "block": "action.route"} in changes
    assert {"change": "setting", "node": "gate", "setting": "threshold", "before": 0, "after": 0.3} in changes
    assert {"change": "connected", "from": "form.record", "to": "route.record"} in changes
    assert {"change": "disconnected", "from": "gate.passed", "to": "tag.when"} in changes
    assert graph.diff(old, old) == []
