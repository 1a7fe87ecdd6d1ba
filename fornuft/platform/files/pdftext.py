"""PDF text layer with word positions (pypdfium2). Raises PdfProblem with a clear message
for encrypted, corrupt or oversized PDFs."""

from __future__ import annotations

from fornuft.platform.files.layout import Word
from fornuft.platform.files.problems import FileProblem

MAX_PAGES = 50  # an invoice is rarely longer; longer PDFs are refused, not half-read


class PdfProblem(FileProblem):
    pass


def open_pdf(data: bytes):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text or b"/Encrypt" in data[-4096:] or b"/Encrypt" in data[:4096]:
            raise PdfProblem(
                "The PDF is encrypted (password protected). Ask the supplier for an "
                "unprotected copy or an EHF invoice.",
                status="encrypted",
            ) from None
        raise PdfProblem(f"The PDF is damaged and cannot be read ({exc}). Ask the sender for a new copy.") from None


def page_count(data: bytes) -> int:
    pdf = open_pdf(data)
    try:
        return len(pdf)
    finally:
        pdf.close()


def check_page_count(count: int) -> None:
    if count > MAX_PAGES:
        raise PdfProblem(
            f"The PDF has {count} pages; invoices over {MAX_PAGES} pages are not read "
            "automatically. Split it into single invoices and upload them again.",
            status="too_large",
        )


def _page_words(page, page_index: int) -> list[Word]:
    import ctypes

    import pypdfium2.raw as raw

    width, height = page.get_size()
    textpage = page.get_textpage()
    words: list[Word] = []
    try:
        count = raw.FPDFText_CountChars(textpage.raw)
        left, right, bottom, top = (ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double())
        chars: list[str] = []
        box = [0.0, 0.0, 0.0, 0.0]
        last_right = None
        pending_generated = False

        def flush():
            if chars:
                text = "".join(chars)
                words.append(
                    Word(
                        text,
                        page_index,
                        box[0] / width,
                        1 - box[3] / height,
                        box[1] / width,
                        1 - box[2] / height,
                        aspect=height / width,
                    )
                )
            chars.clear()

        for index in range(count):
            code = raw.FPDFText_GetUnicode(textpage.raw, index)
            char = chr(code) if code else ""
            if not char or char.isspace() or char in "\x00\ufffe\uffff":
                if char == " " and chars and raw.FPDFText_IsGenerated(textpage.raw, index) == 1:
                    # pdfium inserts spaces between text objects; only a visible gap splits a word
                    pending_generated = True
                    continue
                flush()
                last_right = None
                continue
            raw.FPDFText_GetCharBox(textpage.raw, index, left, right, bottom, top)
            # a dash or a full stop has a glyph box a fraction of a letter high: measure the gap
            # against the font size too, or "A-pris" in a monospace font falls apart at its dash
            char_height = max(top.value - bottom.value, 0.6 * raw.FPDFText_GetFontSize(textpage.raw, index), 1)
            gap = left.value - last_right if last_right is not None else 0
            if (
                chars
                and last_right is not None
                and (gap > char_height or pending_generated and gap > 0.25 * char_height)
            ):
                flush()
            pending_generated = False
            if not chars:
                box[:] = [left.value, right.value, bottom.value, top.value]
            else:
                box[0], box[1] = min(box[0], left.value), max(box[1], right.value)
                box[2], box[3] = min(box[2], bottom.value), max(box[3], top.value)
            chars.append(char)
            last_right = right.value
        flush()
    finally:
        textpage.close()
    return _join_detached_punctuation(words)


def _join_gap(word: Word) -> float:
    """How far (in text heights) a detached piece may sit from the word before it: a comma or
    full stop never starts a word, so a lone one, or one that starts ".2026" of "05.11.2026" in a
    font that spaces its full stops wide (about half a text height), may sit further away."""
    return 1.0 if word.text[:1] in ",." else 0.4


def _join_detached_punctuation(words: list[Word]) -> list[Word]:
    """Some PDF producers place ".11" of "$4.11" as its own text object; join it back when
    it sits right after the word before on the same baseline."""
    joined: list[Word] = []
    for word in words:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and (word.text[:1] in ".," or word.text[:1] == "-" and word.text[1:2].isdigit())
            and previous.text[-1:].isalnum()
            and word.y0 < previous.y1
            and word.y1 > previous.y0 - 0.1 * previous.height
            and -0.1 * previous.height
            <= word.x0 - previous.x1
            < _join_gap(word) * max(previous.height, word.height, 1e-6)
        ):
            joined[-1] = Word(
                previous.text + word.text,
                previous.page,
                previous.x0,
                min(previous.y0, word.y0),
                word.x1,
                max(previous.y1, word.y1),
                aspect=previous.aspect,
            )
            continue
        joined.append(word)
    return joined


def extract_words(data: bytes, max_pages: int = MAX_PAGES) -> tuple[list[Word], int]:
    """(words of every page, page count). Refuses PDFs over `max_pages` pages."""
    pdf = open_pdf(data)
    try:
        count = len(pdf)
        if count > max_pages:
            check_page_count(count)
        words: list[Word] = []
        for index in range(count):
            page = pdf[index]
            try:
                words.extend(_page_words(page, index))
            finally:
                page.close()
        return words, count
    finally:
        pdf.close()


def render_page(data: bytes, index: int = 0, dpi: int = 300, max_pixels: int = 40_000_000):
    """A PIL image of one page at `dpi` (lowered when the page would exceed `max_pixels`)."""
    pdf = open_pdf(data)
    try:
        page = pdf[index]
        width, height = page.get_size()
        scale = dpi / 72
        if width * height * scale * scale > max_pixels:
            scale = (max_pixels / (width * height)) ** 0.5
        image = page.render(scale=scale, grayscale=True).to_pil()
        page.close()
        return image
    finally:
        pdf.close()


class PdfiumText:
    """The PDF text backend: pypdfium2's text layer and page rendering."""

    def words(self, data: bytes, max_pages: int = MAX_PAGES) -> tuple[list[Word], int]:
        return extract_words(data, max_pages)

    def render(self, data: bytes, index: int = 0, dpi: int = 300):
        return render_page(data, index, dpi=dpi)
