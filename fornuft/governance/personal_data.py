"""The governance app's personal-data providers (users, stored files, data-subject
requests). Other capabilities list theirs in their own `personal_data.py`; see
fornuft/governance/privacy/providers.py for the interface."""

from fornuft.governance.privacy.core_providers import PROVIDERS

__all__ = ["PROVIDERS"]
