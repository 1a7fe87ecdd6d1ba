"""How the shared review queue shows a drawing that was read (declared in ai_systems.py)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from fornuft.governance.corrections import ReviewSubject


def describe_revision(decision) -> ReviewSubject | None:
    from fornuft.drawings.ai_systems import DRAWING_FIELDS
    from fornuft.drawings.models import DrawingRevision, RevisionStatus

    if decision.subject_type != "drawings.drawingrevision":
        return None
    revision = (DrawingRevision.objects.for_organization(decision.organization_id)
                .filter(pk=decision.subject_id).first())
    if revision is None:
        return None
    block = revision.title_block or {}
    status = dict(RevisionStatus.choices).get(revision.status, revision.status)
    return ReviewSubject(
        title=_("Drawing: %(title)s") % {"title": revision},
        url=reverse("drawings:revision-detail", args=[revision.pk]),
        summary=[(_("File"), revision.filename or "—"), (_("Status"), str(status)),
                 (_("Bill of materials"), str(len(revision.bom or [])))],
        values={f.name: block.get(f.name) for f in DRAWING_FIELDS},
    )
