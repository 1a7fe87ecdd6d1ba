"""SAF-T Financial (the Norwegian standard export from accounting systems): sales per
month, per customer and per account, read from the general ledger entries.

Sales are the credit minus the debit on the revenue accounts (class 3, accounts 3000–3999
in the Norwegian standard chart), dated by the transaction date. The XML is parsed by the
platform's hardened parser (no DTDs, no entities). Plain Python; no Django."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

NAMESPACE_PREFIX = "urn:StandardAuditFile-Taxation-Financial:NO"


class SaftProblem(ValueError):
    code = "bad_saft"


@dataclass
class SaftSales:
    company: str
    start: date | None
    end: date | None
    by_month: dict[str, float]  # YYYY-MM-01 -> sales
    by_customer: dict[str, dict[str, float]]  # customer name -> month -> sales
    by_account: dict[str, dict[str, float]]  # account id + name -> month -> sales
    transactions: int

    def series_rows(self, per: str = "total") -> list[dict]:
        """`series,date,value` rows for the forecaster: the total, per customer or per account."""
        if per == "customer":
            source = self.by_customer
        elif per == "account":
            source = self.by_account
        else:
            source = {"total": self.by_month}
        return [
            {"series": name, "date": month, "value": round(value, 2)}
            for name, months in source.items()
            for month, value in sorted(months.items())
        ]


def _is_revenue(account: str) -> bool:
    digits = "".join(ch for ch in account if ch.isdigit())
    return len(digits) >= 4 and digits[0] == "3"


def parse_saft(data: bytes) -> SaftSales:
    from fornuft.platform.files.safexml import UnsafeXML, parse

    try:
        root = parse(data)
    except UnsafeXML as exc:
        raise SaftProblem(f"The SAF-T file cannot be read: {exc}") from None
    tag = root.tag
    namespace = tag[1:].split("}")[0] if tag.startswith("{") else ""
    local = tag.split("}")[-1]
    if local != "AuditFile":
        raise SaftProblem(
            f"line {root.sourceline}: the root element is <{local}>, not <AuditFile>; this is not a SAF-T file."
        )
    if not namespace.startswith(NAMESPACE_PREFIX):
        raise SaftProblem(
            f"line {root.sourceline}, element <AuditFile>: the namespace is {namespace or '(none)'!r}; a Norwegian "
            f"SAF-T Financial file uses {NAMESPACE_PREFIX}:1.10 (or 1.30). Export SAF-T Financial from the "
            "accounting system again, not SAF-T Cash Register or another country's format."
        )
    ns = {"s": namespace}

    def text(element, path: str) -> str:
        found = element.find(path, ns)
        return (found.text or "").strip() if found is not None and found.text else ""

    company = text(root, "s:Header/s:Company/s:Name")
    start_text = text(root, "s:Header/s:SelectionCriteria/s:SelectionStartDate")
    end_text = text(root, "s:Header/s:SelectionCriteria/s:SelectionEndDate")
    accounts = {
        text(a, "s:AccountID"): text(a, "s:AccountDescription")
        for a in root.iterfind("s:MasterFiles/s:GeneralLedgerAccounts/s:Account", ns)
    }
    customers = {
        text(c, "s:CustomerID"): text(c, "s:Name") or text(c, "s:CustomerID")
        for c in root.iterfind("s:MasterFiles/s:Customers/s:Customer", ns)
    }
    by_month: dict[str, float] = defaultdict(float)
    by_customer: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    by_account: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    count = 0
    for transaction in root.iterfind("s:GeneralLedgerEntries/s:Journal/s:Transaction", ns):
        count += 1
        day_text = text(transaction, "s:TransactionDate") or text(transaction, "s:GLPostingDate")
        try:
            day = date.fromisoformat(day_text[:10])
        except ValueError:
            raise SaftProblem(
                f"line {transaction.sourceline}, element <TransactionDate>: {day_text!r} is not a date (YYYY-MM-DD)"
            ) from None
        month = day.replace(day=1).isoformat()
        transaction_customer = text(transaction, "s:CustomerID")
        for line in transaction.iterfind("s:Line", ns):
            account = text(line, "s:AccountID")
            if not _is_revenue(account):
                continue
            amount = 0.0
            for side, sign in (("s:CreditAmount/s:Amount", 1.0), ("s:DebitAmount/s:Amount", -1.0)):
                raw = text(line, side)
                if raw:
                    try:
                        amount += sign * float(raw)
                    except ValueError:
                        raise SaftProblem(
                            f"line {line.sourceline}, element <Amount>: {raw!r} is not a number"
                        ) from None
            customer_id = text(line, "s:CustomerID") or transaction_customer
            by_month[month] += amount
            by_customer[customers.get(customer_id, customer_id or "(no customer)")][month] += amount
            by_account[f"{account} {accounts.get(account, '')}".strip()][month] += amount
    if count == 0:
        raise SaftProblem(
            "The SAF-T file has no general ledger transactions (GeneralLedgerEntries/Journal/Transaction)."
        )

    def as_date(value: str) -> date | None:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None

    return SaftSales(
        company,
        as_date(start_text),
        as_date(end_text),
        dict(by_month),
        {k: dict(v) for k, v in by_customer.items()},
        {k: dict(v) for k, v in by_account.items()},
        count,
    )
