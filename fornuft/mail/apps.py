from django.apps import AppConfig


class MailConfig(AppConfig):
    name = "fornuft.mail"
    label = "mail"
    verbose_name = "Mail"
