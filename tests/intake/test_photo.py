"""Perspective correction of nameplate photos: a plate shot at an angle is warped to a rectangle
before Tesseract reads it (real Tesseract, a plate rendered with Pillow)."""

import io

import pytest
from PIL import Image, ImageDraw, ImageFont

from fornuft.intake.nameplate import extract_nameplate
from fornuft.intake.perspective import _coefficients, find_plate_corners
from fornuft.intake.photo import _ocr_text, prepared, read_nameplate

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CORNERS = [(180, 140), (1150, 330), (1080, 700), (260, 880)]  # a plate photographed from its left side


def _plate():
    font = ImageFont.truetype(FONT, 40)
    plate = Image.new("L", (900, 560), 245)
    draw = ImageDraw.Draw(plate)
    for i, line in enumerate(["KALDFRONT AS", "Model: KF-4410X", "Serial No: 7731-0459-22", "Year: 2020",
                              "230V 50Hz 3.2 kW"]):
        draw.text((50, 40 + i * 100), line, fill=15, font=font)
    return plate


def _photographed_at_an_angle(plate, corners, size=(1280, 960)):
    """The plate projected onto the quadrilateral `corners` of a grey photo."""
    width, height = plate.size
    coefficients = _coefficients(corners, [(0, 0), (width, 0), (width, height), (0, height)])
    photo = Image.new("L", size, 90)
    shape = Image.new("L", plate.size, 255).transform(size, Image.Transform.PERSPECTIVE, coefficients)
    photo.paste(plate.transform(size, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC),
                (0, 0), shape)
    return photo.convert("RGB")


def test_the_plates_four_corners_are_found():
    photo = _photographed_at_an_angle(_plate(), CORNERS)
    found = find_plate_corners(photo.convert("L"))
    assert found is not None
    for (x, y), (fx, fy) in zip(CORNERS, found, strict=True):
        assert abs(x - fx) < 20 and abs(y - fy) < 20


def test_a_photo_with_no_plate_outline_is_left_as_it_is():
    assert find_plate_corners(Image.new("L", (800, 600), 200)) is None


@pytest.mark.django_db
def test_fields_are_read_after_the_warp_that_were_lost_before_it():
    photo = _photographed_at_an_angle(_plate(), CORNERS)

    unwarped = extract_nameplate(_ocr_text(prepared(photo, straighten=False)))
    # converging text lines: Tesseract loses the model and the year without the warp
    assert unwarped.model is None or unwarped.year is None

    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=92)
    plate = read_nameplate(buffer.getvalue()).nameplate
    assert plate.manufacturer.lower().startswith("kaldfront")
    assert (plate.model, plate.serial_number, plate.year) == ("KF-4410X", "7731-0459-22", 2020)
