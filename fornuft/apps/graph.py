"""An app as plain data, and the checks made when it is built:

    {"format": 1, "name": "Lead qualification",
     "nodes": [{"id": "form", "block": "trigger.form", "config": {}}, ...],
     "edges": [{"from": "form.text", "to": "extract.text"}, ...]}

`check_app` returns every problem as a sentence naming the block; `check_connection`
is what the canvas asks while a person drags a wire. An app saved by a newer Fornuft
(a higher `format`) is refused with `AppFormatError` before anything else is read.
Plain Python; no Django.
"""

from __future__ import annotations

import re

from fornuft.apps import blocks, formfields, formula, scoring

FORMAT = 1
MAX_NODES = 100
MAX_EDGES = 300
MAX_CONFIG_TEXT = 20_000
MAX_LIST = 500
_NODE_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,39}$")


class AppFormatError(ValueError):
    """The app JSON cannot be read at all (not an app, or from a newer version)."""


def check_format(app) -> None:
    if not isinstance(app, dict):
        raise AppFormatError("This is not a Fornuft app (expected a JSON object).")
    version = app.get("format", FORMAT)
    if not isinstance(version, int) or isinstance(version, bool):
        raise AppFormatError("The app's 'format' must be a whole number.")
    if version > FORMAT:
        raise AppFormatError(
            f"This app was saved by a newer version of Fornuft (app format {version}); this installation "
            f"reads format {FORMAT} and older. Update Fornuft to open it.")
    if not isinstance(app.get("nodes", []), list) or not isinstance(app.get("edges", []), list):
        raise AppFormatError("The app's 'nodes' and 'edges' must be lists.")


def _split(port: str) -> tuple[str, str]:
    node, _, name = str(port).rpartition(".")
    return node, name


def _name(node: dict) -> str:
    block = blocks.get(node.get("block", ""))
    label = block.name_en if block else node.get("block", "?")
    return f"'{node.get('id')}' ({label})"


def check_connection(app: dict, source: str, target: str) -> str | None:
    """Why a wire from output `source` ("node.port") to input `target` is refused, or None."""
    nodes = {n.get("id"): n for n in app.get("nodes", []) if isinstance(n, dict)}
    src_node, src_port = _split(source)
    dst_node, dst_port = _split(target)
    if src_node not in nodes or dst_node not in nodes:
        return "Both ends of a connection must be blocks in the app."
    src_block, dst_block = blocks.get(nodes[src_node].get("block")), blocks.get(nodes[dst_node].get("block"))
    if src_block is None or dst_block is None:
        return "A connection touches an unknown block."
    out, inp = src_block.output(src_port), dst_block.input(dst_port)
    if out is None:
        return f"{_name(nodes[src_node])} has no output '{src_port}'."
    if inp is None:
        return f"{_name(nodes[dst_node])} has no input '{dst_port}'."
    if not blocks.compatible(out.type, inp.type):
        return (f"{_name(nodes[src_node])} gives {out.type} ('{out.label_en}'), but {_name(nodes[dst_node])} "
                f"needs {inp.type} for '{inp.label_en}'.")
    if src_node == dst_node:
        return "A block cannot be connected to itself."
    others = [e for e in app.get("edges", []) if isinstance(e, dict) and not (
        e.get("from") == source and e.get("to") == target)]
    if any(e.get("to") == target for e in others):
        return f"The input '{inp.label_en}' of {_name(nodes[dst_node])} is already connected."
    if dst_node in _ancestors(src_node, others) or _reaches(dst_node, src_node, others):
        return "This connection would make a loop; an app must flow one way."
    return None


def _reaches(start: str, goal: str, edges: list) -> bool:
    seen, stack = set(), [start]
    while stack:
        node = stack.pop()
        if node == goal:
            return True
        if node in seen:
            continue
        seen.add(node)
        stack.extend(_split(e.get("to", ""))[0] for e in edges if _split(e.get("from", ""))[0] == node)
    return False


def _ancestors(node: str, edges: list) -> set[str]:
    parents: dict[str, set[str]] = {}
    for edge in edges:
        parents.setdefault(_split(edge.get("to", ""))[0], set()).add(_split(edge.get("from", ""))[0])
    found, stack = set(), [node]
    while stack:
        for parent in parents.get(stack.pop(), ()):
            if parent not in found:
                found.add(parent)
                stack.append(parent)
    return found


def reference_edges(app: dict) -> list[dict]:
    """A formula that reads another block's output (`mood.score`) makes that block run
    first, as if wired: these are those implicit wires."""
    ids = {n.get("id") for n in app.get("nodes", []) if isinstance(n, dict)}
    found = []
    for node in app.get("nodes", []):
        if not isinstance(node, dict):
            continue
        for text in _formulas(node):
            try:
                refs = formula.references(formula.parse(text))
            except formula.FormulaError:
                continue
            for ref in refs:
                other, _, output = ref.partition(".")
                if output and other in ids and other != node.get("id"):
                    found.append({"from": f"{other}.{output}", "to": f"{node['id']}.__formula"})
    return found


