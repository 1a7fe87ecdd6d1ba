"""The data of intake: the product catalogue, the equipment register with its history, and
dictated offers and service reports as work items (input stored before processing).
Every row belongs to an organization (OrgScopedModel)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from fornuft.core.tenancy import OrgScopedModel
from fornuft.platform.workitems import WorkItem

NAME_LENGTH = 200


class Product(OrgScopedModel):
    product_id = models.CharField(_("product id"), max_length=64)
    name = models.CharField(_("name"), max_length=NAME_LENGTH)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    unit = models.CharField(_("unit"), max_length=20, blank=True)
    price = models.DecimalField(_("price"), max_digits=12, decimal_places=2, null=True, blank=True)
    image = models.CharField(_("image"), max_length=500, blank=True)
    synonyms = models.CharField(_("synonyms"), max_length=1000, blank=True, help_text=_("Separated by |"))

    class Meta:
        ordering = ["name", "pk"]
        constraints = [models.UniqueConstraint(fields=["organization", "product_id"], name="intake_product_unique_id")]

    def __str__(self) -> str:
        return f"{self.product_id} {self.name}"

    def as_plain(self):
        from fornuft.intake.catalogue import Product as PlainProduct

        synonyms = tuple(s.strip() for s in self.synonyms.split("|") if s.strip())
        return PlainProduct(self.product_id, self.name, self.description, self.unit,
                            float(self.price) if self.price is not None else None, self.image, synonyms)


class Equipment(OrgScopedModel):
    manufacturer = models.CharField(_("manufacturer"), max_length=100, blank=True)
    model = models.CharField(_("model"), max_length=100, blank=True)
    serial_number = models.CharField(_("serial number"), max_length=100, blank=True, db_index=True)
    year = models.PositiveIntegerField(_("year of manufacture"), null=True, blank=True)
    ratings = models.JSONField(_("ratings"), default=dict, blank=True)
    customer = models.CharField(_("customer"), max_length=NAME_LENGTH, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["manufacturer", "model", "serial_number"]
        verbose_name_plural = _("equipment")

    def __str__(self) -> str:
        return " ".join(p for p in (self.manufacturer, self.model, self.serial_number) if p) or f"#{self.pk}"


class Offer(WorkItem):
    """A dictated offer: audio or typed text in, transcript (editable), quote and slides out."""

    title = models.CharField(_("title"), max_length=NAME_LENGTH, blank=True)
    language = models.CharField(_("language"), max_length=5, blank=True)
    transcript = models.TextField(_("transcript"), blank=True, max_length=100_000)
    # how far speech recognition has come, saved as it goes (a long recording's page shows it)
    transcribed_percent = models.PositiveSmallIntegerField(_("transcribed (%)"), null=True, blank=True)
    extracted = models.JSONField(_("extracted quote"), default=dict, blank=True)
    quote_pdf = models.ForeignKey("core.StoredFile", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    slides_pptx = models.ForeignKey("core.StoredFile", on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")
    created_by = models.ForeignKey("core.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    approved_by = models.ForeignKey("core.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    sent_to = models.EmailField(_("sent to"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    audio_deleted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.title or f"#{self.pk}"


class ServiceReport(WorkItem):
    """A service visit: nameplate photo(s) + voice or typed note in, report PDF out."""

    equipment = models.ForeignKey(Equipment, on_delete=models.SET_NULL, null=True, blank=True,
                                  related_name="reports")
    photos = models.ManyToManyField("core.StoredFile", related_name="+", blank=True)
    note_audio = models.ForeignKey("core.StoredFile", on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="+")
    language = models.CharField(_("language"), max_length=5, blank=True)
    transcript = models.TextField(_("note"), blank=True, max_length=100_000)
    extracted = models.JSONField(_("extracted"), default=dict, blank=True)
    report_pdf = models.ForeignKey("core.StoredFile", on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="+")
    customer_email = models.EmailField(_("customer e-mail"), blank=True)
    created_by = models.ForeignKey("core.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    approved_by = models.ForeignKey("core.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    audio_deleted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.equipment or ''} {self.created_at:%Y-%m-%d}".strip() if self.created_at else f"#{self.pk}"
