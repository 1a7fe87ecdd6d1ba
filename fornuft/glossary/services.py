"""The actions of the glossary. Views, the API, the CLI and other capabilities (mail sorting,
assistant retrieval, drawing reading) call these and nothing else."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from fornuft.core.tenancy import activate
from fornuft.glossary import terms
from fornuft.glossary.models import GlossaryEntry

MAX_CSV_BYTES = 2 * 1024 * 1024


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    errors: list[terms.RowError] = field(default_factory=list)


def _save(organization, entries: list[terms.Entry], source: str) -> ImportReport:
    report = ImportReport()
    with activate(organization), transaction.atomic():
        existing = {e.term.lower(): e for e in GlossaryEntry.objects.all()}
        for entry in entries:
            values = {"abbreviation": entry.abbreviation, "synonyms": "|".join(entry.synonyms)[:600],
                      "nb": entry.nb, "en": entry.en, "field": entry.field, "source": source}
            row = existing.get(entry.term.lower())
            if row is None:
                existing[entry.term.lower()] = GlossaryEntry.objects.create(organization=organization,
                                                                            term=entry.term, **values)
                report.added += 1
            else:
                for key, value in values.items():
                    setattr(row, key, value)
                row.save()
                report.updated += 1
    return report


def import_csv(organization, data: bytes) -> ImportReport:
    """Adds or updates entries from a CSV (term;abbreviation;synonyms;nb;en;field); bad rows are
    reported by line and skipped, good rows are kept. ValueError for a file too large."""
    if len(data) > MAX_CSV_BYTES:
        raise ValueError(_("The file is larger than %(mb)d MB.") % {"mb": MAX_CSV_BYTES // 2**20})
    parsed = terms.entries_from_csv(data)
    report = _save(organization, parsed.entries, "csv")
    report.errors = parsed.errors
    return report


def add_pack(organization, name: str) -> ImportReport:
    """Copies a built-in industry pack into the organization's glossary (ValueError for an unknown pack)."""
    return _save(organization, terms.load_pack(name), f"pack:{name}")


def add_entry(organization, term: str, *, abbreviation: str = "", synonyms: str = "", nb: str = "",
              en: str = "") -> GlossaryEntry:
    result = terms.entries_from_csv(
        "term;abbreviation;synonyms;nb;en\n" + ";".join(v.replace(";", ",").replace("\n", " ")
                                                      for v in (term, abbreviation, synonyms, nb, en)))
    if result.errors or not result.entries:
        raise ValueError(result.errors[0].message if result.errors else _("Give the term."))
    _save(organization, result.entries, "manual")
    with activate(organization):
        return GlossaryEntry.objects.get(term=result.entries[0].term)


def delete_entry(organization, pk: int) -> None:
    with activate(organization):
        GlossaryEntry.objects.filter(pk=pk).delete()


def list_entries(organization, query: str = "") -> list[GlossaryEntry]:
    with activate(organization):
        rows = GlossaryEntry.objects.all()
        if query:
            from django.db.models import Q

            rows = rows.filter(Q(term__icontains=query) | Q(abbreviation__icontains=query)
                               | Q(synonyms__icontains=query) | Q(en__icontains=query))
        return list(rows[:2000])


def glossary_for(organization) -> terms.Glossary:
    """The organization's glossary as a plain `terms.Glossary` (empty when it has none)."""
    with activate(organization):
        return terms.Glossary(row.as_entry() for row in GlossaryEntry.objects.all())


def drawing_labels(organization) -> dict[str, list[str]]:
    return glossary_for(organization).drawing_labels()


def synonym_groups(organization) -> list[list[str]]:
    return glossary_for(organization).synonym_groups()


def organization_texts(organization, limit: int = 2000) -> list[str]:
    """The organization's own recent mail and knowledge-base texts, for suggestions."""
    from django.apps import apps

    texts: list[str] = []
    with activate(organization):
        if apps.is_installed("fornuft.mail"):
            from fornuft.mail.models import Message

            for subject, body in Message.objects.order_by("-pk").values_list("subject", "body_text")[:limit]:
                texts.append(f"{subject}\n{body[:5000]}")
        if apps.is_installed("fornuft.assistant"):
            from fornuft.assistant.models import Article

            for title, body in Article.objects.values_list("title", "body")[:limit]:
                texts.append(f"{title}\n{body[:20000]}")
    return texts


def suggest(organization, texts: list[str] | None = None, limit: int = 30) -> list[tuple[str, int]]:
    """Frequent terms in the organization's mail and documents that its glossary (and the built-in
    packs) do not know: candidates for new entries."""
    known = glossary_for(organization) + terms.from_setting("all")
    return terms.suggest(organization_texts(organization) if texts is None else texts, known, limit=limit)