def order(app: dict) -> list[str]:
    """The node ids in the order they run (inputs before the blocks that read them, also
    through formulas); ValueError naming the blocks when the wires make a loop."""
    ids = [n["id"] for n in app["nodes"]]
    incoming = {i: 0 for i in ids}
    children: dict[str, list[str]] = {i: [] for i in ids}
    for edge in [*app["edges"], *reference_edges(app)]:
        src, dst = _split(edge["from"])[0], _split(edge["to"])[0]
        if src in incoming and dst in incoming:
            incoming[dst] += 1
            children[src].append(dst)
    ready = [i for i in ids if incoming[i] == 0]
    result = []
    while ready:
        node = ready.pop(0)
        result.append(node)
        for child in children[node]:
            incoming[child] -= 1
            if incoming[child] == 0:
                ready.append(child)
    if len(result) != len(ids):
        stuck = ", ".join(sorted(set(ids) - set(result)))
        raise ValueError(f"The blocks {stuck} are connected in a loop; an app must flow one way.")
    return result


def _check_setting(setting: blocks.Setting, value, where: str) -> list[str]:
    label = f"{where}: '{setting.label_en}'"
    if value is None or value == "" or value == [] or value == {}:
        return [f"{label} must be filled in."] if setting.required else []
    kind = setting.kind
    if kind in ("text", "expression") and not isinstance(value, str):
        return [f"{label} must be text."]
    if isinstance(value, str) and len(value) > MAX_CONFIG_TEXT:
        return [f"{label} is too long (at most {MAX_CONFIG_TEXT} characters)."]
    if kind == "expression":
        try:
            formula.parse(value)
        except formula.FormulaError as error:
            return [f"{label}: {error}"]
    elif kind == "number":
        try:
            formula.to_number(value)
        except ValueError:
            return [f"{label} must be a number."]
    elif kind == "choice" and value not in setting.choices:
        return [f"{label} must be one of {', '.join(setting.choices)}."]
    elif kind in ("list", "fields"):
        if not isinstance(value, list) or not all(isinstance(v, str) and len(v) <= 200 for v in value):
            return [f"{label} must be a list of names."]
        if len(value) > MAX_LIST:
            return [f"{label} has too many entries (at most {MAX_LIST})."]
        if setting.name == "form_fields":
            try:
                formfields.parse(value)
            except formfields.FormFieldError as error:
                return [f"{where}: {error}"]
    elif kind == "categories":
        if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, list) and all(isinstance(t, str) for t in v)
                for k, v in value.items()):
            return [f"{label} must name categories, each with a list of example texts."]
        if sum(len(v) for v in value.values()) > 5000:
            return [f"{label} has too many examples (at most 5000)."]
        if len([k for k, v in value.items() if any(t.strip() for t in v)]) < 2:
            return [f"{label} needs examples for at least two categories."]
    elif kind == "criteria":
        return [f"{where}: {p}" for p in scoring.check_criteria(value)]
    elif kind == "rules":
        if not isinstance(value, list) or not value or len(value) > MAX_LIST:
            return [f"{label} needs between 1 and {MAX_LIST} rules."]
        problems = []
        for number, rule in enumerate(value, start=1):
            if not isinstance(rule, dict) or not isinstance(rule.get("when"), str) or "then" not in rule:
                problems.append(f"{where}: rule {number} needs 'when' and 'then'.")
                continue
            try:
                formula.parse(rule["when"])
            except formula.FormulaError as error:
                problems.append(f"{where}: rule {number}: {error}")
        return problems
    return []


def _formulas(node: dict) -> list[str]:
    config = node.get("config") or {}
    found = []
    if isinstance(config.get("expression"), str):
        found.append(config["expression"])
    for item in config.get("criteria") or [] if isinstance(config.get("criteria"), list) else []:
        if isinstance(item, dict) and isinstance(item.get("formula"), str):
            found.append(item["formula"])
    for item in config.get("rules") or [] if isinstance(config.get("rules"), list) else []:
        if isinstance(item, dict) and isinstance(item.get("when"), str):
            found.append(item["when"])
    return found


