"""Installs the append-only triggers on the decision log (fornuft/governance/triggers.py)."""

from django.db import migrations


def install(apps, schema_editor):
    from fornuft.governance import triggers

    triggers.install(schema_editor.connection)


def remove(apps, schema_editor):
    from fornuft.governance import triggers

    triggers.remove(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("governance", "0001_initial")]

    operations = [migrations.RunPython(install, remove)]
