"""A small formula language for no-code apps: no Python, no `eval`.

    >>> evaluate("if(budget >= 100000, 'hot', 'cold')", {"budget": 250000})
    'hot'
    >>> evaluate("round([Delivered on time] / orders * 100, 1)", {"Delivered on time": 9, "orders": 12})
    75.0

Numbers, 'strings' or "strings", field references (`budget`, `lead.score` for another
block's output, `[Field with spaces]`), `+ - * /`, comparisons (`= == != <> < <= > >=`),
`and`, `or`, `not`, and the functions `if`, `min`, `max`, `round`, `abs`, `lower`,
`upper`, `len`, `contains`, `number`, `text`, `empty`. `+` joins text when either side is
text. Every problem is a `FormulaError` with a message for a person: a formula that is too
long or nested too deep is refused when parsed, division by zero and unknown fields when
evaluated, and evaluation stops after a fixed number of steps. Plain Python; no Django.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MAX_LENGTH = 2000
MAX_TOKENS = 400
MAX_DEPTH = 40
MAX_STEPS = 5000
MAX_TEXT = 100_000


class FormulaError(ValueError):
    """A formula that cannot be parsed or evaluated; the message says why."""


@dataclass(frozen=True)
class Token:
    kind: str   # num, str, name, op, lpar, rpar, comma, end
    value: object
    pos: int


_OPERATORS = ("==", "!=", "<>", "<=", ">=", "=", "<", ">", "+", "-", "*", "/")
_KEYWORDS = {"and", "or", "not", "true", "false"}


def tokenize(source: str) -> list[Token]:
    """The tokens of `source`; FormulaError for a character or string that is not allowed."""
    if not isinstance(source, str):
        raise FormulaError("A formula must be text.")
    if len(source) > MAX_LENGTH:
        raise FormulaError(f"The formula is too long ({len(source)} characters; at most {MAX_LENGTH}).")
    tokens: list[Token] = []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch.isspace():
            i += 1
            continue
        start = i
        if ch.isdigit() or (ch == "." and i + 1 < n and source[i + 1].isdigit()):
            while i < n and (source[i].isdigit() or source[i] == "."):
                i += 1
            text = source[start:i]
            try:
                tokens.append(Token("num", float(text) if "." in text else int(text), start))
            except ValueError:
                raise FormulaError(f"'{text}' at position {start + 1} is not a number.") from None
        elif ch in "'\"":
            i += 1
            chars = []
            while i < n and source[i] != ch:
                chars.append(source[i])
                i += 1
            if i >= n:
                raise FormulaError(f"The text started at position {start + 1} is not closed with {ch}.")
            i += 1
            tokens.append(Token("str", "".join(chars), start))
        elif ch == "[":
            end = source.find("]", i)
            if end < 0:
                raise FormulaError(f"The field name started with [ at position {start + 1} is not closed with ].")
            name = source[i + 1:end].strip()
            if not name:
                raise FormulaError(f"Empty field name [] at position {start + 1}.")
            tokens.append(Token("name", name, start))
            i = end + 1
        elif ch.isalpha() or ch == "_":
            while i < n and (source[i].isalnum() or source[i] in "_."):
                i += 1
            word = source[start:i]
            lowered = word.lower()
            if lowered in ("true", "false"):
                tokens.append(Token("bool", lowered == "true", start))
            elif lowered in _KEYWORDS:
                tokens.append(Token("op", lowered, start))
            else:
                tokens.append(Token("name", word, start))
        elif ch == "(":
            tokens.append(Token("lpar", ch, start))
            i += 1
        elif ch == ")":
            tokens.append(Token("rpar", ch, start))
            i += 1
        elif ch in ",;":
            tokens.append(Token("comma", ",", start))
            i += 1
        else:
            for op in _OPERATORS:
                if source.startswith(op, i):
                    tokens.append(Token("op", op, start))
                    i += len(op)
                    break
            else:
                raise FormulaError(f"'{ch}' at position {start + 1} is not allowed in a formula.")
        if len(tokens) > MAX_TOKENS:
            raise FormulaError(f"The formula has too many parts (at most {MAX_TOKENS}).")
    tokens.append(Token("end", None, n))
    return tokens


# Binding powers, lowest first.
_BINARY = {"or": 1, "and": 2, "=": 3, "==": 3, "!=": 3, "<>": 3, "<": 3, "<=": 3, ">": 3, ">=": 3,
           "+": 4, "-": 4, "*": 5, "/": 5}
FUNCTIONS = {"if": (3, 3), "min": (1, 50), "max": (1, 50), "round": (1, 2), "abs": (1, 1), "lower": (1, 1),
             "upper": (1, 1), "len": (1, 1), "contains": (2, 2), "number": (1, 1), "text": (1, 1),
             "empty": (1, 1)}


class _Parser:
    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.i = 0

    def peek(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def expression(self, min_power: int = 0, depth: int = 0):
        if depth > MAX_DEPTH:
            raise FormulaError(f"The formula is nested too deeply (at most {MAX_DEPTH} levels).")
        left = self.prefix(depth)
        while True:
            token = self.peek()
            power = _BINARY.get(token.value) if token.kind == "op" else None
            if power is None or power <= min_power:
                return left
            self.take()
            right = self.expression(power, depth + 1)
            left = ("bin", token.value, left, right)

    def prefix(self, depth: int):
        token = self.take()
        if token.kind in ("num", "str", "bool"):
            return ("lit", token.value)
        if token.kind == "op" and token.value in ("-", "+", "not"):
            operand = self.expression(6 if token.value != "not" else 2, depth + 1)
            return ("neg", operand) if token.value == "-" else ("not", operand) if token.value == "not" else operand
        if token.kind == "lpar":
            inner = self.expression(0, depth + 1)
            if self.take().kind != "rpar":
                raise FormulaError(f"A ( at position {token.pos + 1} is not closed with ).")
            return inner
        if token.kind == "name":
            if self.peek().kind == "lpar":
                return self.call(token, depth)
            return ("ref", token.value)
        if token.kind == "end":
            raise FormulaError("The formula ends too early." if self.i > 1 else "The formula is empty.")
        raise FormulaError(f"Unexpected '{token.value}' at position {token.pos + 1}.")

    def call(self, name: Token, depth: int):
        function = str(name.value).lower()
        if function not in FUNCTIONS:
            known = ", ".join(sorted(FUNCTIONS))
            raise FormulaError(f"Unknown function '{name.value}' (known: {known}).")
        self.take()  # (
        args = []
        if self.peek().kind != "rpar":
            while True:
                args.append(self.expression(0, depth + 1))
                if self.peek().kind == "comma":
                    self.take()
                    continue
                break
        if self.take().kind != "rpar":
            raise FormulaError(f"The call to {function}( at position {name.pos + 1} is not closed with ).")
        low, high = FUNCTIONS[function]
        if not low <= len(args) <= high:
            wanted = str(low) if low == high else f"{low} to {high}"
            raise FormulaError(f"{function}() takes {wanted} arguments, not {len(args)}.")
        return ("call", function, args)


def parse(source: str):
    """The syntax tree of `source` (nested tuples); FormulaError says what is wrong."""
    parser = _Parser(tokenize(source))
    tree = parser.expression()
    token = parser.peek()
    if token.kind != "end":
        raise FormulaError(f"Unexpected '{token.value}' at position {token.pos + 1}.")
    return tree


def references(tree) -> set[str]:
    """The field names a parsed formula reads."""
    kind = tree[0]
    if kind == "ref":
        return {tree[1]}
    if kind == "bin":
        return references(tree[2]) | references(tree[3])
    if kind in ("neg", "not"):
        return references(tree[1])
    if kind == "call":
        found: set[str] = set()
        for arg in tree[2]:
            found |= references(arg)
        return found
    return set()


class _Evaluator:
    def __init__(self, fields: dict):
        self.fields = fields
        self.steps = 0

    def step(self):
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise FormulaError(f"The formula took more than {MAX_STEPS} steps and was stopped.")

    def value(self, tree):
        self.step()
        kind = tree[0]
        if kind == "lit":
            return tree[1]
        if kind == "ref":
            return self.lookup(tree[1])
        if kind == "neg":
            return -self.number(self.value(tree[1]), "-")
        if kind == "not":
            return not truthy(self.value(tree[1]))
        if kind == "bin":
            return self.binary(tree[1], tree[2], tree[3])
        return self.call(tree[1], tree[2])

    def lookup(self, name: str):
        if name in self.fields:
            return self.fields[name]
        lowered = name.lower()
        for key, value in self.fields.items():
            if str(key).lower() == lowered:
                return value
        raise FormulaError(f"Unknown field '{name}'.")

    @staticmethod
    def number(value, where: str):
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, (int, float)):
            return value
        if value is None or value == "":
            return 0
        try:
            return to_number(value)
        except ValueError:
            raise FormulaError(f"'{value}' is not a number (in {where}).") from None

    def binary(self, op: str, left_tree, right_tree):
        if op == "and":
            return truthy(self.value(left_tree)) and truthy(self.value(right_tree))
        if op == "or":
            return truthy(self.value(left_tree)) or truthy(self.value(right_tree))
        left, right = self.value(left_tree), self.value(right_tree)
        if op == "+" and (isinstance(left, str) or isinstance(right, str)):
            if (isinstance(left, str) and _is_number_text(left) and not isinstance(right, str)) or (
                    isinstance(right, str) and _is_number_text(right) and not isinstance(left, str)):
                return self.number(left, "+") + self.number(right, "+")
            joined = _text(left) + _text(right)
            if len(joined) > MAX_TEXT:
                raise FormulaError(f"The text grew longer than {MAX_TEXT} characters.")
            return joined
        if op in ("+", "-", "*", "/"):
            a, b = self.number(left, op), self.number(right, op)
            if op == "+":
                return a + b
            if op == "-":
                return a - b
            if op == "*":
                result = a * b
                if isinstance(result, float) and math.isinf(result):
                    raise FormulaError("The result is too large.")
                return result
            if b == 0:
                raise FormulaError("Division by zero.")
            return a / b
        return compare(op, left, right)

    def call(self, function: str, arg_trees):
        if function == "if":
            return self.value(arg_trees[1]) if truthy(self.value(arg_trees[0])) else self.value(arg_trees[2])
        args = [self.value(a) for a in arg_trees]
        if function in ("min", "max"):
            numbers = [self.number(a, function) for a in args]
            return min(numbers) if function == "min" else max(numbers)
        if function == "round":
            digits = int(self.number(args[1], "round")) if len(args) > 1 else 0
            if not -10 <= digits <= 10:
                raise FormulaError("round() takes between -10 and 10 decimals.")
            rounded = round(self.number(args[0], "round"), digits)
            return float(rounded) if digits > 0 else int(rounded)
        if function == "abs":
            return abs(self.number(args[0], "abs"))
        if function == "lower":
            return _text(args[0]).lower()
        if function == "upper":
            return _text(args[0]).upper()
        if function == "len":
            return len(_text(args[0]))
        if function == "contains":
            return _text(args[1]).lower() in _text(args[0]).lower()
        if function == "number":
            return self.number(args[0], "number")
        if function == "text":
            return _text(args[0])
        return args[0] is None or _text(args[0]).strip() == ""  # empty


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _is_number_text(value: str) -> bool:
    try:
        to_number(value)
    except ValueError:
        return False
    return True


def to_number(value) -> float | int:
    """A number from a value or Norwegian/English text ("1 234,50", "1,234.50", "12 %", "kr 500")."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return value
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    for unit in ("kr", "nok", "%", ",-"):
        if text.lower().endswith(unit):
            text = text[: -len(unit)]
        if text.lower().startswith(unit):
            text = text[len(unit):]
    if "," in text and "." in text:
        text = text.replace(",", "") if text.rfind(".") > text.rfind(",") else text.replace(".", "").replace(",", ".")
    elif "," in text:
        text = text.replace(",", ".")
    if not text or len(text) > 40:
        raise ValueError(value)
    number = float(text)
    if math.isnan(number) or math.isinf(number):
        raise ValueError(value)
    return int(number) if number.is_integer() and "." not in text else number


def truthy(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in ("", "0", "false", "no", "nei", "usann")
    return bool(value)


def compare(op: str, left, right) -> bool:
    if not isinstance(left, str) or not isinstance(right, str):
        try:
            left, right = to_number(left), to_number(right)
        except (ValueError, TypeError):
            left, right = _text(left).lower(), _text(right).lower()
    else:
        left, right = left.lower(), right.lower()
    if op in ("=", "=="):
        return left == right
    if op in ("!=", "<>"):
        return left != right
    try:
        if op == "<":
            return left < right
        if op == "<=":
            return left <= right
        if op == ">":
            return left > right
        return left >= right
    except TypeError:
        raise FormulaError(f"Cannot compare '{left}' with '{right}'.") from None


def evaluate_tree(tree, fields: dict):
    """The value of a parsed formula for `fields` (a dict of field name to value)."""
    return _Evaluator(fields).value(tree)


def evaluate(source: str, fields: dict):
    """Parses and evaluates `source` for `fields`; FormulaError says what went wrong."""
    return evaluate_tree(parse(source), fields)
