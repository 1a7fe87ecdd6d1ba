"""A person's correction in the review queue is written back to the offer or the service report,
its document is made again, and the correction is kept as a training example."""

import io

import pytest
from django.utils import translation

from fornuft.core.roles import Role
from fornuft.core.tenancy import activate
from fornuft.governance import review
from fornuft.governance.models import ReviewStatus, ReviewTask, TrainingExample
from fornuft.intake import workflow
from fornuft.intake.models import Equipment
from fornuft.testing import factories


@pytest.fixture
def org(db):
    return factories.organization()


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _task(org, item):
    return ReviewTask.objects.for_organization(org).get(decision__subject_id=str(item.pk))


def _pdf_text(stored) -> str:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(stored.read_bytes())
    return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))


def _examples(org, key):
    return list(TrainingExample.objects.for_organization(org).filter(system_key=key))


def _blank_photo() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), (120, 140, 110)).save(buffer, "JPEG")
    return buffer.getvalue()


def test_a_corrected_offer_gets_the_customer_and_date_in_its_quote_and_becomes_an_example(org):
    offer = workflow.create_offer(org, text="Tilbud til Fjordlys Bygg AS. Fire stykk marmorfliser til 300 kroner.",
                                  language="nb")
    offer.refresh_from_db()
    task = _task(org, offer)  # an unknown product: below the threshold, a person looks at it
    manager = factories.user(org, Role.MANAGER)
    review.resolve_review(task, manager, correction={"customer": "Fjordlys Bygg Vest AS",
                                                     "valid_until": "2027-02-15"})
    offer.refresh_from_db()
    assert offer.extracted["customer"] == "Fjordlys Bygg Vest AS" and offer.title == "Fjordlys Bygg Vest AS"
    assert offer.extracted["valid_until"] == "2027-02-15"
    assert "Fjordlys Bygg Vest AS" in _pdf_text(offer.quote_pdf)
    assert ReviewTask.objects.for_organization(org).get(pk=task.pk).status == ReviewStatus.CORRECTED
    [example] = _examples(org, "intake.offer")
    assert example.fields["customer"] == "Fjordlys Bygg Vest AS" and "Fjordlys" in example.text


def test_a_corrected_nameplate_files_the_report_under_the_unit_and_remakes_the_pdf(org):
    report = workflow.create_service_report(org, photos=[("plate.jpg", _blank_photo())],
                                            text="Replaced the fan motor.")
    report.refresh_from_db()
    assert report.equipment is None  # nothing could be read from the photo
    manager = factories.user(org, Role.MANAGER)
    review.resolve_review(_task(org, report), manager, correction={
        "manufacturer": "Kaldfront", "model": "KF-4410X", "serial_number": "7731-0459-22", "year": "2020",
        "findings": "Fan bearing worn"})
    report.refresh_from_db()
    assert report.extracted["equipment"] == {"manufacturer": "Kaldfront", "model": "KF-4410X",
                                             "serial_number": "7731-0459-22", "year": 2020}
    assert report.extracted["findings"] == ["Fan bearing worn"]
    assert report.equipment.serial_number == "7731-0459-22" and report.equipment.year == 2020
    assert "7731-0459-22" in _pdf_text(report.report_pdf)
    [example] = _examples(org, "intake.service_report")
    assert example.fields["serial_number"] == "7731-0459-22"


def test_a_misread_serial_moves_the_report_to_the_registered_unit(org):
    with activate(org):
        registered = Equipment.objects.create(organization=org, manufacturer="Kaldfront", serial_number="7731-0459-22")
    report = workflow.create_service_report(org, photos=[("plate.jpg", _blank_photo())], text="Cleaned the filter.")
    manager = factories.user(org, Role.MANAGER)
    review.resolve_review(_task(org, report), manager, correction={"manufacturer": "Kaldfront",
                                                                   "serial_number": "7731-0459-22"})
    report.refresh_from_db()
    assert report.equipment_id == registered.pk
    assert Equipment.objects.for_organization(org).count() == 1
