"""The one store of people's corrections that every AI system's trainer reads.

    from fornuft.governance.training_data import add_example

    add_example(organization, "mail.classifier", subject=message, text=text, label="sales_inquiry",
                source=ExampleSource.REVIEW, user=person)

Capabilities call `add_example` wherever a person corrects a system: the review hook, their
own pages, an import. Trainers read `examples(organization, system_key)`.
"""

from __future__ import annotations

from fornuft.governance.models import ExampleSource, TrainingExample

__all__ = ["ExampleSource", "add_example", "examples", "erase_examples_about"]


def _subject(subject) -> tuple[str, str]:
    if subject is None:
        return "", ""
    if isinstance(subject, tuple):
        return str(subject[0]), str(subject[1])
    meta = subject._meta
    return f"{meta.app_label}.{meta.model_name}", str(subject.pk)


def add_example(organization, system_key: str, *, source: str, subject=None, text: str = "", label: str = "",
                fields: dict | None = None, user=None) -> TrainingExample:
    subject_type, subject_id = _subject(subject)
    return TrainingExample.objects.for_organization(organization).create(
        organization=organization, system_key=system_key, subject_type=subject_type, subject_id=subject_id,
        text=text, label=str(label)[:80], fields=fields or {}, source=source, created_by=user)


def add_text_examples(organization, system_key: str, labelled: list[tuple[str, str]], *, source: str,
                      user=None) -> int:
    """Stores many (text, label) examples at once (a labelled import); returns how many."""
    rows = [TrainingExample(organization=organization, system_key=system_key, text=text, label=str(label)[:80],
                            fields={}, source=source, created_by=user) for text, label in labelled]
    return len(TrainingExample.objects.for_organization(organization).bulk_create(rows))


def examples(organization, system_key: str):
    """The organization's examples for one system, newest first."""
    return TrainingExample.objects.for_organization(organization).filter(system_key=system_key)


def erase_examples_about(organization, subject_type: str, subject_ids) -> int:
    """Deletes the examples copied from these subjects (erasure, retention)."""
    deleted, _per_model = TrainingExample.objects.for_organization(organization).filter(
        subject_type=subject_type, subject_id__in=[str(i) for i in subject_ids]).delete()
    return deleted
