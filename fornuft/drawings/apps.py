from django.apps import AppConfig


class DrawingsConfig(AppConfig):
    name = "fornuft.drawings"
    label = "drawings"
    verbose_name = "Drawings"
