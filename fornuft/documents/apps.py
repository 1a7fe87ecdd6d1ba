from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "fornuft.documents"
    label = "documents"
    verbose_name = "Documents"
