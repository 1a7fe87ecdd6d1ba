"""The command-line contract of issue 16, end to end (real WeasyPrint, python-pptx, Tesseract)."""

import json
import math
import shutil
import struct
import wave

import pytest
from click.testing import CliRunner

from fornuft.cli import cli

FAKE = "fornuft.intake.speech.FakeSpeech"


def _wav(path, seconds=2.0, rate=22050, width=2, tone=True):
    frames = int(seconds * rate)
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(width)
        writer.setframerate(rate)
        data = bytearray()
        for i in range(frames):
            value = 0.3 * math.sin(2 * math.pi * 220 * i / rate) * (1 + math.sin(i / 900)) / 2 if tone else 0.0
            if width == 1:
                data += struct.pack("<B", int(128 + value * 127))
            else:
                data += struct.pack("<h", int(value * 32767))
        writer.writeframes(bytes(data))
    return path


def _run(*args):
    result = CliRunner().invoke(cli, ["intake", *map(str, args)])
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    return result, [json.loads(line) for line in lines]


def _plate(path, rotate=0, lines=None):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    lines = lines or ["DAIKIN", "MODEL RXM35R5V1B", "SERIAL No. E004512", "230V 50Hz 1~", "MFG. DATE 2021.04",
                      "REFRIGERANT R32"]
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 42)
    image = Image.new("RGB", (1100, 120 + 85 * len(lines)), (200, 200, 205))
    draw = ImageDraw.Draw(image)
    for index, line in enumerate(lines):
        draw.text((50, 40 + index * 85), line, fill=(25, 25, 25), font=font)
    image = image.rotate(rotate, expand=True, fillcolor=(70, 60, 50)).filter(ImageFilter.GaussianBlur(0.8))
    image.save(path, quality=85)
    return path


def test_dictation_from_text_keeps_the_contract(tmp_path):
    text = tmp_path / "offer.txt"
    text.write_text("Tilbud til Bergli Bygg AS. To stykk varmepumpe og ti meter kobberrør. Tilbudet er gyldig til "
                    "31.01.2027.", encoding="utf-8")
    result, objects = _run("dictation", "--text", text, "--out", tmp_path / "out", "--json")
    assert result.exit_code == 0, result.output
    assert len(objects) == 1
    obj = objects[0]
    assert set(obj) == {"source", "transcript", "language", "quote", "files"}
    quote = obj["quote"]
    assert set(quote) == {"customer", "items", "total_excl_vat", "valid_until"}
    assert quote["customer"] == "Bergli Bygg AS" and obj["language"] == "nb"
    assert quote["valid_until"] == "2027-01-31"
    assert [(i["product_id"], i["quantity"]) for i in quote["items"]] == [("VP-AA-35", 2), ("RR-KOB-14", 10)]
    assert set(quote["items"][0]) == {"product_id", "description", "quantity", "unit", "unit_price"}
    assert quote["total_excl_vat"] == 2 * 18900 + 10 * 189

    import pypdfium2
    from pptx import Presentation

    pdf = pypdfium2.PdfDocument(obj["files"]["quote_pdf"])
    assert "Bergli Bygg AS" in pdf[0].get_textpage().get_text_range()
    deck = Presentation(obj["files"]["slides_pptx"])
    assert len(deck.slides) == 4
    assert "Bergli Bygg AS" in deck.slides[0].shapes.title.text


def test_dictation_with_own_catalogue_and_images(tmp_path):
    from PIL import Image

    Image.new("RGB", (200, 150), (30, 120, 200)).save(tmp_path / "pump.png")
    (tmp_path / "catalog.csv").write_text(
        "product_id,name,description,unit,price,image\nP-1,Ground source heat pump,Brine to water,pcs,99000,pump.png\n"
        "P-2,Drilling,Energy well per metre,m,450,\n", encoding="utf-8")
    (tmp_path / "t.txt").write_text("Quote to Lakeside Farm. One ground source heat pump and a hundred and twenty "
                                    "metres of drilling. Five percent discount on everything.", encoding="utf-8")
    result, (obj,) = _run("dictation", "--text", tmp_path / "t.txt", "--catalog", tmp_path / "catalog.csv",
                          "--out", tmp_path / "out", "--json")
    assert result.exit_code == 0, result.output
    items = obj["quote"]["items"]
    assert [(i["product_id"], i["quantity"], i["unit_price"]) for i in items] == [
        ("P-1", 1, 94050), ("P-2", 120, 427.5)]
    from pptx import Presentation

    solution = Presentation(obj["files"]["slides_pptx"]).slides[1]
    assert any(shape.shape_type == 13 for shape in solution.shapes)  # the product's picture


def test_dictation_from_audio_through_the_configured_backend(tmp_path, settings):
    settings.FORNUFT_SPEECH_BACKEND = {"BACKEND": FAKE, "OPTIONS": {"text": "quote for birk as two heat pumps"}}
    audio = _wav(tmp_path / "dictation.wav", rate=8000, width=1)
    result, (obj,) = _run("dictation", audio, "--language", "en", "--out", tmp_path / "out", "--json")
    assert result.exit_code == 0, result.output
    assert obj["transcript"] == "quote for birk as two heat pumps"
    assert [(i["product_id"], i["quantity"]) for i in obj["quote"]["items"]] == [("VP-AA-35", 2)]


