"""Contracts: the manifest. Adding "fornuft.contracts" to INSTALLED_APPS is the whole integration:
the pages, API, `fornuft contracts` commands, demo data, AI systems and menu entry named here
are found through it (fornuft/platform/capability.py)."""

from fornuft.platform.capability import Capability

CAPABILITY = Capability(
    url_prefix="contracts/",
    urls=".urls",
    api_router=".api:router",
    cli=".cli:group",
    demo=".demo:load",
    ai_systems=".ai_systems:SYSTEMS",
    navigation=".navigation:ITEMS",
    home_items=".home:items",
    personal_data=".personal_data:PROVIDERS",
)
