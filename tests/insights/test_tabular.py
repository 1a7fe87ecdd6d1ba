"""Bad input: text in number columns, mixed date formats, a single row, huge files, Excel
with formulas and merged cells. Each gives a clear message naming the row and column."""

import pytest

from fornuft.insights import tabular
from fornuft.insights.series import read_series
from fornuft.insights.tabular import TableProblem, parse_number


def write(tmp_path, text, name="s.csv"):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_text_in_the_value_column_names_row_and_column(tmp_path):
    path = write(tmp_path, "date,value\n2024-01-01,10\n2024-02-01,ti kroner\n")
    with pytest.raises(TableProblem, match=r"row 3, column 'value': 'ti kroner' is not a number"):
        read_series(path)


def test_mixed_date_formats_name_both_rows(tmp_path):
    path = write(tmp_path, "date,value\n2024-01-01,10\n2024-02-01,11\n01.03.2024,12\n")
    with pytest.raises(TableProblem, match=r"row 4, column 'date'.*DD\.MM\.YYYY.*row 2 uses YYYY-MM-DD"):
        read_series(path)


def test_a_bad_date(tmp_path):
    with pytest.raises(TableProblem, match=r"row 2, column 'date': '2024-13-45' is not a date"):
        read_series(write(tmp_path, "date,value\n2024-13-45,1\n"))


def test_header_only_and_empty_files(tmp_path):
    with pytest.raises(TableProblem, match="no data rows"):
        read_series(write(tmp_path, "date,value\n"))
    with pytest.raises(TableProblem, match="empty"):
        read_series(write(tmp_path, ""))


def test_wrong_columns(tmp_path):
    with pytest.raises(TableProblem, match="expected the columns series,date,value"):
        read_series(write(tmp_path, "when,amount\n2024-01-01,1\n"))


def test_norwegian_csv_with_semicolons_and_decimal_commas(tmp_path):
    path = write(tmp_path, "dato;verdi\n2024-01-01;1 234,50\n2024-02-01;kr 2 000\n")
    (raw,) = read_series(path, {"date": "dato", "value": "verdi"})
    assert [o.value for o in raw.observations] == [1234.5, 2000.0]


def test_a_file_without_header(tmp_path):
    (raw,) = read_series(write(tmp_path, "2024-01-01,5\n2024-02-01,6\n"))
    assert [o.value for o in raw.observations] == [5.0, 6.0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 234,50", 1234.5),
        ("1,234.50", 1234.5),
        ("(120)", -120.0),
        ("NOK 99", 99.0),
        ("1.000.000,00", 1e6),
        ("", None),
        ("3,5", 3.5),
    ],
)
def test_numbers_as_people_write_them(text, value):
    assert parse_number(text, row=1, column="v")[0] == value


def test_too_many_rows_are_refused_with_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_ROWS", 1000)
    path = tmp_path / "big.csv"
    with path.open("w") as handle:
        handle.write("date,value\n")
        for k in range(5000):
            handle.write(f"2024-01-01,{k}\n")
    with pytest.raises(TableProblem, match=r"row 1002: more than 1,000 data rows; the limit is 1,000") as caught:
        read_series(path)
    assert caught.value.code == "too_large"


def test_excel_with_formulas_and_merged_cells(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["series", "date", "value"])
    sheet.append(["North", "2024-01-01", 10])
    sheet.append([None, "2024-02-01", "=B99"])
    sheet.append([None, "2024-03-01", 30])
    sheet.merge_cells("A2:A4")
    path = tmp_path / "sales.xlsx"
    book.save(path)
    # openpyxl writes no cached values; put one in as Excel would when saving.
    import zipfile

    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet_xml = parts["xl/worksheets/sheet1.xml"].decode()
    parts["xl/worksheets/sheet1.xml"] = (
        sheet_xml.replace("<f>B99</f><v></v>", "<f>B99</f><v>20</v>")
        .replace("<f>B99</f>", "<f>B99</f><v>20</v>", 1 if "<v>20</v>" not in sheet_xml else 0)
        .encode()
    )
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    (raw,) = read_series(path)
    assert raw.name == "North"
    assert [o.value for o in raw.observations] == [10.0, 20.0, 30.0]


def test_a_corrupt_excel_file(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not a workbook")
    with pytest.raises(TableProblem, match="not a readable Excel file"):
        read_series(path)


def test_a_binary_file(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(TableProblem, match="not a text file"):
        read_series(path)
