"""Security: the manifest. Adding "fornuft.security" to INSTALLED_APPS is the whole integration:
the pages, API, `fornuft security` commands, demo data, AI systems, menu entry and personal-data
provider named here are found through it (fornuft/platform/capability.py)."""

from fornuft.platform.capability import Capability

CAPABILITY = Capability(
    url_prefix="security/",
    urls=".urls",
    api_router=".api:router",
    cli=".cli:group",
    demo=".demo:load",
    ai_systems=".ai_systems:SYSTEMS",
    navigation=".navigation:ITEMS",
    personal_data=".personal_data:PROVIDERS",
)
