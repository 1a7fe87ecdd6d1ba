from django.apps import AppConfig
from django.db.models.signals import post_migrate


class GovernanceConfig(AppConfig):
    name = "fornuft.governance"
    label = "governance"
    verbose_name = "Governance"

    def ready(self) -> None:
        from fornuft.governance import registry

        post_migrate.connect(registry.sync_after_migrate, sender=self)
