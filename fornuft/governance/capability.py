"""Governance: the AI-system registry, decision log, review queue, privacy and audit."""

from fornuft.platform.capability import Capability

CAPABILITY = Capability(
    url_prefix="governance/",
    urls=".urls",
    api_router=".api:router",
    cli=".cli:COMMANDS",
    demo=".demo:load",
    ai_systems=".ai_systems:SYSTEMS",
    navigation=".navigation:ITEMS",
    personal_data=".personal_data:PROVIDERS",
    home_items=".home:items",
    setup_steps=".home:steps",
)
