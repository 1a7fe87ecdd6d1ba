"""Invoice becomes a platform work item: it already had `stored_file` and `status` (kept as
they are, with their data); it gains the platform's `problems` and `attempts`."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("documents", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="invoice",
            name="attempts",
            field=models.PositiveIntegerField(default=0, verbose_name="attempts"),
        ),
        migrations.AddField(
            model_name="invoice",
            name="problems",
            field=models.JSONField(blank=True, default=list, verbose_name="problems"),
        ),
    ]
