"""Runs an app over input rows, block by block, inside its limits.

`execute(app, rows, context)` checks the app, runs every block once per row in the
order of the wires, keeps each block's output (all rows up to `keep`, for the test run
view) and returns a plain `RunResult`. A block that fails stops the run: the result
says which block, on which row, and why. Plain Python; no Django.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from fornuft.apps import blocks, formula, graph
from fornuft.apps.context import BlockError, LimitExceeded, RunContext


@dataclass
class RunResult:
    status: str = "done"            # done | failed
    rows: int = 0
    failed_node: str = ""
    failed_block: str = ""
    failed_row: int | None = None
    reason: str = ""
    steps: list = field(default_factory=list)
    outputs: list = field(default_factory=list)   # per row: {"node.port": value}, up to `keep`
    decisions: list = field(default_factory=list)
    actions: list = field(default_factory=list)
    reports: list = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict:
        return {"status": self.status, "rows": self.rows, "failed_node": self.failed_node,
                "failed_block": self.failed_block, "failed_row": self.failed_row, "reason": self.reason,
                "steps": self.steps, "outputs": self.outputs, "decisions": self.decisions,
                "actions": self.actions, "reports": self.reports, "seconds": round(self.seconds, 3)}


class AppInvalid(ValueError):
    """The app cannot run; `problems` lists why."""

    def __init__(self, problems: list[str]):
        super().__init__(" ".join(problems))
        self.problems = problems


def _short(value, limit: int):
    if isinstance(value, str) and len(value) > limit:
        return value[:limit] + "…"
    if isinstance(value, dict):
        return {k: _short(v, limit) for k, v in list(value.items())[:100]}
    return value


def execute(app: dict, rows: list[dict], context: RunContext | None = None, *, keep: int = 20) -> RunResult:
    """Runs `app` once per row of `rows`. AppInvalid (with every problem) when the app
    cannot run; a block's failure or a limit ends the run with status "failed"."""
    problems = graph.check_app(app)
    if problems:
        raise AppInvalid(problems)
    context = context or RunContext()
    started = time.monotonic()
    context.started = started
    result = RunResult()
    nodes = {n["id"]: n for n in app["nodes"]}
    sequence = graph.order(app)
    wires: dict[str, list[tuple[str, str]]] = {}
    for edge in app["edges"]:
        dst_node, _, dst_port = edge["to"].rpartition(".")
        wires.setdefault(dst_node, []).append((dst_port, edge["from"]))
    plan = [(node_id, blocks.get(nodes[node_id]["block"]), nodes[node_id].get("config") or {},
             wires.get(node_id, [])) for node_id in sequence]
    step_stats = {node_id: {"node": node_id, "block": block.key, "rows": 0, "seconds": 0.0}
                  for node_id, block, _, _ in plan}
    if len(rows) > context.limits.max_rows:
        result.status = "failed"
        result.reason = (f"The input has {len(rows)} rows; this app may read at most "
                         f"{context.limits.max_rows} in one run.")
        result.seconds = time.monotonic() - started
        return result
    node_id, block, row_number = "", None, None
    try:
        for row_number, row in enumerate(rows, start=1):
            context.check_time()
            context.row = row_number
            context.current_input = row if isinstance(row, dict) else {"value": row}
            values: dict = {}
            context.values = values
            for node_id, block, config, inputs_from in plan:
                context.node_id = node_id
                inputs = {port: values.get(source) for port, source in inputs_from}
                tick = time.perf_counter()
                outputs = block.run(config, inputs, context)
                stats = step_stats[node_id]
                stats["seconds"] += time.perf_counter() - tick
                stats["rows"] += 1
                for port, value in outputs.items():
                    values[f"{node_id}.{port}"] = value
            result.rows = row_number
            if row_number <= keep:
                result.outputs.append({k: _short(v, context.limits.max_output_chars // 100)
                                       for k, v in values.items()})
    except (BlockError, formula.FormulaError, ValueError, TypeError, KeyError, ZeroDivisionError,
            OverflowError, RecursionError, MemoryError) as error:
        result.status = "failed"
        result.failed_node = node_id
        result.failed_block = block.key if block is not None else ""
        result.failed_row = row_number
        where = f"Block '{node_id}' ({block.name_en})" if block is not None else "The run"
        reason = str(error) if isinstance(error, (BlockError, formula.FormulaError, ValueError)) else (
            f"{type(error).__name__}: {error}")
        if isinstance(error, LimitExceeded):
            result.reason = reason
        else:
            result.reason = f"{where} failed on row {row_number}: {reason}"
    result.steps = [{**s, "seconds": round(s["seconds"], 4)} for s in step_stats.values()]
    result.decisions = context.decisions
    result.actions = context.actions
    result.reports = _reports(app, context)
    result.seconds = time.monotonic() - started
    return result


def _reports(app: dict, context: RunContext) -> list[dict]:
    reports = []
    for node in app["nodes"]:
        if node["block"] != "output.report":
            continue
        groups: dict[str, list[float]] = {}
        for group, value in context.collected.get(node["id"], []):
            try:
                groups.setdefault(group, []).append(float(formula.to_number(value)))
            except (ValueError, TypeError):
                continue
        config = node.get("config") or {}
        reports.append({"node": node["id"], "title": config.get("title") or node["id"],
                        "value": config.get("value"), "group_by": config.get("group_by"),
                        "groups": [{"group": g, "average": round(sum(v) / len(v), 2), "count": len(v)}
                                   for g, v in sorted(groups.items())]})
    return reports
