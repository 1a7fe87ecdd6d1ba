"""The drawing register: drawings by number, each with its revisions (what was read from each file)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from fornuft.core.tenancy import OrgScopedModel
from fornuft.platform.workitems import WorkItem

NUMBER_LENGTH = 100
TEXT_LENGTH = 300


class Drawing(OrgScopedModel):
    """One drawing number; its revisions come and go, the number stays."""

    number = models.CharField(_("drawing number"), max_length=NUMBER_LENGTH)
    title = models.CharField(_("title"), max_length=TEXT_LENGTH, blank=True)
    project = models.CharField(_("project"), max_length=TEXT_LENGTH, blank=True)
    company = models.CharField(_("company"), max_length=TEXT_LENGTH, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["number"]
        constraints = [models.UniqueConstraint(fields=["organization", "number"], name="drawing_number_unique")]

    def __str__(self) -> str:
        return self.number

    def current(self):
        """The newest revision that was read (by revision order, then upload)."""
        from fornuft.drawings.revisions import revision_key

        revisions = [r for r in self.revisions.all() if r.status in (RevisionStatus.READ, RevisionStatus.REVIEW)]
        return max(revisions, key=lambda r: (revision_key(r.revision), r.pk), default=None)


class RevisionStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    READ = "read", _("Read")
    REVIEW = "review", _("Needs review")
    NO_TITLE_BLOCK = "no_title_block", _("No title block")
    FAILED = "failed", _("Failed")


class DrawingRevision(WorkItem):
    """One uploaded drawing file: stored first, then read (title block, BOM, units, layers)."""

    drawing = models.ForeignKey(Drawing, on_delete=models.CASCADE, null=True, blank=True, related_name="revisions")
    filename = models.CharField(_("file name"), max_length=255, blank=True)
    file_format = models.CharField(_("format"), max_length=10, blank=True)
    revision = models.CharField(_("revision"), max_length=40, blank=True)
    drawing_date = models.DateField(_("date"), null=True, blank=True)
    title_block = models.JSONField(_("title block"), default=dict, blank=True)
    bom = models.JSONField(_("bill of materials"), default=list, blank=True)
    units = models.CharField(_("units"), max_length=10, blank=True)
    layers = models.JSONField(_("layers"), default=list, blank=True)
    message = models.CharField(_("message"), max_length=TEXT_LENGTH, blank=True)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self) -> str:
        number = self.drawing.number if self.drawing_id else self.filename
        return f"{number} rev {self.revision or '?'}"

    def failure_fields(self, reason: str) -> dict:
        return {"message": reason[:TEXT_LENGTH]}


class DrawingUse(OrgScopedModel):
    """An open project, quote or order that builds on one revision of a drawing.

    Other capabilities record their uses through `services.record_use` (or answer the
    `drawings.links` hook); the register warns when a newer revision supersedes the one used."""

    drawing_number = models.CharField(_("drawing number"), max_length=NUMBER_LENGTH)
    revision = models.CharField(_("revision"), max_length=40, blank=True)
    used_by = models.CharField(_("used by"), max_length=TEXT_LENGTH)
    url = models.CharField(_("link"), max_length=TEXT_LENGTH, blank=True)
    is_open = models.BooleanField(_("open"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["drawing_number", "used_by"]

    def __str__(self) -> str:
        return f"{self.used_by}: {self.drawing_number} rev {self.revision}"