def check_app(app) -> list[str]:
    """Every problem with `app` as a sentence naming the block; [] when it can run.
    Raises AppFormatError for something that is not an app or is from a newer version."""
    check_format(app)
    problems: list[str] = []
    nodes, edges = app.get("nodes", []), app.get("edges", [])
    if len(nodes) > MAX_NODES:
        return [f"An app has at most {MAX_NODES} blocks."]
    if len(edges) > MAX_EDGES:
        return [f"An app has at most {MAX_EDGES} connections."]
    by_id: dict[str, dict] = {}
    for number, node in enumerate(nodes, start=1):
        if not isinstance(node, dict) or not isinstance(node.get("id"), str) or not _NODE_ID.match(node["id"]):
            problems.append(f"Block {number} needs an id of letters, digits, - or _ (starting with a letter).")
            continue
        if node["id"] in by_id:
            problems.append(f"Two blocks have the id '{node['id']}'.")
            continue
        by_id[node["id"]] = node
        block = blocks.get(node.get("block", ""))
        if block is None:
            problems.append(f"Block '{node['id']}' is of an unknown kind '{node.get('block')}'.")
            continue
        config = node.get("config") or {}
        if not isinstance(config, dict):
            problems.append(f"The settings of {_name(node)} must be an object.")
            continue
        for setting in block.settings:
            problems.extend(_check_setting(setting, config.get(setting.name), _name(node)))
    if not any(blocks.get(n.get("block", "")) and blocks.get(n["block"]).category == "trigger"
               for n in by_id.values()):
        problems.append("An app needs a trigger block that starts it.")
    if sum(1 for n in by_id.values() if blocks.get(n.get("block", ""))
           and blocks.get(n["block"]).category == "trigger") > 1:
        problems.append("An app has one trigger block.")
    good_edges = []
    for number, edge in enumerate(edges, start=1):
        if not isinstance(edge, dict) or not isinstance(edge.get("from"), str) or not isinstance(edge.get("to"), str):
            problems.append(f"Connection {number} needs 'from' and 'to'.")
            continue
        refusal = check_connection({"nodes": list(by_id.values()), "edges": good_edges}, edge["from"], edge["to"])
        if refusal and "loop" not in refusal:
            problems.append(refusal)
            continue
        good_edges.append(edge)
    try:
        order({"nodes": list(by_id.values()), "edges": good_edges})
    except ValueError as error:
        problems.append(str(error))
        return problems
    connected = {e["to"] for e in good_edges}
    for node in by_id.values():
        block = blocks.get(node.get("block", ""))
        if block is None:
            continue
        for port in block.inputs:
            if port.required and f"{node['id']}.{port.name}" not in connected:
                problems.append(f"The input '{port.label_en}' of {_name(node)} is not connected.")
        for text in _formulas(node):
            try:
                refs = formula.references(formula.parse(text))
            except formula.FormulaError:
                continue
            for ref in refs:
                other, _, output = ref.partition(".")
                if output and other in by_id:
                    other_block = blocks.get(by_id[other].get("block", ""))
                    if other_block and other_block.output(output) is None:
                        problems.append(f"{_name(node)} uses '{ref}', but {_name(by_id[other])} has no "
                                        f"output '{output}'.")
    return problems


def blocks_used(app: dict) -> list[str]:
    return sorted({n.get("block") for n in app.get("nodes", []) if isinstance(n, dict)})


def diff(old: dict, new: dict) -> list[dict]:
    """What changed between two versions of an app: blocks added, removed or changed
    (setting by setting) and connections added or removed."""
    changes = []
    old_nodes = {n["id"]: n for n in old.get("nodes", [])}
    new_nodes = {n["id"]: n for n in new.get("nodes", [])}
    for node_id in sorted(new_nodes.keys() - old_nodes.keys()):
        changes.append({"change": "added", "node": node_id, "block": new_nodes[node_id].get("block")})
    for node_id in sorted(old_nodes.keys() - new_nodes.keys()):
        changes.append({"change": "removed", "node": node_id, "block": old_nodes[node_id].get("block")})
    for node_id in sorted(old_nodes.keys() & new_nodes.keys()):
        before, after = old_nodes[node_id], new_nodes[node_id]
        if before.get("block") != after.get("block"):
            changes.append({"change": "replaced", "node": node_id, "before": before.get("block"),
                            "after": after.get("block")})
            continue
        old_config, new_config = before.get("config") or {}, after.get("config") or {}
        for key in sorted(old_config.keys() | new_config.keys()):
            if old_config.get(key) != new_config.get(key):
                changes.append({"change": "setting", "node": node_id, "setting": key,
                                "before": old_config.get(key), "after": new_config.get(key)})
    old_edges = {(e["from"], e["to"]) for e in old.get("edges", [])}
    new_edges = {(e["from"], e["to"]) for e in new.get("edges", [])}
    for src, dst in sorted(new_edges - old_edges):
        changes.append({"change": "connected", "from": src, "to": dst})
    for src, dst in sorted(old_edges - new_edges):
        changes.append({"change": "disconnected", "from": src, "to": dst})
    for key in ("name", "description", "purpose"):
        if old.get(key) != new.get(key):
            changes.append({"change": "field", "field": key, "before": old.get(key), "after": new.get(key)})
    return changes


def starts_with(app: dict, block_key: str) -> bool:
    """Whether the app has a trigger block `block_key` (what can start it)."""
    return any(isinstance(n, dict) and n.get("block") == block_key for n in (app or {}).get("nodes", []))


def downstream(app: dict, node: str) -> set[str]:
    """The nodes wired after `node`, directly or through others (what waits for an approval)."""
    children: dict[str, set[str]] = {}
    for edge in app.get("edges", []):
        children.setdefault(_split(edge.get("from", ""))[0], set()).add(_split(edge.get("to", ""))[0])
    found, stack = set(), [node]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in found:
                found.add(child)
                stack.append(child)
    return found
