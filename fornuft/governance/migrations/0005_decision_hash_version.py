"""Decisions record which hash format covers them (format 2: every column).

Existing records keep their format-1 hashes (the column stays empty): recomputing them
would destroy the evidence that they were never changed. The column is nullable without
a default, so SQLite adds it in place; the append-only triggers are installed again all
the same, in case a database engine rebuilt the table.
"""

from django.db import migrations, models


def install_triggers(apps, schema_editor):
    from fornuft.governance import triggers

    triggers.install(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("governance", "0004_model_lifecycle")]

    operations = [
        migrations.AddField(
            model_name="decision",
            name="hash_version",
            field=models.PositiveSmallIntegerField(blank=True, null=True),
        ),
        migrations.RunPython(install_triggers, migrations.RunPython.noop),
    ]
