from django.apps import AppConfig


class AdoptionConfig(AppConfig):
    name = "fornuft.adoption"
    label = "adoption"
    verbose_name = "Adoption"
