from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "fornuft.web"
    label = "web"
    verbose_name = "Web UI"
