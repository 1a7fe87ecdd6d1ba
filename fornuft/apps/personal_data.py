"""The apps' personal-data provider: the input rows of app runs (a mail's sender and text,
an uploaded document's text, a webhook's JSON), with the tasks and tags the run made, found
by governance's data-subject search, export, erasure and retention purge
(fornuft/governance/privacy/providers.py)."""

from __future__ import annotations

import json
from functools import reduce
from operator import or_

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from fornuft.apps.models import Run
from fornuft.governance.privacy.providers import ExportRecord, Hit, PersonalDataProvider, SubjectQuery


def _contains(value: str) -> list[Q]:
    # JSON keeps non-ASCII letters escaped (ø as \u00f8): look for both spellings.
    escaped = json.dumps(value)[1:-1]
    return [Q(input_rows__icontains=value)] + ([Q(input_rows__icontains=escaped)] if escaped != value else [])


def search_runs(organization, query: SubjectQuery) -> list[Hit]:
    conditions: list[Q] = []
    for value in (query.email, query.name, query.phone, query.phone_digits if query.phone else "", query.national_id):
        if value:
            conditions += _contains(value)
    if not conditions:
        return []
    runs = (Run.objects.for_organization(organization).filter(reduce(or_, conditions))
            .select_related("app").only("pk", "created_at", "app__name", "source")[:1000])
    return [Hit("apps.runs", "apps.run", str(r.pk), f"{r.created_at:%Y-%m-%d} {r.app.name} ({r.source or 'run'})",
                subjects=[("apps.run", str(r.pk))]) for r in runs]


def export_run(organization, hit: Hit) -> ExportRecord:
    run = Run.objects.for_organization(organization).select_related("app").get(pk=hit.record_id)
    data = {"app": run.app.name, "version": run.version, "started": run.created_at.isoformat(),
            "source": run.source, "status": run.status, "input_rows": run.input_rows,
            "tasks": [{"title": t.title, "for": t.assignee, "record": t.record} for t in run.tasks.all()],
            "tags": [{"subject": t.subject, "tag": t.tag} for t in run.tags.all()]}
    return ExportRecord(data)


def _delete_run(run: Run) -> None:
    from fornuft.governance.privacy.core_providers import delete_stored_file
    from fornuft.governance.training_data import erase_examples_about

    stored = None
    if run.source.startswith("document:"):
        from fornuft.core.models import StoredFile

        stored = StoredFile.objects.for_organization(run.organization_id).filter(pk=run.source[9:]).first()
    with transaction.atomic():
        # Corrections copied the run's text into the training store: they go with it.
        erase_examples_about(run.organization, "apps.run", [run.pk])
        run.delete()   # its steps, tasks and tags go with it
    if stored is not None:
        delete_stored_file(stored)


def erase_run(organization, hit: Hit) -> str:
    run = Run.objects.for_organization(organization).filter(pk=hit.record_id).first()
    if run is None:
        return "already gone"
    _delete_run(run)
    return "deleted"


def purge_runs(organization, cutoff, *, dry_run: bool = False) -> int:
    old = Run.objects.for_organization(organization).filter(created_at__lt=cutoff)
    if dry_run:
        return old.count()
    count = 0
    for run in old.iterator(chunk_size=200):
        _delete_run(run)
        count += 1
    return count


PROVIDERS = [
    PersonalDataProvider("apps.runs", _("App runs"), search_runs, export_run, erase_run,
                         category="apps", category_label=_("Inputs to no-code apps"), purge=purge_runs,
                         default_keep_days=365),
]
