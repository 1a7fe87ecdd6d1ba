"""Reading an uploaded CSV table for an app, refused by size before it is read.

Plain Python: takes bytes or a path, gives a list of records (dicts). Delimiter `,` or
`;` (Norwegian Excel), UTF-8 with or without BOM, else Windows-1252."""

from __future__ import annotations

import csv
import io
from pathlib import Path

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 50_000
MAX_COLUMNS = 200


class TableProblem(ValueError):
    """The file cannot be used as a table; the message says why."""


def check_size(size: int) -> None:
    if size > MAX_BYTES:
        raise TableProblem(f"The file is {size / 1024 / 1024:.0f} MB; a table may be at most "
                           f"{MAX_BYTES // 1024 // 1024} MB.")


def read_table_file(path: str | Path) -> list[dict]:
    """The rows of a CSV file; the size is checked before a byte is read."""
    path = Path(path)
    try:
        check_size(path.stat().st_size)
        data = path.read_bytes()
    except OSError as error:
        raise TableProblem(f"{path}: {error.strerror or error}") from None
    return read_table(data)


def read_table(data: bytes) -> list[dict]:
    check_size(len(data))
    if b"\x00" in data[:4096]:
        raise TableProblem("This is not a CSV text file.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if not text.strip():
        raise TableProblem("The table is empty.")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = [h.strip() for h in next(reader)]
    except (StopIteration, csv.Error) as error:
        raise TableProblem(f"The table cannot be read: {error}") from None
    if len(header) > MAX_COLUMNS:
        raise TableProblem(f"The table has {len(header)} columns; at most {MAX_COLUMNS}.")
    if not any(header) or len(set(header)) != len(header):
        raise TableProblem("The first line must name each column once.")
    rows = []
    try:
        for values in reader:
            if not any(v.strip() for v in values):
                continue
            if len(rows) >= MAX_ROWS:
                raise TableProblem(f"The table has more than {MAX_ROWS} rows.")
            rows.append({name: _value(v) for name, v in zip(header, values, strict=False)})
    except csv.Error as error:
        raise TableProblem(f"The table cannot be read: {error}") from None
    return rows


def _value(text: str):
    from fornuft.apps.formula import to_number

    text = text.strip()
    if len(text) > 1 and text[0] == "0" and text[1].isdigit():
        return text  # phone numbers, postcodes and account numbers keep their zeros
    if text and (text[0].isdigit() or text[0] in "-+") and len(text) < 30:
        try:
            return to_number(text)
        except ValueError:
            return text
    return text
