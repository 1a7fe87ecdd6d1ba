"""The data of projects. Every row belongs to an organization (OrgScopedModel)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from fornuft.core.tenancy import OrgScopedModel

TITLE_LENGTH = 200


class Item(OrgScopedModel):
    title = models.CharField(_("title"), max_length=TITLE_LENGTH)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.title
