from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "fornuft.core"
    label = "core"
    verbose_name = "Fornuft core"
