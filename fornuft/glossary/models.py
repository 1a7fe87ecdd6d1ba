"""The organization's glossary: its own terms, abbreviations, synonyms and nb/en translations."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from fornuft.core.tenancy import OrgScopedModel

TERM_LENGTH = 120


class GlossaryEntry(OrgScopedModel):
    term = models.CharField(_("term"), max_length=TERM_LENGTH)
    abbreviation = models.CharField(_("abbreviation"), max_length=TERM_LENGTH, blank=True)
    synonyms = models.CharField(_("synonyms"), max_length=TERM_LENGTH * 5, blank=True,
                                help_text=_("Separated by |"))
    nb = models.CharField(_("Norwegian"), max_length=TERM_LENGTH, blank=True)
    en = models.CharField(_("English"), max_length=TERM_LENGTH, blank=True)
    field = models.CharField(_("title-block field"), max_length=30, blank=True)
    source = models.CharField(_("source"), max_length=60, blank=True)  # "csv", "pack:construction", "manual"
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["term"]
        constraints = [models.UniqueConstraint(fields=["organization", "term"], name="glossary_term_unique")]

    def __str__(self) -> str:
        return self.term

    def as_entry(self):
        from fornuft.glossary.terms import Entry

        return Entry(term=self.term, abbreviation=self.abbreviation,
                     synonyms=[s.strip() for s in self.synonyms.split("|") if s.strip()], nb=self.nb, en=self.en,
                     field=self.field)
