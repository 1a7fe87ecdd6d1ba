"""Apps: the manifest. Adding "fornuft.apps" to INSTALLED_APPS is the whole integration:
the pages, API, `fornuft apps` commands, demo data, AI systems, menu entry, personal-data
provider and the platform events it listens to named here
are found through it (fornuft/platform/capability.py)."""

from fornuft.platform.capability import Capability

CAPABILITY = Capability(
    url_prefix="apps/",
    urls=".urls",
    api_router=".api:router",
    cli=".cli:group",
    demo=".demo:load",
    ai_systems=".ai_systems:SYSTEMS",
    navigation=".navigation:ITEMS",
    personal_data=".personal_data:PROVIDERS",
    events=".listeners:SUBSCRIPTIONS",
)
