"""A nameplate photo → OCR text → nameplate fields.

The photo is checked first (HEIC is refused with a clear message, files above the size limit are
refused, decompression bombs too), turned upright from its EXIF orientation, the plate's four
corners found and warped to a rectangle (perspective.py), cropped to the text and contrast-stretched,
then read by the platform's OCR backend (Tesseract: deskew, OSD). When too few fields come out,
the photo is tried turned 90°, 180° and 270° and the reading with most fields wins."""

from __future__ import annotations

import io
from dataclasses import dataclass

from fornuft.intake.nameplate import Nameplate, extract_nameplate, looks_like_nameplate

MAX_PHOTO_BYTES = 25 * 1024 * 1024
MAX_PHOTO_PIXELS = 60_000_000
HEIC_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"hevm", b"mif1", b"msf1", b"avif")


class PhotoProblem(ValueError):
    def __init__(self, message: str, status: str = "unreadable") -> None:
        super().__init__(message)
        self.status = status


@dataclass
class PhotoReading:
    nameplate: Nameplate
    text: str
    rotation: int
    is_nameplate: bool


def check_photo(data: bytes) -> None:
    """Raises PhotoProblem for what cannot or must not be read."""
    if not data:
        raise PhotoProblem("The photo is empty.", "empty")
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoProblem(f"The photo is {len(data) / 1024 / 1024:.0f} MB; the limit is "
                           f"{MAX_PHOTO_BYTES // 1024 // 1024} MB. Send a smaller JPEG (the file is kept).",
                           "too_large")
    if data[4:8] == b"ftyp" and data[8:12] in HEIC_BRANDS:
        raise PhotoProblem("HEIC/HEIF photos cannot be read here. On the iPhone choose Settings → Camera → "
                           "Formats → Most Compatible (JPEG), or send it as JPEG (the file is kept).", "unsupported")


