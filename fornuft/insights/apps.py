from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "fornuft.insights"
    label = "insights"
    verbose_name = "Insights"
