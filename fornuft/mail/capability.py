"""Mail: intake, sorting, routing and the phishing shield."""

from fornuft.platform.capability import Capability

CAPABILITY = Capability(
    url_prefix="mail/",
    urls=".urls",
    api_router=".api:router",
    cli=".cli:group",
    demo=".demo:load",
    ai_systems=".ai_systems:SYSTEMS",
    navigation=".navigation:ITEMS",
    stuck_items=".tasks:STUCK_ITEMS",
    personal_data=".personal_data:PROVIDERS",
    home_items=".home:items",
    setup_steps=".home:steps",
)