def open_photo(data: bytes):
    """An upright RGB PIL image from JPEG/PNG/TIFF/WebP bytes. Raises PhotoProblem."""
    import warnings

    from PIL import Image, ImageOps, UnidentifiedImageError

    check_photo(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_PHOTO_PIXELS:
                raise PhotoProblem(f"The photo has {image.width * image.height / 1e6:.0f} megapixels; the limit is "
                                   f"{MAX_PHOTO_PIXELS / 1e6:.0f}.", "too_large")
            image.load()
    except Image.DecompressionBombError:
        raise PhotoProblem("The photo is too large to read safely.", "too_large") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise PhotoProblem(f"The photo cannot be read ({exc}). Send a JPEG or PNG.") from None
    image = ImageOps.exif_transpose(image)
    return image.convert("RGB")


def prepared(image, long_side: int = 2000, straighten: bool = True):
    """Grayscale, the plate's four corners warped to a rectangle (`straighten`), cropped to the text,
    contrast stretched."""
    import numpy as np
    from PIL import Image, ImageFilter, ImageOps

    from fornuft.intake.perspective import straighten_plate

    gray = image.convert("L")
    if straighten:
        gray = straighten_plate(gray)
    if max(gray.size) > long_side:
        scale = long_side / max(gray.size)
        gray = gray.resize((round(gray.width * scale), round(gray.height * scale)), Image.Resampling.LANCZOS)
    elif max(gray.size) < 1200:
        scale = 1200 / max(gray.size)
        gray = gray.resize((round(gray.width * scale), round(gray.height * scale)), Image.Resampling.LANCZOS)
    gray = gray.filter(ImageFilter.MedianFilter(3))
    pixels = np.asarray(gray, dtype=np.float32)
    # crop to the rows and columns where the text contrast lives
    edges = np.abs(np.diff(pixels, axis=1))
    strong = edges > max(25.0, float(np.percentile(edges, 97)) * 0.5)
    rows = np.where(strong.sum(axis=1) > 2)[0]
    cols = np.where(strong.sum(axis=0) > 2)[0]
    if len(rows) > 10 and len(cols) > 10:
        pad = 30
        top, bottom = max(0, rows[0] - pad), min(gray.height, rows[-1] + pad)
        left, right = max(0, cols[0] - pad), min(gray.width, cols[-1] + pad)
        if (bottom - top) * (right - left) > 0.15 * gray.width * gray.height:
            gray = gray.crop((left, top, right, bottom))
    gray = ImageOps.autocontrast(gray, cutoff=1)
    if float(np.asarray(gray).mean()) < 110:  # light text on a dark plate
        gray = ImageOps.invert(gray)
    return gray


def _ocr_text(image) -> str:
    from fornuft.platform.files.backends import backend
    from fornuft.platform.files.layout import group_lines

    words = backend("ocr").words(image)
    return "\n".join(line.text for line in group_lines(words))


def read_nameplate(data: bytes) -> PhotoReading:
    """OCR and fields of one nameplate photo (see the module docstring). Raises PhotoProblem."""
    image = prepared(open_photo(data))
    best: PhotoReading | None = None
    for rotation in (0, 90, 270, 180):
        turned = image if rotation == 0 else image.rotate(rotation, expand=True, fillcolor=255)
        text = _ocr_text(turned)
        plate = extract_nameplate(text)
        score = plate.field_count() + 0.1 * len(plate.ratings)
        reading = PhotoReading(plate, text, rotation, looks_like_nameplate(plate))
        if best is None or score > best.nameplate.field_count() + 0.1 * len(best.nameplate.ratings):
            best = reading
        if plate.field_count() >= 2:  # Tesseract's own orientation detection already turned it upright
            break
    assert best is not None
    if best.is_nameplate:
        _second_reading(best, data)
    return best


def _second_reading(best: PhotoReading, data: bytes) -> None:
    """The whole photo read again, levelled, fills what the straightened read left out: the maker's name
    on a band that straightening cut off, the last characters of a code cut at the plate's edge."""
    from PIL import Image, ImageOps

    from fornuft.intake.nameplate import brand_line, longer_reading

    gray = ImageOps.autocontrast(open_photo(data).convert("L"), cutoff=1)
    angle = _skew_angle(gray)
    plate = best.nameplate
    for turn in (best.rotation, best.rotation + 180):
        levelled = gray.rotate(angle + turn, expand=True, fillcolor=128, resample=Image.Resampling.BICUBIC)
        for image in (levelled, ImageOps.invert(levelled)):
            text = _ocr_text(image)
            if turn == best.rotation and image is levelled:
                again = extract_nameplate(text)
                plate.model = longer_reading(plate.model, again.model) if plate.model else plate.model
                plate.serial_number = longer_reading(plate.serial_number, again.serial_number) \
                    if plate.serial_number else plate.serial_number
            if plate.manufacturer is None:
                plate.manufacturer = brand_line(text)
            if plate.manufacturer is not None:
                return


def _skew_angle(gray, limit: float = 16.0) -> float:
    """The turn (degrees) that levels the text rows: the one whose row profile has the sharpest steps."""
    import numpy as np
    from PIL import Image

    small = gray.copy()
    small.thumbnail((700, 700))
    pixels = np.asarray(small, dtype=np.float32)
    ink = Image.fromarray(((np.abs(pixels - np.median(pixels)) > pixels.std()) * 255).astype(np.uint8))
    best_angle, best_score = 0.0, -1.0
    for angle in np.arange(-limit, limit + 0.01, 1.0):
        profile = np.asarray(ink.rotate(float(angle), resample=Image.Resampling.BILINEAR), dtype=np.float32).sum(axis=1)
        score = float(np.square(np.diff(profile)).sum())
        if score > best_score:
            best_angle, best_score = float(angle), score
    return best_angle


def read_nameplates(photos: list[bytes]) -> PhotoReading:
    """The best reading over several photos of the same plate, fields filled from the others."""
    readings: list[PhotoReading] = []
    for data in photos:
        readings.append(read_nameplate(data))
    readings.sort(key=lambda r: -r.nameplate.field_count())
    best = readings[0]
    for other in readings[1:]:
        for name in ("manufacturer", "model", "serial_number", "year"):
            if getattr(best.nameplate, name) is None and getattr(other.nameplate, name) is not None:
                setattr(best.nameplate, name, getattr(other.nameplate, name))
        for key, value in other.nameplate.ratings.items():
            best.nameplate.ratings.setdefault(key, value)
    best.is_nameplate = looks_like_nameplate(best.nameplate)
    return best
