"""The answer threshold moves to the AI-system registry (assistant.answer's confidence
threshold): one knob, set on the registry page. Each organization keeps its current value."""

from datetime import timedelta

from django.db import migrations
from django.utils import timezone


def move_to_registry(apps, schema_editor):
    settings_model = apps.get_model("assistant", "AssistantSettings")
    system_model = apps.get_model("governance", "AISystem")
    for organization_id, threshold in settings_model._base_manager.values_list("organization_id", "answer_threshold"):
        updated = system_model._base_manager.filter(organization_id=organization_id, key="assistant.answer").update(
            confidence_threshold=threshold)
        if not updated:  # not synced yet: create it now so the value is not lost (sync fills in the rest)
            system_model._base_manager.create(
                organization_id=organization_id, key="assistant.answer", name="Customer-service assistant: answers",
                purpose="Answers customer questions in chat with passages from the organization's own knowledge base.",
                owner="Customer service", model_name="Hybrid BM25 + character n-gram retrieval (Snowball nb/en)",
                risk_class="limited", oversight_mode="on_the_loop", confidence_threshold=threshold, built_in=True,
                next_review=timezone.localdate() + timedelta(days=365))


def back_to_settings(apps, schema_editor):
    settings_model = apps.get_model("assistant", "AssistantSettings")
    system_model = apps.get_model("governance", "AISystem")
    for organization_id, threshold in system_model._base_manager.filter(key="assistant.answer").values_list(
            "organization_id", "confidence_threshold"):
        settings_model._base_manager.filter(organization_id=organization_id).update(answer_threshold=threshold)


class Migration(migrations.Migration):

    dependencies = [
        ("assistant", "0004_allowed_origins_default_help"),
        ("governance", "0003_compliance"),
    ]

    operations = [
        migrations.RunPython(move_to_registry, back_to_settings),
        migrations.RemoveField(model_name="assistantsettings", name="answer_threshold"),
    ]
