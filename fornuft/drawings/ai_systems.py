"""The AI systems of the drawing register, synced into every organization's registry."""

from django.utils.translation import gettext_lazy as _

from fornuft.core.roles import Role
from fornuft.governance.corrections import CorrectableField
from fornuft.governance.models import OversightMode, RiskClass
from fornuft.governance.registry import AISystemDeclaration

DRAWING_ROLES = frozenset({Role.ADMIN, Role.MANAGER, Role.EMPLOYEE})
# The review queue is not open to employees: admins and managers fix what was read.
DRAWING_REVIEWER_ROLES = frozenset({Role.ADMIN, Role.MANAGER})

DRAWING_FIELDS = (
    CorrectableField("drawing_number", _("Drawing number"), max_length=80),
    CorrectableField("revision", _("Revision"), max_length=40),
    CorrectableField("title", _("Title")),
    CorrectableField("date", _("Date"), kind="date"),
)

SYSTEMS = [
    AISystemDeclaration(
        key="drawings.read",
        name="Drawing reading (title block and BOM)",
        purpose="Reads DXF and PDF drawings: title block (number, revision, date, scale, sheet, people, project, "
        "company), bill of materials, units and layers, and files each revision in the drawing register.",
        owner="Engineering manager",
        model_name="ezdxf / PDF text layer + label-beside-value rules (nb/en), glossary labels",
        risk_class=RiskClass.MINIMAL,
        risk_rationale="Files drawings and lists parts for people to use; a drawing without its number or "
        "revision is sent to review instead of being filed under a guess.",
        data_categories=("technical drawings", "names or initials of the people who drew and checked them"),
        oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.7,
        reviewer_roles=DRAWING_REVIEWER_ROLES,
        review_subject="fornuft.drawings.review_subjects.describe_revision",
        correctable_fields=DRAWING_FIELDS,
        review_hook="fornuft.drawings.services.on_review_resolved",
        model_version="1",
    ),
]
