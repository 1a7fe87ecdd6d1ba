"""The governance app's personal-data providers: users, stored files and data-subject
requests. Other capabilities list theirs in their own `personal_data.py`, named in their
manifest (the mail app's messages, …); see fornuft/governance/privacy/providers.py."""

from fornuft.governance.privacy.core_providers import PROVIDERS

__all__ = ["PROVIDERS"]
