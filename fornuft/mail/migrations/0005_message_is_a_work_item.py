"""Message becomes a platform work item: `raw` is renamed `stored_file` (the data stays),
and every message counts its attempts."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0001_initial"),
        ("mail", "0004_versions_move_to_governance"),
    ]

    operations = [
        migrations.RenameField(model_name="message", old_name="raw", new_name="stored_file"),
        migrations.AlterField(
            model_name="message",
            name="stored_file",
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT, related_name="+",
                                    to="core.storedfile", verbose_name="stored input"),
        ),
        migrations.AddField(
            model_name="message",
            name="attempts",
            field=models.PositiveIntegerField(default=0, verbose_name="attempts"),
        ),
        migrations.AlterField(
            model_name="message",
            name="problems",
            field=models.JSONField(blank=True, default=list, verbose_name="problems"),
        ),
    ]
