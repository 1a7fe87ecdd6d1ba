from django.apps import AppConfig


class AppsConfig(AppConfig):
    name = "fornuft.apps"
    label = "apps"
    verbose_name = "Apps"