def test_a_long_recording_shows_a_progress_bar_on_stderr_and_keeps_stdout_one_json_line(tmp_path, settings):
    settings.FORNUFT_SPEECH_BACKEND = {"BACKEND": FAKE, "OPTIONS": {"text": "quote for birk as two heat pumps"}}
    audio = _wav(tmp_path / "long.wav", seconds=65, rate=8000, width=1)
    result, objects = _run("dictation", audio, "--language", "en", "--out", tmp_path / "out", "--json")
    assert result.exit_code == 0, result.output
    assert "Transcribing" in result.stderr and "Transcribing" not in result.stdout
    assert len(objects) == 1 and objects[0]["transcript"] == "quote for birk as two heat pumps"


@pytest.mark.parametrize("kind", ["silence", "corrupt", "empty"])
def test_bad_audio_is_refused_clearly_and_kept(tmp_path, settings, kind):
    settings.FORNUFT_SPEECH_BACKEND = {"BACKEND": FAKE, "OPTIONS": {"text": "two heat pumps"}}
    path = tmp_path / "bad.wav"
    if kind == "silence":
        _wav(path, tone=False)
    elif kind == "corrupt":
        path.write_bytes(b"RIFF\x00\x00\x00\x00WAVEfmt garbage" + bytes(300))
    else:
        path.write_bytes(b"")
    before = path.read_bytes()
    result, (obj,) = _run("dictation", path, "--out", tmp_path / "out", "--json")
    assert result.exit_code == 1
    assert obj["source"] == str(path) and obj["error"]["code"] in {"silent", "unreadable", "empty"}
    assert "Traceback" not in result.output
    assert path.read_bytes() == before


def test_a_recording_over_the_limit_is_refused(tmp_path, settings):
    settings.FORNUFT_SPEECH_BACKEND = FAKE
    settings.FORNUFT_INTAKE_MAX_AUDIO_SECONDS = 1
    result, (obj,) = _run("dictation", _wav(tmp_path / "long.wav", seconds=3), "--out", tmp_path, "--json")
    assert result.exit_code == 1 and obj["error"]["code"] == "too_long"
    assert "limit" in obj["error"]["message"]


def test_norwegian_audio_without_a_norwegian_model_says_so(tmp_path, settings):
    settings.FORNUFT_SPEECH_BACKEND = "fornuft.intake.speech.PocketSphinx"
    result, (obj,) = _run("dictation", _wav(tmp_path / "nb.wav"), "--language", "nb", "--out", tmp_path, "--json")
    assert result.exit_code == 1 and obj["error"]["code"] == "language_unsupported"


def test_missing_input_is_one_line_not_a_traceback(tmp_path):
    result = CliRunner().invoke(cli, ["intake", "dictation", "--text", str(tmp_path / "nope.txt"), "--out",
                                      str(tmp_path), "--json"])
    assert result.exit_code != 0 and "Traceback" not in result.output and "nope.txt" in result.output


@pytest.mark.skipif(not shutil.which("tesseract"), reason="needs Tesseract")
def test_service_report_from_a_rotated_photo_and_a_typed_note(tmp_path):
    photo = _plate(tmp_path / "plate.jpg", rotate=90)
    note = tmp_path / "note.txt"
    note.write_text("Filteret var tett. Rengjorde filteret og byttet viftemotor. Brukte to timer.", encoding="utf-8")
    result, (obj,) = _run("service-report", "--photo", photo, "--text", note, "--out", tmp_path / "out", "--json")
    assert result.exit_code == 0, result.output
    assert set(obj) == {"source", "equipment", "transcript", "findings", "actions", "files"}
    assert obj["equipment"] == {"manufacturer": "Daikin", "model": "RXM35R5V1B", "serial_number": "E004512",
                                "year": 2021}
    assert obj["findings"] == ["Filteret var tett"]
    assert obj["actions"] == ["Rengjorde filteret", "Byttet viftemotor"]
    import pypdfium2

    text = pypdfium2.PdfDocument(obj["files"]["report_pdf"])[0].get_textpage().get_text_range()
    assert "E004512" in text


def test_heic_and_huge_photos_are_refused_and_kept(tmp_path):
    heic = tmp_path / "plate.heic"
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(200))
    result, (obj,) = _run("service-report", "--photo", heic, "--out", tmp_path, "--json")
    assert result.exit_code == 1 and obj["error"]["code"] == "unsupported" and "HEIC" in obj["error"]["message"]
    big = tmp_path / "big.jpg"
    with big.open("wb") as handle:
        handle.write(b"\xff\xd8\xff\xe0")
        handle.seek(50 * 1024 * 1024)
        handle.write(b"\xff\xd9")
    result, (obj,) = _run("service-report", "--photo", big, "--out", tmp_path, "--json")
    assert result.exit_code == 1 and obj["error"]["code"] == "too_large"
    assert heic.exists() and big.stat().st_size > 50 * 1024 * 1024


@pytest.mark.skipif(not shutil.which("tesseract"), reason="needs Tesseract")
def test_a_photo_that_is_not_a_nameplate_warns_and_still_reports(tmp_path):
    from PIL import Image

    photo = tmp_path / "cat.jpg"
    Image.new("RGB", (640, 480), (120, 160, 90)).save(photo)
    result, (obj,) = _run("service-report", "--photo", photo, "--out", tmp_path / "out", "--json")
    assert result.exit_code == 0
    assert obj["equipment"] == {"manufacturer": None, "model": None, "serial_number": None, "year": None}
    assert "no nameplate" in result.stderr
