"""Offers and service reports as work items: stored first, transcript before generation,
decisions logged, failures kept with the reason and retried, approval before sending."""

import io
import math
import shutil
import struct
import wave
from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone, translation

from fornuft.governance.models import Decision
from fornuft.intake import personal_data, workflow
from fornuft.intake.models import Equipment, Offer
from fornuft.testing import factories

FAKE = "fornuft.intake.speech.FakeSpeech"


@pytest.fixture
def org(db):
    return factories.organization()


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _wav(seconds=1.5, silent=False) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(16000)
        writer.writeframes(b"".join(
            struct.pack("<h", 0 if silent else int(8000 * math.sin(i / 5) * (1 + math.sin(i / 700))))
            for i in range(int(seconds * 16000))))
    return buffer.getvalue()


def _plate() -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 40)
    image = Image.new("RGB", (1000, 520), (210, 210, 210))
    draw = ImageDraw.Draw(image)
    for index, line in enumerate(["PANASONIC", "MODEL CU-Z35VKE", "SERIAL No. 4712AB0399", "MFG. 11/2018",
                                  "230V 50Hz"]):
        draw.text((40, 30 + index * 90), line, fill=(20, 20, 20), font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def _decisions(org, system):
    return list(Decision.objects.for_organization(org).filter(system__key=system))


def test_a_typed_offer_is_drafted_at_once_and_logged(org):
    offer = workflow.create_offer(org, text="Tilbud til Nesodden Rør AS. To stykk varmepumpe og fire timer montering.")
    offer.refresh_from_db()
    assert offer.status == "drafted" and offer.stored_file is not None
    assert offer.extracted["customer"] == "Nesodden Rør AS"
    assert offer.quote_pdf.read_bytes().startswith(b"%PDF") and offer.slides_pptx.read_bytes()[:2] == b"PK"
    assert len(_decisions(org, "intake.offer")) == 1


def test_audio_waits_for_the_transcript_to_be_read(org, settings):
    settings.FORNUFT_SPEECH_BACKEND = {"BACKEND": FAKE, "OPTIONS": {"text": "quote for vik as two heat pumps"}}
    offer = workflow.create_offer(org, audio=_wav(), filename="rec.webm")
    offer.refresh_from_db()
    assert offer.status == "transcribed" and offer.transcript == "quote for vik as two heat pumps"
    assert offer.quote_pdf is None  # nothing generated before a person has read the text
    workflow.update_transcript(offer, org, "Quote for Vik AS. Three heat pumps.")
    offer.refresh_from_db()
    assert offer.status == "drafted" and offer.extracted["items"][0]["quantity"] == 3


def test_a_failed_offer_keeps_its_input_and_can_be_retried(org, settings):
    settings.FORNUFT_SPEECH_BACKEND = {"BACKEND": FAKE, "OPTIONS": {"text": "two heat pumps for vik"}}
    offer = workflow.create_offer(org, audio=_wav(silent=True), filename="silence.wav")
    offer.refresh_from_db()
    assert offer.status == "failed" and "silent" in " ".join(offer.problems)
    assert offer.stored_file.read_bytes().startswith(b"RIFF")
    with pytest.raises(ValueError):
        workflow.create_offer(org, audio=b"MZ\x00", filename="virus.exe")
    workflow.retry_offer(offer, org)
    offer.refresh_from_db()
    assert offer.attempts == 1 and offer.status == "failed"


@pytest.mark.skipif(not shutil.which("tesseract"), reason="needs Tesseract")
def test_service_report_matches_the_equipment_register_and_is_sent_after_approval(org):
    user = factories.user(org)
    first = workflow.create_service_report(org, user=user, photos=[("plate.jpg", _plate())],
                                           text="Found a leak at the valve. Replaced the valve. One hour.")
    first.refresh_from_db()
    assert first.status == "drafted", first.problems
    assert first.equipment.serial_number == "4712AB0399" and first.equipment.year == 2018
    second = workflow.create_service_report(org, photos=[("again.jpg", _plate())], text="Cleaned the filter.")
    second.refresh_from_db()
    assert second.equipment_id == first.equipment_id
    assert Equipment.objects.for_organization(org).count() == 1
    assert len(_decisions(org, "intake.service_report")) == 2
    with pytest.raises(ValueError):
        workflow.send_copy(first, org, "kunde@example.no")  # not approved yet
    workflow.approve(first, org, user, "kunde@example.no")
    first.refresh_from_db()
    assert first.status == "sent" and len(mail.outbox) == 1
    assert mail.outbox[0].attachments[0][1].startswith(b"%PDF")


def test_heic_is_refused_before_anything_is_stored(org):
    with pytest.raises(ValueError, match="HEIC"):
        workflow.create_service_report(org, photos=[("p.heic", b"\x00\x00\x00\x18ftypheic" + bytes(100))])


def test_retention_deletes_old_recordings_and_keeps_the_text(org, settings):
    settings.FORNUFT_SPEECH_BACKEND = {"BACKEND": FAKE, "OPTIONS": {"text": "two heat pumps please"}}
    offer = workflow.create_offer(org, audio=_wav(), filename="rec.wav")
    Offer.objects.for_organization(org).filter(pk=offer.pk).update(created_at=timezone.now() - timedelta(days=100))
    assert personal_data.purge(org, timezone.now() - timedelta(days=90), dry_run=True) == 1
    assert personal_data.purge(org, timezone.now() - timedelta(days=90)) == 1
    offer.refresh_from_db()
    assert offer.stored_file is None and offer.audio_deleted_at and offer.transcript


def test_pages_make_an_offer_and_keep_organizations_apart(org):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(factories.user(org))
    response = client.post("/intake/offers/", {"text": "Tilbud til Holmen AS. En varmepumpe."})
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "Holmen AS" in page and "Approve" in page
    offer = Offer.objects.for_organization(org).get()
    assert client.get(f"/intake/files/quote/{offer.pk}/").content.startswith(b"%PDF")
    stranger = Client()
    stranger.force_login(factories.user(factories.organization()))
    assert stranger.get(f"/intake/offers/{offer.pk}/").status_code == 404
    assert stranger.get(f"/intake/files/quote/{offer.pk}/").status_code == 404
    assert client.post("/intake/offers/", {"text": ""}).status_code == 400


def test_the_service_page_has_camera_capture_and_refuses_heic(org):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(factories.user(org))
    page = client.get("/intake/service/").content.decode()
    assert 'capture="environment"' in page and "data-recorder" in page
    refused = client.post("/intake/service/", {"photo": SimpleUploadedFile("p.heic", b"\x00\x00\x00\x18ftypheic" +
                                                                           bytes(64), "image/heic")})
    assert refused.status_code == 400 and "HEIC" in refused.content.decode()


def test_a_long_dictation_is_heard_in_the_background_with_its_progress_on_the_page(
        org, settings, django_capture_on_commit_callbacks):
    settings.FORNUFT_SPEECH_BACKEND = {"BACKEND": FAKE, "OPTIONS": {"text": "quote for vik as two heat pumps"}}
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(factories.user(org))
    long_recording = SimpleUploadedFile("long.wav", _wav(seconds=workflow.BACKGROUND_AUDIO_SECONDS + 5))
    with django_capture_on_commit_callbacks() as queued:
        response = client.post("/intake/offers/", {"audio": long_recording})
    assert response.status_code == 302  # the upload returns at once; the speech step is queued
    page = client.get(response["Location"]).content.decode()
    assert "Transcribing the recording" in page and "<progress" in page and "/progress/" in page
    offer = Offer.objects.for_organization(org).get()
    waiting = client.get(f"/intake/offers/{offer.pk}/progress/")
    assert "<progress" in waiting.content.decode() and "HX-Refresh" not in waiting
    for task in queued:
        task()
    done = client.get(f"/intake/offers/{offer.pk}/progress/")
    assert done["HX-Refresh"] == "true"  # the page reloads to show the transcript
    offer.refresh_from_db()
    assert offer.status == "transcribed" and offer.transcribed_percent == 100
    page = client.get(f"/intake/offers/{offer.pk}/").content.decode()
    assert "quote for vik as two heat pumps" in page and "<progress" not in page


def test_a_short_dictation_is_still_heard_at_once(org, settings):
    settings.FORNUFT_SPEECH_BACKEND = {"BACKEND": FAKE, "OPTIONS": {"text": "two heat pumps please"}}
    offer = workflow.create_offer(org, audio=_wav(seconds=3), filename="short.wav")
    offer.refresh_from_db()
    assert offer.status == "transcribed" and offer.transcribed_percent == 100
