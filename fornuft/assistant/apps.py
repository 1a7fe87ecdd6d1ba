from django.apps import AppConfig


class AssistantConfig(AppConfig):
    name = "fornuft.assistant"
    label = "assistant"
    verbose_name = "Assistant"
