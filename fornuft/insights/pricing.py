"""Quote history and quotes from files, for the price suggestion (fornuft.ml.pricing).
Plain Python; messages name the row and column."""

from __future__ import annotations

import json
from pathlib import Path

from fornuft.insights.tabular import TableProblem, open_table, parse_date, parse_number
from fornuft.ml.pricing import Bid

MAX_BIDS = 200_000
BID_COLUMNS = ("date", "segment", "service", "cost", "price", "won")


def read_bids(path: str | Path) -> list[Bid]:
    table = open_table(path)
    missing = [c for c in BID_COLUMNS if c not in table.header and c != "date"]
    if missing:
        raise TableProblem(f"row 1: no column {missing[0]!r}; expected {','.join(BID_COLUMNS)}")
    index = {c: table.header.index(c) for c in BID_COLUMNS if c in table.header}
    bids = []
    for row, cells in table.rows:
        if len(bids) >= MAX_BIDS:
            raise TableProblem(f"row {row}: more than {MAX_BIDS:,} quotes (the limit)", code="too_large")
        cells = cells + [""] * (max(index.values()) + 1 - len(cells))
        day = (
            parse_date(cells[index["date"]], row=row, column="date")
            if "date" in index and cells[index["date"]]
            else None
        )
        cost, _ = parse_number(cells[index["cost"]], row=row, column="cost")
        price, _ = parse_number(cells[index["price"]], row=row, column="price")
        if cost is None or cost <= 0:
            raise TableProblem(f"row {row}, column 'cost': the cost must be a positive number")
        if price is None or price <= 0:
            raise TableProblem(f"row {row}, column 'price': the price must be a positive number")
        won_text = cells[index["won"]].strip().lower()
        if won_text in {"1", "true", "yes", "ja", "won", "vunnet"}:
            won = 1
        elif won_text in {"0", "false", "no", "nei", "lost", "tapt"}:
            won = 0
        else:
            raise TableProblem(f"row {row}, column 'won': {cells[index['won']]!r} is not 0 or 1")
        bids.append(Bid(day, cells[index["segment"]].strip(), cells[index["service"]].strip(), cost, price, won))
    return bids


def read_quote(path: str | Path) -> dict:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise TableProblem(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TableProblem(f"{path}: cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise TableProblem(f"{path.name}, line {exc.lineno}: not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise TableProblem(f'{path.name}: expected {{"segment", "service", "cost"}}')
    cost = data.get("cost")
    if isinstance(cost, str):
        cost, _ = parse_number(cost, row=1, column="cost")
    if isinstance(cost, bool) or not isinstance(cost, (int, float)) or not cost > 0 or cost > 1e12:
        raise TableProblem(f"{path.name}: 'cost' must be a positive number")
    quote = {
        "segment": str(data.get("segment") or "").strip(),
        "service": str(data.get("service") or "").strip(),
        "cost": float(cost),
    }
    markup = data.get("markup")
    if isinstance(markup, (int, float)) and not isinstance(markup, bool) and 0 <= markup <= 10:
        quote["markup"] = float(markup)
    if isinstance(data.get("date"), str):
        quote["date"] = parse_date(data["date"], row=1, column="date")
    return quote
