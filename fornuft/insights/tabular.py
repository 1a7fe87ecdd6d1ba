"""Reading tables people bring (CSV with `,` or `;`, Excel) into plain rows, and turning
cells into numbers and dates with messages that name the row and the column.

Plain Python: no Django. Rows are streamed, and a file with more than `MAX_ROWS` data rows
is refused with the limit in the message rather than read into memory."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

MAX_ROWS = 1_000_000
MAX_CELL_CHARS = 1_000


class TableProblem(ValueError):
    """A file that cannot be read as the table asked for; the message names row and column."""

    def __init__(self, message: str, code: str = "bad_input"):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: Iterator[tuple[int, list[str]]]  # (row number in the file, 1-based; cells)


def open_table(path: str | Path, *, sheet: str | None = None) -> Table:
    """The header and a stream of rows of a CSV or Excel file (by suffix, then by content)."""
    path = Path(path)
    if not path.exists():
        raise TableProblem(f"{path}: no such file")
    if path.is_dir():
        raise TableProblem(f"{path}: is a folder, not a file")
    with path.open("rb") as handle:
        start = handle.read(8)
    if path.suffix.lower() in {".xlsx", ".xlsm"} or start.startswith(b"PK\x03\x04"):
        return _excel_table(path, sheet)
    if start.startswith(b"\xd0\xcf\x11\xe0"):
        raise TableProblem(f"{path.name}: an old Excel file (.xls); save it as .xlsx or CSV")
    return _csv_table(path)


def _csv_table(path: Path) -> Table:
    with path.open("r", encoding="utf-8-sig", errors="replace", newline="") as handle:
        sample = handle.read(65536)
    if "\x00" in sample:
        raise TableProblem(f"{path.name}: not a text file (CSV expected)")
    first_line = sample.splitlines()[0] if sample.strip() else ""
    delimiter = max([",", ";", "\t"], key=first_line.count) if first_line else ","
    csv.field_size_limit(MAX_CELL_CHARS * 10)
    with path.open("r", encoding="utf-8-sig", errors="replace", newline="") as handle:
        try:
            header = next(csv.reader(handle, delimiter=delimiter))
        except StopIteration:
            raise TableProblem(f"{path.name}: the file is empty") from None
        except csv.Error as exc:
            raise TableProblem(f"{path.name}, row 1: {exc}") from None

    def rows() -> Iterator[tuple[int, list[str]]]:
        # The file is opened when the rows are read (and closed when they end), so a
        # caller that stops at the header leaves nothing open.
        with path.open("r", encoding="utf-8-sig", errors="replace", newline="") as handle:
            reader = csv.reader(handle, delimiter=delimiter)
            try:
                next(reader, None)
                for number, row in enumerate(reader, start=2):
                    if number - 1 > MAX_ROWS:
                        raise TableProblem(
                            f"{path.name}, row {number}: more than {MAX_ROWS:,} data rows; the limit is "
                            f"{MAX_ROWS:,}. Sum the data per period first (e.g. per day or per month).",
                            code="too_large",
                        )
                    if not any(cell.strip() for cell in row):
                        continue
                    yield number, [cell.strip()[:MAX_CELL_CHARS] for cell in row]
            except csv.Error as exc:
                raise TableProblem(f"{path.name}, row {reader.line_num}: {exc}") from None

    return Table([cell.strip().lower() for cell in header], rows())


def _excel_table(path: Path, sheet: str | None) -> Table:
    import zipfile

    from openpyxl import load_workbook

    try:
        # data_only: a formula cell gives the value Excel computed and saved with the file.
        workbook = load_workbook(path, read_only=False, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise TableProblem(f"{path.name}: not a readable Excel file ({exc})") from None
    worksheet = workbook[sheet] if sheet and sheet in workbook.sheetnames else workbook.worksheets[0]
    if worksheet.max_row - 1 > MAX_ROWS:
        raise TableProblem(
            f"{path.name}: more than {MAX_ROWS:,} data rows; the limit is {MAX_ROWS:,}.", code="too_large"
        )
    # A merged block shows its value in every cell it covers (a merged month label, say).
    merged_values = {}
    for block in worksheet.merged_cells.ranges:
        value = worksheet.cell(block.min_row, block.min_col).value
        for row in range(block.min_row, block.max_row + 1):
            for column in range(block.min_col, block.max_col + 1):
                merged_values[(row, column)] = value

    def text(value) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value).strip()[:MAX_CELL_CHARS]

    all_rows = []
    for r_index, row in enumerate(worksheet.iter_rows(), start=1):
        cells = []
        for c_index, cell in enumerate(row, start=1):
            value = merged_values.get((r_index, c_index), cell.value)
            cells.append(text(value))
        all_rows.append((r_index, cells))
    workbook.close()
    all_rows = [(number, cells) for number, cells in all_rows if any(cells)]
    if not all_rows:
        raise TableProblem(f"{path.name}: the sheet is empty")
    header = [cell.lower() for cell in all_rows[0][1]]

    def rows() -> Iterator[tuple[int, list[str]]]:
        yield from all_rows[1:]

    return Table(header, rows())


# --- cells -------------------------------------------------------------------------------

_CURRENCY = re.compile(r"(?i)\b(nok|sek|dkk|eur|usd|gbp|kr\.?)\b|[€$£]")
_CURRENCY_NAMES = {"kr": "NOK", "kr.": "NOK", "€": "EUR", "$": "USD", "£": "GBP"}


def parse_number(text: str, *, row: int, column: str) -> tuple[float | None, str | None]:
    """(value, currency) of a cell; None for an empty cell. Accepts `1 234,50`, `1,234.50`,
    `1234.5`, `kr 1 200`, `NOK 1200`, `(120)` for negative; anything else raises TableProblem."""
    raw = text.strip()
    if raw == "" or raw.lower() in {"na", "nan", "n/a", "null", "-"}:
        return None, None
    currency = None
    match = _CURRENCY.search(raw)
    if match:
        token = match.group(0)
        currency = _CURRENCY_NAMES.get(token.lower(), token.upper())
        raw = _CURRENCY.sub("", raw)
    cleaned = raw.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "")
    negative = cleaned.startswith("(") and cleaned.endswith(")")
    cleaned = cleaned.strip("()").replace("\u2212", "-")
    if "," in cleaned and "." in cleaned:
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    elif "," in cleaned:
        head, _, tail = cleaned.rpartition(",")
        cleaned = cleaned.replace(",", "") if len(tail) == 3 and head.count(",") >= 1 else cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        shown = text if len(text) <= 40 else text[:37] + "..."
        raise TableProblem(f"row {row}, column {column!r}: {shown!r} is not a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise TableProblem(f"row {row}, column {column!r}: {text!r} is not a finite number")
    return (-value if negative else value), currency


_DATE_FORMATS = [
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "%Y-%m-%d", "YYYY-MM-DD"),
    (re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$"), None, "YYYY-MM-DD hh:mm"),
    (re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}$"), "%d.%m.%Y", "DD.MM.YYYY"),
    (re.compile(r"^\d{4}/\d{2}/\d{2}$"), "%Y/%m/%d", "YYYY/MM/DD"),
    (re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$"), "%d/%m/%Y", "DD/MM/YYYY"),
    (re.compile(r"^\d{4}-\d{1,2}$"), "%Y-%m", "YYYY-MM"),
    (re.compile(r"^\d{4}-?W\d{1,2}$", re.IGNORECASE), "isoweek", "YYYY-Www"),
    (re.compile(r"^\d{4}-?Q[1-4]$", re.IGNORECASE), "quarter", "YYYY-Qn"),
]


def date_format(text: str) -> str | None:
    """The name of the date format of `text` ("YYYY-MM-DD", "DD.MM.YYYY", ...), or None."""
    for pattern, _, name in _DATE_FORMATS:
        if pattern.match(text.strip()):
            return name
    return None


def parse_date(text: str, *, row: int, column: str) -> date:
    raw = text.strip()
    for pattern, fmt, _name in _DATE_FORMATS:
        if not pattern.match(raw):
            continue
        try:
            if fmt is None:
                return datetime.fromisoformat(raw).date()
            if fmt == "isoweek":
                year, week = re.split(r"-?[Ww]", raw)
                return date.fromisocalendar(int(year), int(week), 1)
            if fmt == "quarter":
                year, quarter = re.split(r"-?[Qq]", raw)
                return date(int(year), 3 * int(quarter) - 2, 1)
            return datetime.strptime(raw, fmt).date()  # noqa: DTZ007 - a calendar date, no time
        except ValueError:
            break
    shown = raw if len(raw) <= 40 else raw[:37] + "..."
    if raw == "":
        raise TableProblem(f"row {row}, column {column!r}: the date is empty")
    raise TableProblem(f"row {row}, column {column!r}: {shown!r} is not a date (use YYYY-MM-DD)")


def monday(day: date) -> date:
    """The Monday of the ISO week of `day`."""
    return day - timedelta(days=day.weekday())


def csv_text(rows: list[dict], columns: list[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
