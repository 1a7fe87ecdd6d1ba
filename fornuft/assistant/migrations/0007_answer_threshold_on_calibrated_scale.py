"""The assistant's confidence is now calibrated per knowledge base (calibration.py), which
puts the old line 0.40 at 0.32. Organizations still on the old default move with it; a
value someone chose on the registry page is left alone."""

from django.db import migrations

OLD_DEFAULT, NEW_DEFAULT = 0.40, 0.32


def to_calibrated_scale(apps, schema_editor):
    system_model = apps.get_model("governance", "AISystem")
    system_model._base_manager.filter(key="assistant.answer", confidence_threshold=OLD_DEFAULT).update(
        confidence_threshold=NEW_DEFAULT)


def to_raw_scale(apps, schema_editor):
    system_model = apps.get_model("governance", "AISystem")
    system_model._base_manager.filter(key="assistant.answer", confidence_threshold=NEW_DEFAULT).update(
        confidence_threshold=OLD_DEFAULT)


class Migration(migrations.Migration):

    dependencies = [
        ("assistant", "0006_intent_examples_in_governance"),
    ]

    operations = [migrations.RunPython(to_calibrated_scale, to_raw_scale)]
