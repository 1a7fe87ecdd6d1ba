from django.apps import AppConfig


class GlossaryConfig(AppConfig):
    name = "fornuft.glossary"
    label = "glossary"
    verbose_name = "Glossary"
