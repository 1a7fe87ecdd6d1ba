"""Reading technical drawings into plain data: no Django, no database.

    from fornuft.drawings.reading import read_drawing, DrawingProblem

    result = read_drawing(data, "A-101.dxf")      # bytes; .dxf or .pdf with a text layer
    result.as_json()      # {"source", "title_block": {...}, "bom": [...], "units", "layers", "status", "message"}

`dxf` turns a DXF (ASCII, binary, old, damaged) into positioned texts, attributes, lines and
tables; `pdf` does the same for a PDF's text layer through `fornuft.platform.files`;
`titleblock` and `bom` find the title block and the parts list in either.
"""

from fornuft.drawings.reading.problems import DrawingProblem
from fornuft.drawings.reading.reader import TITLE_BLOCK_FIELDS, DrawingResult, read_drawing

__all__ = ["TITLE_BLOCK_FIELDS", "DrawingProblem", "DrawingResult", "read_drawing"]
