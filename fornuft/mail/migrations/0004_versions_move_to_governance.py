"""Mail's own model-version table goes: each ClassifierVersion becomes (or completes) the
governance ModelVersion of the organization's `mail.classifier` system — one version table
for every AI system. File names become relative to FORNUFT_MODEL_DIR (they were relative
to its `mail/` folder); the files themselves stay where they are."""

from django.db import migrations


def move_versions(apps, schema_editor):
    ClassifierVersion = apps.get_model("mail", "ClassifierVersion")
    AISystem = apps.get_model("governance", "AISystem")
    ModelVersion = apps.get_model("governance", "ModelVersion")
    for old in ClassifierVersion.objects.all().order_by("organization_id", "version"):
        system, _created = AISystem.objects.get_or_create(
            organization_id=old.organization_id, key="mail.classifier",
            defaults={"name": "Mail sorting", "purpose": "Sorts incoming e-mail into categories.",
                      "owner": "IT manager", "model_name": "fornuft.ml.TextClassifier", "risk_class": "minimal",
                      "built_in": True, "model_version": "seed"})
        report = dict(old.report or {})
        report.setdefault("organization_examples", old.organization_examples)
        report.setdefault("training_examples", old.training_examples)
        outcome = old.outcome if old.outcome in ("activated", "rejected", "retired") else "rejected"
        ModelVersion.objects.update_or_create(
            organization_id=old.organization_id, system=system, version=str(old.version),
            defaults={"trained_at": old.created_at, "training_examples": old.training_examples,
                      "metrics": {key: value for key, value in report.items()
                                  if isinstance(value, int | float) and not isinstance(value, bool)},
                      "report": report, "file_name": f"mail/{old.file_name}" if old.file_name else "",
                      "outcome": outcome, "is_active": old.is_active, "notes": old.notes})


class Migration(migrations.Migration):

    dependencies = [
        ("mail", "0003_known_correspondent_bank_accounts"),
        ("governance", "0004_model_lifecycle"),
    ]

    operations = [
        migrations.RunPython(move_versions, migrations.RunPython.noop),
        migrations.DeleteModel(name="ClassifierVersion"),
    ]
