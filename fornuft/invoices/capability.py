"""Invoices: EHF, PDF and scans → fields → checks → approval → export. The URL and API
prefix stay "documents/" (an external contract)."""

from fornuft.platform.capability import Capability

CAPABILITY = Capability(
    url_prefix="documents/",
    urls=".urls",
    api_router=".api:router",
    cli=".cli:group",
    demo=".demo:load",
    ai_systems=".ai_systems:SYSTEMS",
    navigation=".navigation:ITEMS",
    stuck_items=".tasks:STUCK_ITEMS",
    home_items=".home:items",
)
