"""Intake: the manifest (fornuft/platform/capability.py reads it)."""

from fornuft.platform.capability import Capability

CAPABILITY = Capability(
    url_prefix="intake/",
    urls=".urls",
    api_router=".api:router",
    cli=".cli:group",
    demo=".demo:load",
    ai_systems=".ai_systems:SYSTEMS",
    navigation=".navigation:ITEMS",
    personal_data=".personal_data:PROVIDERS",
)
