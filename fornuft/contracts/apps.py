from django.apps import AppConfig


class ContractsConfig(AppConfig):
    name = "fornuft.contracts"
    label = "contracts"
    verbose_name = "Contracts"
