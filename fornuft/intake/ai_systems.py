"""The AI systems of intake (synced into every organization's registry)."""

from django.utils.translation import gettext_lazy as _

from fornuft.core.roles import Role
from fornuft.governance.corrections import CorrectableField
from fornuft.governance.models import OversightMode, RiskClass
from fornuft.governance.registry import AISystemDeclaration

INTAKE_ROLES = frozenset({Role.ADMIN, Role.MANAGER})

TRANSCRIPT_FIELDS = (CorrectableField("transcript", _("Transcript"), max_length=100_000),)
OFFER_FIELDS = (
    CorrectableField("customer", _("Customer")),
    CorrectableField("total_excl_vat", _("Total excl. VAT"), kind="amount"),
    CorrectableField("valid_until", _("Valid until"), kind="date"),
)
SERVICE_REPORT_FIELDS = (
    CorrectableField("manufacturer", _("Manufacturer"), max_length=100),
    CorrectableField("model", _("Model"), max_length=100),
    CorrectableField("serial_number", _("Serial number"), max_length=100),
    CorrectableField("year", _("Year of manufacture"), max_length=4),
    CorrectableField("findings", _("Findings"), max_length=4000),
    CorrectableField("actions", _("Actions"), max_length=4000),
)

SYSTEMS = [
    AISystemDeclaration(
        key="intake.speech",
        name="Speech recognition",
        purpose="Turns dictated offers and technicians' voice notes into text, on the company's own server. The "
                "transcript is always shown and can be corrected before anything is made from it.",
        owner="IT manager",
        model_name="PocketSphinx 5 en-US (default) or a configured faster-whisper model directory (NB-Whisper)",
        risk_class=RiskClass.MINIMAL,
        risk_rationale="Produces a draft text that a person reads and edits; decides nothing by itself.",
        data_categories=("voice recordings of employees", "names of customers and contacts"),
        oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.5,
        reviewer_roles=INTAKE_ROLES,
        review_subject="fornuft.intake.review_subjects.describe_transcript",
        correctable_fields=TRANSCRIPT_FIELDS,
        model_version="pocketsphinx-5.1.1",
    ),
    AISystemDeclaration(
        key="intake.offer",
        name="Offer extraction",
        purpose="Reads a dictated offer: customer, contact, products matched against the company's catalogue, "
                "quantities, discounts, labour, validity; prices from the catalogue. Makes a draft quote and slides.",
        owner="Sales manager",
        model_name="Rules + fuzzy catalogue matching (character trigrams, phonetic keys; fornuft.intake.offer)",
        risk_class=RiskClass.MINIMAL,
        risk_rationale="A draft for a salesperson: nothing is sent to a customer before a person approves it.",
        data_categories=("customer names", "contact persons", "prices"),
        oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.7,
        reviewer_roles=INTAKE_ROLES,
        review_subject="fornuft.intake.review_subjects.describe_offer",
        review_hook="fornuft.intake.corrections.on_review_resolved",
        correctable_fields=OFFER_FIELDS,
        model_version="rules-1",
    ),
    AISystemDeclaration(
        key="intake.service_report",
        name="Service report extraction",
        purpose="Reads equipment nameplates (OCR) and technicians' notes: manufacturer, model, serial number, "
                "year, findings, actions, parts and time; matches the equipment register; drafts the report.",
        owner="Service manager",
        model_name="Tesseract OCR + rules (fornuft.intake.nameplate, fornuft.intake.servicenote)",
        risk_class=RiskClass.MINIMAL,
        risk_rationale="A draft report for the technician; the customer copy goes out only after approval.",
        data_categories=("photos of equipment", "technicians' notes", "customer names"),
        oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.75,
        reviewer_roles=INTAKE_ROLES,
        review_subject="fornuft.intake.review_subjects.describe_service_report",
        review_hook="fornuft.intake.corrections.on_review_resolved",
        correctable_fields=SERVICE_REPORT_FIELDS,
        model_version="rules-1",
    ),
]
