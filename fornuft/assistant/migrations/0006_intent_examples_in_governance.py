"""The assistant's intent examples move to the one store every AI system's trainer reads
(governance.TrainingExample, system assistant.answer, label = intent)."""

from django.db import migrations

SOURCES = {"correction": "ui"}  # an agent's correction on the conversation page; "review" keeps its name


def move_examples(apps, schema_editor):
    old = apps.get_model("assistant", "IntentExample")
    new = apps.get_model("governance", "TrainingExample")
    new._base_manager.bulk_create([
        new(organization_id=row.organization_id, system_key="assistant.answer", text=row.text, label=row.intent,
            source=SOURCES.get(row.source, row.source), fields={}, created_by_id=row.created_by_id,
            created_at=row.created_at)
        for row in old._base_manager.order_by("pk")
    ], batch_size=1000)


def move_back(apps, schema_editor):
    old = apps.get_model("assistant", "IntentExample")
    new = apps.get_model("governance", "TrainingExample")
    sources = {value: key for key, value in SOURCES.items()}
    for row in new._base_manager.filter(system_key="assistant.answer").order_by("pk"):
        old._base_manager.create(organization_id=row.organization_id, text=row.text, intent=row.label,
                                 source=sources.get(row.source, row.source), created_by_id=row.created_by_id,
                                 created_at=row.created_at)
    new._base_manager.filter(system_key="assistant.answer").delete()


class Migration(migrations.Migration):

    dependencies = [
        ("assistant", "0005_answer_threshold_in_registry"),
        ("governance", "0006_training_example"),
    ]

    operations = [
        migrations.RunPython(move_examples, move_back),
        migrations.DeleteModel(name="IntentExample"),
    ]
