"""The governance app's personal-data providers (users, stored files, data-subject
requests, and mail messages until the mail app declares its own). Other capabilities list
theirs in their own `personal_data.py`; see fornuft/governance/privacy/providers.py."""

from fornuft.governance.privacy import mail_provider
from fornuft.governance.privacy.core_providers import PROVIDERS as _CORE

PROVIDERS = [*_CORE, *mail_provider.providers()]
