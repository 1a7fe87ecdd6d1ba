from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "fornuft.intake"
    label = "intake"
    verbose_name = "Intake"
