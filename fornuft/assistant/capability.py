"""The customer-service assistant: knowledge base, conversations, answers and hand-off."""

from fornuft.platform.capability import Capability

CAPABILITY = Capability(
    url_prefix="assistant/",
    urls=".urls",
    api_router=".api:router",
    cli=".cli:group",
    demo=".demo:load",
    ai_systems=".ai_systems:SYSTEMS",
    navigation=".navigation:ITEMS",
    home_items=".home:items",
    setup_steps=".home:steps",
    personal_data=".personal_data:PROVIDERS",
)
