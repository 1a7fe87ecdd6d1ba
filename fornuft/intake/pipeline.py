"""The two jobs end to end, on plain data: audio or text in, JSON-ready dicts and files out.
The CLI calls these directly; the Django services call them for a stored work item.

Needs Django set up only for the document templates (`fornuft.intake.documents`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fornuft.intake import audio as audio_module
from fornuft.intake import speech
from fornuft.intake.catalogue import Product
from fornuft.intake.offer import Offer, detect_language, extract_offer
from fornuft.intake.servicenote import ServiceNote, extract_note

MAX_TEXT_BYTES = 1024 * 1024


class IntakeProblem(ValueError):
    def __init__(self, message: str, status: str = "failed") -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Heard:
    text: str
    language: str | None
    model: str
    seconds: float


def transcribe(data: bytes, language: str | None = None, progress=None, prompt: str | None = None) -> Heard:
    """Speech → text through the configured backend. Raises IntakeProblem (silence, unreadable,
    too long, nothing recognised) with a message for a person."""
    try:
        samples = audio_module.decode(data)
    except audio_module.AudioProblem as exc:
        raise IntakeProblem(str(exc), exc.status) from None
    if audio_module.is_silent(samples):
        raise IntakeProblem("The recording is silent: no speech was heard. Check the microphone, or type the text.",
                            "silent")
    try:
        result = speech.backend().transcribe(samples, language=language, progress=progress, prompt=prompt)
    except speech.SpeechProblem as exc:
        raise IntakeProblem(str(exc), exc.status) from None
    text = result.text.strip()
    if len(text.split()) < 2:
        raise IntakeProblem("No speech was recognised in the recording (music or noise?). Record again closer to "
                            "the microphone, or type the text.", "no_speech")
    return Heard(text, result.language, result.model, result.seconds)


def read_text(data: bytes) -> str:
    if len(data) > MAX_TEXT_BYTES:
        raise IntakeProblem(f"The text is larger than {MAX_TEXT_BYTES // 1024} KB.", "too_large")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", "replace")
    if not text.strip():
        raise IntakeProblem("The text is empty.", "empty")
    return text.strip()


def catalogue_prompt(products: list[Product], limit: int = 60) -> str:
    """The catalogue's names, then their synonyms (often the English words a speaker uses)."""
    names = [p.name for p in products[:limit]]
    names += [s for p in products[:limit] for s in p.synonyms if s not in names]
    return ", ".join(dict.fromkeys(names))


def offer_from_text(text: str, products: list[Product], language: str | None = None,
                    today: date | None = None) -> Offer:
    return extract_offer(text, products, language=language, today=today)


def write_offer_files(offer: Offer, out_dir: Path, stem: str, branding: dict | None = None,
                      today: date | None = None) -> dict:
    from fornuft.intake import documents

    out_dir.mkdir(parents=True, exist_ok=True)
    pdf_path = out_dir / f"{stem}-quote.pdf"
    pptx_path = out_dir / f"{stem}-slides.pptx"
    pdf_path.write_bytes(documents.quote_pdf(offer, branding, today))
    pptx_path.write_bytes(documents.slides_pptx(offer, branding, today))
    return {"quote_pdf": str(pdf_path), "slides_pptx": str(pptx_path)}


def dictation_json(source: str, transcript: str, offer: Offer, files: dict) -> dict:
    return {"source": source, "transcript": transcript, "language": offer.language, "quote": offer.quote_json(),
            "files": files}


def note_language(text: str) -> str:
    return detect_language(text)


def service_note(text: str) -> ServiceNote:
    return extract_note(text)


def write_service_report(equipment: dict, ratings: dict, note: ServiceNote, transcript: str, photos: list[bytes],
                         out_dir: Path, stem: str, language: str, branding: dict | None = None,
                         customer: str | None = None) -> dict:
    from fornuft.intake import documents

    out_dir.mkdir(parents=True, exist_ok=True)
    import tempfile

    path = out_dir / f"{stem}-service-report.pdf"
    with tempfile.TemporaryDirectory(prefix="fornuft-photos-") as work:
        path.write_bytes(documents.service_report_pdf(equipment, ratings, note, transcript, photos, Path(work),
                                                      language, branding, customer))
    return {"report_pdf": str(path)}
