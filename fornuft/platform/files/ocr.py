"""OCR with the real Tesseract CLI (nor+eng): orientation from `--psm 0` OSD, small-angle
deskew by projection profile, then words with positions and confidences from TSV output."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

from fornuft.platform.files.layout import Word
from fornuft.platform.files.problems import FileProblem

MAX_IMAGE_PIXELS = 50_000_000
OCR_LONG_SIDE = 2800  # about 240 dpi for A4: as accurate as 300 dpi on our scans (measured), faster
TIMEOUT_SECONDS = 60


class OCRProblem(FileProblem):
    pass


def tesseract_path() -> str:
    path = shutil.which("tesseract")
    if not path:
        raise OCRProblem("Tesseract is not installed (apt install tesseract-ocr tesseract-ocr-nor).")
    return path


def _run(args: list[str], image_bytes: bytes) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        done = subprocess.run(
            [tesseract_path(), "stdin", "stdout", *args],
            input=image_bytes,
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise OCRProblem(f"OCR took longer than {TIMEOUT_SECONDS} s and was stopped.") from None
    return done.stdout.decode("utf-8", "replace")


def _png(image) -> bytes:
    """The image as uncompressed PGM: Tesseract reads it without a costly PNG encode."""
    import io

    buffer = io.BytesIO()
    image.convert("L").save(buffer, format="PPM")
    return buffer.getvalue()


def open_image(data: bytes):
    """A grayscale PIL image; refuses decompression bombs and unreadable files clearly."""
    import io
    import warnings

    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # the size is checked below
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                raise OCRProblem(
                    f"The image is {width} × {height} px ({width * height / 1e6:.0f} megapixels); the "
                    f"limit is {MAX_IMAGE_PIXELS / 1e6:.0f}. Scan at 300 dpi or send a PDF.",
                    "too_large",
                )
            image.load()
    except Image.DecompressionBombError:
        raise OCRProblem(
            "The image is too large to read safely (decompression bomb protection). Scan at 300 dpi or send a PDF.",
            "too_large",
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise OCRProblem(f"The image cannot be read ({exc}). Send a JPEG, PNG, TIFF or PDF.") from None
    if getattr(image, "n_frames", 1) > 1:
        image.seek(0)
    return image.convert("L")


def orientation(image) -> int:
    """Degrees the page is rotated clockwise according to Tesseract OSD (0 when unsure)."""
    small = image.copy()
    small.thumbnail((1400, 1400))
    output = _run(["--psm", "0", "-l", "osd"], _png(small))
    rotate = re.search(r"Rotate:\s*(\d+)", output)
    confidence = re.search(r"Orientation confidence:\s*([\d.]+)", output)
    if rotate and confidence and float(confidence.group(1)) >= 1.0:
        return int(rotate.group(1)) % 360
    return 0


def skew_angle(image, max_angle: float = 6.0) -> float:
    """The small rotation (degrees) that makes text rows most horizontal: projection
    profile, coarse (0.5°) then fine (0.1°)."""
    import numpy as np
    from PIL import Image

    small = image.copy()
    small.thumbnail((1200, 1200))
    dark = small.point(lambda p: 255 if p < 140 else 0)

    def score(angle: float) -> float:
        rotated = dark.rotate(angle, resample=Image.Resampling.NEAREST, expand=False, fillcolor=0)
        rows = np.asarray(rotated, dtype=np.float32).sum(axis=1)
        return float(np.var(np.diff(rows)))

    coarse = [a / 2 for a in range(int(-max_angle * 2), int(max_angle * 2) + 1)]
    best = max(coarse, key=score)
    fine = [best + a / 10 for a in range(-5, 6)]
    return max(fine, key=score)


def _scaled(image):
    from PIL import Image

    if max(image.size) > OCR_LONG_SIDE:
        scale = OCR_LONG_SIDE / max(image.size)
        image = image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS)
    return image


RULE_LENGTH = 0.035  # of the page width: longer straight dark runs are table rules, not letters


def _trailing_sums(values, length: int):
    """Per row, the sum of `values` over the `length` pixels ending at each pixel."""
    import numpy as np

    sums = np.cumsum(values, axis=1, dtype=np.int32)
    sums[:, length:] -= sums[:, :-length].copy()
    return sums


def _horizontal_rules(dark, length: int):
    """Pixels on a horizontal dark run of at least `length`: the windows that are all dark,
    spread back over the pixels they cover. Running sums, so any length costs the same."""
    full = _trailing_sums(dark, length) >= length  # the window ending at this pixel is all dark
    return _trailing_sums(full[:, ::-1], length)[:, ::-1] > 0  # some full window covers the pixel


def _without_rules(image):
    """The page with its table rules and boxes whitened: text inside ruled cells (a grid drawn
    around every cell, photographed slightly askew) makes Tesseract's layout analysis take the
    whole table for a picture and drop it. Letters are far shorter than a rule."""
    import numpy as np
    from PIL import Image
    from scipy import ndimage

    pixels = np.asarray(image)
    paper = float(np.median(pixels))
    dark = pixels < min(200.0, paper - 45)  # a thin rule in a photo is light grey, not black
    length = max(20, int(RULE_LENGTH * image.width))
    thick = max(6, image.width // 250)  # a rule is a few pixels thick; a shadow or a dark band is not
    across = _horizontal_rules(dark, length)
    across &= ~_horizontal_rules(across.T, thick).T
    down = _horizontal_rules(dark.T, length).T
    down &= ~_horizontal_rules(down, thick)
    rules = across | down
    if not rules.any():
        return image
    cleaned = pixels.copy()
    cleaned[ndimage.binary_dilation(rules)] = 255
    return Image.fromarray(cleaned)


def _deskewed(image, steps: list | None = None):
    from PIL import Image

    angle = skew_angle(image)
    if abs(angle) >= 0.2:
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
        if steps is not None:
            steps.append(angle)
    return image


def apply_rotations(image, steps: list[float]):
    """Repeats the rotations OCR applied, so positions found by OCR line up on the picture."""
    from PIL import Image

    for angle in steps:
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    return image


def _tsv_words(image, page: int, languages: str, psm: str = "3") -> list[Word]:
    width, height = image.size
    output = _run(["-l", languages, "--psm", psm, "-c", "preserve_interword_spaces=1", "tsv"], _png(image))
    words: list[Word] = []
    for row in output.splitlines()[1:]:
        parts = row.split("\t")
        if len(parts) != 12 or parts[0] != "5":
            continue
        text = parts[11].strip()
        if not text:
            continue
        left, top, w, h = (int(parts[6]), int(parts[7]), int(parts[8]), int(parts[9]))
        conf = max(0.0, float(parts[10])) / 100
        words.append(
            Word(text, page, left / width, top / height, (left + w) / width, (top + h) / height, conf, height / width)
        )
    return _join_split_numbers(words)


def _join_split_numbers(words: list[Word]) -> list[Word]:
    """OCR sometimes reads "34.914,25" as "34. 914, 25": join a number piece ending in "." or ","
    with the digits right after it on the same line."""
    joined: list[Word] = []
    for word in words:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and len(previous.text) >= 2
            and previous.text[-1] in ".,"
            and previous.text[-2].isdigit()
            and word.text[:1].isdigit()
            and abs((previous.y0 + previous.y1) / 2 - (word.y0 + word.y1) / 2) < 0.5 * previous.height
            and 0 <= word.x0 - previous.x1 < 0.6 * previous.height
        ):
            joined[-1] = Word(
                previous.text + word.text,
                previous.page,
                previous.x0,
                min(previous.y0, word.y0),
                word.x1,
                max(previous.y1, word.y1),
                min(previous.conf, word.conf),
                previous.aspect,
            )
            continue
        joined.append(word)
    return joined


def _looks_upright(words: list[Word]) -> bool:
    readable = [w for w in words if len(w.text) >= 3 and any(c.isalpha() for c in w.text)]
    if len(readable) < 15:
        return False
    return sum(w.conf for w in readable) / len(readable) >= 0.7


def ocr_words(
    image, page: int = 0, languages: str = "nor+eng", steps: list | None = None, pages: dict | None = None
) -> list[Word]:
    """Words with positions (fractions of the page) and confidences 0..1. Deskews, reads, and
    only when the result looks unreadable asks Tesseract's OSD for the page orientation
    (OSD costs as much as a second read, and most pages are upright)."""
    first_steps: list[float] = []
    image = _deskewed(_scaled(image), first_steps)
    words = _tsv_words(image, page, languages)
    chosen, read_image = first_steps, image
    if not _looks_upright(words):
        rotate = orientation(image)
        if rotate:
            second_steps = [*first_steps, -rotate]
            turned = _deskewed(image.rotate(-rotate, expand=True, fillcolor=255), second_steps)
            second = _tsv_words(turned, page, languages)
            if len(second) >= len(words) * 0.5:
                words, chosen, read_image = second, second_steps, turned
    if steps is not None:
        steps.extend(chosen)
    if pages is not None:
        pages[page] = read_image  # the picture the positions refer to, for re-reading single cells
    return words


def read_as_block(image, page: int = 0, languages: str = "nor+eng") -> list[Word]:
    """The page read again as one block of text lines (`--psm 6`), without Tesseract's page
    layout analysis: on a photo with shadows that analysis can drop a whole column (the amounts)
    or the letterhead, which a plain line-by-line reading keeps. `image` is the picture
    `ocr_words` read (already turned and deskewed)."""
    return _tsv_words(_without_rules(image), page, languages, psm="6")


def read_cell(image, box: tuple[float, float, float, float]) -> str:
    """Reads one table cell again as a single line of digits: Tesseract's page layout analysis
    drops lone characters such as a quantity "2", read alone they come through."""
    from PIL import Image

    x0, y0, x1, y1 = box
    if x1 - x0 < 0.002 or y1 - y0 < 0.002:
        return ""  # neighbouring cells leave no room: nothing to read
    width, height = image.size
    crop = image.crop(
        (
            max(0, int(x0 * width)),
            max(0, int(y0 * height)),
            min(width, int(x1 * width) + 1),
            min(height, int(y1 * height) + 1),
        )
    )
    if crop.width < 4 or crop.height < 4:
        return ""
    from PIL import ImageFilter

    crop = crop.filter(ImageFilter.MedianFilter(3)).point(lambda p: 255 if p > 150 else 0)  # drop speckles
    if crop.height < 60:
        scale = 60 / crop.height
        crop = crop.resize((int(crop.width * scale), 60), Image.Resampling.LANCZOS)
    framed = Image.new("L", (crop.width + 40, crop.height + 40), 255)
    framed.paste(crop, (20, 20))
    output = _run(["--psm", "7", "-c", "tessedit_char_whitelist=0123456789,.-%", "-l", "eng"], _png(framed))
    return output.strip()


class TesseractOCR:
    """The OCR backend: the Tesseract CLI (see `ocr_words` and `read_cell`)."""

    def __init__(self, languages: str = "nor+eng") -> None:
        self.languages = languages

    def words(self, image, page: int = 0, steps: list | None = None, pages: dict | None = None) -> list[Word]:
        return ocr_words(image, page=page, languages=self.languages, steps=steps, pages=pages)

    def read_cell(self, image, box: tuple[float, float, float, float]) -> str:
        return read_cell(image, box)

    def read_as_block(self, image, page: int = 0) -> list[Word]:
        return read_as_block(image, page, self.languages)
