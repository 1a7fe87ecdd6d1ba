"""Mail's own training examples move to the one store every AI system's trainer reads
(governance.TrainingExample); kind → system, message → subject."""

from django.db import migrations

SYSTEMS = {"category": "mail.classifier", "phishing": "mail.phishing"}
SOURCES = {"correction": "ui"}  # the inbox's re-categorize; review, import, release, report keep their name


def move_examples(apps, schema_editor):
    old = apps.get_model("mail", "TrainingExample")
    new = apps.get_model("governance", "TrainingExample")
    batch = []
    for row in old._base_manager.order_by("pk").iterator(chunk_size=1000):
        batch.append(new(
            organization_id=row.organization_id, system_key=SYSTEMS.get(row.kind, "mail.classifier"),
            subject_type="mail.message" if row.message_id else "", subject_id=str(row.message_id or ""),
            text=row.text, label=row.label, source=SOURCES.get(row.source, row.source), fields={},
            created_by_id=row.created_by_id, created_at=row.created_at))
        if len(batch) >= 1000:
            new._base_manager.bulk_create(batch)
            batch = []
    new._base_manager.bulk_create(batch)


def move_back(apps, schema_editor):
    old = apps.get_model("mail", "TrainingExample")
    new = apps.get_model("governance", "TrainingExample")
    kinds = {system: kind for kind, system in SYSTEMS.items()}
    sources = {value: key for key, value in SOURCES.items()}
    message_ids = set(apps.get_model("mail", "Message")._base_manager.values_list("pk", flat=True))
    for row in new._base_manager.filter(system_key__in=list(kinds)).iterator(chunk_size=1000):
        message_id = int(row.subject_id) if row.subject_id.isdigit() and int(row.subject_id) in message_ids else None
        old._base_manager.create(
            organization_id=row.organization_id, kind=kinds[row.system_key], text=row.text, label=row.label[:50],
            source=sources.get(row.source, row.source), message_id=message_id, created_by_id=row.created_by_id,
            created_at=row.created_at)
    new._base_manager.filter(system_key__in=list(kinds)).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("mail", "0005_message_is_a_work_item"),
        ("governance", "0006_training_example"),
    ]

    operations = [
        migrations.RunPython(move_examples, move_back),
        migrations.DeleteModel(name="TrainingExample"),
    ]
