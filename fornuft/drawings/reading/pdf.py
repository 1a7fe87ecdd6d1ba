"""A PDF drawing with a text layer -> a `Sheet`, through the shared file reading
(`fornuft.platform.files`) and its word positions. Words on one line close together become one
text (a label, a value); positions are turned into points with y growing upwards, like a DXF."""

from __future__ import annotations

from fornuft.drawings.reading.problems import DrawingProblem
from fornuft.drawings.reading.sheet import Sheet, TextItem

MAX_PAGES = 20
JOIN_GAP = 0.9  # words closer than this many word heights belong to one text


def _page_sizes(data: bytes, pages: int) -> list[tuple[float, float]]:
    from fornuft.platform.files.pdftext import open_pdf

    pdf = open_pdf(data)
    try:
        return [tuple(pdf[i].get_size()) for i in range(min(pages, len(pdf)))]  # type: ignore[misc]
    finally:
        pdf.close()


def _page_lines(data: bytes, pages: int) -> list[tuple[float, float, float, float, int]]:
    """Straight thin path pieces (table and title-block rules) of each page, in points."""
    from fornuft.platform.files.pdftext import open_pdf

    found: list[tuple[float, float, float, float, int]] = []
    try:
        import pypdfium2.raw as raw
    except ImportError:  # pragma: no cover
        return found
    pdf = open_pdf(data)
    try:
        for index in range(min(pages, len(pdf))):
            page = pdf[index]
            for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=3):
                left, bottom, right, top = obj.get_pos()
                if right - left <= 1.5 and top - bottom > 2:
                    found.append(((left + right) / 2, bottom, (left + right) / 2, top, index))
                elif top - bottom <= 1.5 and right - left > 2:
                    found.append((left, (top + bottom) / 2, right, (top + bottom) / 2, index))
                elif right - left > 2 and top - bottom > 2 and len(found) < 20000:
                    # a rectangle drawn as one path: its four sides
                    found.extend([(left, bottom, right, bottom, index), (left, top, right, top, index),
                                  (left, bottom, left, top, index), (right, bottom, right, top, index)])
                if len(found) > 50000:
                    return found
    finally:
        pdf.close()
    return found


def read_sheet(data: bytes) -> Sheet:
    from fornuft.platform.files import FileProblem, read_document

    try:
        document = read_document(data, "drawing.pdf", ocr=False, max_pages=MAX_PAGES)
    except FileProblem as problem:
        raise DrawingProblem(str(problem), problem.status) from None
    if sum(1 for w in document.words if any(c.isalnum() for c in w.text)) < 3:
        raise DrawingProblem("the PDF has no text layer (a scan); drawings are read from their text layer",
                             "unsupported")
    sizes = _page_sizes(data, document.pages)
    sheet = Sheet(notes=[])
    by_line: dict[tuple[int, int], list] = {}
    words = sorted(document.words, key=lambda w: (w.page, (w.y0 + w.y1) / 2, w.x0))
    lines: list[list] = []
    for word in words:
        if not word.text.strip():
            continue
        cy = (word.y0 + word.y1) / 2
        if lines:
            last = lines[-1][-1]
            if last.page == word.page and abs((last.y0 + last.y1) / 2 - cy) <= 0.35 * max(last.height, word.height):
                lines[-1].append(word)
                continue
        lines.append([word])
    del by_line
    for line in lines:
        line.sort(key=lambda w: w.x0)
        width, height = sizes[line[0].page] if line[0].page < len(sizes) else (595.0, 842.0)
        group = [line[0]]
        for word in line[1:]:
            gap = (word.x0 - group[-1].x1) * width
            h = max(group[-1].height, word.height) * height
            if gap <= JOIN_GAP * h:
                group.append(word)
            else:
                sheet.texts.append(_item(group, width, height))
                group = [word]
        sheet.texts.append(_item(group, width, height))
    try:
        sheet.lines = _page_lines(data, document.pages)
    except Exception:  # noqa: BLE001 - rules only help; words alone still read
        sheet.lines = []
    return sheet


def _item(words, width: float, height: float) -> TextItem:
    x0 = min(w.x0 for w in words) * width
    x1 = max(w.x1 for w in words) * width
    top = min(w.y0 for w in words)
    bottom = max(w.y1 for w in words)
    y0, y1 = (1 - bottom) * height, (1 - top) * height
    return TextItem(text=" ".join(w.text for w in words), x0=x0, y0=y0, x1=x1, y1=y1,
                    height=max(y1 - y0, 1e-6), page=words[0].page)
