"""SAF-T Financial: sales per month, customer and account; a wrong namespace is refused clearly."""

import pytest

from fornuft.insights.saft import SaftProblem, parse_saft

NS = "urn:StandardAuditFile-Taxation-Financial:NO"


def saft(namespace=NS, amount="1000.00", day="2024-01-15"):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<AuditFile xmlns="{namespace}">
 <Header><Company><Name>Rør og Varme AS</Name></Company>
  <SelectionCriteria><SelectionStartDate>2024-01-01</SelectionStartDate><SelectionEndDate>2024-12-31</SelectionEndDate></SelectionCriteria></Header>
 <MasterFiles>
  <GeneralLedgerAccounts><Account><AccountID>3000</AccountID><AccountDescription>Salgsinntekt</AccountDescription></Account></GeneralLedgerAccounts>
  <Customers><Customer><CustomerID>K1</CustomerID><Name>Bygg AS</Name></Customer></Customers>
 </MasterFiles>
 <GeneralLedgerEntries><Journal>
  <Transaction><TransactionDate>{day}</TransactionDate>
   <Line><AccountID>1500</AccountID><CustomerID>K1</CustomerID><DebitAmount><Amount>1250.00</Amount></DebitAmount></Line>
   <Line><AccountID>3000</AccountID><CustomerID>K1</CustomerID><CreditAmount><Amount>{amount}</Amount></CreditAmount></Line>
   <Line><AccountID>2700</AccountID><CreditAmount><Amount>250.00</Amount></CreditAmount></Line>
  </Transaction>
  <Transaction><TransactionDate>2024-02-03</TransactionDate>
   <Line><AccountID>3000</AccountID><CustomerID>K1</CustomerID><DebitAmount><Amount>100.00</Amount></DebitAmount></Line>
   <Line><AccountID>1500</AccountID><CreditAmount><Amount>100.00</Amount></CreditAmount></Line>
  </Transaction>
 </Journal></GeneralLedgerEntries>
</AuditFile>""".encode()


def test_sales_per_month_customer_and_account():
    sales = parse_saft(saft(NS + ":1.10"))
    assert sales.company == "Rør og Varme AS"
    assert sales.by_month == {"2024-01-01": 1000.0, "2024-02-01": -100.0}
    assert sales.by_customer == {"Bygg AS": {"2024-01-01": 1000.0, "2024-02-01": -100.0}}
    assert list(sales.by_account) == ["3000 Salgsinntekt"]
    assert sales.series_rows()[0] == {"series": "total", "date": "2024-01-01", "value": 1000.0}


def test_a_wrong_namespace_is_named():
    with pytest.raises(
        SaftProblem, match=r"line 2, element <AuditFile>: the namespace is 'urn:OECD:StandardAuditFile-Tax:PT_1.04_01'"
    ):
        parse_saft(saft("urn:OECD:StandardAuditFile-Tax:PT_1.04_01"))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (saft(amount="mye"), r"element <Amount>: 'mye' is not a number"),
        (saft(day="15.01.2024"), r"<TransactionDate>: '15.01.2024' is not a date"),
        (b"<Invoice/>", "not a SAF-T file"),
        (b"<AuditFile", "not well-formed"),
        (b'<!DOCTYPE x [<!ENTITY a "aaaa">]><AuditFile/>', "DTD"),
    ],
)
def test_bad_saft_files(data, message):
    with pytest.raises(SaftProblem, match=message):
        parse_saft(data)
